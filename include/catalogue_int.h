/* catalogue_int.h — shared between catalogue.c and catalogue_json.c only. */
#ifndef SC_CATALOGUE_INT_H
#define SC_CATALOGUE_INT_H

#include "arena.h"
#include "catalogue.h"

struct diag;

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
};

/* Add a stretch (owned by c->arena) read from file file_no. */
void catalogue_add_stretch(struct catalogue *c, struct stretch *s, const char *where, int file_no);
/* Note the id of a stretch left out for its own errors, so nothing referring to it repeats them. */
void catalogue_add_failed(struct catalogue *c, const char *id);
/* Add a routine and its unresolved items (all owned by c->arena). */
void catalogue_add_routine(struct catalogue *c, struct routine *r, struct pending_item *items,
    size_t nitems, const char *where, int file_no);
/*
 * Validate one file's parsed tree into c, reporting into d. Returns 0, or -1
 * when its shape is wrong (not an object, no schema 1, a list that is not a
 * list): then it says too little to cross-check other files against.
 */
struct jsonfile;
int catalogue_read_file(struct catalogue *c, const char *path, int file_no,
    const struct jsonfile *f, struct diag *d);

#endif
