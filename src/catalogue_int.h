/* catalogue_int.h — shared between catalogue.c and catalogue_json.c only. */
#ifndef SC_CATALOGUE_INT_H
#define SC_CATALOGUE_INT_H

#include "arena.h"
#include "catalogue.h"

struct diag;

/* Text limits in characters, for catalogues and their translations alike. */
#define NAME_MAX_CHARS 64          /* stretch, routine and programme names */
#define TEXT_MAX_CHARS 200         /* a step, a caution, a programme day's note */
#define CUE_MAX_CHARS 80           /* a breath cue */
#define DESCRIPTION_MAX_CHARS 400  /* a routine's or programme's description */
#define STEP_LIST_MAX 12           /* steps and cautions per stretch */
#define ART_MAX_COLS 32            /* the width of a line of art, in columns */

/* Where an entry stood in its file, for messages. */
struct entry_meta {
	const char *where;  /* 'FILE: stretches[3] (id "x")', already safe */
	int file_no;
};

/* A routine item before its stretch id is resolved. */
struct pending_item {
	const char *stretch_id;
	int hold, reps, sets;   /* -1 when not overridden */
};

struct catalogue {
	struct arena arena;
	struct stretch **stretches;   /* file order; NULL entries are replaced ones */
	struct entry_meta *smeta;
	size_t nstretches, scap;
	struct routine **routines;
	struct entry_meta *rmeta;
	struct pending_item **rpending;
	size_t *rnpending;
	size_t nroutines, rcap;
	const char **failed;          /* ids of stretches that had errors of their own */
	size_t nfailed, fcap;
	const struct stretch **sindex; /* sorted by id, after catalogue_finish() */
	const struct routine **rindex;
	struct programme **programmes; /* file order; days resolved by catalogue_finish() */
	struct entry_meta *pmeta;
	size_t nprogrammes, pcap;
};

/* Add a stretch (owned by c->arena) read from file file_no. */
void catalogue_add_stretch(struct catalogue *c, struct stretch *s, const char *where, int file_no);
/* Note the id of a stretch left out for its own errors, so nothing referring to it repeats them. */
void catalogue_add_failed(struct catalogue *c, const char *id);
/* Add a routine and its unresolved items (all owned by c->arena). */
void catalogue_add_routine(struct catalogue *c, struct routine *r, struct pending_item *items,
    size_t nitems, const char *where, int file_no);
/* Add a programme (owned by c->arena); its days name routines by id until the load finishes. */
void catalogue_add_programme(struct catalogue *c, struct programme *p, const char *where,
    int file_no);

/* The reading context of one entry in catalogue_json.c: where it is, for messages. */
struct ctx {
	struct catalogue *c;
	struct diag *d;
	const char *where;   /* 'FILE: stretches[3] (id "x")' */
	size_t errors;
	const char *source;  /* the file name, once in the arena for all its entries */
};

/*
 * Reading helpers of catalogue_json.c that catalogue_programme.c shares:
 * report an error at x->where; warn about unknown keys; a string of 1..max
 * characters (NULL, reported, when wrong; NULL silently when absent and not
 * required); whether s is a valid id.
 */
struct cJSON;
void catalogue_json_error(struct ctx *x, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void catalogue_json_keys(struct ctx *x, const struct cJSON *obj, const char *const *known);
const char *catalogue_json_str(struct ctx *x, const struct cJSON *obj, const char *key,
    size_t max, int required);
bool catalogue_json_id(const char *s);
/* 'FILE: list[i] (id "x")' for messages, owned by c's arena. */
const char *catalogue_json_label(struct catalogue *c, const char *file, const char *list, size_t i,
    const struct cJSON *obj);
/* A list of min..max strings of 1..maxlen characters each, owned by x->c's arena. */
struct str_list catalogue_json_list(struct ctx *x, const struct cJSON *obj, const char *key,
    int min, int max, size_t maxlen);
/* Read s's "movement" (catalogue_movement.c); after "kneels" is read. */
void catalogue_read_movement(struct ctx *x, const struct cJSON *obj, struct stretch *s);
/* Read one entry of "programmes" (catalogue_programme.c). */
void catalogue_read_programme(struct ctx *x, const struct cJSON *obj, int file_no,
    const char *file);

/*
 * Validate one file's parsed tree into c, reporting into d. Returns 0, or -1
 * when its shape is wrong (not an object, no schema 1, a list that is not a
 * list): then it says too little to cross-check other files against.
 */
struct jsonfile;
int catalogue_read_file(struct catalogue *c, const char *path, int file_no,
    const struct jsonfile *f, struct diag *d);

#endif
