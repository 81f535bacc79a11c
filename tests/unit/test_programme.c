/* test_programme.c — programmes: the catalogue section, progress from events, the round trip. */
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
#include "history.h"
#include "programme.h"

/* Three routines and a six-day programme: R1, R2, rest, R2, rest, R3. */
static const char cat_text[] =
"{\"schema\": 1, \"stretches\": [{\"id\": \"cat-cow\", \"name\": \"Cat-Cow\", \"kind\": \"dynamic\","
" \"areas\": [\"mid-back\"], \"level\": \"gentle\", \"position\": \"floor\", \"time\": [\"morning\"],"
" \"reps\": 6, \"rep_seconds\": 10, \"steps\": [\"Round and arch.\"]}],"
" \"routines\": [{\"id\": \"one\", \"name\": \"One\", \"rest\": 0, \"items\": [{\"stretch\": \"cat-cow\"}]},"
" {\"id\": \"two\", \"name\": \"Two\", \"items\": [{\"stretch\": \"cat-cow\", \"sets\": 2}]},"
" {\"id\": \"three\", \"name\": \"Three\", \"items\": [{\"stretch\": \"cat-cow\"}]}],"
" \"programmes\": [{\"id\": \"plan\", \"name\": \"Plan\", \"description\": \"Six days.\", \"days\": ["
" {\"routine\": \"one\", \"note\": \"Start easy.\"}, {\"routine\": \"two\"}, {\"rest\": true, \"note\": \"Walk.\"},"
" {\"routine\": \"two\"}, {\"rest\": true}, {\"routine\": \"three\"}]},"
" {\"id\": \"other\", \"name\": \"Other\", \"days\": [{\"routine\": \"three\"}]}]}";

static struct catalogue *cat;
static const struct programme *plan;

static int
setup(void **state)
{
	char path[] = "/tmp/test_programme_XXXXXX";
	const char *paths[] = { path };
	struct diag d;
	int fd = mkstemp(path);

	(void)state;
	if (fd < 0 || write(fd, cat_text, strlen(cat_text)) != (ssize_t)strlen(cat_text))
		return -1;
	close(fd);
	diag_init(&d);
	cat = catalogue_load(paths, 1, &d);
	diag_print(&d, stderr);
	diag_done(&d);
	unlink(path);
	plan = cat != NULL ? catalogue_find_programme(cat, "plan") : NULL;
	return plan != NULL ? 0 : -1;
}

static int
teardown(void **state)
{
	(void)state;
	catalogue_free(cat);
	return 0;
}

/* 2026-11-02 is day D; every event happens at noon UTC on D + offset. */
#define D0 20759L

static void
event(struct programme_track *t, int kind, const char *prog, int day, long on, long today)
{
	struct history_record r;

	history_record_init(&r);
	r.event = (enum history_event)kind;
	r.routine = strdup("one");
	r.programme = strdup(prog);
	r.day = day;
	r.started = r.ended = (time_t)((D0 + on) * 86400 + 12 * 3600);
	programme_track_add(t, &r, today);
	history_record_done(&r);
}

static void
today_is(const struct programme_track *t, long today, enum programme_state state, int day,
    const char *routine, int missed)
{
	struct programme_today pt;

	programme_today(t, plan, today, &pt);
	assert_int_equal(pt.state, state);
	assert_int_equal(pt.day, day);
	assert_int_equal(pt.missed, missed);
	if (routine == NULL)
		assert_null(pt.routine);
	else
		assert_string_equal(pt.routine->id, routine);
}

static void
test_catalogue_section(void **state)
{
	(void)state;
	assert_int_equal(catalogue_programme_count(cat), 2);
	assert_int_equal(plan->ndays, 6);
	assert_string_equal(plan->days[0].routine->id, "one");
	assert_string_equal(plan->days[0].note, "Start easy.");
	assert_null(plan->days[2].routine);
	assert_string_equal(plan->days[2].note, "Walk.");
	assert_string_equal(plan->days[4].note, "");
	assert_string_equal(plan->description, "Six days.");
	assert_null(catalogue_find_programme(cat, "none"));
}

static void
test_progress_on_time(void **state)
{
	struct programme_track t;

	(void)state;
	programme_track_init(&t);
	event(&t, HEV_PROGRAMME_START, "plan", 1, 0, D0);
	today_is(&t, D0, PROG_DUE, 1, "one", 0);
	event(&t, HEV_PROGRAMME_DAY, "plan", 1, 0, D0);
	today_is(&t, D0, PROG_DONE_TODAY, 1, NULL, 0);
	today_is(&t, D0 + 1, PROG_DUE, 2, "two", 0);
	event(&t, HEV_PROGRAMME_DAY, "plan", 2, 1, D0 + 1);
	/* day 3 is rest on D+2; on D+3 the calendar has taken it, day 4 is due */
	today_is(&t, D0 + 2, PROG_REST, 3, NULL, 0);
	today_is(&t, D0 + 3, PROG_DUE, 4, "two", 0);
	event(&t, HEV_PROGRAMME_DAY, "plan", 4, 3, D0 + 3);
	today_is(&t, D0 + 4, PROG_REST, 5, NULL, 0);
	today_is(&t, D0 + 5, PROG_DUE, 6, "three", 0);
	event(&t, HEV_PROGRAMME_DAY, "plan", 6, 5, D0 + 5);
	today_is(&t, D0 + 5, PROG_DONE_TODAY, 6, NULL, 0);
	today_is(&t, D0 + 6, PROG_FINISHED, 6, NULL, 0);
	programme_track_done(&t);
}

/* A gap never fails the programme: the step waits and says how long. */
static void
test_progress_gaps(void **state)
{
	struct programme_track t;
	struct programme_today pt;
	char buf[256];

	(void)state;
	programme_track_init(&t);
	event(&t, HEV_PROGRAMME_START, "plan", 1, 0, D0);
	today_is(&t, D0 + 3, PROG_DUE, 1, "one", 3);
	event(&t, HEV_PROGRAMME_DAY, "plan", 1, 3, D0 + 3);
	event(&t, HEV_PROGRAMME_DAY, "plan", 2, 4, D0 + 4);
	/* back after a week: the rest day took D+5, so day 4 has waited since D+6 */
	today_is(&t, D0 + 11, PROG_DUE, 4, "two", 5);
	programme_today(&t, plan, D0 + 11, &pt);
	assert_string_equal(programme_resume_text(buf, sizeof buf, &pt),
	    "Welcome back: day 4 waited 5 days for you. A missed day never resets a "
	    "programme; carry on from here.");
	programme_today(&t, plan, D0 + 5, &pt);
	assert_string_equal(programme_resume_text(buf, sizeof buf, &pt), "");
	programme_track_done(&t);
}

static void
test_stop_restart_future(void **state)
{
	struct programme_track t;

	(void)state;
	programme_track_init(&t);
	event(&t, HEV_PROGRAMME_START, "plan", 1, 0, D0 + 2);
	event(&t, HEV_PROGRAMME_DAY, "plan", 1, 0, D0 + 2);
	/* a day of another programme, a repeated day and a future day change nothing */
	event(&t, HEV_PROGRAMME_DAY, "other", 2, 1, D0 + 2);
	event(&t, HEV_PROGRAMME_DAY, "plan", 1, 1, D0 + 2);
	event(&t, HEV_PROGRAMME_DAY, "plan", 2, 9, D0 + 2);
	assert_int_equal(t.done, 1);
	assert_int_equal(t.step_day, D0);
	event(&t, HEV_PROGRAMME_STOP, "other", 0, 1, D0 + 2);
	assert_non_null(t.id);
	event(&t, HEV_PROGRAMME_STOP, "plan", 1, 1, D0 + 2);
	assert_null(t.id);
	event(&t, HEV_PROGRAMME_START, "other", 1, 2, D0 + 2);
	assert_string_equal(t.id, "other");
	event(&t, HEV_PROGRAMME_START, "plan", 1, 2, D0 + 2);
	assert_string_equal(t.id, "plan");
	assert_int_equal(t.done, 0);
	today_is(&t, D0 + 2, PROG_DUE, 1, "one", 0);
	programme_track_done(&t);
}

/* A day dated before its programme's start is not one of its days (issue 26). */
static void
test_day_before_start(void **state)
{
	struct programme_track t;

	(void)state;
	programme_track_init(&t);
	event(&t, HEV_PROGRAMME_START, "plan", 1, 3, D0 + 5);
	event(&t, HEV_PROGRAMME_DAY, "plan", 1, 1, D0 + 5);
	event(&t, HEV_PROGRAMME_DAY, "plan", 2, 2, D0 + 5);
	assert_int_equal(t.done, 0);
	assert_int_equal(t.step_day, D0 + 2);
	event(&t, HEV_PROGRAMME_DAY, "plan", 1, 3, D0 + 5);
	assert_int_equal(t.done, 1);
	programme_track_done(&t);
}

/* Only a finished session of today's routine at speed 1 completes the day. */
static void
test_session_counts(void **state)
{
	struct programme_track t;
	struct programme_today pt;
	int day = 0;

	(void)state;
	programme_track_init(&t);
	event(&t, HEV_PROGRAMME_START, "plan", 1, 0, D0);
	programme_today(&t, plan, D0, &pt);
	assert_false(programme_session_counts(&pt, "one", 20, false, &day));
	assert_false(programme_session_counts(&pt, "one", 1, true, &day));
	assert_false(programme_session_counts(&pt, "two", 1, false, &day));
	assert_true(programme_session_counts(&pt, "one", 1, false, &day));
	assert_int_equal(day, 1);
	event(&t, HEV_PROGRAMME_DAY, "plan", 1, 0, D0);
	programme_today(&t, plan, D0, &pt);
	assert_false(programme_session_counts(&pt, "one", 1, false, &day));
	programme_track_done(&t);
}

static void
test_headline(void **state)
{
	struct programme_track t;
	struct programme_today pt;
	char buf[256];

	(void)state;
	programme_track_init(&t);
	event(&t, HEV_PROGRAMME_START, "plan", 1, 0, D0);
	programme_today(&t, plan, D0, &pt);
	/* One: 6 reps x 10 s = 60 s */
	assert_string_equal(programme_headline(buf, sizeof buf, plan, &pt, " - ", NULL),
	    "Day 1 of 6 - One - 1 min");
	event(&t, HEV_PROGRAMME_DAY, "plan", 1, 0, D0);
	programme_today(&t, plan, D0, &pt);
	assert_string_equal(programme_headline(buf, sizeof buf, plan, &pt, " - ", NULL),
	    "Day 1 of 6 done - day 2 is tomorrow");
	event(&t, HEV_PROGRAMME_DAY, "plan", 2, 1, D0 + 1);
	programme_today(&t, plan, D0 + 2, &pt);
	assert_string_equal(programme_headline(buf, sizeof buf, plan, &pt, " - ", NULL),
	    "Day 3 of 6 - rest day");
	programme_today(&t, plan, D0 + 30, &pt);
	assert_int_equal(pt.missed, 27);
	programme_track_done(&t);
}

/* --- the round trip: whatever the writer writes, the reader reads back --- */

static unsigned long rng = 17;

static unsigned
rnd(unsigned n)
{
	rng = rng * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)(rng >> 33) % n;
}

static char *
rnd_id(void)
{
	static const char *const words[] = {
		"cat-cow", "pigeon", "desk-break", "back-reset-2w", "programme-start", "x",
		"caf\xc3\xa9", "\xe6\x97\xa5\xe6\x9c\xac", "a\"b", "back\\slash",
	};

	return strdup(words[rnd(sizeof words / sizeof words[0])]);
}

static void
random_record(struct history_record *r)
{
	static const enum history_event kinds[] = {
		HEV_SESSION, HEV_REMIND_SKIPPED, HEV_REMIND_SNOOZED, HEV_PROGRAMME_START,
		HEV_PROGRAMME_DAY, HEV_PROGRAMME_STOP, HEV_ADVICE_SHOWN, HEV_REMIND_AWAY,
		HEV_STRETCH_BACK,
	};
	char *id;

	history_record_init(r);
	r->event = kinds[rnd(sizeof kinds / sizeof kinds[0])];
	r->routine = rnd_id();
	r->started = (time_t)(1700000000L + (long)rnd(100000000));
	r->ended = r->started + (time_t)rnd(4000);
	r->planned_s = rnd(4000);
	r->active_s = rnd(4000);
	for (unsigned i = rnd(4); i > 0; i--) {
		id = rnd_id();
		if (rnd(2))
			history_record_add(&r->completed, &r->ncompleted, id);
		else
			history_record_add(&r->hurt, &r->nhurt, id);
		free(id);
	}
	r->quit = rnd(2);
	r->speed = rnd(3) ? 1 : 1 + (int)rnd(1000);
	r->tension_before = (int)rnd(12) - 1;
	r->tension_after = (int)rnd(12) - 1;
	if (r->event >= HEV_PROGRAMME_START && r->event <= HEV_PROGRAMME_STOP) {
		r->programme = rnd_id();
		r->day = (int)rnd(367);
	}
	if (r->event == HEV_STRETCH_BACK)
		r->stretch = rnd_id();
}

static void
same_list(char **a, size_t na, char **b, size_t nb)
{
	assert_int_equal(na, nb);
	for (size_t i = 0; i < na; i++)
		assert_string_equal(a[i], b[i]);
}

static void
test_round_trip(void **state)
{
	(void)state;
	for (int i = 0; i < 3000; i++) {
		struct history_record w, r;
		char *line, *cause = NULL;
		size_t n;

		random_record(&w);
		line = history_format(&w);
		n = strlen(line);
		assert_true(n > 0 && line[n - 1] == '\n');
		assert_null(memchr(line, '\n', n - 1));
		line[n - 1] = '\0';
		history_record_init(&r);
		if (history_parse_line(line, n - 1, &r, &cause) != 0)
			fail_msg("not read back (%s): %s", cause, line);
		assert_int_equal(r.event, w.event);
		assert_string_equal(r.routine, w.routine);
		assert_int_equal(r.started, w.started);
		assert_int_equal(r.ended, w.ended);
		assert_int_equal(r.planned_s, w.planned_s);
		assert_int_equal(r.active_s, w.active_s);
		same_list(r.completed, r.ncompleted, w.completed, w.ncompleted);
		same_list(r.hurt, r.nhurt, w.hurt, w.nhurt);
		assert_int_equal(r.quit, w.quit);
		assert_int_equal(r.speed, w.speed);
		assert_int_equal(r.tension_before, w.tension_before <= 10 ? w.tension_before : -1);
		assert_int_equal(r.tension_after, w.tension_after <= 10 ? w.tension_after : -1);
		if (w.programme != NULL) {
			assert_string_equal(r.programme, w.programme);
			assert_int_equal(r.day, w.day);
		} else
			assert_null(r.programme);
		if (w.stretch != NULL)
			assert_string_equal(r.stretch, w.stretch);
		else
			assert_null(r.stretch);
		free(line);
		history_record_done(&w);
		history_record_done(&r);
	}
}

/* An event line names its day's routine (the programme's id on a rest day) and reads back. */
static void
test_event_line_shape(void **state)
{
	static const struct { int day; const char *routine; } want[] = {
		{ 2, "two" }, { 3, "plan" }, { 0, "plan" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		struct history_record r, back;
		char *line, *cause = NULL;

		history_record_init(&r);
		programme_event(&r, HEV_PROGRAMME_DAY, plan, want[i].day,
		    (long)((D0 + 1) * 86400 + 3600));
		assert_string_equal(r.routine, want[i].routine);
		line = history_format(&r);
		assert_non_null(strstr(line, "\"event\":\"programme-day\",\"programme\":\"plan\","));
		history_record_init(&back);
		line[strlen(line) - 1] = '\0';
		if (history_parse_line(line, strlen(line), &back, &cause) != 0)
			fail_msg("%s: %s", cause, line);
		assert_int_equal(back.event, HEV_PROGRAMME_DAY);
		assert_int_equal(back.day, want[i].day);
		assert_int_equal(history_record_day(&back), D0 + 1);
		free(line);
		history_record_done(&back);
		history_record_done(&r);
	}
}

/*
 * programme_track_load reads the file backwards in blocks: on files of
 * about a megabyte, with events at random places (so lines straddle the
 * blocks), damaged lines and an over-long one, it must agree with feeding
 * every line forwards.
 */
static void
test_load_matches_forward(void **state)
{
	static const enum history_event kinds[] = {
		HEV_PROGRAMME_START, HEV_PROGRAMME_DAY, HEV_PROGRAMME_DAY, HEV_PROGRAMME_STOP,
	};
	char path[64];

	(void)state;
	for (int trial = 0; trial < 12; trial++) {
		struct programme_track fwd, back;
		char *cause = NULL, pad[300];
		int fd = mkstemp(strcpy(path, "/tmp/test_programme_hist_XXXXXX")), day = 0;
		FILE *fp = fdopen(fd, "w");

		assert_non_null(fp);
		programme_track_init(&fwd);
		for (int i = 0; i < 4000; i++) {
			struct history_record r;
			char *line, *err = NULL;

			history_record_init(&r);
			r.started = r.ended = (time_t)((D0 - 4000 + i) * 86400L);
			memset(pad, 'a' + (int)rnd(26), sizeof pad);
			pad[rnd(250) + 1] = '\0';
			r.routine = strdup(pad);
			if (rnd(40) == 0) {
				r.event = kinds[rnd(4)];
				r.programme = strdup(rnd(4) ? "plan" : "other");
				r.day = r.event == HEV_PROGRAMME_START ? 1 : ++day;
			}
			line = history_format(&r);
			if (rnd(500) == 0)
				fputs("{\"v\":1,\"event\":\"programme-start\" damaged\n", fp);
			if (rnd(1500) == 0) {
				for (int k = 0; k < 70000; k++)
					fputc('x', fp);
				fputs("programme-start\n", fp);
			}
			fputs(line, fp);
			line[strlen(line) - 1] = '\0';
			history_record_done(&r);
			history_record_init(&r);
			assert_int_equal(history_parse_line(line, strlen(line), &r, &err), 0);
			programme_track_add(&fwd, &r, D0);
			history_record_done(&r);
			free(line);
		}
		assert_int_equal(fclose(fp), 0);
		programme_track_init(&back);
		assert_int_equal(programme_track_load(path, D0, &back, &cause), 0);
		if (fwd.id == NULL)
			assert_null(back.id);
		else {
			assert_non_null(back.id);
			assert_string_equal(back.id, fwd.id);
		}
		assert_int_equal(back.done, fwd.done);
		assert_int_equal(back.step_day, fwd.step_day);
		assert_int_equal(back.start_day, fwd.start_day);
		programme_track_done(&fwd);
		programme_track_done(&back);
		unlink(path);
	}
}

/* Write exactly n bytes of lines that are no history (the reader skips them). */
static void
filler(FILE *fp, size_t n)
{
	while (n > 0) {
		size_t k = n > 1000 ? 1000 : n;

		for (size_t i = 0; i + 1 < k; i++)
			fputc('x', fp);
		fputc('\n', fp);
		n -= k;
	}
}

/* An event line of programme "plan", dated day `on`; the caller frees. */
static char *
event_line(int kind, int day, long on)
{
	struct history_record r;
	char *line;

	history_record_init(&r);
	programme_event(&r, kind, plan, day, on * 86400L + 43200L);
	line = history_format(&r);
	history_record_done(&r);
	return line;
}

/*
 * A start line placed across the end of the last block read, at every
 * offset: the line is carried into the block before and still counts.
 */
static void
test_load_block_edges(void **state)
{
	char *start = event_line(HEV_PROGRAMME_START, 1, D0 - 2);
	char *day1 = event_line(HEV_PROGRAMME_DAY, 1, D0 - 1);
	size_t ls = strlen(start), ld = strlen(day1);
	char path[64];

	(void)state;
	for (size_t cut = 0; cut <= ls + 1; cut++) {
		struct programme_track t;
		char *cause = NULL;
		FILE *fp = fdopen(mkstemp(strcpy(path, "/tmp/test_programme_edge_XXXXXX")), "w");

		assert_non_null(fp);
		filler(fp, 100000);
		fputs(start, fp);
		/* what follows the start: the block boundary falls `cut` bytes into it */
		fputs(day1, fp);
		filler(fp, PROGRAMME_SCAN_BLOCK - ld - (ls - cut));
		assert_int_equal(fclose(fp), 0);
		programme_track_init(&t);
		assert_int_equal(programme_track_load(path, D0, &t, &cause), 0);
		if (t.id == NULL)
			fail_msg("the start was lost with the block boundary %zu bytes into it", cut);
		assert_string_equal(t.id, "plan");
		assert_int_equal(t.done, 1);
		assert_int_equal(t.step_day, D0 - 1);
		programme_track_done(&t);
		unlink(path);
	}
	free(start);
	free(day1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_catalogue_section),
		cmocka_unit_test(test_progress_on_time),
		cmocka_unit_test(test_progress_gaps),
		cmocka_unit_test(test_stop_restart_future),
		cmocka_unit_test(test_session_counts),
		cmocka_unit_test(test_headline),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_day_before_start),
		cmocka_unit_test(test_event_line_shape),
		cmocka_unit_test(test_load_matches_forward),
		cmocka_unit_test(test_load_block_edges),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
