/* test_whatworks.c — what works: exact figures from synthetic histories. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "history.h"
#include "whatworks.h"

/* Today is 2026-11-30 (day 20787); sessions are given as days back and a local hour. */
#define TODAY 20787L

/*
 * Count in one session line, as the writer writes it: `back` days before
 * today at `hour`:00 in UTC+01:00, tensions -1 for none, speed, an optional
 * event name.
 */
static void
add(struct whatworks *w, const char *routine, long back, int hour, int before, int after,
    int speed, const char *event)
{
	struct history_record r;
	char b[8], a[8], ev[64] = "", *line, *cause = NULL;
	int y, m, d;

	history_civil_from_days(TODAY - back, &y, &m, &d);
	snprintf(b, sizeof b, "%d", before);
	snprintf(a, sizeof a, "%d", after);
	if (event != NULL)
		snprintf(ev, sizeof ev, ",\"event\":\"%s\",\"programme\":\"p\",\"day\":1", event);
	line = xasprintf("{\"v\":1,\"routine\":\"%s\",\"started\":\"%04d-%02d-%02dT%02d:10:00+01:00\","
	    "\"ended\":\"%04d-%02d-%02dT%02d:20:00+01:00\",\"planned_s\":600,\"active_s\":600,"
	    "\"completed\":[\"cat-cow\"],\"quit\":false,\"speed\":%d,\"tension_before\":%s,\"tension_after\":%s%s}",
	    routine, y, m, d, hour, y, m, d, hour, speed, before < 0 ? "null" : b,
	    after < 0 ? "null" : a, ev);
	history_record_init(&r);
	if (history_parse_line(line, strlen(line), &r, &cause) != 0)
		fail_msg("%s: %s", cause, line);
	whatworks_add(w, &r);
	history_record_done(&r);
	free(line);
}

/* The example of the issue: five evening sessions averaging 6.1 -> 3.4 is not possible in
 * whole numbers over 5 (6.1 * 5 = 30.5), so: 6.2 -> 3.4 over 5, and unpaired ones around. */
static void
test_paired_only(void **state)
{
	struct whatworks w;
	const struct whatworks_group *g;
	char buf[256];

	(void)state;
	whatworks_init(&w, TODAY);
	add(&w, "evening-wind-down", 40, 20, 7, 4, 1, NULL);
	add(&w, "evening-wind-down", 30, 21, 6, 3, 1, NULL);
	add(&w, "evening-wind-down", 20, 20, 6, 4, 1, NULL);
	add(&w, "evening-wind-down", 19, 20, 5, -1, 1, NULL);     /* no after: unpaired */
	add(&w, "evening-wind-down", 18, 20, -1, 2, 1, NULL);     /* no before: unpaired */
	add(&w, "evening-wind-down", 10, 22, 6, 3, 1, NULL);
	add(&w, "evening-wind-down", 2, 19, 6, 3, 1, NULL);
	add(&w, "evening-wind-down", 1, 19, 9, 0, 60, NULL);      /* a preview never counts */
	add(&w, "evening-wind-down", -3, 19, 9, 0, 1, NULL);      /* nor a line from the future */
	add(&w, "evening-wind-down", 1, 19, 9, 0, 1, "programme-day"); /* nor an event */
	whatworks_finish(&w);
	g = whatworks_find(&w, "evening-wind-down");
	assert_non_null(g);
	assert_int_equal(g->n, 5);
	assert_int_equal(g->before_sum, 31);
	assert_int_equal(g->after_sum, 17);
	assert_true(whatworks_shown(g));
	assert_string_equal(whatworks_line(buf, sizeof buf, "Evening Wind-Down", g, "->"),
	    "Evening Wind-Down: 6.2 -> 3.4 on average over 5 sessions");
	assert_true(whatworks_change(g) == -14.0 / 5);
	/* the evening group holds the same five; morning and afternoon nothing */
	assert_int_equal(w.times[WW_EVENING].n, 5);
	assert_int_equal(w.times[WW_MORNING].n, 0);
	assert_int_equal(w.times[WW_AFTERNOON].n, 0);
	whatworks_done(&w);
}

/* A session quit with nothing completed is no evidence: it changes no figure. */
static void
test_nothing_completed(void **state)
{
	struct whatworks w;
	struct history_record r;
	const char *line = "{\"v\":1,\"routine\":\"desk-break\",\"started\":"
	    "\"2026-11-30T10:00:00+01:00\",\"ended\":\"2026-11-30T10:00:05+01:00\","
	    "\"planned_s\":180,\"active_s\":5,\"completed\":[],\"quit\":true,\"speed\":1,"
	    "\"tension_before\":6,\"tension_after\":1}";
	char *cause = NULL;

	(void)state;
	whatworks_init(&w, TODAY);
	add(&w, "desk-break", 3, 10, 5, 4, 1, NULL);
	for (int i = 0; i < 2; i++) {
		history_record_init(&r);
		if (history_parse_line(line, strlen(line), &r, &cause) != 0)
			fail_msg("%s", cause);
		assert_false(history_record_counts(&r));
		whatworks_add(&w, &r);
		history_record_done(&r);
	}
	whatworks_finish(&w);
	assert_int_equal(whatworks_find(&w, "desk-break")->n, 1);
	assert_int_equal(w.nlast, 1);
	whatworks_done(&w);
}

/* Tension rose after two of a routine's last three sessions: flagged, never among the best. */
static void
test_tension_rose(void **state)
{
	struct whatworks w;
	size_t n;
	const char **best;

	(void)state;
	whatworks_init(&w, TODAY);
	for (int i = 0; i < 6; i++)
		add(&w, "desk-break", 20 - i, 10, 3, 8, 1, NULL);
	for (int i = 0; i < 3; i++)
		add(&w, "evening-unwind", 20 - i, 20, 7, 3, 1, NULL);
	whatworks_finish(&w);
	assert_true(whatworks_rose(whatworks_find(&w, "desk-break")));
	assert_false(whatworks_rose(whatworks_find(&w, "evening-unwind")));
	best = whatworks_best(&w, &n);
	assert_int_equal(n, 1);
	assert_string_equal(best[0], "evening-unwind");
	free(best);
	/* once in the last three is not yet a pattern */
	add(&w, "evening-unwind", 1, 20, 3, 5, 1, NULL);
	assert_false(whatworks_rose(whatworks_find(&w, "evening-unwind")));
	add(&w, "evening-unwind", 0, 20, 3, 5, 1, NULL);
	assert_true(whatworks_rose(whatworks_find(&w, "evening-unwind")));
	whatworks_done(&w);
}

/* Fewer than three paired sessions: counted, never shown, never preferred. */
static void
test_threshold_and_order(void **state)
{
	struct whatworks w;
	const char **best;
	size_t n;

	(void)state;
	whatworks_init(&w, TODAY);
	add(&w, "a", 3, 8, 5, 4, 1, NULL);
	add(&w, "a", 2, 8, 5, 4, 1, NULL);
	add(&w, "a", 1, 8, 5, 4, 1, NULL);        /* a: -1.0 */
	add(&w, "b", 3, 13, 8, 3, 1, NULL);
	add(&w, "b", 2, 13, 8, 3, 1, NULL);       /* b: -5.0 but only 2 */
	add(&w, "c", 3, 18, 4, 5, 1, NULL);
	add(&w, "c", 2, 18, 4, 5, 1, NULL);
	add(&w, "c", 1, 18, 4, 5, 1, NULL);       /* c: +1.0, shown, not preferred */
	add(&w, "d", 9, 9, 6, 3, 1, NULL);
	add(&w, "d", 8, 9, 6, 3, 1, NULL);
	add(&w, "d", 7, 9, 6, 3, 1, NULL);
	add(&w, "d", 6, 9, 6, 4, 1, NULL);        /* d: -11/4 = -2.75 */
	whatworks_finish(&w);
	assert_string_equal(w.routines[0].key, "d");
	assert_string_equal(w.routines[1].key, "a");
	assert_string_equal(w.routines[2].key, "c");
	assert_string_equal(w.routines[3].key, "b");
	assert_false(whatworks_shown(&w.routines[3]));
	best = whatworks_best(&w, &n);
	assert_int_equal(n, 2);
	assert_string_equal(best[0], "d");
	assert_string_equal(best[1], "a");
	free(best);
	/* by time of day, local to each line: 08-09 h morning, 13 h afternoon, 18 h evening */
	assert_int_equal(w.times[WW_MORNING].n, 7);
	assert_int_equal(w.times[WW_MORNING].before_sum, 39);
	assert_int_equal(w.times[WW_MORNING].after_sum, 25);
	assert_int_equal(w.times[WW_AFTERNOON].n, 2);
	assert_int_equal(w.times[WW_EVENING].n, 3);
	whatworks_done(&w);
}

/* The trend: least squares of before against the day, in the last 28 days only. */
static void
test_trend(void **state)
{
	struct whatworks w;
	double wk = 0;

	(void)state;
	whatworks_init(&w, TODAY);
	add(&w, "r", 60, 8, 10, 9, 1, NULL);      /* outside the window: in the means only */
	add(&w, "r", 21, 8, 7, 5, 1, NULL);
	add(&w, "r", 14, 8, 6, 4, 1, NULL);
	add(&w, "r", 7, 8, 5, 3, 1, NULL);
	add(&w, "r", 0, 8, 4, 2, 1, NULL);
	whatworks_finish(&w);
	assert_int_equal(w.routines[0].n, 5);
	assert_int_equal(w.routines[0].tn, 4);
	assert_true(whatworks_trend(&w.routines[0], &wk));
	/* one point lower every 7 days: -1.0 a week, exactly */
	assert_true(wk > -1.0000001 && wk < -0.9999999);
	whatworks_done(&w);

	/* two sessions in the window, or all on one day: no trend */
	whatworks_init(&w, TODAY);
	add(&w, "r", 3, 8, 5, 3, 1, NULL);
	add(&w, "r", 3, 9, 6, 3, 1, NULL);
	assert_false(whatworks_trend(&w.routines[0], &wk));
	add(&w, "r", 3, 10, 6, 3, 1, NULL);
	assert_false(whatworks_trend(&w.routines[0], &wk));
	whatworks_done(&w);
}

/* Guidance: three high starts in a row; a rise of a point a week over two weeks. */
static void
test_guidance(void **state)
{
	struct whatworks w;

	(void)state;
	whatworks_init(&w, TODAY);
	add(&w, "r", 5, 8, 7, 5, 1, NULL);
	add(&w, "r", 4, 8, 8, -1, 1, NULL);
	assert_false(whatworks_high_run(&w));
	add(&w, "r", 3, 8, 2, 1, 20, NULL);       /* a preview breaks nothing */
	add(&w, "r", 3, 8, -1, 1, 1, NULL);       /* nor a session without a before */
	add(&w, "r", 2, 8, 9, 6, 1, NULL);
	assert_true(whatworks_high_run(&w));
	add(&w, "r", 1, 8, 6, 4, 1, NULL);
	assert_false(whatworks_high_run(&w));
	whatworks_done(&w);

	whatworks_init(&w, TODAY);
	add(&w, "r", 13, 8, 3, 2, 1, NULL);
	add(&w, "r", 9, 8, 3, 2, 1, NULL);
	add(&w, "r", 5, 8, 4, 2, 1, NULL);
	assert_false(whatworks_rising(&w));       /* three check-ins are too few */
	add(&w, "r", 1, 8, 5, 2, 1, NULL);
	/* slope over x = -13, -9, -5, -1 and y = 3, 3, 4, 5: 0.175 a day, 1.225 a week */
	assert_true(whatworks_rising(&w));
	whatworks_done(&w);

	whatworks_init(&w, TODAY);
	add(&w, "r", 13, 8, 3, 2, 1, NULL);
	add(&w, "r", 9, 8, 3, 2, 1, NULL);
	add(&w, "r", 5, 8, 3, 2, 1, NULL);
	add(&w, "r", 1, 8, 4, 2, 1, NULL);        /* 0.075 a day: 0.525 a week, under 1 */
	assert_false(whatworks_rising(&w));
	whatworks_done(&w);
}

/* Count in a line `back` days ago: a session with stretch marked hurt, or (speed 0) it brought back. */
static void
add_hurt(struct whatworks *w, long back, const char *stretch, int speed)
{
	struct history_record r;
	char *line, *cause = NULL;
	int y, m, d;

	history_civil_from_days(TODAY - back, &y, &m, &d);
	if (speed == 0)
		line = xasprintf("{\"v\":1,\"routine\":\"r\",\"started\":\"%04d-%02d-%02dT09:00:00Z\","
		    "\"ended\":\"%04d-%02d-%02dT09:00:00Z\",\"planned_s\":0,\"active_s\":0,"
		    "\"speed\":1,\"event\":\"stretch-back\",\"stretch\":\"%s\"}",
		    y, m, d, y, m, d, stretch);
	else
		line = xasprintf("{\"v\":1,\"routine\":\"r\",\"started\":\"%04d-%02d-%02dT09:00:00Z\","
		    "\"ended\":\"%04d-%02d-%02dT09:10:00Z\",\"planned_s\":600,\"active_s\":300,"
		    "\"hurt\":[\"%s\"],\"quit\":true,\"speed\":%d}", y, m, d, y, m, d, stretch,
		    speed);
	history_record_init(&r);
	if (history_parse_line(line, strlen(line), &r, &cause) != 0)
		fail_msg("%s: %s", cause, line);
	whatworks_add(w, &r);
	history_record_done(&r);
	free(line);
}

/* Twice "this hurts" in 14 days swaps a stretch out, until it is brought back. */
static void
test_swapped(void **state)
{
	struct whatworks w;

	(void)state;
	whatworks_init(&w, TODAY);
	add_hurt(&w, 20, "pigeon", 1);
	add_hurt(&w, 13, "pigeon", 1);
	assert_false(whatworks_swapped(&w, "pigeon"));   /* 20 and 13 days apart from today */
	add_hurt(&w, 2, "pigeon", 1);
	assert_true(whatworks_swapped(&w, "pigeon"));    /* 13 and 2 days back */
	assert_false(whatworks_swapped(&w, "lizard"));
	add_hurt(&w, 1, "pigeon", 0);                    /* brought back */
	assert_false(whatworks_swapped(&w, "pigeon"));
	add_hurt(&w, 0, "pigeon", 30);                   /* a hurt in a preview is a hurt */
	assert_false(whatworks_swapped(&w, "pigeon"));
	add_hurt(&w, 0, "pigeon", 1);
	assert_true(whatworks_swapped(&w, "pigeon"));
	add_hurt(&w, -1, "pigeon", 0);                   /* a line from the future changes nothing */
	assert_true(whatworks_swapped(&w, "pigeon"));
	whatworks_done(&w);

	/* the window: the older of the two marks must be within the last 14 days */
	whatworks_init(&w, TODAY);
	add_hurt(&w, 14, "lizard", 1);
	add_hurt(&w, 0, "lizard", 1);
	assert_false(whatworks_swapped(&w, "lizard"));
	add_hurt(&w, 0, "lizard", 1);
	assert_true(whatworks_swapped(&w, "lizard"));
	whatworks_done(&w);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_paired_only),
		cmocka_unit_test(test_nothing_completed),
		cmocka_unit_test(test_tension_rose),
		cmocka_unit_test(test_threshold_and_order),
		cmocka_unit_test(test_trend),
		cmocka_unit_test(test_guidance),
		cmocka_unit_test(test_swapped),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
