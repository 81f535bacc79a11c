/* builder_int.h — what builder.c, builder_build.c, builder_pool.c and builder_fit.c share. */
#ifndef SC_BUILDER_INT_H
#define SC_BUILDER_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "builder.h"
#include "catalogue.h"

/* A routine lands within this share under the minutes asked. */
#define BUILT_UNDER 0.05
/* A built routine fills at least this share of the minutes, or its note names what stopped it. */
#define BUILT_FILL 0.90
/* Without --at-desk or an area, at least this share of the time is floor work. */
#define BUILT_FLOOR_SHARE 0.4

struct built {
	struct routine routine;
	struct routine_item *items;
	int *base;              /* per item: the hold it started with, moved with it */
	size_t n, cap;
	char *name, *description, *note;
	long seconds;
};

/* An empty built routine with room for cap items; free with built_free(). */
struct built *built_new(size_t cap);
/* Insert item `it` at `at`, remembering `base` as the hold it starts on. */
void built_insert(struct built *b, size_t at, struct routine_item it, int base);
void built_remove(struct built *b, size_t i);
/* True for an item timed by its hold (not counted in reps). */
bool built_is_hold(const struct routine_item *it);
/* Seconds the items take now, as a plan counts them. */
long built_total(const struct built *b);
/* The total with every hold at its shortest (builder_hold_bounds()). */
long built_shortest(struct built *b);
/*
 * Holds back to where they started, then stepped by 5 s until the total is
 * within [target - BUILT_UNDER, target] where the bounds allow; returns it.
 */
long built_balance(struct built *b, long target);
/* The same, and when !lengthen no hold goes above where it started. */
long built_balance_to(struct built *b, long target, bool lengthen);
/* Point the routine at the items and count its seconds; `id` is borrowed. */
void built_finish(struct built *b, const char *id);
/* The rules that hold for a routine still being built (all but the "whole" ones). */
bool builder_rules_hold_so_far(const struct routine *r, const struct catalogue *c,
    const struct build_request *req);
/* builder_pool.c: the stretches a build may use, in the order it tries them. */
struct builder_pool {
	const struct stretch **v;   /* the caller frees the array (not the stretches, c's) */
	size_t n;
};
/*
 * The stretches req allows from c, shuffled by req->seed; floor work first
 * when neither a desk nor an area is asked, then what suits req->weigh, and
 * the preferred ones (what works) before all.
 */
void builder_gather(const struct catalogue *c, const struct build_request *req,
    struct builder_pool *p);
/* builder_note.c */
/* Why nothing fits req, naming what empties the pool (caller frees). */
char *built_nothing_fits(const struct build_request *req);
/* The options req sets, "--time evening, --area neck" (caller frees). */
char *built_constraints(const struct build_request *req);
/* The note when the built routine misses the minutes asked (caller frees). */
char *built_time_note(const struct built *b, const struct build_request *req);
/* Give b its name and description for req. */
void built_name(struct built *b, const struct build_request *req);
/* Append text to *list (malloc'd), after ", " when it is not the first. */
void built_add_name(char **list, const char *text);

/*
 * One composition for req: the stretches, then the limit on the time on
 * the back (pregnancy), which may leave some out; those are put into *lost
 * (the caller's to free), counted in *nlost. NULL with *cause set when
 * nothing fits.
 */
struct built *builder_compose(const struct catalogue *c, const struct build_request *req, char **cause,
    const struct stretch ***lost, size_t *nlost);

#endif
