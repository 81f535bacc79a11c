/* builder.h — compose routines from constraints, and fit routines to a time. */
#ifndef SC_BUILDER_H
#define SC_BUILDER_H

#include <stdbool.h>
#include <stddef.h>

#include "catalogue.h"

/* Shortest and longest hold the fitting may give a stretch (the upper bound is 2x its own). */
#define BUILDER_MIN_HOLD 10

struct build_request {
	int minutes;                 /* 1..60 */
	unsigned time;               /* TIME_MORNING or TIME_EVENING; 0 = any */
	unsigned areas;              /* AREA_* that must be covered; 0 = any */
	bool level_given;
	enum stretch_level level;    /* nothing above it */
	unsigned without;            /* EQUIP_* not to use */
	bool at_desk;                /* seated and standing moves only */
	unsigned long seed;
	const char *const *avoid;    /* stretch ids to leave out (hurt lately) */
	size_t navoid;
	const char *const *prefer;   /* stretch ids to choose first, best first (what works) */
	size_t nprefer;
};

/*
 * A routine made by the builder or the fitter. It owns its routine and items
 * and borrows the stretches from the catalogue, which must outlive it.
 */
struct built;

/*
 * Compose a routine for req from c. Returns it, or NULL with *cause set
 * (caller frees) when no stretch fits the constraints.
 */
struct built *builder_build(const struct catalogue *c, const struct build_request *req, char **cause);

/*
 * Fit routine r to `minutes`: holds scaled proportionally (never under
 * BUILDER_MIN_HOLD s, or its own hold when that is shorter, nor over twice the
 * catalogue hold), then tail stretches dropped when scaling alone cannot
 * shorten it enough. Never fails.
 */
struct built *builder_fit(const struct routine *r, int minutes);

const struct routine *built_routine(const struct built *b);
/* Seconds the built routine takes, as plan_new() would count them. */
long built_seconds(const struct built *b);
/* A plain sentence about how it was made or fitted ("...the nearest is 7 min"), or NULL. */
const char *built_note(const struct built *b);
void built_free(struct built *b);

/* Seconds routine-like items would take: the plan total for these items and rest. */
long builder_seconds(const struct routine_item *items, size_t n, int rest);

#endif
