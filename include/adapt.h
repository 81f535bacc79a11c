/* adapt.h — a routine made to fit the body: no kneeling, no floor work, conditions. */
#ifndef SC_ADAPT_H
#define SC_ADAPT_H

#include <stdbool.h>
#include <stddef.h>

#include "catalogue.h"

/* What the person cannot or should not do (all false/0: anything goes). */
struct adapt_needs {
	bool no_kneel;        /* --no-kneel, config "kneel": false */
	bool no_floor;        /* --no-floor, config "floor": false */
	unsigned conditions;  /* COND_*: leave out stretches whose avoid_if names one */
	/* stretch ids marked "this hurts" twice lately: swapped until brought back */
	const char *const *hurt;
	size_t nhurt;
};

/* How much s asks: its level, then whether it goes to the end of a range; a swap never asks more. */
int adapt_intensity(const struct stretch *s);
/* A gentle warm-up: gentle and moving. Adapting keeps one first. */
bool adapt_warm_up(const struct stretch *s);
/* Calm enough to end an evening on: off the feet, no strength work, nothing deep or brisk. */
bool adapt_calm(const struct stretch *s);

/* True when stretch s suits the needs as it is. */
bool adapt_fits(const struct stretch *s, const struct adapt_needs *n);

/*
 * The first stretch down s's chain of "easier" variations (s itself first)
 * that suits the needs, or NULL when none does. The chain is followed at most
 * a few links, so a loop in a user catalogue cannot hang it.
 */
const struct stretch *adapt_pick(const struct stretch *s, const struct adapt_needs *n);

/*
 * Break every run flat on the back longer than the needs' conditions allow
 * (pregnancy: about three minutes), timed as the session's plan times it:
 * get-ready, side switches and rests included. The stretch that would pass
 * the limit is swapped for an easier variation off the back that suits and
 * is not in v yet (when swap), else left out. Items v (k of them, `rest` seconds between
 * stretches) change in place; returns the new count. *words gets what
 * changed ("Knee to Chest left out for pregnancy: ...", joined by "; ",
 * caller frees), or NULL when nothing did. adapt_routine() does this last.
 */
size_t adapt_limit_supine(struct routine_item *v, size_t k, int rest, const struct adapt_needs *n,
    bool swap, char **words);

/*
 * A routine with every stretch that does not suit the needs swapped for its
 * easier variation (taken at that stretch's own hold or reps), or left out
 * when none suits or it would repeat a stretch already there. When the swaps
 * would send someone back up (or down) the way they came, the stretches are
 * put in order standing, seated, floor, or the reverse when that keeps the
 * warm-up first. It owns its items and borrows the rest from
 * the routine and its catalogue, which must outlive it.
 */
struct adapted;

/* Adapt r to n. Never fails; free with adapted_free(). */
struct adapted *adapt_routine(const struct routine *r, const struct adapt_needs *n);
/* The routine to run: r itself when nothing changed; it may have no items left. */
const struct routine *adapted_routine(const struct adapted *a);
/*
 * A sentence saying what was swapped or left out and why, at most a screen
 * line (counts instead of names when the names run longer), or NULL when
 * nothing changed.
 */
const char *adapted_note(const struct adapted *a);
/* The same, naming every change however long; NULL when nothing changed. */
const char *adapted_detail(const struct adapted *a);
/*
 * Whether nothing is left because, with what the needs leave out, the
 * routine could not keep its warm-up first and its calm end (rather than
 * because no stretch of it suits).
 */
bool adapted_shape_lost(const struct adapted *a);
void adapted_free(struct adapted *a);

#endif
