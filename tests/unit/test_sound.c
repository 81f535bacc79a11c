/* test_sound.c — which sound each moment of a session makes, on a fake clock. */
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
#include "sound.h"

/*
 * Routine "r" (rest 5 s): A holds 10 s (seated); B holds 8 s each side
 * (floor); C is 3 reps of 4 s. Routine "short": one 5 s hold, too short for
 * a countdown. Where each step begins is the plan's to say.
 */
static const char catalogue_json[] =
"{\"schema\": 1, \"stretches\": ["
" {\"id\": \"a\", \"name\": \"A\", \"kind\": \"static\", \"areas\": [\"neck\"],"
"  \"level\": \"gentle\", \"position\": \"seated\", \"time\": [\"morning\"], \"hold\": 10,"
"  \"steps\": [\"a\"]},"
" {\"id\": \"b\", \"name\": \"B\", \"kind\": \"static\", \"areas\": [\"hips\"],"
"  \"level\": \"gentle\", \"position\": \"floor\", \"time\": [\"morning\"], \"hold\": 8,"
"  \"sides\": \"each\", \"steps\": [\"b\"]},"
" {\"id\": \"c\", \"name\": \"C\", \"kind\": \"dynamic\", \"areas\": [\"mid-back\"],"
"  \"level\": \"gentle\", \"position\": \"floor\", \"time\": [\"morning\"], \"reps\": 3,"
"  \"rep_seconds\": 4, \"steps\": [\"c\"]}"
"], \"routines\": ["
" {\"id\": \"r\", \"name\": \"R\", \"rest\": 5, \"items\": [{\"stretch\": \"a\"},"
"  {\"stretch\": \"b\"}, {\"stretch\": \"c\"}]},"
" {\"id\": \"short\", \"name\": \"S\", \"rest\": 0, \"items\": [{\"stretch\": \"a\", \"hold\": 5}]}"
"]}";

#define T0 ((int64_t)5000017)
#define S(x) (T0 + (int64_t)((x) * 1000))

static const struct session_opts pace = { 4000, 6000 };

struct heard {
	enum sound_event ev;
	int64_t at_ms;        /* since T0 */
};

static struct catalogue *
load(void)
{
	char path[] = "/tmp/test_sound_XXXXXX";
	int fd = mkstemp(path);
	const char *paths[] = { path };
	struct catalogue *c;
	struct diag d;

	assert_true(fd >= 0);
	assert_int_equal(write(fd, catalogue_json, strlen(catalogue_json)), (ssize_t)strlen(catalogue_json));
	close(fd);
	diag_init(&d);
	c = catalogue_load(paths, 1, &d);
	assert_non_null(c);
	assert_int_equal(d.errors, 0);
	diag_done(&d);
	unlink(path);
	return c;
}

/* Run routine id on a clock stepping 100 ms, as a front end's loop would; quit at quit_s (< 0: never). */
static size_t
listen(const char *id, double quit_s, double pause_s, struct heard *out, size_t max)
{
	struct catalogue *c = load();
	struct plan *p = plan_new(catalogue_find_routine(c, id));
	struct session *s = session_new(p, &pace, T0);
	struct sound_cues cues;
	size_t n = 0;

	sound_cues_init(&cues);
	for (int64_t t = T0;; t += 100) {
		struct session_view v;
		enum sound_event ev;

		if (quit_s >= 0 && t == S(quit_s))
			session_quit(s, t);
		if (pause_s >= 0 && t == S(pause_s))
			session_pause(s, t);
		if (pause_s >= 0 && t == S(pause_s + 30))
			session_resume(s, t);
		while (session_tick(s, t) != 0)
			continue;
		session_view(s, t, &v);
		if ((ev = sound_follow(&cues, &v)) != SOUND_NONE && n < max)
			out[n++] = (struct heard){ ev, t - T0 };
		if (v.finished)
			break;
	}
	session_free(s);
	plan_free(p);
	catalogue_free(c);
	return n;
}

static void
expect(const struct heard *h, size_t n, const struct heard *want, size_t nwant)
{
	for (size_t i = 0; i < n && i < nwant; i++) {
		if (h[i].ev != want[i].ev || h[i].at_ms != want[i].at_ms)
			fail_msg("sound %zu: got event %d at %lld ms, want %d at %lld ms", i,
			    h[i].ev, (long long)h[i].at_ms, want[i].ev, (long long)want[i].at_ms);
	}
	assert_int_equal(n, nwant);
}

/*
 * What a person should hear over plan p, read off its steps: each hold or
 * set of reps starts with a sound, each switch has its own, a hold longer
 * than 6 s counts down its last 3 s, leaving a stretch's work for the next
 * stretch sounds its end, and the routine's end sounds last.
 */
static size_t
expected(const struct plan *p, struct heard *out, size_t max)
{
	size_t n = 0;

	for (size_t i = 0; i < p->nsteps && n + 4 < max; i++) {
		const struct step *st = &p->steps[i], *prev = i > 0 ? &p->steps[i - 1] : NULL;
		int64_t at = (int64_t)st->start_s * 1000;

		if (prev != NULL && (prev->kind == STEP_HOLD || prev->kind == STEP_REPS) && prev->item != st->item)
			out[n++] = (struct heard){ SOUND_STRETCH_END, at };
		else if (st->kind == STEP_HOLD || st->kind == STEP_REPS)
			out[n++] = (struct heard){ SOUND_HOLD_START, at };
		else if (st->kind == STEP_SWITCH)
			out[n++] = (struct heard){ SOUND_SWITCH_SIDES, at };
		if (st->kind == STEP_HOLD && st->seconds > 2 * SOUND_COUNTDOWN_S)
			for (int k = SOUND_COUNTDOWN_S; k >= 1; k--)
				out[n++] = (struct heard){ SOUND_LAST_SECONDS, at + (int64_t)(st->seconds - k) * 1000 };
	}
	out[n++] = (struct heard){ SOUND_ROUTINE_END, (int64_t)p->total_s * 1000 };
	return n;
}

/* Every event in its place: holds, countdowns, the switch, each stretch's end, the routine's. */
static void
test_whole_routine(void **state)
{
	struct catalogue *c = load();
	struct plan *p = plan_new(catalogue_find_routine(c, "r"));
	struct heard h[64], want[64];
	size_t nwant = expected(p, want, 64), n = listen("r", -1, -1, h, 64);
	size_t kinds[SOUND_NEVENTS] = { 0 };

	(void)state;
	expect(h, n, want, nwant);
	for (size_t i = 0; i < n; i++)
		kinds[h[i].ev]++;
	/* the routine has 3 work steps in A and B, a switch, reps in C, two stretch ends */
	assert_int_equal(kinds[SOUND_HOLD_START], 4);
	assert_int_equal(kinds[SOUND_SWITCH_SIDES], 1);
	assert_int_equal(kinds[SOUND_LAST_SECONDS], 9);
	assert_int_equal(kinds[SOUND_STRETCH_END], 2);
	assert_int_equal(kinds[SOUND_ROUTINE_END], 1);
	plan_free(p);
	catalogue_free(c);
}

/* Quitting is no completion: no end-of-routine sound. */
static void
test_quit_is_silent(void **state)
{
	static const struct heard want[] = { { SOUND_HOLD_START, 5000 } };
	struct heard h[8];

	(void)state;
	expect(h, listen("r", 8, -1, h, 8), want, 1);
}

/* A pause inside the countdown neither repeats nor skips a count. */
static void
test_pause_in_countdown(void **state)
{
	static const struct heard want[] = {
		{ SOUND_HOLD_START, 5000 },
		{ SOUND_LAST_SECONDS, 12000 }, { SOUND_LAST_SECONDS, 43000 }, { SOUND_LAST_SECONDS, 44000 },
		{ SOUND_STRETCH_END, 45000 },
	};
	struct heard h[64];
	size_t n = listen("r", -1, 12.5, h, 64);

	(void)state;
	assert_true(n > 5);
	expect(h, 5, want, 5);
}

/* A 5 s hold is too short to count down; its end is the routine's end. */
static void
test_short_hold(void **state)
{
	static const struct heard want[] = { { SOUND_HOLD_START, 5000 }, { SOUND_ROUTINE_END, 10000 } };
	struct heard h[8];

	(void)state;
	expect(h, listen("short", -1, -1, h, 8), want, 2);
}

/* Each event has its own theme sound; the quiet ones never ring the bell. */
static void
test_ids_distinct(void **state)
{
	(void)state;
	assert_null(sound_theme_id(SOUND_NONE));
	for (int a = SOUND_NONE + 1; a < SOUND_NEVENTS; a++) {
		assert_non_null(sound_theme_id((enum sound_event)a));
		for (int b = a + 1; b < SOUND_NEVENTS; b++)
			assert_string_not_equal(sound_theme_id((enum sound_event)a), sound_theme_id((enum sound_event)b));
	}
	assert_string_equal(sound_theme_id(SOUND_ROUTINE_END), "complete");
	assert_true(sound_rings_bell(SOUND_HOLD_START));
	assert_true(sound_rings_bell(SOUND_SWITCH_SIDES));
	assert_true(sound_rings_bell(SOUND_ROUTINE_END));
	assert_false(sound_rings_bell(SOUND_LAST_SECONDS));
	assert_false(sound_rings_bell(SOUND_STRETCH_END));
	assert_false(sound_rings_bell(SOUND_NONE));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_whole_routine),
		cmocka_unit_test(test_quit_is_silent),
		cmocka_unit_test(test_pause_in_countdown),
		cmocka_unit_test(test_short_hold),
		cmocka_unit_test(test_ids_distinct),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
