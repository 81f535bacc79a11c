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
	const struct stretch **sindex; /* sorted by id, after catalogue_finish() */
	const struct routine **rindex;
};

/* Add a stretch (owned by c->arena) read from file file_no. */
void catalogue_add_stretch(struct catalogue *c, struct stretch *s, const char *where, int file_no);
/* Add a routine and its unresolved items (all owned by c->arena). */
void catalogue_add_routine(struct catalogue *c, struct routine *r, struct pending_item *items,
    size_t nitems, const char *where, int file_no);
/* Parse and validate one file's tree into c, reporting into d. Returns the number of errors. */
size_t catalogue_read_tree(struct catalogue *c, const char *path, int file_no,
    const void *root, struct diag *d);

#endif
