/* catalogue_int.h — shared by the catalogue loader's files (catalogue*.c) only. */
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

#define ID_MAX 48                  /* ids of stretches, routines and what they name */
#define ART_MAX_LINES 12           /* lines of a picture */

/*
 * Reading one value of an entry (catalogue_json_get.c), for every reader of
 * the schema: each wrong value is reported at x->where, counted in
 * x->errors, and read as absent. Strings and lists are owned by x->c's arena.
 */
struct cJSON;
/*
 * The member key of obj, as cJSON_GetObjectItemCaseSensitive finds it (NULL
 * when obj is NULL or not an object, or has none), without a strcmp() for
 * each key that starts with another letter: a stretch is some forty lookups
 * in an object of twenty-odd keys.
 */
const struct cJSON *catalogue_json_member(const struct cJSON *obj, const char *key);
void catalogue_json_error(struct ctx *x, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* "got ..." words for a value of the wrong shape. */
void catalogue_json_describe(const struct cJSON *v, char *buf, size_t size);
/* The characters (not bytes) of UTF-8 text. */
size_t catalogue_json_chars(const char *s);
/* Warn about keys that known (NULL-ended) does not list. */
void catalogue_json_keys(struct ctx *x, const struct cJSON *obj, const char *const *known);
/* An integer in lo..hi; absent gives def (an error when required). */
int catalogue_json_int(struct ctx *x, const struct cJSON *obj, const char *key, int lo, int hi,
    int def, int required);
/* 0 when s is acceptable text of 1..max characters, else reported as `what`. */
int catalogue_json_text(struct ctx *x, const char *what, const char *s, size_t max);
/* A string of 1..max characters (NULL, reported, when wrong; NULL silently when absent and not required). */
const char *catalogue_json_str(struct ctx *x, const struct cJSON *obj, const char *key,
    size_t max, int required);
/* Whether s is an id: 1..ID_MAX of a-z, 0-9 and -. */
int catalogue_json_id(const char *s);
/*
 * Call read(x, e, i, arg) for each element e of list, x->where naming it
 * meanwhile ("WHERE: key[i]", as messages show it).
 */
void catalogue_json_each(struct ctx *x, const struct cJSON *list, const char *key,
    void (*read)(struct ctx *x, const struct cJSON *e, size_t i, void *arg), void *arg);
/* An entry's required "id", an id as catalogue_json_id() says; NULL (reported) when it is not one. */
const char *catalogue_json_entry_id(struct ctx *x, const struct cJSON *obj);
/* One of names[0..n): its index; def when absent (an error when required). */
int catalogue_json_enum(struct ctx *x, const struct cJSON *obj, const char *key,
    const char *const *names, int n, int def, int required);
/* The allowed names spelled out into list, the first time a message needs them. */
const char *catalogue_json_allowed(char *list, size_t size, unsigned count,
    const char *(*name)(unsigned));
/* A list of names read by parse(), as a bit set of at least min of them. */
unsigned catalogue_json_set(struct ctx *x, const struct cJSON *obj, const char *key,
    int (*parse)(const char *, unsigned *), const char *(*name)(unsigned), unsigned count, int min);
/* A list of min..max strings of 1..maxlen characters each. */
struct str_list catalogue_json_list(struct ctx *x, const struct cJSON *obj, const char *key,
    int min, int max, size_t maxlen);
/* A picture: up to ART_MAX_LINES lines of up to ART_MAX_COLS columns. */
struct str_list catalogue_json_art(struct ctx *x, const struct cJSON *obj, const char *key);
/* 'FILE: list[i] (id "x")' for messages, owned by c's arena (catalogue_json.c). */
const char *catalogue_json_label(struct catalogue *c, const char *file, const char *list, size_t i,
    const struct cJSON *obj);
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
