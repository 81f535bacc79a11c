/*
 * test_fit.c — fitting every bundled routine to 2, 3 and 5 minutes keeps
 * what it is for: its warm-up, a move for its main area (a hold when it has
 * one), its strength move and its roller or ball work; sets and reps go
 * before stretches do, no hold grows while stretches are left out, and a
 * deep hold is cut before the warm-up.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "builder.h"
#include "catalogue.h"
#include "bundled.h"

static struct catalogue *cat;

static int
setup(void **state)
{
	(void)state;
	cat = bundled_load();
	return cat == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	(void)state;
	catalogue_free(cat);
	return 0;
}

/* The area a routine is most for: each stretch after the first counts once, shared among its areas. */
static unsigned
main_area(const struct routine *r)
{
	double w[AREA_COUNT] = { 0 };
	int best = 0;

	for (size_t i = 1; i < r->nitems; i++)
		for (int k = 0; k < AREA_COUNT; k++)
			if (r->items[i].stretch->areas & (1u << k))
				w[k] += 1.0 / __builtin_popcount(r->items[i].stretch->areas);
	for (int k = 1; k < AREA_COUNT; k++)
		if (w[k] > w[best])
			best = k;
	return 1u << best;
}

/* True when some item of r is of kind k (any kind when k < 0) and, when area, works it (a hold if hold). */
static bool
has(const struct routine *r, int k, unsigned area, bool hold)
{
	for (size_t i = 0; i < r->nitems; i++) {
		const struct stretch *s = r->items[i].stretch;

		if ((k < 0 || (int)s->kind == k) && (!area || (s->areas & area)) &&
		    (!hold || s->kind == KIND_STATIC))
			return true;
	}
	return false;
}

/* The item of r for stretch s, or NULL. */
static const struct routine_item *
item_of(const struct routine *r, const struct stretch *s)
{
	for (size_t i = 0; i < r->nitems; i++)
		if (r->items[i].stretch == s)
			return &r->items[i];
	return NULL;
}

static void
check_fit(const struct routine *r, int minutes)
{
	struct built *b = builder_fit(r, minutes);
	const struct routine *f = built_routine(b);
	unsigned area = main_area(r);
	bool hold = has(r, KIND_STATIC, area, true), dropped = f->nitems < r->nitems;

	if (f->items[0].stretch != r->items[0].stretch)
		fail_msg("%s at %d min: the warm-up %s is gone", r->id, minutes, r->items[0].stretch->id);
	if (!has(f, -1, area, hold))
		fail_msg("%s at %d min: nothing left for %s", r->id, minutes, catalogue_area_name(area));
	if (has(r, KIND_STRENGTH, 0, false) && !has(f, KIND_STRENGTH, 0, false))
		fail_msg("%s at %d min: the strength move is gone", r->id, minutes);
	if (has(r, KIND_RELEASE, 0, false) && !has(f, KIND_RELEASE, 0, false))
		fail_msg("%s at %d min: the roller or ball work is gone", r->id, minutes);
	for (size_t i = 0; i < f->nitems; i++) {
		const struct routine_item *it = &f->items[i], *was = item_of(r, it->stretch);
		int lo, hi;

		assert_non_null(was);
		if (dropped && it->sets > 1)
			fail_msg("%s at %d min: stretches left out while %s keeps %d sets", r->id, minutes,
			    it->stretch->id, it->sets);
		if (dropped && it->reps == 0 && it->hold > was->hold)
			fail_msg("%s at %d min: %s lengthened to %d s while stretches are left out", r->id,
			    minutes, it->stretch->id, it->hold);
		builder_hold_bounds(it->stretch, was->hold, &lo, &hi);
		if (it->stretch->level == LEVEL_DEEP && it->reps == 0 && it->hold > lo &&
		    f->items[0].reps == 0 && f->items[0].hold < r->items[0].hold)
			fail_msg("%s at %d min: the warm-up is cut while the deep %s keeps %d s", r->id,
			    minutes, it->stretch->id, it->hold);
	}
	built_free(b);
}

/* desk-wrists --minutes 2 had no wrist stretch, core-support --minutes 3 no strength. */
static void
every_routine_keeps_its_purpose(void **state)
{
	static const int minutes[] = { 2, 3, 5 };

	(void)state;
	for (size_t i = 0; i < catalogue_routine_count(cat); i++)
		for (size_t m = 0; m < sizeof minutes / sizeof minutes[0]; m++)
			check_fit(catalogue_routine(cat, i), minutes[m]);
}

/* morning-wake-up --minutes 3 made Child's Pose 60 s after leaving stretches out. */
static void
no_longer_hold_for_dropped_stretches(void **state)
{
	const struct routine *r = catalogue_find_routine(cat, "morning-wake-up");
	struct built *b;

	(void)state;
	assert_non_null(r);
	b = builder_fit(r, 3);
	for (size_t i = 0; i < built_routine(b)->nitems; i++) {
		const struct routine_item *it = &built_routine(b)->items[i];

		if (it->reps == 0)
			assert_true(it->hold <= item_of(r, it->stretch)->hold);
	}
	built_free(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_routine_keeps_its_purpose),
		cmocka_unit_test(no_longer_hold_for_dropped_stretches),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
