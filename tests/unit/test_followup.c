/* test_followup.c — the next-day check, its responses, programmes that hold, and Build by the answers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builder.h"
#include "catalogue.h"
#include "diag.h"
#include "followup.h"
#include "history.h"
#include "profile.h"
#include "programme.h"

/* 2025-12-07 00:00 UTC, and hours from it. */
#define T0 1765065600L
#define H 3600L

static struct catalogue *bundled;

/* A session of routine at hour h (ten minutes long), counted unless speed != 1 or nothing completed. */
static void
session(struct followup *f, const char *routine, long h, int speed, bool completed)
{
	struct history_record r;

	history_record_init(&r);
	r.routine = strdup(routine);
	r.started = (time_t)(T0 + h * H);
	r.ended = r.started + 600;
	r.speed = speed;
	if (completed)
		history_record_add(&r.completed, &r.ncompleted, "cat-cow");
	followup_feed(f, &r);
	history_record_done(&r);
}

/* Answer the check about f's newest session at hour h, through the line the history keeps. */
static void
answer(struct followup *f, enum followup_answer a, long h)
{
	struct history_record r, back;
	char *line, *cause = NULL;

	history_record_init(&r);
	followup_event(&r, f, a, (time_t)(T0 + h * H));
	line = history_format(&r);
	line[strlen(line) - 1] = '\0';
	history_record_init(&back);
	assert_int_equal(history_parse_line(line, strlen(line), &back, &cause), 0);
	assert_int_equal(back.event, HEV_NEXT_DAY);
	assert_int_equal(back.answer, (int)a);
	assert_true(back.started == r.started);
	followup_feed(f, &back);
	history_record_done(&back);
	history_record_done(&r);
	free(line);
}

static void
test_due(void **state)
{
	struct followup f;

	(void)state;
	followup_init(&f);
	assert_false(followup_due(&f, (time_t)(T0 + 10 * H)));        /* no session at all */
	session(&f, "morning-wake-up", 8, 1, true);
	assert_false(followup_due(&f, (time_t)(T0 + 9 * H)));         /* under two hours */
	assert_true(followup_due(&f, (time_t)(T0 + 11 * H)));         /* three hours on */
	assert_false(followup_due(&f, (time_t)(T0 + 8 * H + 4 * 24 * H)));  /* too long ago */
	/* a preview, or a session with nothing completed, is not asked about */
	session(&f, "evening-unwind", 12, 10, true);
	session(&f, "evening-unwind", 13, 1, false);
	assert_string_equal(f.routine, "morning-wake-up");
	followup_done(&f);
}

static void
test_answered_once(void **state)
{
	struct followup f;

	(void)state;
	followup_init(&f);
	session(&f, "morning-wake-up", 8, 1, true);
	assert_true(followup_due(&f, (time_t)(T0 + 11 * H)));
	answer(&f, FOLLOWUP_SAME, 11);
	assert_false(followup_due(&f, (time_t)(T0 + 12 * H)));
	assert_false(followup_due(&f, (time_t)(T0 + 30 * H)));
	/* a skip counts as asked too */
	session(&f, "evening-unwind", 20, 1, true);
	assert_true(followup_due(&f, (time_t)(T0 + 32 * H)));
	answer(&f, FOLLOWUP_SKIPPED, 32);
	assert_false(followup_due(&f, (time_t)(T0 + 33 * H)));
	/* the next session is asked about in its turn */
	session(&f, "evening-unwind", 44, 1, true);
	assert_true(followup_due(&f, (time_t)(T0 + 47 * H)));
	followup_done(&f);
}

static void
test_worse_twice(void **state)
{
	struct followup f;

	(void)state;
	followup_init(&f);
	session(&f, "core-support", 8, 1, true);
	answer(&f, FOLLOWUP_WORSE, 30);
	assert_int_equal(followup_response(&f, "core-support"), FOLLOWUP_KEEP_ON);
	session(&f, "core-support", 32, 1, true);
	answer(&f, FOLLOWUP_SKIPPED, 50);   /* skips are passed over */
	session(&f, "desk-break", 52, 1, true);
	answer(&f, FOLLOWUP_WORSE, 60);     /* another routine's answer is its own */
	assert_int_equal(followup_response(&f, "core-support"), FOLLOWUP_KEEP_ON);
	session(&f, "core-support", 62, 1, true);
	answer(&f, FOLLOWUP_WORSE, 80);
	assert_int_equal(followup_response(&f, "core-support"), FOLLOWUP_EASE_OFF);
	/* better after that ends it */
	session(&f, "core-support", 82, 1, true);
	answer(&f, FOLLOWUP_BETTER, 100);
	assert_int_equal(followup_response(&f, "core-support"), FOLLOWUP_KEEP_ON);
	followup_done(&f);
}

static void
test_better_three(void **state)
{
	struct followup f;
	enum followup_answer last[4];

	(void)state;
	followup_init(&f);
	for (long d = 0; d < 3; d++) {
		session(&f, "core-support", 8 + 24 * d, 1, true);
		assert_int_equal(followup_response(&f, "core-support"), FOLLOWUP_KEEP_ON);
		answer(&f, d == 0 ? FOLLOWUP_SAME : FOLLOWUP_BETTER, 20 + 24 * d);
	}
	assert_int_equal(followup_response(&f, "core-support"), FOLLOWUP_KEEP_ON);
	session(&f, "core-support", 80, 1, true);
	answer(&f, FOLLOWUP_BETTER, 92);
	assert_int_equal(followup_response(&f, "core-support"), FOLLOWUP_STEP_UP);
	assert_int_equal(followup_answers(&f, "core-support", last, 4), 4);
	assert_int_equal(last[0], FOLLOWUP_SAME);
	assert_int_equal(last[3], FOLLOWUP_BETTER);
	followup_done(&f);
}

/* The next step: harder variations where there are, holds 5 s longer within bounds. */
static void
test_step_up(void **state)
{
	const struct routine *r = catalogue_find_routine(bundled, "core-support");
	struct built *b;
	bool harder = false;

	(void)state;
	assert_non_null(r);
	b = builder_step_up(r, bundled);
	assert_non_null(built_note(b));
	for (size_t i = 0; i < built_routine(b)->nitems; i++) {
		const struct routine_item *it = &built_routine(b)->items[i];

		harder |= strcmp(it->stretch->id, "single-leg-bridge") == 0;
		if (strcmp(it->stretch->id, "childs-pose") == 0)
			assert_int_equal(it->hold, r->items[i].hold + 5);
	}
	assert_true(harder);
	built_free(b);
}

/* --- programmes that hold -------------------------------------------------- */

/*
 * The bundled two-week programme: day 9 is Core Support, day 10 goes deep
 * (Lizard, Pigeon). 2026-12-07 is day D0; a day is done at 8:00 of D0 + on,
 * and its next-day answer comes twelve hours later.
 */
#define PROG "back-reset-2w"
#define D0 20794L

/* Count in one programme event: kind, its day, when, tensions (a day done) or an answer. */
static void
prog_event(struct programme_track *t, int kind, int day, long on, int before, int after, int answer)
{
	struct history_record r;

	history_record_init(&r);
	r.event = (enum history_event)kind;
	r.routine = strdup("core-support");
	r.programme = strdup(PROG);
	r.day = day;
	r.tension_before = before;
	r.tension_after = after;
	r.answer = answer;
	r.started = (time_t)((D0 + on) * 86400 + 8 * 3600);
	r.ended = r.started + (kind == HEV_NEXT_DAY ? 12 * 3600 : 0);
	programme_track_add(t, &r, D0 + 100);
	history_record_done(&r);
}

static void
day_done(struct programme_track *t, int day, long on, int before, int after)
{
	prog_event(t, HEV_PROGRAMME_DAY, day, on, before, after, -1);
}

static void
next_day(struct programme_track *t, int day, long on, enum followup_answer a)
{
	prog_event(t, HEV_NEXT_DAY, day, on, -1, -1, (int)a);
}

static void
test_programme_advances(void **state)
{
	const struct programme *p = catalogue_find_programme(bundled, PROG);
	struct programme_track t;
	struct programme_today pt;

	(void)state;
	programme_track_init(&t);
	prog_event(&t, HEV_PROGRAMME_START, 9, 0, -1, -1, -1);
	day_done(&t, 9, 0, 5, 3);
	next_day(&t, 9, 0, FOLLOWUP_BETTER);
	programme_today(&t, p, D0 + 1, &pt);
	assert_int_equal(pt.state, PROG_DUE);
	assert_int_equal(pt.day, 10);          /* no "worse" ever: the deep day comes */
	assert_int_equal(pt.held, PROG_HOLD_NONE);
	programme_track_done(&t);
}

static void
test_programme_holds(void **state)
{
	const struct programme *p = catalogue_find_programme(bundled, PROG);
	struct programme_track t;
	struct programme_today pt;
	char why[256];

	(void)state;
	programme_track_init(&t);
	prog_event(&t, HEV_PROGRAMME_START, 9, 0, -1, -1, -1);
	/* the tension rose: day 9 again */
	day_done(&t, 9, 0, 3, 5);
	programme_today(&t, p, D0 + 1, &pt);
	assert_int_equal(pt.state, PROG_DUE);
	assert_int_equal(pt.day, 9);
	assert_int_equal(pt.held, PROG_HOLD_TENSION);
	assert_string_not_equal(programme_hold_text(why, sizeof why, &pt), "");
	/* done again without a rise, but the next day says worse: day 9 again */
	day_done(&t, 9, 1, 4, 4);
	next_day(&t, 9, 1, FOLLOWUP_WORSE);
	programme_today(&t, p, D0 + 2, &pt);
	assert_int_equal(pt.day, 9);
	assert_int_equal(pt.held, PROG_HOLD_WORSE);
	/* done again, fine; day 10 goes deep and waits for a second day without "worse" */
	day_done(&t, 9, 2, 4, 3);
	next_day(&t, 9, 2, FOLLOWUP_SAME);
	programme_today(&t, p, D0 + 3, &pt);
	assert_int_equal(pt.day, 9);
	assert_int_equal(pt.held, PROG_HOLD_DEEP);
	day_done(&t, 9, 3, 4, 3);
	programme_today(&t, p, D0 + 4, &pt);
	assert_int_equal(pt.day, 10);
	assert_int_equal(pt.held, PROG_HOLD_NONE);
	assert_string_equal(programme_hold_text(why, sizeof why, &pt), "");
	programme_track_done(&t);
}

/* --- Build and the menus by the answers ----------------------------------- */

/* The sum of the spine directions of what Build makes for p, over a few seeds. */
static int
built_bias(const struct profile *p)
{
	int sum = 0;

	for (unsigned long seed = 1; seed <= 5; seed++) {
		struct build_request req = { .minutes = 10, .seed = seed, .weigh = profile_weigh,
		    .weigh_arg = p };
		char *cause = NULL;
		struct built *b = builder_build(bundled, &req, &cause);

		assert_non_null(b);
		sum += profile_routine_bias(built_routine(b));
		built_free(b);
	}
	return sum;
}

static void
test_build_weighting(void **state)
{
	struct profile none, back, fwd, neither, leg;

	(void)state;
	profile_init(&none);
	back = fwd = neither = leg = (struct profile){ PROFILE_LOWER_BACK, 0, PROFILE_EASES_BACKWARD };
	fwd.eases = PROFILE_EASES_FORWARD;
	neither.eases = PROFILE_EASES_NEITHER;
	leg.leg = 1;
	/* eased by bending backward: extension first; forward: flexion first */
	assert_true(built_bias(&back) > built_bias(&none));
	assert_true(built_bias(&fwd) < built_bias(&none));
	assert_true(built_bias(&back) > 0);
	assert_true(built_bias(&fwd) < 0);
	/* the weights themselves, for each answer */
	{
		const struct stretch *sphinx = catalogue_find_stretch(bundled, "sphinx");
		const struct stretch *child = catalogue_find_stretch(bundled, "childs-pose");
		const struct stretch *pigeon = catalogue_find_stretch(bundled, "pigeon");

		assert_true(profile_stretch_weight(&back, sphinx) > profile_stretch_weight(&back, child));
		assert_true(profile_stretch_weight(&fwd, sphinx) < profile_stretch_weight(&fwd, child));
		assert_int_equal(profile_stretch_weight(&neither, sphinx) -
		    profile_stretch_weight(&neither, child), 0);
		assert_true(profile_stretch_weight(&leg, pigeon) < profile_stretch_weight(&back, pigeon));
		assert_int_equal(profile_stretch_weight(&none, sphinx), 0);
	}
}

static void
test_suits(void **state)
{
	struct profile back = { PROFILE_LOWER_BACK, 0, PROFILE_EASES_BACKWARD }, fwd = back, leg = back,
	    neck = { PROFILE_NECK_SHOULDERS, 0, PROFILE_EASES_NEITHER }, none;
	const struct routine *ext = catalogue_find_routine(bundled, "back-bend-relief");
	const struct routine *wake = catalogue_find_routine(bundled, "morning-wake-up");
	const struct routine *deep = catalogue_find_routine(bundled, "evening-deep-release");
	const struct routine *desk = catalogue_find_routine(bundled, "desk-neck");

	(void)state;
	profile_init(&none);
	fwd.eases = PROFILE_EASES_FORWARD;
	leg.eases = PROFILE_EASES_NEITHER;
	leg.leg = 1;
	assert_non_null(ext);
	assert_true(profile_routine_suits(&back, ext));
	assert_false(profile_routine_suits(&back, wake));
	assert_true(profile_routine_suits(&fwd, wake));
	assert_false(profile_routine_suits(&fwd, ext));
	assert_false(profile_routine_suits(&leg, deep));     /* no deep moves with leg symptoms */
	/* neither direction eases: a routine that leans forward is not marked, one without a lean is */
	assert_false(profile_routine_suits(&leg, wake));
	assert_true(profile_routine_suits(&leg, catalogue_find_routine(bundled, "flare-day")));
	assert_true(profile_routine_suits(&neck, desk));
	assert_false(profile_routine_suits(&none, wake));
}

/*
 * The menus' order for p: every routine of the bundled catalogue, sorted
 * by profile_suiting_first(); checks the suiting ones come first, each group
 * in the catalogue's order, and returns how many suit.
 */
static size_t
check_suiting_first(const struct profile *p)
{
	size_t n = catalogue_routine_count(bundled), nsuit = 0;
	const struct routine **list = calloc(n, sizeof *list);
	size_t *at = calloc(n, sizeof *at);

	assert_non_null(list);
	for (size_t i = 0; i < n; i++)
		list[i] = catalogue_routine(bundled, i);
	profile_suiting_first(p, list, n, NULL);
	for (size_t i = 0; i < n; i++) {
		/* where each one was in the catalogue */
		for (at[i] = 0; catalogue_routine(bundled, at[i]) != list[i]; at[i]++)
			;
		if (profile_routine_suits(p, list[i])) {
			assert_int_equal(i, nsuit);   /* no suiting one after one that does not */
			nsuit++;
		}
		/* stable: within each group, the catalogue's order */
		if (i > 0 && i != nsuit)
			assert_true(at[i] > at[i - 1]);
	}
	free(at);
	free(list);
	return nsuit;
}

static void
test_suiting_first(void **state)
{
	struct profile none, back = { PROFILE_LOWER_BACK, -1, PROFILE_EASES_BACKWARD }, fwd = back,
	    neither = back, leg = back, neck = { PROFILE_NECK_SHOULDERS, -1, PROFILE_EASES_NONE };
	const struct routine *first;
	size_t n = catalogue_routine_count(bundled);
	const struct routine **list = calloc(n, sizeof *list);

	(void)state;
	profile_init(&none);
	fwd.eases = PROFILE_EASES_FORWARD;
	neither.eases = PROFILE_EASES_NEITHER;
	leg.eases = PROFILE_EASES_NONE;
	leg.leg = 1;
	/* each answer puts some routines first, and not all */
	assert_true(check_suiting_first(&back) > 0 && check_suiting_first(&back) < n);
	assert_true(check_suiting_first(&fwd) > 0 && check_suiting_first(&fwd) < n);
	assert_true(check_suiting_first(&neither) > 0);
	assert_true(check_suiting_first(&leg) > 0 && check_suiting_first(&leg) < n);
	assert_true(check_suiting_first(&neck) > 0 && check_suiting_first(&neck) < n);
	/* eased by bending backward: an extension routine leads; forward: not that one */
	for (size_t i = 0; i < n; i++)
		list[i] = catalogue_routine(bundled, i);
	profile_suiting_first(&back, list, n, NULL);
	first = list[0];
	assert_true(profile_routine_bias(first) > 0);
	for (size_t i = 0; i < n; i++)
		list[i] = catalogue_routine(bundled, i);
	profile_suiting_first(&fwd, list, n, NULL);
	assert_true(profile_routine_bias(list[0]) < 0);
	assert_ptr_not_equal(list[0], first);
	/* no answers: the catalogue's order, untouched */
	for (size_t i = 0; i < n; i++)
		list[i] = catalogue_routine(bundled, i);
	profile_suiting_first(&none, list, n, NULL);
	profile_suiting_first(NULL, list, n, NULL);
	for (size_t i = 0; i < n; i++)
		assert_ptr_equal(list[i], catalogue_routine(bundled, i));
	free(list);
}

static int
setup(void **state)
{
	const char *paths[] = { "data/catalogue.json" };
	struct diag d;

	(void)state;
	diag_init(&d);
	bundled = catalogue_load(paths, 1, &d);
	diag_print(&d, stderr);
	diag_done(&d);
	return bundled == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	(void)state;
	catalogue_free(bundled);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_due),
		cmocka_unit_test(test_answered_once),
		cmocka_unit_test(test_worse_twice),
		cmocka_unit_test(test_better_three),
		cmocka_unit_test(test_step_up),
		cmocka_unit_test(test_programme_advances),
		cmocka_unit_test(test_programme_holds),
		cmocka_unit_test(test_build_weighting),
		cmocka_unit_test(test_suits),
		cmocka_unit_test(test_suiting_first),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
