/* plan.h — a routine expanded into a flat list of timed steps. */
#ifndef SC_PLAN_H
#define SC_PLAN_H

#include <stdbool.h>
#include <stddef.h>

#include "catalogue.h"

/*
 * How long the transitions take, in seconds. A get-ready is `ready`, raised
 * to `floor` when it goes down to the floor or up from it, to `turn` when
 * the start position changes by turning the body over (all fours onto the
 * back or the front; a table in plan.c keyed on "start"), and by `setup`
 * when there is equipment to set up; into a deep hold it is at least
 * `floor`. Sides switch in `switch_s`, deep holds and release work in
 * `deep_switch` (turning round on the floor or the roller). Sets of a
 * strength move rest `strength_rest`, other sets `set_rest`.
 */
struct plan_pace {
	int ready, floor, setup;
	int switch_s, deep_switch;
	int set_rest, strength_rest;
	int turn;   /* last, so a pace written in order without it turns in `ready` */
};

/* The defaults: 5, 10, 5 / 5, 8 / 5, 15 / 10. */
extern const struct plan_pace plan_pace_default;

enum step_kind {
	STEP_READY,   /* get ready for `stretch` (set up its equipment) */
	STEP_HOLD,    /* hold a static or release stretch */
	STEP_REPS,    /* `reps` repetitions of `rep_seconds` each */
	STEP_SWITCH,  /* switch from the left side to the right */
	STEP_REST,    /* rest between sets (same item) or between stretches */
};

enum step_side { SIDE_NONE, SIDE_LEFT, SIDE_RIGHT };

struct step {
	enum step_kind kind;
	const struct stretch *stretch; /* the stretch this step belongs to (for REST between stretches: the next one) */
	size_t item;                   /* index of that stretch in the routine */
	enum step_side side;
	int set, sets;                 /* 1-based set number and count */
	int reps, rep_seconds;         /* STEP_REPS only */
	int seconds;                   /* duration */
	long start_s;                  /* offset of the step from the routine's start */
};

/*
 * A plan owns its steps and borrows the routine (and through it the
 * catalogue), which must outlive it.
 */
struct plan {
	const struct routine *routine;
	struct step *steps;
	size_t nsteps;
	long total_s;       /* sum of every step */
	long work_s;        /* sum of HOLD and REPS steps */
};

/* Expand a routine into its steps. Never fails (out of memory is fatal). Free with plan_free(). */
struct plan *plan_new(const struct routine *r);
/* The same with transitions from pace (NULL: plan_pace_default). */
struct plan *plan_new_paced(const struct routine *r, const struct plan_pace *pace);
/* Seconds to get ready for item i of r (it follows item i - 1; the first follows standing). */
int plan_ready_seconds(const struct routine *r, size_t i, const struct plan_pace *pace);
void plan_free(struct plan *p);

/* Index of the first step of item `item` (nsteps when item is past the end). */
size_t plan_item_first_step(const struct plan *p, size_t item);

/*
 * Whether step k of p keeps the person lying on their back: every step of a
 * stretch done on the back (its get-ready, sides, sets and rests), and the
 * rest after one, where they are still lying.
 */
bool plan_step_supine(const struct plan *p, size_t k);
/*
 * The item at which a run of steps on the back first grows past `limit`
 * seconds (the item whose steps pass it), or the routine's nitems when no
 * run does or limit is 0.
 */
size_t plan_supine_over(const struct plan *p, int limit);
/* Seconds of the longest run of steps on the back in p. */
long plan_longest_supine(const struct plan *p);

/* "Hold", "Reps", "Switch sides", ... for a step kind. */
const char *plan_step_kind_name(enum step_kind k);

#endif
