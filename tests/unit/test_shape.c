/*
 * test_shape.c — adapting keeps a routine's shape (issue 24): after
 * --no-kneel, --no-floor or a condition, every bundled routine still opens
 * with a gentle warm-up, an evening one still ends calmly and not standing,
 * and no swap asks more than the stretch it replaces.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "adapt.h"
#include "bundled.h"
#include "catalogue.h"

static struct catalogue *cat;
static int broken;   /* every break is printed before the test fails */

#define BREAK(...) (print_error(__VA_ARGS__), print_error("\n"), broken++)

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

/* The intensity of the easiest stretch of r whose chain of easier variations leads to s. */
static int
swapped_from(const struct routine *r, const struct stretch *s)
{
	int best = -1;

	for (size_t i = 0; i < r->nitems; i++) {
		const struct stretch *x = r->items[i].stretch;

		for (int hops = 0; x != NULL && hops < 16; hops++, x = x->gentler)
			if (x == s && (best < 0 || adapt_intensity(r->items[i].stretch) > best))
				best = adapt_intensity(r->items[i].stretch);
	}
	return best;
}

static void
check_shape(const struct routine *r, const struct adapt_needs *n, const char *what)
{
	struct adapted *a = adapt_routine(r, n);
	const struct routine *out = adapted_routine(a);
	bool any_warm = false;

	for (size_t i = 0; i < out->nitems; i++)
		any_warm |= adapt_warm_up(out->items[i].stretch);
	if (out->nitems > 0) {
		const struct stretch *first = out->items[0].stretch;
		const struct stretch *last = out->items[out->nitems - 1].stretch;

		if (first->level != LEVEL_GENTLE || (any_warm && !adapt_warm_up(first)))
			BREAK("%s: opens with %s, not a gentle warm-up", what, first->id);
		if (r->time == RTIME_EVENING && out->nitems > 1 && !adapt_calm(last))
			BREAK("%s: an evening ends with %s, not calm and off its feet", what, last->id);
	}
	for (size_t i = 0; i < out->nitems; i++) {
		const struct stretch *s = out->items[i].stretch;
		int from = swapped_from(r, s);

		if (from < 0)
			BREAK("%s: %s came from nowhere", what, s->id);
		if (adapt_intensity(s) > from)
			BREAK("%s: %s asks more than the stretch it replaced", what, s->id);
	}
	adapted_free(a);
}

static void
every_routine_every_adaptation(void **state)
{
	(void)state;
	for (size_t i = 0; i < catalogue_routine_count(cat); i++) {
		const struct routine *r = catalogue_routine(cat, i);

		for (unsigned k = 0; k < 4 * (COND_COUNT + 1); k++) {
			struct adapt_needs n = { (k & 1) != 0, (k & 2) != 0,
			    k / 4 > 0 ? 1u << (k / 4 - 1) : 0, NULL, 0 };
			char what[160];

			snprintf(what, sizeof what, "%s (no kneel %d, no floor %d, conditions %#x)", r->id,
			    n.no_kneel, n.no_floor, n.conditions);
			check_shape(r, &n, what);
		}
	}
	assert_int_equal(broken, 0);
}

/* The reproductions of issue 24. */
static void
named_cases(void **state)
{
	struct adapt_needs kneel = { true, false, 0, NULL, 0 }, floor = { false, true, 0, NULL, 0 };
	struct adapted *a = adapt_routine(catalogue_find_routine(cat, "evening-wind-down"), &kneel);
	const struct routine *r = adapted_routine(a);

	(void)state;
	/* --no-kneel evening-wind-down: Cat-Cow's seated variation still opens it */
	assert_string_equal(r->items[0].stretch->id, "seated-cat-cow");
	adapted_free(a);
	/* --no-floor flare-day: a calm rest still ends it, and Knee Rolls are not made a deeper twist */
	a = adapt_routine(catalogue_find_routine(cat, "flare-day"), &floor);
	r = adapted_routine(a);
	assert_true(r->nitems >= 2);
	assert_string_equal(r->items[r->nitems - 1].stretch->id, "seated-breathing");
	for (size_t i = 0; i < r->nitems; i++)
		assert_string_not_equal(r->items[i].stretch->id, "seated-spinal-twist");
	adapted_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_routine_every_adaptation),
		cmocka_unit_test(named_cases),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
