/*
 * today.h — what runs for this person today: the one plan every screen shows.
 *
 * A routine (bundled, saved or built) is adapted in one order, and menus,
 * previews, plain mode, `show`, `routines`, the programme entry, `status` and
 * the session all show the result of today_plan(), never their own:
 *   1. conditions, the kneel and floor settings (adapt_routine(); a stretch
 *      marked hurt twice in two weeks is swapped there for its easier
 *      variation, until it is brought back), then the equipment the person
 *      has (config "equipment", when set): a stretch that needs a foam
 *      roller, ball or block they lack is swapped for its easier variation
 *      without it, or left out;
 *   2. stretches marked hurt in the last 7 days are left out (until brought
 *      back, or with --include-hurt);
 *   3. the minutes asked for (builder_fit()), keeping step 1's limit on
 *      time on the back (builder_limit_supine()).
 * With recent surgery a routine runs only when step 1 leaves it as it is:
 * one of walking and breathing alone (the bundled breathe-and-walk).
 */
#ifndef SC_TODAY_H
#define SC_TODAY_H

#include <stdbool.h>
#include <stddef.h>

#include "adapt.h"
#include "catalogue.h"

/* The person's side of the plan; every pointer is borrowed. */
struct today_needs {
	struct adapt_needs adapt;   /* step 1; adapt.hurt: the stretches swapped for hurting twice */
	unsigned lacks;             /* step 1: EQUIP_* the person said they do not have */
	const char *const *hurt;    /* step 2: marked hurt in the last 7 days */
	size_t nhurt;
	bool include_hurt;          /* --include-hurt: step 2 keeps them */
	int minutes;                /* step 3 when over 0 */
};

/* Why nothing runs (TODAY_RUNS: something does). */
enum today_state { TODAY_RUNS, TODAY_NONE_SUITS, TODAY_ALL_HURT };

/*
 * Routine r as it runs today for n. It borrows r and its catalogue (which
 * must outlive it) and the stretch ids of n. Never fails; free with
 * today_free(). n NULL: r as it is.
 */
struct today;
struct today *today_plan(const struct routine *r, const struct today_needs *n);
void today_free(struct today *t);

/* The routine asked for. */
const struct routine *today_source(const struct today *t);
/* The routine that runs (r itself when nothing changed); it may have no items. */
const struct routine *today_routine(const struct today *t);
/* Whether anything runs, and if not why. */
enum today_state today_state(const struct today *t);
/*
 * With TODAY_NONE_SUITS: whether it is because the routine could not keep a
 * warm-up first and a calm end with what step 1 left out (adapted_shape_lost()),
 * rather than because none of its stretches suits.
 */
bool today_shape_lost(const struct today *t);
/* Seconds the session takes, counted as plan_new() counts them (every get-ready included). */
long today_seconds(const struct today *t);
/* Whether anything was changed from the routine as written. */
bool today_changed(const struct today *t);
/*
 * What was changed and why, in the order applied: a screen line's worth
 * (short), or every change by name; NULL when nothing changed.
 */
const char *today_note(const struct today *t, bool every);
/*
 * The stretches of the routine left out or swapped for hurting (steps 1 and
 * 2), which "bring back" restores: their ids, borrowed; *n gets the count.
 */
const char *const *today_hurt_changes(const struct today *t, size_t *n);
/* How many stretches step 2 left out (--include-hurt keeps them). */
size_t today_left_out(const struct today *t);

/*
 * The routine of c a hard day is offered (after "worse" twice, rising
 * tension): the first of Flare Day and Breathe and Walk that runs for n as
 * today_plan() decides (after recent surgery, only the second), or NULL
 * when neither does.
 */
const struct routine *today_gentler(const struct catalogue *c, const struct today_needs *n);
/* The same, never the routine whose id is done (the one that was too much): NULL when no other runs. */
const struct routine *today_gentler_than(const struct catalogue *c, const struct today_needs *n,
    const char *done);

#endif
