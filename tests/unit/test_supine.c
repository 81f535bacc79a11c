/*
 * test_supine.c — pregnancy's three minutes on the back, counted on the
 * session's own timeline: the plan of what today_plan() runs, with every
 * get-ready, side switch and rest. Every bundled routine, fitted or not, and
 * many builds, under pregnancy alone and with each other need; and `build`'s
 * preview is what the run then runs, unchanged.
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
#include "builder.h"
#include "bundled.h"
#include "catalogue.h"
#include "conditions.h"
#include "plan.h"
#include "today.h"

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

static bool
lies_on_back(const struct stretch *s)
{
	return s->movement.lying == LYING_BACK || s->start == START_BACK;
}

/*
 * Seconds of the longest time on the back in a row, read off the plan's
 * steps here and not through plan.c's own count: a step of a stretch on the
 * back, and the rest after one (the person is still lying there).
 */
static long
longest_on_back(const struct plan *p)
{
	long run = 0, most = 0;

	for (size_t k = 0; k < p->nsteps; k++) {
		const struct step *st = &p->steps[k];
		const struct stretch *s = st->stretch;

		if (st->kind == STEP_REST && st->set == 0)
			s = p->routine->items[st->item - 1].stretch;
		run = lies_on_back(s) ? run + st->seconds : 0;
		if (run > most)
			most = run;
	}
	return most;
}

/* What today_plan() runs of r for needs and minutes keeps within three minutes on the back. */
static void
check_today(const struct routine *r, const struct adapt_needs *a, int minutes)
{
	struct today_needs n = { .adapt = *a, .minutes = minutes };
	struct today *t = today_plan(r, &n);
	struct plan *p = plan_new(today_routine(t));
	long most = longest_on_back(p);

	if (most > 180)
		fail_msg("%s (conditions %#x, kneel %d, floor %d, %d min): %ld s in a row on the back",
		    r->id, a->conditions, !a->no_kneel, !a->no_floor, minutes, most);
	assert_int_equal(plan_longest_supine(p), most);
	plan_free(p);
	today_free(t);
}

static void
bundled_routines_in_pregnancy(void **state)
{
	static const int minutes[] = { 0, 2, 3, 5, 10, 15, 20, 30 };

	(void)state;
	for (size_t i = 0; i < catalogue_routine_count(cat); i++)
		for (unsigned c = 0; c < COND_COUNT; c++)
			for (unsigned k = 0; k < 4; k++)
				for (size_t m = 0; m < sizeof minutes / sizeof minutes[0]; m++) {
					struct adapt_needs a = { k & 1, (k & 2) != 0,
					    COND_PREGNANCY | (1u << c), NULL, 0 };

					check_today(catalogue_routine(cat, i), &a, minutes[m]);
				}
}

/* The reproduction: Evening Deep Release kept about 3:20 on the back; now the note says what went. */
static void
evening_deep_release(void **state)
{
	const struct routine *r = catalogue_find_routine(cat, "evening-deep-release");
	struct today_needs n = { .adapt = { .conditions = COND_PREGNANCY } };
	struct today *t = today_plan(r, &n);
	struct plan *p = plan_new(today_routine(t));

	(void)state;
	assert_true(longest_on_back(p) <= 180);
	assert_non_null(strstr(today_note(t, true),
	    "for pregnancy: more than three minutes in a row flat on your back"));
	plan_free(p);
	today_free(t);
}

/*
 * A build for someone pregnant keeps the limit itself, so its preview is
 * what runs: today_plan() of it changes nothing.
 */
static void
builds_preview_what_runs(void **state)
{
	static const unsigned times[] = { 0, TIME_MORNING, TIME_EVENING };
	size_t built = 0;

	(void)state;
	for (unsigned long seed = 1; seed <= 300; seed++) {
		struct build_request req = { .minutes = 3 + (int)(seed % 28),
		    .time = times[seed % 3], .seed = seed, .with = BUILDER_OWNED_EQUIPMENT,
		    .conditions = COND_PREGNANCY | (seed % 5 == 0 ? COND_SCIATICA : 0) };
		struct adapt_needs a = { .conditions = req.conditions };
		const char **avoid = xreallocarray(NULL, catalogue_stretch_count(cat) + 1, sizeof *avoid);
		char *cause = NULL;
		struct built *b;
		struct today *t;
		struct plan *p;

		for (size_t i = 0; i < catalogue_stretch_count(cat); i++)
			if (!adapt_fits(catalogue_stretch(cat, i), &a))
				avoid[req.navoid++] = catalogue_stretch(cat, i)->id;
		req.avoid = avoid;
		b = builder_build(cat, &req, &cause);
		free(avoid);
		if (b == NULL) {
			free(cause);
			continue;
		}
		built++;
		p = plan_new(built_routine(b));
		if (longest_on_back(p) > 180)
			fail_msg("build seed %lu: %ld s on the back", seed, longest_on_back(p));
		t = today_plan(built_routine(b), &(struct today_needs){ .adapt = a });
		if (today_changed(t))
			fail_msg("build seed %lu: the run changes what the preview showed: %s", seed,
			    today_note(t, true));
		today_free(t);
		plan_free(p);
		built_free(b);
	}
	assert_true(built > 200);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(bundled_routines_in_pregnancy),
		cmocka_unit_test(evening_deep_release),
		cmocka_unit_test(builds_preview_what_runs),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
