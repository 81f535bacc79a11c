/* translation_int.h — what translation.c (an entry's words) and translation_file.c (the files) share. */
#ifndef SC_TRANSLATION_INT_H
#define SC_TRANSLATION_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "catalogue_int.h"

struct cJSON;

/* The reading of one translation file. */
struct tr {
	struct ctx x;
	const char *source;   /* the catalogue file whose entries it translates */
	bool check;           /* validating: warn about what is missing */
	const char **seen;    /* check: ids translated in the list being read */
	size_t nseen;
};

/*
 * The top level: {"translation": 1, "language": TAG, ...}, tag being the
 * one of the file's name. Returns -1 (an error in t) when it is not a
 * translation; a language that differs from tag is only warned about.
 */
int translation_read_top(struct tr *t, const struct cJSON *top, const char *tag);

/*
 * One entry of "stretches", "routines" or "programmes": its id is added to
 * t->seen; its words go over the catalogue's unless t->check (then what is
 * missing or out of date is warned about) or the entry has errors.
 */
void translation_read_stretch(struct tr *t, const struct cJSON *obj);
void translation_read_routine(struct tr *t, const struct cJSON *obj);
void translation_read_programme(struct tr *t, const struct cJSON *obj);

#endif
