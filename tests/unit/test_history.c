/* test_history.c — the history module: lines, the append, streaks, stats, status. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <sys/stat.h>
#include <sys/types.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "diag.h"
#include "history.h"
#include "history_stats.h"

struct fixture {
	char dir[64];
};

/* --- helpers -------------------------------------------------------------- */

static long
day(int y, int m, int d)
{
	return history_days_from_civil(y, m, d);
}

/* A history line, as DESIGN.md writes one. */
static char *
line(const char *routine, const char *started, long active, int speed, int before,
    int after, int quit)
{
	char b[8], a[8];

	snprintf(b, sizeof b, "%d", before);
	snprintf(a, sizeof a, "%d", after);
	return xasprintf("{\"v\":1,\"routine\":\"%s\",\"started\":\"%s\",\"ended\":\"%s\","
	    "\"planned_s\":%ld,\"active_s\":%ld,\"completed\":[\"cat-cow\"],\"skipped\":[],"
	    "\"hurt\":[],\"quit\":%s,\"speed\":%d,\"tension_before\":%s,\"tension_after\":%s}",
	    routine, started, started, active, active, quit ? "true" : "false", speed,
	    before < 0 ? "null" : b, after < 0 ? "null" : a);
}

/* Parse a line that must be valid into r. */
static void
parse_ok(const char *s, struct history_record *r)
{
	char *cause = NULL;

	history_record_init(r);
	if (history_parse_line(s, strlen(s), r, &cause) != 0)
		fail_msg("parse failed: %s: %s", cause, s);
}

/* Add one session started at the ISO time `started` to st. */
static void
add(struct history_stats *st, const char *started, long active, int speed)
{
	struct history_record r;
	char *s = line("morning-wake-up", started, active, speed, -1, -1, 0);

	parse_ok(s, &r);
	history_stats_add(st, &r);
	history_record_done(&r);
	free(s);
}

static void
set_tz(const char *tz)
{
	setenv("TZ", tz, 1);
	tzset();
}

static char *
tmp_path(void **state, const char *name)
{
	struct fixture *f = *state;

	return xasprintf("%s/%s", f->dir, name);
}

static void
write_file(const char *path, const char *data, size_t n)
{
	FILE *fp = fopen(path, "wb");

	assert_non_null(fp);
	assert_int_equal(fwrite(data, 1, n, fp), n);
	assert_int_equal(fclose(fp), 0);
}

static char *
read_file(const char *path, size_t *n)
{
	FILE *fp = fopen(path, "rb");
	char *buf;
	long size;

	assert_non_null(fp);
	fseek(fp, 0, SEEK_END);
	size = ftell(fp);
	rewind(fp);
	buf = xmalloc((size_t)size + 1);
	*n = fread(buf, 1, (size_t)size, fp);
	buf[*n] = '\0';
	fclose(fp);
	return buf;
}

/* --- lines ---------------------------------------------------------------- */

static void
test_format_parse_round_trip(void **state)
{
	struct history_record r, back;
	char *s, *cause = NULL;

	(void)state;
	set_tz("Europe/Berlin");
	history_record_init(&r);
	r.routine = xstrdup("morning-wake-up");
	r.started = 1795245123;           /* 2026-11-21T08:12:03+01:00 */
	r.ended = r.started + 457;
	r.planned_s = 420;
	r.active_s = 415;
	history_record_add(&r.completed, &r.ncompleted, "cat-cow");
	history_record_add(&r.completed, &r.ncompleted, "knee-to-chest");
	history_record_add(&r.hurt, &r.nhurt, "we\"ird\\id");
	r.tension_before = 6;
	r.tension_after = 3;
	s = history_format(&r);
	assert_string_equal(s,
	    "{\"v\":1,\"routine\":\"morning-wake-up\",\"started\":\"2026-11-21T08:12:03+01:00\","
	    "\"ended\":\"2026-11-21T08:19:40+01:00\",\"planned_s\":420,\"active_s\":415,"
	    "\"completed\":[\"cat-cow\",\"knee-to-chest\"],\"skipped\":[],"
	    "\"hurt\":[\"we\\\"ird\\\\id\"],\"quit\":false,\"speed\":1,"
	    "\"tension_before\":6,\"tension_after\":3}\n");
	history_record_init(&back);
	assert_int_equal(history_parse_line(s, strlen(s) - 1, &back, &cause), -1);
	free(cause);  /* the newline is not NUL: cJSON needs buf[len] == '\0' */
	s[strlen(s) - 1] = '\0';
	assert_int_equal(history_parse_line(s, strlen(s), &back, &cause), 0);
	assert_string_equal(back.routine, "morning-wake-up");
	assert_int_equal(back.started, r.started);
	assert_int_equal(back.ended, r.ended);
	assert_int_equal(back.gmtoff, 3600);
	assert_int_equal(back.ncompleted, 2);
	assert_string_equal(back.completed[1], "knee-to-chest");
	assert_int_equal(back.nhurt, 1);
	assert_string_equal(back.hurt[0], "we\"ird\\id");
	assert_int_equal(back.tension_before, 6);
	assert_int_equal(back.tension_after, 3);
	assert_int_equal(history_record_day(&back), day(2026, 11, 21));
	free(s);
	history_record_done(&back);

	/* A summer time and no check-in. */
	r.started = 1782886323;           /* 2026-07-01T08:12:03+02:00 */
	r.ended = r.started;
	r.tension_before = r.tension_after = -1;
	r.speed = 10;
	r.quit = true;
	s = history_format(&r);
	assert_non_null(strstr(s, "\"started\":\"2026-07-01T08:12:03+02:00\""));
	assert_non_null(strstr(s, "\"quit\":true,\"speed\":10,\"tension_before\":null,"
	    "\"tension_after\":null}\n"));
	free(s);
	history_record_done(&r);
	set_tz("UTC");
}

static void
test_format_negative_offset(void **state)
{
	struct history_record r;
	char *s;

	(void)state;
	set_tz("America/St_Johns");       /* -03:30 in winter */
	history_record_init(&r);
	r.routine = xstrdup("x");
	r.started = r.ended = 1795245123; /* 2026-11-21T07:12:03Z */
	s = history_format(&r);
	assert_non_null(strstr(s, "\"started\":\"2026-11-21T03:42:03-03:30\""));
	free(s);
	history_record_done(&r);
	set_tz("UTC");
}

/* A clock set to before 1970 during a session still writes a line that reads back (issue 26). */
static void
test_format_before_1970(void **state)
{
	struct history_record r, back;
	char *s, *cause = NULL;

	(void)state;
	set_tz("UTC");
	history_record_init(&r);
	r.routine = xstrdup("x");
	r.started = 1795245123;
	r.ended = -86400 * 400;           /* 1968 */
	history_record_add(&r.completed, &r.ncompleted, "cat-cow");
	s = history_format(&r);
	s[strlen(s) - 1] = '\0';         /* the newline */
	history_record_init(&back);
	if (history_parse_line(s, strlen(s), &back, &cause) != 0)
		fail_msg("%s: %s", cause, s);
	assert_true(back.ended >= 0);
	history_record_done(&back);
	free(s);
	history_record_done(&r);
}

/*
 * Every record the writer can produce reads back: time zones whose offsets
 * the ISO form cannot carry (+19:00 and beyond, local mean time with
 * seconds), and seconds past what a line may claim.
 */
static void
test_every_written_record_reads_back(void **state)
{
	static const char *const zones[] = {
		"UTC", "<+19>-19", "<-19>19", "<+2359>-23:59", "<-2359>23:59", "<+24>-24",
		"<-24>24", "<+0530>-5:30", "<+001730>-0:17:30", "Europe/Amsterdam",
		"America/St_Johns", "Pacific/Kiritimati", "Etc/GMT+12",
	};
	static const time_t times[] = { 0, 86399, 1795245123, 4102444800 };
	static const long secs[] = { 0, 1, 10000000, 10000001, 2147483647 };

	(void)state;
	for (size_t z = 0; z < sizeof zones / sizeof zones[0]; z++) {
		set_tz(zones[z]);
		for (size_t t = 0; t < sizeof times / sizeof times[0]; t++) {
			for (size_t k = 0; k < sizeof secs / sizeof secs[0]; k++) {
				struct history_record w, r;
				char *s, *cause = NULL;

				history_record_init(&w);
				w.routine = xstrdup("round-trip");
				w.started = times[t];
				w.ended = times[t] + 60;
				w.planned_s = w.active_s = secs[k];
				history_record_add(&w.completed, &w.ncompleted, "a");
				s = history_format(&w);
				s[strlen(s) - 1] = '\0';   /* the newline */
				history_record_init(&r);
				if (history_parse_line(s, strlen(s), &r, &cause) != 0)
					fail_msg("TZ=%s: %s does not read back: %s", zones[z], s, cause);
				assert_int_equal(r.started, w.started);
				assert_int_equal(r.ended, w.ended);
				assert_int_equal(r.planned_s, secs[k] > 10000000 ? 10000000 : secs[k]);
				assert_string_equal(r.routine, "round-trip");
				free(s);
				history_record_done(&r);
				history_record_done(&w);
			}
		}
	}
	set_tz("UTC");
}

static void
test_parse_times(void **state)
{
	static const struct { const char *t; int ok; long day; long off; } cases[] = {
		{ "2026-11-21T08:12:03+01:00", 1, 20778, 3600 },
		{ "2026-11-21T00:00:00Z", 1, 20778, 0 },
		{ "2026-11-21T23:59:59.250-10:00", 1, 20778, -36000 },
		{ "2024-02-29T12:00:00+00:00", 1, 19782, 0 },
		{ "2025-02-29T12:00:00+00:00", 0, 0, 0 },
		{ "2026-04-31T12:00:00+00:00", 0, 0, 0 },
		{ "2026-11-21 08:12:03+01:00", 0, 0, 0 },
		{ "2026-11-21T24:00:00+01:00", 0, 0, 0 },
		{ "2026-11-21T08:12:03", 0, 0, 0 },
		{ "2026-11-21T08:12:03+0100", 0, 0, 0 },
		{ "2026-11-21T08:12:03+01:00x", 0, 0, 0 },
		{ "1969-12-31T23:59:59+00:00", 0, 0, 0 },
		{ "", 0, 0, 0 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct history_record r;
		char *s = line("r", cases[i].t, 60, 1, -1, -1, 0), *cause = NULL;
		int rc;

		history_record_init(&r);
		rc = history_parse_line(s, strlen(s), &r, &cause);
		if (cases[i].ok) {
			if (rc != 0)
				fail_msg("%s: %s", cases[i].t, cause);
			assert_int_equal(history_record_day(&r), cases[i].day);
			assert_int_equal(r.gmtoff, cases[i].off);
		} else {
			if (rc != -1)
				fail_msg("accepted %s", cases[i].t);
			assert_non_null(strstr(cause, "started"));
			free(cause);
		}
		history_record_done(&r);
		free(s);
	}
}

static void
expect_bad(const char *s, size_t n, const char *why)
{
	if (n == 0)
		n = strlen(s);
	struct history_record r;
	char *cause = NULL;

	history_record_init(&r);
	if (history_parse_line(s, n, &r, &cause) != -1)
		fail_msg("accepted: %s", s);
	if (strstr(cause, why) == NULL)
		fail_msg("cause \"%s\" lacks \"%s\"", cause, why);
	assert_null(r.routine);
	free(cause);
}

static void
test_parse_rejects(void **state)
{
	char *good = line("r", "2026-11-21T08:12:03+01:00", 60, 1, 5, 2, 0);
	char nul[] = "{\"v\":1,\0\"routine\":\"r\"}";
	char *big;
	struct history_record r;

	(void)state;
	parse_ok(good, &r);
	history_record_done(&r);
	expect_bad(nul, sizeof nul - 1, "NUL");
	expect_bad("{\"v\":1,\"routine\":\"\xff\"}", 0, "UTF-8");
	expect_bad("{\"v\":1,\"routine\":\"\xc0\xaf\"}", 0, "UTF-8");
	expect_bad("{\"v\":1,", 0, "JSON");
	expect_bad("{\"v\":1} trailing", 0, "JSON");
	expect_bad("[1,2]", 0, "object");
	expect_bad("\"string\"", 0, "object");
	expect_bad("{}", 2, "\"v\"");
	expect_bad("{\"v\":2}", 7, "\"v\"");
	expect_bad("{\"v\":1}", 0, "routine");
	expect_bad("{\"v\":1,\"routine\":\"\"}", 0, "routine");
	expect_bad("{\"v\":1,\"routine\":7}", 0, "routine");
	/* Field by field, from a good line. */
	{
		static const struct { const char *from, *to, *why; } edits[] = {
			{ "\"speed\":1", "\"speed\":0", "speed" },
			{ "\"speed\":1", "\"speed\":1.5", "speed" },
			{ "\"speed\":1", "\"speed\":\"1\"", "speed" },
			{ "\"tension_after\":2", "\"tension_after\":11", "tension_after" },
			{ "\"tension_before\":5", "\"tension_before\":-1", "tension_before" },
			{ "\"active_s\":60", "\"active_s\":-60", "active_s" },
			{ "\"active_s\":60", "\"active_s\":1e300", "active_s" },
			{ "\"quit\":false", "\"quit\":0", "quit" },
			{ "\"completed\":[\"cat-cow\"]", "\"completed\":[1]", "completed" },
			{ "\"skipped\":[]", "\"skipped\":{}", "skipped" },
			{ "\"ended\":\"2026", "\"ended\":\"x2026", "ended" },
			{ "\"Routine\"", "\"Routine\"", "" },
		};

		for (size_t i = 0; i + 1 < sizeof edits / sizeof edits[0]; i++) {
			char *p = strstr(good, edits[i].from), *s;

			assert_non_null(p);
			s = xasprintf("%.*s%s%s", (int)(p - good), good, edits[i].to,
			    p + strlen(edits[i].from));
			expect_bad(s, strlen(s), edits[i].why);
			free(s);
		}
	}
	/* Over-long lines are refused before any parsing. */
	big = xmalloc(HISTORY_LINE_MAX + 2);
	memset(big, ' ', HISTORY_LINE_MAX + 1);
	big[HISTORY_LINE_MAX + 1] = '\0';
	expect_bad(big, HISTORY_LINE_MAX + 1, "longer");
	free(big);
	free(good);
}

static void
test_parse_lenient(void **state)
{
	struct history_record r;

	(void)state;
	/* Optional fields may be missing; unknown ones are ignored; CR is whitespace. */
	parse_ok("{\"v\":1,\"routine\":\"r\",\"started\":\"2026-01-01T00:00:00Z\","
	    "\"ended\":\"2026-01-01T00:05:00Z\",\"planned_s\":300,\"active_s\":290,"
	    "\"speed\":1,\"future\":{\"x\":[1]}}\r", &r);
	assert_int_equal(r.tension_before, -1);
	assert_int_equal(r.tension_after, -1);
	assert_false(r.quit);
	assert_int_equal(r.ncompleted, 0);
	assert_int_equal(r.active_s, 290);
	history_record_done(&r);
}

/* --- dates and streaks ---------------------------------------------------- */

static void
test_calendar(void **state)
{
	(void)state;
	assert_int_equal(day(1970, 1, 1), 0);
	assert_int_equal(day(2000, 3, 1), 11017);
	assert_int_equal(day(1969, 12, 31), -1);
	assert_int_equal(history_weekday(day(2026, 11, 21)), 5);   /* Saturday */
	assert_int_equal(history_weekday(day(1969, 12, 29)), 0);   /* Monday */
	for (long d = day(1899, 1, 1); d < day(2101, 1, 1); d += 7) {
		int y, m, dd;

		history_civil_from_days(d, &y, &m, &dd);
		assert_int_equal(day(y, m, dd), d);
	}
	set_tz("Pacific/Kiritimati");                                 /* +14:00 */
	assert_int_equal(history_day_of(1795245123), day(2026, 11, 21));  /* 21:12 local */
	assert_int_equal(history_day_of(1795245123 + 3 * 3600), day(2026, 11, 22));
	set_tz("UTC");
}

static int
streak_of(struct history_stats *st)
{
	history_stats_finish(st);
	return st->streak_current;
}

static void
test_streak_boundaries(void **state)
{
	struct history_stats st;

	(void)state;
	/* Month, year and leap-day boundaries. */
	history_stats_init(&st, day(2025, 1, 2), 30);
	add(&st, "2024-12-30T07:00:00+01:00", 300, 1);
	add(&st, "2024-12-31T23:59:59+01:00", 300, 1);
	add(&st, "2025-01-01T00:00:00+01:00", 300, 1);
	add(&st, "2025-01-02T07:00:00+01:00", 300, 1);
	assert_int_equal(streak_of(&st), 4);
	history_stats_done(&st);

	history_stats_init(&st, day(2024, 3, 1), 30);
	add(&st, "2024-02-28T07:00:00Z", 300, 1);
	add(&st, "2024-02-29T07:00:00Z", 300, 1);
	add(&st, "2024-03-01T07:00:00Z", 300, 1);
	add(&st, "2024-01-31T07:00:00Z", 300, 1);
	add(&st, "2024-02-01T07:00:00Z", 300, 1);
	assert_int_equal(streak_of(&st), 3);
	assert_int_equal(st.streak_best, 3);
	assert_int_equal(st.best_end, day(2024, 3, 1));
	history_stats_done(&st);

	/* Europe/Berlin across both daylight-saving changes: late sessions stay on their day. */
	history_stats_init(&st, day(2026, 10, 26), 400);
	add(&st, "2026-03-28T23:30:00+01:00", 300, 1);
	add(&st, "2026-03-29T23:30:00+02:00", 300, 1);   /* the 23-hour day */
	add(&st, "2026-03-30T00:15:00+02:00", 300, 1);
	add(&st, "2026-10-24T23:30:00+02:00", 300, 1);
	add(&st, "2026-10-25T02:30:00+02:00", 300, 1);   /* the 25-hour day, twice 02:30 */
	add(&st, "2026-10-25T02:30:00+01:00", 300, 1);
	add(&st, "2026-10-26T00:10:00+01:00", 300, 1);
	assert_int_equal(streak_of(&st), 3);
	assert_int_equal(st.streak_best, 3);
	assert_int_equal(st.sessions, 7);
	history_stats_done(&st);
}

static void
test_streak_time_zones(void **state)
{
	struct history_stats st;

	(void)state;
	/*
	 * Flying east: 23:00 in Honolulu is the next morning in UTC, and the
	 * next day's session in London falls on the same UTC day. By local
	 * dates, as written, these are two days.
	 */
	history_stats_init(&st, day(2026, 5, 2), 7);
	add(&st, "2026-05-01T23:00:00-10:00", 300, 1);
	add(&st, "2026-05-02T10:00:00+01:00", 300, 1);
	assert_int_equal(streak_of(&st), 2);
	history_stats_done(&st);

	/* Flying west over the date line: the last day written is "tomorrow" here. */
	history_stats_init(&st, day(2026, 5, 2), 7);
	add(&st, "2026-05-02T08:00:00+09:00", 300, 1);
	add(&st, "2026-05-03T07:00:00+14:00", 300, 1);
	assert_int_equal(streak_of(&st), 2);
	assert_int_equal(st.window_sessions, 1);       /* the future day is outside the window */
	assert_int_equal(st.sessions, 2);
	history_stats_done(&st);
}

static void
test_streak_current_rules(void **state)
{
	struct history_stats st;

	(void)state;
	/* Yesterday still holds the streak; the day before yesterday does not. */
	history_stats_init(&st, day(2026, 6, 10), 30);
	add(&st, "2026-06-08T08:00:00Z", 300, 1);
	add(&st, "2026-06-09T08:00:00Z", 300, 1);
	assert_int_equal(streak_of(&st), 2);
	history_stats_done(&st);

	history_stats_init(&st, day(2026, 6, 11), 30);
	add(&st, "2026-06-08T08:00:00Z", 300, 1);
	add(&st, "2026-06-09T08:00:00Z", 300, 1);
	assert_int_equal(streak_of(&st), 0);
	assert_int_equal(st.streak_best, 2);
	history_stats_done(&st);

	/* Previews never count; quit sessions do; order of lines does not matter. */
	history_stats_init(&st, day(2026, 6, 11), 30);
	add(&st, "2026-06-11T08:00:00Z", 300, 1);
	add(&st, "2026-06-10T08:00:00Z", 300, 60);
	add(&st, "2026-06-09T08:00:00Z", 300, 1);
	assert_int_equal(streak_of(&st), 1);
	assert_int_equal(st.streak_best, 1);
	assert_int_equal(st.previews, 1);
	assert_int_equal(st.total_seconds, 600);
	history_stats_done(&st);

	/* Empty history. */
	history_stats_init(&st, day(2026, 6, 11), 30);
	assert_int_equal(streak_of(&st), 0);
	assert_int_equal(st.streak_best, 0);
	assert_int_equal(st.ncheckins, 0);
	history_stats_done(&st);
}

static void
test_streak_function(void **state)
{
	long days[] = { 1, 2, 3, 10, 11, 20, 21, 22, 23 };
	int cur, best;
	long end;

	(void)state;
	history_streaks(days, 9, 23, &cur, &best, &end);
	assert_int_equal(cur, 4);
	assert_int_equal(best, 4);
	assert_int_equal(end, 23);
	history_streaks(days, 5, 12, &cur, &best, &end);
	assert_int_equal(cur, 2);
	assert_int_equal(best, 3);
	assert_int_equal(end, 3);
	history_streaks(days, 0, 12, &cur, &best, &end);
	assert_int_equal(cur + best, 0);
}

/* --- window figures, trend and progression -------------------------------- */

static void
add_full(struct history_stats *st, const char *routine, const char *started,
    long active, int before, int after, int quit)
{
	struct history_record r;
	char *s = line(routine, started, active, 1, before, after, quit);

	parse_ok(s, &r);
	history_stats_add(st, &r);
	history_record_done(&r);
	free(s);
}

static void
test_window_and_trend(void **state)
{
	struct history_stats st;
	char t[40];

	(void)state;
	history_stats_init(&st, day(2026, 11, 21), 7);
	add_full(&st, "a", "2026-11-21T08:00:00+01:00", 600, 6, 3, 0);
	add_full(&st, "a", "2026-11-21T18:00:00+01:00", 300, 4, 2, 0);
	add_full(&st, "b", "2026-11-15T08:00:00+01:00", 120, -1, -1, 0);
	add_full(&st, "c", "2026-11-14T08:00:00+01:00", 999, 9, 9, 0);  /* outside */
	history_stats_finish(&st);
	assert_int_equal(st.day_seconds[6], 900);
	assert_int_equal(st.day_seconds[0], 120);
	assert_int_equal(st.window_seconds, 1020);
	assert_int_equal(st.total_seconds, 2019);
	assert_int_equal(st.window_sessions, 3);
	assert_int_equal(st.before_n, 2);
	assert_int_equal(st.before_sum, 10);
	assert_int_equal(st.after_sum, 5);
	assert_int_equal(st.nroutines, 3);                /* c is recent, not in the window */
	assert_string_equal(st.routines[0].id, "a");
	assert_int_equal(st.routines[0].sessions, 2);
	assert_string_equal(st.routines[1].id, "b");
	assert_int_equal(st.routines[2].sessions, 0);
	assert_int_equal(st.ncheckins, 3);
	assert_int_equal(st.checkins[0].before, 6);
	assert_int_equal(st.checkins[2].after, 9);
	assert_int_equal(st.first_day, day(2026, 11, 14));
	history_stats_done(&st);

	/* The last 30 check-ins, oldest first. */
	history_stats_init(&st, day(2026, 11, 21), 84);
	for (int i = 0; i < 45; i++) {
		snprintf(t, sizeof t, "2026-10-%02dT08:00:00Z", 1 + i % 31);
		add_full(&st, "a", t, 60, i % 11, (i + 1) % 11, 0);
	}
	history_stats_finish(&st);
	assert_int_equal(st.ncheckins, 30);
	assert_int_equal(st.checkins[0].before, 15 % 11);
	assert_int_equal(st.checkins[29].before, 44 % 11);
	assert_int_equal(st.checkins[29].after, 45 % 11);
	history_stats_done(&st);
}

static void
test_progression_ready(void **state)
{
	struct history_stats st;
	char t[40];

	(void)state;
	history_stats_init(&st, day(2026, 11, 21), 84);
	/* "easy": 5 finished in the last 14 days, after-tension 2, 2, 2, 1, 3. */
	for (int i = 0; i < 5; i++) {
		snprintf(t, sizeof t, "2026-11-%02dT08:00:00+01:00", 8 + i * 3);
		add_full(&st, "easy", t, 300, 5, i == 3 ? 1 : i == 4 ? 3 : 2, 0);
	}
	/* "quitter": 5 in 14 days but two were quit. */
	for (int i = 0; i < 5; i++) {
		snprintf(t, sizeof t, "2026-11-%02dT09:00:00+01:00", 15 + i);
		add_full(&st, "quitter", t, 300, 5, 1, i < 2);
	}
	/* "old": 5 good ones, but one is 14 days ago (outside). */
	for (int i = 0; i < 5; i++) {
		snprintf(t, sizeof t, "2026-11-%02dT10:00:00+01:00", 7 + i);
		add_full(&st, "old", t, 300, 5, 0, 0);
	}
	/* "tense": 6 finished, average after 2.17. */
	for (int i = 0; i < 6; i++) {
		snprintf(t, sizeof t, "2026-11-%02dT11:00:00+01:00", 16 + i);
		add_full(&st, "tense", t, 300, 5, i == 0 ? 3 : 2, 0);
	}
	history_stats_finish(&st);
	for (size_t i = 0; i < st.nroutines; i++) {
		const struct history_routine_use *u = &st.routines[i];

		if (strcmp(u->id, "easy") == 0) {
			assert_true(history_routine_ready(u));
			assert_int_equal(u->recent, 5);
			assert_int_equal(u->recent_seconds, 1500);
		} else
			assert_false(history_routine_ready(u));
	}
	history_stats_done(&st);
}

/* --- files ---------------------------------------------------------------- */

static int
load(const char *path, long today, int days, struct history_stats *st, struct diag *d)
{
	int rc;

	diag_init(d);
	history_stats_init(st, today, days);
	rc = history_stats_load(path, st, d);
	history_stats_finish(st);
	return rc;
}

static void
test_load_corrupted(void **state)
{
	char *path = tmp_path(state, "corrupt.jsonl"), *l1, *l2, *data, *big;
	size_t bigsz = 10u * 1024 * 1024, n = 0;
	struct history_stats st;
	struct diag d;

	l1 = line("a", "2026-11-20T08:00:00Z", 300, 1, 5, 2, 0);
	l2 = line("b", "2026-11-21T08:00:00Z", 600, 1, 5, 2, 0);
	/* 10 MiB of one line, after a few good and bad ones. */
	big = xmalloc(bigsz + 4096);
	n += (size_t)sprintf(big + n, "%s\n", l1);                     /* 1 */
	n += (size_t)sprintf(big + n, "garbage{\n");                   /* 2 */
	n += (size_t)sprintf(big + n, "\n   \n");                      /* 3, 4: blank */
	memcpy(big + n, "{\"v\":1,\0}\n", 10); n += 10;                /* 5: NUL */
	n += (size_t)sprintf(big + n, "{\"v\":1,\"routine\":\"\xfe\"}\n");  /* 6 */
	n += (size_t)sprintf(big + n, "%.40s\n", l2);                  /* 7: torn */
	big[n++] = '[';                                                 /* 8: 10 MiB */
	memset(big + n, '1', bigsz);
	n += bigsz;
	n += (size_t)sprintf(big + n, "]\n%s\n%.30s", l2, l1);          /* 9, 10: torn, no newline */
	write_file(path, big, n);
	free(big);

	assert_int_equal(load(path, day(2026, 11, 21), 7, &st, &d), 0);
	assert_int_equal(st.sessions, 2);
	assert_int_equal(st.streak_current, 2);
	assert_int_equal(d.errors, 0);
	assert_int_equal(d.warnings, 6);
	data = xasprintf("%s:2: skipped: not valid JSON", path);
	assert_non_null(strstr(d.msg[0], data));
	free(data);
	assert_non_null(strstr(d.msg[1], ":5: skipped: NUL"));
	assert_non_null(strstr(d.msg[2], ":6: skipped: invalid UTF-8"));
	assert_non_null(strstr(d.msg[3], ":7: skipped:"));
	assert_non_null(strstr(d.msg[4], ":8: skipped: line longer"));
	assert_non_null(strstr(d.msg[5], ":10: skipped:"));
	history_stats_done(&st);
	diag_done(&d);
	free(l1);
	free(l2);
	free(path);
}

static void
test_load_missing_empty(void **state)
{
	char *path = tmp_path(state, "nothing.jsonl"), *dir;
	struct history_stats st;
	struct diag d;

	assert_int_equal(load(path, 100, 7, &st, &d), 0);
	assert_int_equal(st.sessions + d.warnings + d.errors, 0);
	history_stats_done(&st);
	diag_done(&d);
	write_file(path, "", 0);
	assert_int_equal(load(path, 100, 7, &st, &d), 0);
	assert_int_equal(st.sessions + d.warnings + d.errors, 0);
	history_stats_done(&st);
	diag_done(&d);
	unlink(path);
	/* A directory in its place is an error, 66. */
	dir = tmp_path(state, "adir");
	assert_int_equal(mkdir(dir, 0700), 0);
	assert_int_equal(load(dir, 100, 7, &st, &d), -1);
	assert_int_equal(d.status, EXIT_NOINPUT);
	history_stats_done(&st);
	diag_done(&d);
	rmdir(dir);
	free(dir);
	free(path);
}

static void
test_load_huge(void **state)
{
	char *path = tmp_path(state, "huge.jsonl"), t[40];
	struct history_stats st;
	struct diag d;
	FILE *fp = fopen(path, "w");
	long first = day(2000, 1, 1), today;
	const long n = 100000;
	clock_t c0;
	double secs;

	assert_non_null(fp);
	/* 100 000 sessions, 4 a day; day 20 000 is missed. */
	for (long i = 0; i < n; i++) {
		int y, m, dd;
		char *s;

		if (i / 4 == 20000)
			continue;
		history_civil_from_days(first + i / 4, &y, &m, &dd);
		snprintf(t, sizeof t, "%04d-%02d-%02dT%02ld:00:00+05:30", y, m, dd, 6 + i % 4 * 4);
		s = line(i % 3 ? "morning-wake-up" : "evening-unwind", t, 300, 1, 5, 2, 0);
		fprintf(fp, "%s\n", s);
		free(s);
	}
	assert_int_equal(fclose(fp), 0);
	today = first + (n - 1) / 4;
	c0 = clock();
	assert_int_equal(load(path, today, 84, &st, &d), 0);
	secs = (double)(clock() - c0) / CLOCKS_PER_SEC;
	assert_int_equal(st.sessions, n - 4);
	assert_int_equal(d.warnings, 0);
	assert_int_equal(st.streak_current, (int)(n / 4 - 20001));
	assert_int_equal(st.streak_best, 20000);
	assert_int_equal(st.window_sessions, 84 * 4);
	print_message("      100 000 lines loaded in %.2f s CPU\n", secs);
	assert_true(secs < 20);
	history_stats_done(&st);
	diag_done(&d);
	free(path);
}

/* --- appending ------------------------------------------------------------ */

static void
sample(struct history_record *r, const char *routine, time_t when)
{
	history_record_init(r);
	r->routine = xstrdup(routine);
	r->started = when;
	r->ended = when + 300;
	r->active_s = r->planned_s = 300;
}

static void
test_append(void **state)
{
	char *dir = tmp_path(state, "data/deeper/stretchcoach");
	char *path = xasprintf("%s/history.jsonl", dir), *cause = NULL, *data;
	struct history_record r;
	struct stat sb;
	size_t n;

	sample(&r, "morning-wake-up", 1795245123);
	assert_int_equal(history_append(path, &r, &cause), 0);
	assert_int_equal(history_append(path, &r, &cause), 0);
	assert_int_equal(stat(dir, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0700);
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	data = read_file(path, &n);
	{
		char *one = history_format(&r), *two = xasprintf("%s%s", one, one);

		assert_string_equal(data, two);
		free(one);
		free(two);
	}
	free(data);

	/* A torn last line (a crash mid-write) gets a newline before the next record. */
	{
		int fd = open(path, O_WRONLY | O_APPEND);

		assert_true(fd >= 0);
		assert_int_equal(write(fd, "{\"v\":1,\"rou", 11), 11);
		close(fd);
	}
	assert_int_equal(history_append(path, &r, &cause), 0);
	data = read_file(path, &n);
	{
		char *one = history_format(&r);
		char *want = xasprintf("%s%s{\"v\":1,\"rou\n%s", one, one, one);

		assert_string_equal(data, want);
		free(one);
		free(want);
	}
	free(data);
	history_record_done(&r);
	free(path);
	free(dir);
}

static void
test_append_refuses(void **state)
{
	char *target = tmp_path(state, "target"), *link = tmp_path(state, "link.jsonl");
	char *fifo = tmp_path(state, "fifo.jsonl"), *cause = NULL, *blocker, *under;
	struct history_record r;
	struct stat sb;

	sample(&r, "x", 1795245123);
	write_file(target, "keep\n", 5);
	assert_int_equal(symlink(target, link), 0);
	assert_int_equal(history_append(link, &r, &cause), -1);
	assert_non_null(strstr(cause, "symbolic link"));
	assert_non_null(strstr(cause, "link.jsonl"));
	free(cause);
	assert_int_equal(stat(target, &sb), 0);
	assert_int_equal(sb.st_size, 5);

	/* A FIFO would block a plain open for writing; we refuse it at once. */
	assert_int_equal(mkfifo(fifo, 0600), 0);
	assert_int_equal(history_append(fifo, &r, &cause), -1);
	free(cause);

	/* A file where the directory should be. */
	blocker = tmp_path(state, "blocker");
	write_file(blocker, "", 0);
	under = xasprintf("%s/sub/history.jsonl", blocker);
	assert_int_equal(history_append(under, &r, &cause), -1);
	assert_non_null(strstr(cause, "directory"));
	free(cause);

	history_record_done(&r);
	unlink(link);
	unlink(fifo);
	free(under);
	free(blocker);
	free(target);
	free(link);
	free(fifo);
}

/* --- status --------------------------------------------------------------- */

static void
append_day(FILE *fp, long d, int hour, long active, int speed)
{
	int y, m, dd;
	char t[40], *s;

	history_civil_from_days(d, &y, &m, &dd);
	snprintf(t, sizeof t, "%04d-%02d-%02dT%02d:30:00-08:00", y, m, dd, hour);
	s = line("morning-wake-up", t, active, speed, 3, 1, 0);
	fprintf(fp, "%s\n", s);
	free(s);
}

static void
status_matches_stats(const char *path, long today, int want_streak)
{
	struct history_status hs;
	struct history_stats st;
	struct diag d;
	char *cause = NULL;

	assert_int_equal(history_status_read(path, today, &hs, &cause), 0);
	assert_int_equal(load(path, today, 1, &st, &d), 0);
	assert_int_equal(hs.streak, want_streak);
	assert_int_equal(hs.streak, st.streak_current);
	assert_int_equal(hs.today_seconds, st.day_seconds[0]);
	history_stats_done(&st);
	diag_done(&d);
}

static void
test_status(void **state)
{
	char *path = tmp_path(state, "status.jsonl"), *cause = NULL;
	long today = day(2026, 11, 21);
	struct history_status hs;
	FILE *fp;

	assert_int_equal(history_status_read(path, today, &hs, &cause), 0);
	assert_int_equal(hs.streak + hs.today_sessions, 0);

	/* Years of history, a gap, then a 400-day streak ending yesterday: beyond 16 KiB. */
	fp = fopen(path, "w");
	assert_non_null(fp);
	for (long d = today - 2000; d < today - 401; d++)
		append_day(fp, d, 7, 300, 1);
	for (long d = today - 400; d < today; d++) {
		append_day(fp, d, 7, 300, 1);
		append_day(fp, d, 21, 300, d % 2 ? 1 : 50);
	}
	fputs("garbage\n", fp);
	assert_int_equal(fclose(fp), 0);
	status_matches_stats(path, today, 400);
	assert_int_equal(history_status_read(path, today, &hs, &cause), 0);
	assert_int_equal(hs.today_sessions, 0);

	/* Today: one real session and one preview; a torn line at the end. */
	fp = fopen(path, "a");
	append_day(fp, today, 9, 420, 1);
	append_day(fp, today, 10, 999, 100);
	fputs("{\"v\":1,\"routine\":\"to", fp);
	assert_int_equal(fclose(fp), 0);
	status_matches_stats(path, today, 401);
	assert_int_equal(history_status_read(path, today, &hs, &cause), 0);
	assert_int_equal(hs.today_seconds, 420);
	assert_int_equal(hs.today_sessions, 1);

	/* Two days later the streak is over. */
	status_matches_stats(path, today + 2, 0);
	free(path);
}

/* --- fixture -------------------------------------------------------------- */

static int
group_setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);

	snprintf(f->dir, sizeof f->dir, "%s", "/tmp/test_history.XXXXXX");
	if (mkdtemp(f->dir) == NULL) {
		free(f);
		return -1;
	}
	set_tz("UTC");
	*state = f;
	return 0;
}

static int
group_teardown(void **state)
{
	struct fixture *f = *state;
	char *cmd = xasprintf("rm -rf '%s'", f->dir);
	int rc = system(cmd);

	free(cmd);
	free(f);
	return rc == 0 ? 0 : -1;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_format_parse_round_trip),
		cmocka_unit_test(test_format_negative_offset),
		cmocka_unit_test(test_format_before_1970),
		cmocka_unit_test(test_every_written_record_reads_back),
		cmocka_unit_test(test_parse_times),
		cmocka_unit_test(test_parse_rejects),
		cmocka_unit_test(test_parse_lenient),
		cmocka_unit_test(test_calendar),
		cmocka_unit_test(test_streak_boundaries),
		cmocka_unit_test(test_streak_time_zones),
		cmocka_unit_test(test_streak_current_rules),
		cmocka_unit_test(test_streak_function),
		cmocka_unit_test(test_window_and_trend),
		cmocka_unit_test(test_progression_ready),
		cmocka_unit_test(test_load_corrupted),
		cmocka_unit_test(test_load_missing_empty),
		cmocka_unit_test(test_load_huge),
		cmocka_unit_test(test_append),
		cmocka_unit_test(test_append_refuses),
		cmocka_unit_test(test_status),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
