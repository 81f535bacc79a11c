/*
 * test_shape.c — adapting keeps a routine's shape (issue 24): after
 * --no-kneel, --no-floor or a condition, every bundled routine still opens
 * with a gentle warm-up, an evening one still ends calmly and not standing,
 * and no swap asks more than the stretch it replaces. Two conditions at once
 * keep it as one does: every routine as it runs (today_plan()) for every pair
 * of conditions, and each with --no-floor or --no-kneel, holds nothing any of
 * them forbids, opens with a warm-up (or honestly runs nothing), ends calm
 * when it did as written (an evening always), and keeps the time flat on the
 * back in pregnancy.
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
#include "conditions.h"
#include "plan.h"
#include "today.h"

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
		/* ball-hips after a hip replacement was Cat-Cow alone, a warm-up for nothing */
		if (out->nitems == 1 && r->nitems > 1 && adapt_warm_up(first))
			BREAK("%s: only the warm-up %s is left", what, first->id);
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

static bool
ends_calm(const struct routine *r)
{
	return r->nitems > 0 && adapt_calm(r->items[r->nitems - 1].stretch);
}

static void
check_items(const struct routine *r, const struct routine *out, const struct adapt_needs *n,
    const char *what)
{
	for (size_t i = 0; i < out->nitems; i++) {
		const struct stretch *s = out->items[i].stretch;
		unsigned cond = 0;
		const char *why = conditions_check(s, n->conditions, &cond);

		if (why != NULL)
			BREAK("%s: %s is forbidden (%s: %s)", what, s->id, conditions_label(cond), why);
		if (!adapt_fits(s, n))
			BREAK("%s: %s does not suit the kneel or floor setting", what, s->id);
		if (adapt_intensity(s) > swapped_from(r, s))
			BREAK("%s: %s asks more than what it replaced, or came from nowhere", what, s->id);
	}
}

static void
check_plan(const struct routine *r, const struct adapt_needs *n, const char *what)
{
	struct today_needs tn = { .adapt = *n };
	struct today *t = today_plan(r, &tn);
	const struct routine *out = today_routine(t);
	struct plan *p;

	if (today_state(t) != TODAY_RUNS || out->nitems == 0) {
		today_free(t);
		return;   /* honestly "nothing suits" */
	}
	check_items(r, out, n, what);
	if (!adapt_warm_up(out->items[0].stretch))
		BREAK("%s: opens with %s, not a warm-up", what, out->items[0].stretch->id);
	if ((r->time == RTIME_EVENING || ends_calm(r)) && out->nitems > 1 && !ends_calm(out))
		BREAK("%s: ends with %s, not calm", what, out->items[out->nitems - 1].stretch->id);
	p = plan_new(out);
	if (plan_supine_over(p, conditions_supine_limit(n->conditions)) < out->nitems)
		BREAK("%s: too long flat on the back", what);
	plan_free(p);
	today_free(t);
}

static void
every_routine_every_pair(void **state)
{
	(void)state;
	for (size_t i = 0; i < catalogue_routine_count(cat); i++) {
		const struct routine *r = catalogue_routine(cat, i);

		for (unsigned a = 0; a < COND_COUNT; a++)
			for (unsigned b = a; b < COND_COUNT; b++)
				for (unsigned k = 0; k < 4; k++) {
					struct adapt_needs n = { (k & 1) != 0, (k & 2) != 0,
					    (1u << a) | (1u << b), NULL, 0 };
					char what[160];

					snprintf(what, sizeof what, "%s (no kneel %d, no floor %d, conditions %#x)",
					    r->id, n.no_kneel, n.no_floor, n.conditions);
					check_plan(r, &n, what);
				}
	}
	assert_int_equal(broken, 0);
}

/* The reproductions the review found. */
static void
pair_cases(void **state)
{
	struct adapt_needs both = { false, false, COND_SPINAL_STENOSIS | COND_OSTEOPOROSIS, NULL, 0 };
	struct adapt_needs preg = { false, true, COND_PREGNANCY, NULL, 0 };
	struct adapted *a = adapt_routine(catalogue_find_routine(cat, "core-support-plus"), &both);
	const struct routine *r = adapted_routine(a);

	(void)state;
	if (r->nitems > 0)
		assert_true(adapt_warm_up(r->items[0].stretch));
	adapted_free(a);
	a = adapt_routine(catalogue_find_routine(cat, "evening-wind-down"), &preg);
	r = adapted_routine(a);
	assert_true(r->nitems > 1);
	assert_true(adapt_calm(r->items[r->nitems - 1].stretch));
	adapted_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_routine_every_adaptation),
		cmocka_unit_test(named_cases),
		cmocka_unit_test(every_routine_every_pair),
		cmocka_unit_test(pair_cases),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
