/* test_session.c — the engine over whole routines, driven by a fake clock. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalogue.h"
#include "diag.h"
#include "plan.h"
#include "session.h"

/*
 * Routine "r" (rest 10 s), the same shapes as test_plan.c:
 *   item 0 A: hold 30 s, cues on the breath, the user's pace
 *   item 1 B: hold 20 s each side, 2 sets, its own pace 3:5, no cues
 *   item 2 C: 6 reps of 10 s, cues, a breath per rep at its own 4:6
 *   item 3 D: 5 reps of 6 s each side, 2 sets
 * Steps (start s): 0 ready A, 5 hold A, 35 rest, 45 ready B, 50 hold L,
 * 70 switch, 75 hold R, 95 set rest, 100 hold L, 120 switch, 125 hold R,
 * 145 rest, 155 ready C, 160 reps C, 220 rest, 230 ready D, 235 reps L,
 * 265 switch, 270 reps R, 300 set rest, 305 reps L, 335 switch, 340 reps R;
 * total 370 s, of which 290 s is work.
 */
static const char catalogue_json[] =
"{\"schema\": 1, \"stretches\": ["
" {\"id\": \"a-hold\", \"name\": \"A\", \"kind\": \"static\", \"areas\": [\"neck\"],"
"  \"level\": \"gentle\", \"position\": \"seated\", \"time\": [\"morning\"], \"hold\": 30,"
"  \"cues\": {\"inhale\": \"Grow tall\", \"exhale\": \"Soften\"}, \"steps\": [\"a\"]},"
" {\"id\": \"b-sides\", \"name\": \"B\", \"kind\": \"static\", \"areas\": [\"hips\"],"
"  \"level\": \"gentle\", \"position\": \"floor\", \"time\": [\"morning\"], \"hold\": 20,"
"  \"sides\": \"each\", \"sets\": 2, \"breath\": {\"inhale\": 3, \"exhale\": 5},"
"  \"steps\": [\"b\"]},"
" {\"id\": \"c-reps\", \"name\": \"C\", \"kind\": \"dynamic\", \"areas\": [\"mid-back\"],"
"  \"level\": \"gentle\", \"position\": \"floor\", \"time\": [\"morning\"], \"reps\": 6,"
"  \"rep_seconds\": 10, \"cues\": {\"inhale\": \"Up\", \"exhale\": \"Down\"},"
"  \"breath\": {\"inhale\": 4, \"exhale\": 6}, \"steps\": [\"c\"]},"
" {\"id\": \"d-strength\", \"name\": \"D\", \"kind\": \"strength\", \"areas\": [\"core\"],"
"  \"level\": \"moderate\", \"position\": \"floor\", \"time\": [\"morning\"], \"reps\": 5,"
"  \"rep_seconds\": 6, \"sides\": \"each\", \"sets\": 2, \"steps\": [\"d\"]}"
"], \"routines\": ["
" {\"id\": \"r\", \"name\": \"R\", \"rest\": 10, \"items\": [{\"stretch\": \"a-hold\"},"
"  {\"stretch\": \"b-sides\"}, {\"stretch\": \"c-reps\"}, {\"stretch\": \"d-strength\"}]},"
" {\"id\": \"long\", \"name\": \"Long\", \"rest\": 7, \"items\": ["
"  {\"stretch\": \"a-hold\", \"hold\": 97}, {\"stretch\": \"b-sides\", \"hold\": 41, \"sets\": 3},"
"  {\"stretch\": \"c-reps\", \"reps\": 13}, {\"stretch\": \"d-strength\", \"sets\": 4},"
"  {\"stretch\": \"a-hold\", \"hold\": 61}, {\"stretch\": \"b-sides\"},"
"  {\"stretch\": \"c-reps\", \"sets\": 3}, {\"stretch\": \"a-hold\", \"hold\": 119}]}"
"]}";

/* Any origin will do; not 0, so that an origin mistake shows. */
#define T0 ((int64_t)7000003)
#define S(x) ((int64_t)(x) * 1000)

struct fixture {
	struct catalogue *c;
	struct plan *p;      /* routine "r" */
	struct session *s;
};

static const struct session_opts default_pace = { 4000, 6000 };
/* Every transition 5 s, so the step times above stay simple: the engine is under test here. */
static const struct plan_pace flat = { 5, 5, 0, 5, 5, 5, 5, 5 };

static struct catalogue *
load_text(const char *text)
{
	char path[] = "/tmp/test_session_XXXXXX";
	int fd = mkstemp(path);
	const char *paths[] = { path };
	struct catalogue *c;
	struct diag d;

	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	diag_init(&d);
	c = catalogue_load(paths, 1, &d);
	for (size_t i = 0; i < d.n; i++)
		fprintf(stderr, "load: %s\n", d.msg[i]);
	assert_non_null(c);
	assert_int_equal(d.errors + d.warnings, 0);
	diag_done(&d);
	unlink(path);
	return c;
}

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);

	f->c = load_text(catalogue_json);
	f->p = plan_new_paced(catalogue_find_routine(f->c, "r"), &flat);
	f->s = session_new(f->p, &default_pace, T0);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	session_free(f->s);
	plan_free(f->p);
	catalogue_free(f->c);
	free(f);
	return 0;
}

/* Tick until nothing more happens at t, then return the view at t. */
static struct session_view
at(struct session *s, int64_t t)
{
	struct session_view v;

	while (session_tick(s, t) != 0)
		;
	session_view(s, t, &v);
	return v;
}

/* The step index the session is on at t (after ticking). */
static size_t
step_at(struct session *s, int64_t t)
{
	return at(s, t).step_index;
}

/* ---- a whole routine, untouched ---- */

/* Only a hold or reps begun makes a session: quitting in the first get-ready leaves none. */
static void
test_held_only_once_a_hold_began(void **state)
{
	struct fixture *f = *state;

	assert_false(session_held(f->s));
	session_tick(f->s, T0 + 4999);
	assert_false(session_held(f->s));
	session_tick(f->s, T0 + 5000);
	assert_true(session_held(f->s));
	session_quit(f->s, T0 + 6000);
	assert_true(session_held(f->s));
}

static void
test_whole_routine_on_time(void **state)
{
	struct fixture *f = *state;
	const struct plan *p = f->p;
	struct session_view v;

	for (size_t i = 0; i < p->nsteps; i++) {
		int64_t start = T0 + S(p->steps[i].start_s), end = start + S(p->steps[i].seconds);

		/* the step is current from its first millisecond to its last */
		v = at(f->s, start);
		assert_int_equal(v.step_index, i);
		assert_ptr_equal(v.step, &p->steps[i]);
		assert_int_equal(v.step_total_ms, S(p->steps[i].seconds));
		assert_int_equal(v.step_left_ms, S(p->steps[i].seconds));
		assert_int_equal(v.routine_elapsed_ms, S(p->steps[i].start_s));
		assert_int_equal(v.routine_total_ms, S(370));
		assert_int_equal(v.item, p->steps[i].item);
		assert_int_equal(v.nitems, 4);
		assert_ptr_equal(v.next, i + 1 < p->nsteps ? &p->steps[i + 1] : NULL);
		v = at(f->s, end - 1);
		assert_int_equal(v.step_index, i);
		assert_int_equal(v.step_left_ms, 1);
		assert_false(v.finished);
	}
	assert_int_equal(session_tick(f->s, T0 + S(370)), SESSION_EV_STEP | SESSION_EV_FINISHED);
	assert_true(session_finished(f->s));
	assert_int_equal(session_tick(f->s, T0 + S(400)), 0);
	session_view(f->s, T0 + S(370), &v);
	assert_true(v.finished);
	assert_false(v.quit);
	assert_null(v.step);
	assert_int_equal(v.items_done, 4);
	assert_int_equal(v.routine_elapsed_ms, S(370));
	for (size_t k = 0; k < 4; k++)
		assert_int_equal(session_item_state(f->s, k), ITEM_DONE);
	assert_int_equal(session_active_ms(f->s, T0 + S(999)), S(290));
	assert_false(session_was_quit(f->s));
	assert_int_equal(session_next_change(f->s, T0 + S(370)), INT64_MAX);
}

static void
test_item_done_only_after_its_last_side_and_set(void **state)
{
	struct fixture *f = *state;

	at(f->s, T0 + S(50));            /* B, set 1, left */
	assert_int_equal(session_item_state(f->s, 0), ITEM_DONE);
	assert_int_equal(session_item_state(f->s, 1), ITEM_PENDING);
	at(f->s, T0 + S(125) + 19999);   /* B, set 2, right, last ms */
	assert_int_equal(session_item_state(f->s, 1), ITEM_PENDING);
	at(f->s, T0 + S(145));
	assert_int_equal(session_item_state(f->s, 1), ITEM_DONE);
	assert_int_equal(at(f->s, T0 + S(145)).items_done, 2);
}

/* A front end that wakes late sees every step, one per tick, each on its own time. */
static void
test_late_wake_sees_every_step(void **state)
{
	struct fixture *f = *state;
	struct session_view v;
	int64_t late = T0 + S(101);     /* 6 steps later, 1 s into B's second left hold */
	size_t seen = 0;

	while (session_tick(f->s, late) != 0) {
		seen++;
		session_view(f->s, late, &v);
		assert_int_equal(v.step_index, seen);
	}
	assert_int_equal(seen, 8);
	session_view(f->s, late, &v);
	assert_int_equal(v.step_left_ms, S(19));
	assert_int_equal(v.routine_elapsed_ms, S(101));
	assert_int_equal(session_active_ms(f->s, late), S(30 + 20 + 20 + 1));
}

/* ---- breathing and reps ---- */

struct breath_want {
	int64_t at_s_ms;          /* ms from routine start */
	enum breath_phase breath;
	int64_t phase_ms, phase_elapsed_ms;
	int n, count;             /* breath n of count (holds) */
	int rep, reps;            /* rep n of reps (REPS steps) */
	const char *cue;
};

static void
check_breaths(struct session *s, const struct breath_want *w, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct session_view v = at(s, T0 + w[i].at_s_ms);

		assert_int_equal(v.breath, w[i].breath);
		assert_int_equal(v.phase_ms, w[i].phase_ms);
		assert_int_equal(v.phase_elapsed_ms, w[i].phase_elapsed_ms);
		assert_int_equal(v.breath_n, w[i].n);
		assert_int_equal(v.breath_count, w[i].count);
		assert_int_equal(v.rep, w[i].rep);
		assert_int_equal(v.reps, w[i].reps);
		if (w[i].cue == NULL)
			assert_null(v.cue);
		else
			assert_string_equal(v.cue, w[i].cue);
	}
}

static void
test_breath_user_pace_4_6(void **state)
{
	struct fixture *f = *state;
	/* A: hold 30 s from 5 s at 4:6 -> 3 breaths of 10 s */
	static const struct breath_want w[] = {
		{ 4999, BREATH_NONE, 0, 0, 0, 0, 0, 0, NULL },   /* get ready: no breathing */
		{ 5000, BREATH_IN, 4000, 0, 1, 3, 0, 0, "Grow tall" },
		{ 8999, BREATH_IN, 4000, 3999, 1, 3, 0, 0, "Grow tall" },
		{ 9000, BREATH_OUT, 6000, 0, 1, 3, 0, 0, "Soften" },
		{ 14999, BREATH_OUT, 6000, 5999, 1, 3, 0, 0, "Soften" },
		{ 15000, BREATH_IN, 4000, 0, 2, 3, 0, 0, "Grow tall" },
		{ 25000, BREATH_IN, 4000, 0, 3, 3, 0, 0, "Grow tall" },
		{ 29000, BREATH_OUT, 6000, 0, 3, 3, 0, 0, "Soften" },
		{ 34999, BREATH_OUT, 6000, 5999, 3, 3, 0, 0, "Soften" },
		{ 35000, BREATH_NONE, 0, 0, 0, 0, 0, 0, NULL },  /* rest */
	};

	check_breaths(f->s, w, sizeof w / sizeof w[0]);
}

static void
test_breath_stretch_pace_override(void **state)
{
	struct fixture *f = *state;
	/* B: its own 3:5 pace, 20 s holds -> 2 whole breaths, each slowed by 1 s: 3.75 + 6.25 s */
	static const struct breath_want w[] = {
		{ 50000, BREATH_IN, 3750, 0, 1, 2, 0, 0, NULL },
		{ 53749, BREATH_IN, 3750, 3749, 1, 2, 0, 0, NULL },
		{ 53750, BREATH_OUT, 6250, 0, 1, 2, 0, 0, NULL },
		{ 60000, BREATH_IN, 3750, 0, 2, 2, 0, 0, NULL },
		{ 63750, BREATH_OUT, 6250, 0, 2, 2, 0, 0, NULL },
		{ 69999, BREATH_OUT, 6250, 6249, 2, 2, 0, 0, NULL },
		{ 70000, BREATH_NONE, 0, 0, 0, 0, 0, 0, NULL },  /* switch sides */
		{ 75000, BREATH_IN, 3750, 0, 1, 2, 0, 0, NULL },  /* right side starts afresh */
	};

	check_breaths(f->s, w, sizeof w / sizeof w[0]);
}

static void
test_breath_other_user_pace(void **state)
{
	struct fixture *f = *state;
	static const struct session_opts pace = { 3000, 3000 };
	struct session *s = session_new(f->p, &pace, T0);
	/* A follows the user (3:3, 6 s cycle, 5 breaths); B keeps its own 3:5 */
	static const struct breath_want w[] = {
		{ 5000, BREATH_IN, 3000, 0, 1, 5, 0, 0, "Grow tall" },
		{ 8000, BREATH_OUT, 3000, 0, 1, 5, 0, 0, "Soften" },
		{ 11000, BREATH_IN, 3000, 0, 2, 5, 0, 0, "Grow tall" },
		{ 34999, BREATH_OUT, 3000, 2999, 5, 5, 0, 0, "Soften" },
		{ 53750, BREATH_OUT, 6250, 0, 1, 2, 0, 0, NULL },
		/* D gives no pace and no cues: its reps are counted, the breath is free */
		{ 235000, BREATH_NONE, 3000, 0, 0, 0, 1, 5, NULL },
		{ 238000, BREATH_NONE, 3000, 0, 0, 0, 1, 5, NULL },   /* its second half */
		{ 241000, BREATH_NONE, 3000, 0, 0, 0, 2, 5, NULL },
	};

	check_breaths(s, w, sizeof w / sizeof w[0]);
	session_free(s);
}

/* A hold is whole breaths, and no phase is under 2 s, whatever the hold and pace. */
static void
test_breaths_fit_the_hold(void **state)
{
	struct fixture *f = *state;
	const struct stretch *a = catalogue_find_stretch(f->c, "a-hold");

	for (int in = 2; in <= 6; in++) {
		for (int out = 2; out <= 8; out += 2) {
			struct session_opts pace = { in * 1000, out * 1000 };

			for (int hold = 4; hold <= 120; hold++) {
				struct routine_item it = { a, hold, 0, 1 };
				struct routine r = { .items = &it, .nitems = 1 };
				struct plan *p = plan_new_paced(&r, &flat);
				struct session *s = session_new(p, &pace, T0);
				int64_t t = 0;
				int phases = 0, last_n = 0;

				while (t < S(hold)) {
					struct session_view v = at(s, T0 + S(5) + t);

					assert_int_equal(v.step->kind, STEP_HOLD);
					assert_true(v.phase_ms >= 2000);
					assert_true(v.breath_n >= last_n);
					assert_int_equal(v.phase_elapsed_ms, 0);
					last_n = v.breath_n;
					t += v.phase_ms;
					phases++;
				}
				assert_int_equal(t, S(hold));        /* the last phase ends with the hold */
				assert_int_equal(phases % 2, 0);     /* ... on a whole breath */
				session_free(s);
				plan_free(p);
			}
		}
	}
}

static void
test_reps_numbers_and_cues(void **state)
{
	struct fixture *f = *state;
	/* C: 6 reps of 10 s from 160 s; inhale 4 s of each rep, exhale 6 s */
	static const struct breath_want w[] = {
		{ 160000, BREATH_IN, 4000, 0, 0, 0, 1, 6, "Up" },
		{ 163999, BREATH_IN, 4000, 3999, 0, 0, 1, 6, "Up" },
		{ 164000, BREATH_OUT, 6000, 0, 0, 0, 1, 6, "Down" },
		{ 169999, BREATH_OUT, 6000, 5999, 0, 0, 1, 6, "Down" },
		{ 170000, BREATH_IN, 4000, 0, 0, 0, 2, 6, "Up" },
		{ 200000, BREATH_IN, 4000, 0, 0, 0, 5, 6, "Up" },
		{ 210000, BREATH_IN, 4000, 0, 0, 0, 6, 6, "Up" },
		{ 214000, BREATH_OUT, 6000, 0, 0, 0, 6, 6, "Down" },
		{ 219999, BREATH_OUT, 6000, 5999, 0, 0, 6, 6, "Down" },
		/* D: 5 reps of 6 s, no pace and no cues of its own: counted, breathing freely */
		{ 235000, BREATH_NONE, 3000, 0, 0, 0, 1, 5, NULL },
		{ 237400, BREATH_NONE, 3000, 2400, 0, 0, 1, 5, NULL },
		{ 241000, BREATH_NONE, 3000, 0, 0, 0, 2, 5, NULL },
		{ 264999, BREATH_NONE, 3000, 2999, 0, 0, 5, 5, NULL },
		{ 270000, BREATH_NONE, 3000, 0, 0, 0, 1, 5, NULL },  /* right side: rep 1 again */
		{ 305000, BREATH_NONE, 3000, 0, 0, 0, 1, 5, NULL },  /* set 2 */
	};

	check_breaths(f->s, w, sizeof w / sizeof w[0]);
	assert_int_equal(at(f->s, T0 + S(305)).step->set, 2);
}

/* ---- pause ---- */

static void
test_pause_freezes_every_timer(void **state)
{
	struct fixture *f = *state;
	struct session_view a, b;
	int64_t p0 = T0 + S(12) + 345;   /* 7.345 s into A's hold: breath 1, out */

	at(f->s, p0);
	assert_int_equal(session_pause(f->s, p0), 0);
	session_view(f->s, p0, &a);
	assert_true(a.paused);
	/* a minute later nothing has moved, and nothing is due */
	assert_int_equal(session_tick(f->s, p0 + S(60)), 0);
	session_view(f->s, p0 + S(60), &b);
	assert_true(b.paused);
	assert_int_equal(b.step_index, a.step_index);
	assert_int_equal(b.step_left_ms, a.step_left_ms);
	assert_int_equal(b.step_left_ms, S(30) - 7345);
	assert_int_equal(b.routine_elapsed_ms, a.routine_elapsed_ms);
	assert_int_equal(b.routine_elapsed_ms, S(12) + 345);
	assert_int_equal(b.breath, BREATH_OUT);
	assert_int_equal(b.phase_elapsed_ms, a.phase_elapsed_ms);
	assert_int_equal(b.phase_elapsed_ms, 3345);
	assert_int_equal(session_active_ms(f->s, p0 + S(60)), 7345);
	assert_int_equal(session_next_change(f->s, p0 + S(60)), INT64_MAX);
	/* pausing twice changes nothing */
	assert_int_equal(session_pause(f->s, p0 + S(61)), 0);
	session_view(f->s, p0 + S(61), &b);
	assert_int_equal(b.step_left_ms, S(30) - 7345);

	/* resume: everything continues from where it stood, 60 s later */
	assert_int_equal(session_resume(f->s, p0 + S(60)), 0);
	session_view(f->s, p0 + S(60), &b);
	assert_false(b.paused);
	assert_int_equal(b.step_left_ms, S(30) - 7345);
	assert_int_equal(b.phase_elapsed_ms, 3345);
	assert_int_equal(session_resume(f->s, p0 + S(70)), 0);   /* not paused: no-op */
	/* the hold now ends 60 s late, and the whole plan with it */
	assert_int_equal(step_at(f->s, T0 + S(95) - 1), 1);
	assert_int_equal(step_at(f->s, T0 + S(95)), 2);
	(void)at(f->s, T0 + S(430) - 1);
	assert_false(session_finished(f->s));
	assert_int_equal(session_tick(f->s, T0 + S(430)), SESSION_EV_STEP | SESSION_EV_FINISHED);
	/* work time is exactly the plan's: the paused minute is not in it */
	assert_int_equal(session_active_ms(f->s, T0 + S(430)), S(290));
}

static void
test_paused_second_not_active(void **state)
{
	struct fixture *f = *state;
	int64_t t = T0 + S(10);            /* 5 s into A's hold */

	at(f->s, t);
	assert_int_equal(session_active_ms(f->s, t), S(5));
	session_toggle_pause(f->s, t);
	assert_int_equal(session_active_ms(f->s, t + 999), S(5));
	assert_int_equal(session_active_ms(f->s, t + 1000), S(5));
	session_toggle_pause(f->s, t + 1000);
	assert_int_equal(session_active_ms(f->s, t + 1000), S(5));
	assert_int_equal(session_active_ms(f->s, t + 1500), S(5) + 500);
	/* the hold ends a second late; its work time is still 30 s */
	assert_int_equal(at(f->s, T0 + S(47)).step->kind, STEP_READY);
	assert_int_equal(session_active_ms(f->s, T0 + S(47)), S(30));
}

static void
test_pause_late_freezes_at_deadline(void **state)
{
	struct fixture *f = *state;
	struct session_view v;

	/* paused 2 s after A's get-ready should have ended, before a tick saw it */
	session_pause(f->s, T0 + S(7));
	session_view(f->s, T0 + S(7), &v);
	assert_int_equal(v.step_index, 0);
	assert_int_equal(v.step_left_ms, 0);
	session_resume(f->s, T0 + S(20));
	/* the hold still starts at the get-ready's end, shifted by the pause only */
	assert_int_equal(step_at(f->s, T0 + S(20)), 1);
	v = at(f->s, T0 + S(20));
	assert_int_equal(v.step_left_ms, S(30));
}

/* ---- skip, back, hurt ---- */

static void
test_skip_marks_skipped_and_lands_on_next_ready(void **state)
{
	struct fixture *f = *state;
	int64_t t = T0 + S(80);            /* B, set 1, right side */
	struct session_view v;

	at(f->s, t);
	assert_int_equal(session_skip(f->s, t), SESSION_EV_STEP);
	assert_int_equal(session_item_state(f->s, 1), ITEM_SKIPPED);
	v = at(f->s, t);
	assert_int_equal(v.step->kind, STEP_READY);          /* not the rest before it */
	assert_int_equal(v.item, 2);
	assert_int_equal(v.step_index, 12);
	assert_int_equal(v.step_left_ms, S(5));
	assert_int_equal(v.routine_elapsed_ms, S(155));
	/* B's 5 s of left hold and 5 s of right hold count as work; nothing more */
	assert_int_equal(session_active_ms(f->s, t), S(30 + 20 + 5));
	/* C's reps start 5 s after the skip */
	assert_int_equal(step_at(f->s, t + S(5) - 1), 12);
	assert_int_equal(step_at(f->s, t + S(5)), 13);
	/* a skipped item finished later stays skipped only if not redone; finish C */
	at(f->s, t + S(65));
	assert_int_equal(session_item_state(f->s, 2), ITEM_DONE);
	assert_int_equal(session_item_state(f->s, 1), ITEM_SKIPPED);
}

static void
test_skip_during_rest_goes_to_that_ready(void **state)
{
	struct fixture *f = *state;
	int64_t t = T0 + S(38);            /* resting before B; A is done */

	assert_int_equal(at(f->s, t).step->kind, STEP_REST);
	session_skip(f->s, t);
	assert_int_equal(session_item_state(f->s, 0), ITEM_DONE);
	assert_int_equal(session_item_state(f->s, 1), ITEM_PENDING);
	assert_int_equal(at(f->s, t).step_index, 3);       /* B's get-ready */
}

static void
test_skip_last_finishes(void **state)
{
	struct fixture *f = *state;
	int64_t t = T0 + S(300);           /* D, rest between sets */

	at(f->s, t);
	assert_int_equal(session_skip(f->s, t), SESSION_EV_STEP | SESSION_EV_FINISHED);
	assert_true(session_finished(f->s));
	assert_false(session_was_quit(f->s));
	assert_int_equal(session_item_state(f->s, 3), ITEM_SKIPPED);
	assert_int_equal(session_skip(f->s, t), 0);
	assert_int_equal(session_back(f->s, t), 0);
}

static void
test_skip_while_paused(void **state)
{
	struct fixture *f = *state;
	int64_t t = T0 + S(20);

	at(f->s, t);
	session_pause(f->s, t);
	session_skip(f->s, t + S(9));       /* acts at the pause, not 9 s later */
	assert_int_equal(session_item_state(f->s, 0), ITEM_SKIPPED);
	assert_int_equal(session_active_ms(f->s, t + S(9)), S(15));
	session_resume(f->s, t + S(30));
	/* B's get-ready has its full 5 s after the resume */
	assert_int_equal(step_at(f->s, t + S(35) - 1), 3);
	assert_int_equal(step_at(f->s, t + S(35)), 4);
}

static void
test_back(void **state)
{
	struct fixture *f = *state;
	int64_t t = T0 + S(170);           /* C, rep 2 */
	struct session_view v;

	at(f->s, t);
	assert_int_equal(session_back(f->s, t), SESSION_EV_STEP);
	v = at(f->s, t);
	assert_int_equal(v.step_index, 3);  /* B's get-ready */
	assert_int_equal(v.item, 1);
	assert_int_equal(v.step_left_ms, S(5));
	assert_int_equal(v.routine_elapsed_ms, S(45));
	/* what was done stays done */
	assert_int_equal(session_item_state(f->s, 1), ITEM_DONE);
	assert_int_equal(session_item_state(f->s, 2), ITEM_PENDING);
	/* back from the first stretch restarts it */
	session_back(f->s, t + 1);
	session_back(f->s, t + 2);
	v = at(f->s, t + 2);
	assert_int_equal(v.step_index, 0);
	assert_int_equal(v.step_left_ms, S(5));
	assert_int_equal(at(f->s, t + S(8)).step_index, 1);   /* A's hold */
	session_back(f->s, t + S(8));
	v = at(f->s, t + S(8));
	assert_int_equal(v.step_index, 0);
	assert_int_equal(v.step_left_ms, S(5));
	/* the whole plan runs again from here: finishes 370 s later */
	(void)at(f->s, t + S(8) + S(370) - 1);
	assert_false(session_finished(f->s));
	(void)at(f->s, t + S(8) + S(370));
	assert_true(session_finished(f->s));
}

static void
test_back_during_rest_goes_to_previous(void **state)
{
	struct fixture *f = *state;
	int64_t t = T0 + S(150);           /* resting before C: the rest belongs to C */

	at(f->s, t);
	session_back(f->s, t);
	assert_int_equal(at(f->s, t).step_index, 3);       /* B again */
}

static void
test_hurt(void **state)
{
	struct fixture *f = *state;
	int64_t t = T0 + S(60);            /* B, left side */
	struct session_view v;

	at(f->s, t);
	assert_int_equal(session_hurt(f->s, t), SESSION_EV_STEP);
	assert_int_equal(session_item_state(f->s, 1), ITEM_HURT);
	v = at(f->s, t);
	assert_int_equal(v.step_index, 12);                /* C's get-ready */
	/*
	 * back passes over the stretch that hurt, to the one before it, and the
	 * session then passes over it again: it went back to B, which hurt,
	 * without a word, and finishing it left it marked hurt all the same
	 */
	session_back(f->s, t + S(1));
	assert_int_equal(at(f->s, t + S(1)).item, 0);
	for (int64_t u = t + S(1); !session_finished(f->s) && at(f->s, u).item < 2; u += 500)
		assert_int_not_equal(at(f->s, u).item, 1);
	assert_int_equal(session_item_state(f->s, 1), ITEM_HURT);
}

/* In a rest, the stretch on screen is the one coming: h marks it, the one named. */
static void
test_hurt_during_rest_marks_the_one_on_screen(void **state)
{
	struct fixture *f = *state;
	int64_t t = T0 + S(146);           /* resting after B, C shown next */

	at(f->s, t);
	assert_int_equal(session_hurt_item(f->s), 2);
	assert_string_equal(at(f->s, t).step->stretch->id, "c-reps");
	session_hurt(f->s, t);
	assert_int_equal(session_item_state(f->s, 1), ITEM_DONE);
	assert_int_equal(session_item_state(f->s, 2), ITEM_HURT);
	assert_int_equal(at(f->s, t).step_index, 15);   /* on to D's get-ready */
}

/* In a get-ready, likewise: the stretch about to start is marked, and skipped over. */
static void
test_hurt_during_get_ready(void **state)
{
	struct fixture *f = *state;
	int64_t t = T0 + S(157);           /* C's get-ready */

	at(f->s, t);
	assert_int_equal(at(f->s, t).step->kind, STEP_READY);
	assert_int_equal(session_hurt_item(f->s), 2);
	session_hurt(f->s, t);
	assert_int_equal(session_item_state(f->s, 2), ITEM_HURT);
	assert_int_equal(at(f->s, t).item, 3);
}

/* n in a rest ends the rest only: the stretch it leads to is coached, not skipped. */
static void
test_skip_in_a_rest_skips_the_rest(void **state)
{
	struct fixture *f = *state;
	int64_t t = T0 + S(146);

	at(f->s, t);
	assert_true(session_skip_ends_rest(f->s));
	session_skip(f->s, t);
	assert_int_equal(at(f->s, t).step_index, 12);   /* C's get-ready */
	assert_int_equal(session_item_state(f->s, 2), ITEM_PENDING);
	assert_false(session_skip_ends_rest(f->s));
}

/* The summary's time: first hold to last, in session time; waiting after it is not counted. */
static void
test_span_first_hold_to_last(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(session_span_ms(f->s, T0 + S(3)), 0);        /* still getting ready */
	at(f->s, T0 + S(20));
	assert_int_equal(session_span_ms(f->s, T0 + S(20)), S(15));   /* A's hold began at 5 s */
	at(f->s, T0 + S(500));
	assert_true(session_finished(f->s));
	/* the last reps end at 370 s; the check-in after it sat waiting for minutes */
	assert_int_equal(session_span_ms(f->s, T0 + S(900)), S(365));
}

/* ---- adjust ---- */

static void
test_adjust_plus_minus(void **state)
{
	struct fixture *f = *state;
	int64_t t = T0 + S(15);            /* 10 s into A's 30 s hold */
	struct session_view v;

	at(f->s, t);
	assert_true(session_adjust(f->s, t, +5));
	v = at(f->s, t);
	assert_int_equal(v.step_total_ms, S(35));
	assert_int_equal(v.step_left_ms, S(25));
	assert_int_equal(v.routine_total_ms, S(375));
	/* the summary and the history's planned_s are the total the screen shows */
	assert_int_equal(session_planned_s(f->s), 375);
	assert_int_equal(v.routine_elapsed_ms, S(15));
	assert_int_equal(v.routine_left_ms, S(360));
	assert_int_equal(v.breath_count, 3);       /* 35 s: three breaths, each 1.7 s slower */
	assert_true(session_adjust(f->s, t, -5));
	assert_true(session_adjust(f->s, t, -5));
	v = at(f->s, t);
	assert_int_equal(v.step_total_ms, S(25));
	assert_int_equal(v.step_left_ms, S(15));
	assert_int_equal(v.routine_total_ms, S(365));
	assert_int_equal(session_planned_s(f->s), 365);
	/* the rest of the plan follows the new end */
	assert_int_equal(step_at(f->s, T0 + S(30) - 1), 1);
	v = at(f->s, T0 + S(30));
	assert_int_equal(v.step_index, 2);
	assert_int_equal(v.routine_elapsed_ms, S(30));
	assert_int_equal(v.routine_total_ms, S(365));
	assert_int_equal(step_at(f->s, T0 + S(365) - 1), 22);
	(void)at(f->s, T0 + S(365));
	assert_true(session_finished(f->s));
	assert_int_equal(session_active_ms(f->s, T0 + S(365)), S(285));
}

static void
test_adjust_never_below_one_second(void **state)
{
	struct fixture *f = *state;
	int64_t t = T0 + S(32);            /* 3 s left of A's hold */
	struct session_view v;

	at(f->s, t);
	assert_true(session_adjust(f->s, t, -5));
	v = at(f->s, t);
	assert_int_equal(v.step_left_ms, 1000);
	assert_int_equal(v.step_total_ms, S(28));
	assert_int_equal(v.routine_total_ms, S(368));
	session_adjust(f->s, t, -5);
	v = at(f->s, t);
	assert_int_equal(v.step_left_ms, 1000);
	assert_int_equal(v.routine_total_ms, S(368));
	/* with under a second left, - leaves it alone */
	session_adjust(f->s, t + 400, -5);
	v = at(f->s, t + 400);
	assert_int_equal(v.step_left_ms, 600);
	assert_int_equal(v.step_index, 1);
	assert_int_equal(step_at(f->s, t + 1000), 2);
}

/* A - with 2.4 s left leaves part of a second: the summary's total is still the screen's. */
static void
test_adjust_part_of_a_second(void **state)
{
	struct fixture *f = *state;
	int64_t t = T0 + S(32) + 600;      /* 2.4 s left of A's hold */
	struct session_view v;

	at(f->s, t);
	assert_true(session_adjust(f->s, t, -5));
	v = at(f->s, t);
	assert_int_equal(v.step_left_ms, 1000);
	assert_int_equal(v.routine_total_ms, S(368) + 600);
	assert_int_equal(session_planned_s(f->s), v.routine_total_ms / 1000);
}

static void
test_adjust_only_in_holds(void **state)
{
	struct fixture *f = *state;

	at(f->s, T0 + S(1));
	assert_false(session_adjust(f->s, T0 + S(1), +5));      /* get ready */
	at(f->s, T0 + S(36));
	assert_false(session_adjust(f->s, T0 + S(36), +5));     /* rest */
	at(f->s, T0 + S(72));
	assert_false(session_adjust(f->s, T0 + S(72), -5));     /* switch sides */
	at(f->s, T0 + S(170));
	assert_false(session_adjust(f->s, T0 + S(170), +5));    /* reps */
	assert_int_equal(at(f->s, T0 + S(170)).routine_total_ms, S(370));
	(void)at(f->s, T0 + S(370));
	assert_false(session_adjust(f->s, T0 + S(370), +5));    /* finished */
}

static void
test_adjust_while_paused(void **state)
{
	struct fixture *f = *state;
	int64_t t = T0 + S(33);            /* 2 s left of A's hold */

	at(f->s, t);
	session_pause(f->s, t);
	assert_true(session_adjust(f->s, t + S(50), -5));   /* at the pause: 1 s left */
	session_resume(f->s, t + S(60));
	assert_int_equal(at(f->s, t + S(60)).step_left_ms, 1000);
	assert_int_equal(step_at(f->s, t + S(61)), 2);
}

/* ---- the choice after "it hurts" ---- */

/* "Long" repeats A at items 4 and 7: hurting A at item 0, they load the back the same way. */
static void
test_after_hurt_without(void **state)
{
	struct fixture *f = *state;
	struct plan *p = plan_new_paced(catalogue_find_routine(f->c, "long"), &flat);
	struct session *s = session_new(p, &default_pace, T0);
	int64_t t = T0 + S(10);
	size_t alike[4];
	bool went_back = false;

	at(s, t);
	session_pause(s, t);
	session_hurt(s, t);
	assert_int_equal(session_alike(s, 0, alike, 4), 2);
	assert_int_equal(alike[0], 4);
	assert_int_equal(alike[1], 7);
	assert_int_equal(session_hurt_choice(s), AFTER_HURT_NONE);
	assert_int_equal(session_after_hurt(s, AFTER_HURT_WITHOUT, t), 0);
	session_resume(s, t);
	assert_int_equal(session_hurt_choice(s), AFTER_HURT_WITHOUT);
	assert_int_equal(session_item_state(s, 4), ITEM_LEFT_OUT);
	assert_int_equal(session_item_state(s, 7), ITEM_LEFT_OUT);
	assert_int_equal(session_item_state(s, 5), ITEM_PENDING);
	/*
	 * the next stretch hurts too, and the answer is "as planned": the first,
	 * more careful answer stands, as 4 and 7 stay left out (the summary and
	 * the history said "as planned" beside them)
	 */
	assert_int_equal(at(s, t).item, 1);
	session_pause(s, t);
	session_hurt(s, t);
	assert_int_equal(session_after_hurt(s, AFTER_HURT_AS_PLANNED, t), 0);
	session_resume(s, t);
	assert_int_equal(session_hurt_choice(s), AFTER_HURT_WITHOUT);
	assert_int_equal(session_item_state(s, 1), ITEM_HURT);
	assert_int_equal(session_item_state(s, 7), ITEM_LEFT_OUT);
	/* the left-out stretches are passed over to the end; back passes them too */
	while (!session_finished(s)) {
		struct session_view v;

		t += 1000;
		while (session_tick(s, t) != 0)
			continue;
		session_view(s, t, &v);
		assert_true(v.finished || (v.item != 4 && v.item != 7));
		if (!v.finished && v.item == 5 && v.step->kind == STEP_READY && !went_back) {
			went_back = true;
			session_back(s, t);
			assert_int_equal(at(s, t).item, 3);
			session_skip(s, t);
			assert_int_equal(at(s, t).item, 5);
		}
	}
	assert_int_equal(session_item_state(s, 4), ITEM_LEFT_OUT);
	assert_int_equal(session_item_state(s, 6), ITEM_DONE);
	session_free(s);
	plan_free(p);
}

/* Stop here ends the session as a quit; as planned changes nothing; the one on screen left out moves on. */
static void
test_after_hurt_stop_and_as_planned(void **state)
{
	struct fixture *f = *state;
	struct plan *p = plan_new_paced(catalogue_find_routine(f->c, "long"), &flat);
	struct session *s = session_new(p, &default_pace, T0);
	int64_t t = T0 + S(10), tb = T0 + S(60);   /* tb: B, left side */

	at(f->s, tb);
	session_hurt(f->s, tb);
	assert_int_equal(session_alike(f->s, 1, NULL, 0), 0);   /* nothing in "r" like B */
	assert_int_equal(session_after_hurt(f->s, AFTER_HURT_AS_PLANNED, tb), 0);
	assert_int_equal(session_item_state(f->s, 2), ITEM_PENDING);
	assert_int_equal(at(f->s, tb).item, 2);
	assert_int_equal(session_after_hurt(f->s, AFTER_HURT_STOP, tb), SESSION_EV_FINISHED);
	assert_true(session_was_quit(f->s));
	assert_int_equal(session_hurt_choice(f->s), AFTER_HURT_STOP);
	assert_int_equal(session_item_state(f->s, 1), ITEM_HURT);
	assert_int_equal(session_item_state(f->s, 2), ITEM_PENDING);   /* in its get-ready: not reached */

	/* "long": A hurt at item 4's get-ready... item 7 is A too; hurt in item 6, then 7 is on screen */
	at(s, t);
	session_hurt(s, t);                      /* item 0 */
	assert_int_equal(at(s, t).item, 1);
	session_skip(s, t);
	session_skip(s, t);
	session_skip(s, t);
	assert_int_equal(at(s, t).item, 4);      /* A again, in its get-ready */
	session_after_hurt(s, AFTER_HURT_WITHOUT, t);
	assert_int_equal(at(s, t).item, 5);
	assert_int_equal(session_item_state(s, 4), ITEM_LEFT_OUT);
	session_free(s);
	plan_free(p);
}

/* ---- quit ---- */

static void
test_quit_mid_hold(void **state)
{
	struct fixture *f = *state;
	int64_t t = T0 + S(17);            /* 12 s into A's hold */
	struct session_view v;

	at(f->s, t);
	assert_int_equal(session_quit(f->s, t), SESSION_EV_FINISHED);
	assert_true(session_finished(f->s));
	assert_true(session_was_quit(f->s));
	/* stopped part-way through A, not "not reached"; the rest were not reached */
	assert_int_equal(session_item_state(f->s, 0), ITEM_STOPPED);
	assert_int_equal(session_item_state(f->s, 1), ITEM_PENDING);
	assert_int_equal(session_active_ms(f->s, t + S(100)), S(12));
	assert_int_equal(session_tick(f->s, t + S(400)), 0);
	assert_int_equal(session_next_change(f->s, t + 1), INT64_MAX);
	assert_int_equal(session_quit(f->s, t + 1), 0);
	session_view(f->s, t + S(100), &v);
	assert_true(v.finished);
	assert_true(v.quit);
	assert_null(v.step);
	assert_int_equal(v.items_done, 0);
}

static void
test_quit_while_paused(void **state)
{
	struct fixture *f = *state;
	int64_t t = T0 + S(17);

	at(f->s, t);
	session_pause(f->s, t);
	session_quit(f->s, t + S(30));
	assert_true(session_was_quit(f->s));
	assert_int_equal(session_active_ms(f->s, t + S(30)), S(12));
}

/* A key that arrives after a hold's deadline, before any tick, counts the hold only to its end. */
static void
test_late_command_counts_work_to_deadline(void **state)
{
	struct fixture *f = *state;

	at(f->s, T0 + S(20));              /* A's hold, ends at 35 s */
	session_quit(f->s, T0 + S(41));
	assert_int_equal(session_active_ms(f->s, T0 + S(41)), S(30));
}

static void
test_late_skip_counts_work_to_deadline(void **state)
{
	struct fixture *f = *state;

	at(f->s, T0 + S(20));
	session_skip(f->s, T0 + S(41));
	assert_int_equal(session_active_ms(f->s, T0 + S(41)), S(30));
	assert_int_equal(at(f->s, T0 + S(41)).step_index, 3);
}

/* ---- next change ---- */

/* What a front end shows: if none of it changes, no redraw is due. */
struct visible {
	size_t step;
	enum breath_phase breath;
	int rep, breath_n;
	int64_t secs_left;    /* the countdown, whole seconds rounded up */
	bool finished;
};

static struct visible
visible_at(const struct session *s, int64_t t)
{
	struct session_view v;
	struct visible out;

	session_view(s, t, &v);
	out.step = v.step_index;
	out.breath = v.breath;
	out.rep = v.rep;
	out.breath_n = v.breath_n;
	out.secs_left = (v.step_left_ms + 999) / 1000;
	out.finished = v.finished;
	return out;
}

static int
visible_eq(struct visible a, struct visible b)
{
	return a.step == b.step && a.breath == b.breath && a.rep == b.rep &&
	    a.breath_n == b.breath_n && a.secs_left == b.secs_left && a.finished == b.finished;
}

/*
 * Wake only when session_next_change() says: the wake-up is never in the past
 * and never later than the first millisecond at which anything visible
 * changes. Checked against every millisecond of the routine.
 */
static void
test_next_change_is_exact(void **state)
{
	struct fixture *f = *state;
	int64_t t = T0 + 1;
	size_t wakes = 0;

	/* start off the whole second, and shift once more mid-way with a pause */
	at(f->s, t);
	while (!session_finished(f->s)) {
		int64_t next = session_next_change(f->s, t);
		struct visible here = visible_at(f->s, t);

		assert_true(next > t);
		assert_true(next != INT64_MAX);
		for (int64_t u = t + 1; u < next; u++)
			if (!visible_eq(visible_at(f->s, u), here))
				fail_msg("visible change at +%lld ms missed: woke at +%lld for +%lld",
				    (long long)(u - T0), (long long)(t - T0), (long long)(next - T0));
		/* the wake-up itself shows a change (or ends a step) */
		{
			struct session_view v;

			while (session_tick(f->s, next) != 0)
				;
			session_view(f->s, next, &v);
			if (!session_finished(f->s))
				assert_false(visible_eq(visible_at(f->s, next), here));
		}
		t = next;
		if (++wakes == 200) {
			session_pause(f->s, t);
			assert_int_equal(session_next_change(f->s, t + 5), INT64_MAX);
			session_resume(f->s, t + 777);
			t += 777;
		}
	}
	assert_true(wakes > 200);
}

/* When the clock is already past the deadline, the change is due now. */
static void
test_next_change_when_late(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(session_next_change(f->s, T0 + S(9)), T0 + S(9));
	assert_int_equal(session_next_change(f->s, T0), T0 + 1000);
	assert_int_equal(session_next_change(f->s, T0 + 4001), T0 + 5000);
	assert_int_equal(session_next_change(f->s, T0 + 4000), T0 + 5000);
	assert_int_equal(session_next_change(f->s, T0 + 3999), T0 + 4000);
}

/* ---- no drift ---- */

/*
 * Tick at irregular odd intervals (1..159 ms) through a long routine, more
 * than 10 000 times: every step begins exactly at the sum of the planned
 * durations before it, and the routine ends exactly at the plan's total.
 */
static void
test_no_drift_over_10000_ticks(void **state)
{
	struct fixture *f = *state;
	struct plan *p = plan_new_paced(catalogue_find_routine(f->c, "long"), &flat);
	struct session *s = session_new(p, &default_pace, T0);
	uint32_t seed = 12345;
	int64_t t = T0, last_before_end = 0, end_tick = 0;
	size_t ticks = 0, next_step = 1;

	while (!session_finished(s)) {
		unsigned ev;

		seed = seed * 1103515245u + 12345u;
		t += 1 + 2 * (int64_t)((seed >> 16) % 80);      /* odd, 1..159 ms */
		ticks++;
		while ((ev = session_tick(s, t)) != 0) {
			struct session_view v;

			session_view(s, t, &v);
			if (ev & SESSION_EV_FINISHED) {
				end_tick = t;
				break;
			}
			assert_int_equal(v.step_index, next_step);
			/* the step began at its planned offset, however late we looked */
			assert_int_equal(t - (v.step_total_ms - v.step_left_ms),
			    T0 + S(p->steps[next_step].start_s));
			assert_int_equal(v.routine_elapsed_ms, t - T0);
			next_step++;
		}
		if (!session_finished(s))
			last_before_end = t;
	}
	assert_true(ticks >= 10000);
	assert_int_equal(next_step, p->nsteps);
	/* the end fell between the last two ticks, exactly at the total */
	assert_true(last_before_end < T0 + S(p->total_s));
	assert_true(end_tick >= T0 + S(p->total_s));
	assert_int_equal(session_active_ms(s, end_tick), S(p->work_s));
	print_message("no drift: %zu ticks over %ld s, %zu steps\n", ticks, p->total_s, p->nsteps);
	session_free(s);

	/* the same plan, ticked only at each deadline and its millisecond before */
	s = session_new(p, &default_pace, T0);
	for (size_t i = 1; i < p->nsteps; i++) {
		assert_int_equal(session_tick(s, T0 + S(p->steps[i].start_s) - 1), 0);
		assert_int_equal(session_tick(s, T0 + S(p->steps[i].start_s)), SESSION_EV_STEP);
	}
	assert_int_equal(session_tick(s, T0 + S(p->total_s) - 1), 0);
	assert_int_equal(session_tick(s, T0 + S(p->total_s)), SESSION_EV_STEP | SESSION_EV_FINISHED);
	session_free(s);
	plan_free(p);
}

int
main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_held_only_once_a_hold_began),
		T(test_whole_routine_on_time),
		T(test_item_done_only_after_its_last_side_and_set),
		T(test_late_wake_sees_every_step),
		T(test_breath_user_pace_4_6),
		T(test_breath_stretch_pace_override),
		T(test_breath_other_user_pace),
		T(test_breaths_fit_the_hold),
		T(test_reps_numbers_and_cues),
		T(test_pause_freezes_every_timer),
		T(test_paused_second_not_active),
		T(test_pause_late_freezes_at_deadline),
		T(test_skip_marks_skipped_and_lands_on_next_ready),
		T(test_skip_during_rest_goes_to_that_ready),
		T(test_skip_last_finishes),
		T(test_skip_while_paused),
		T(test_back),
		T(test_back_during_rest_goes_to_previous),
		T(test_hurt),
		T(test_hurt_during_rest_marks_the_one_on_screen),
		T(test_hurt_during_get_ready),
		T(test_skip_in_a_rest_skips_the_rest),
		T(test_span_first_hold_to_last),
		T(test_adjust_plus_minus),
		T(test_adjust_never_below_one_second),
		T(test_adjust_part_of_a_second),
		T(test_adjust_only_in_holds),
		T(test_adjust_while_paused),
		T(test_after_hurt_without),
		T(test_after_hurt_stop_and_as_planned),
		T(test_quit_mid_hold),
		T(test_quit_while_paused),
		T(test_late_command_counts_work_to_deadline),
		T(test_late_skip_counts_work_to_deadline),
		T(test_next_change_is_exact),
		T(test_next_change_when_late),
		T(test_no_drift_over_10000_ticks),
	};
#undef T

	return cmocka_run_group_tests(tests, NULL, NULL);
}
