/*
 * test_history_parse.c — the fast reader of history lines agrees with cJSON:
 * every line is read as written (the writer's compact shape takes the
 * scanner) and with a space after its "{" (which sends it through cJSON),
 * and both readings must give the same record or the same error.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "diag.h"
#include "history.h"

#define HEAD "{\"v\":1,\"routine\":\"desk-break\",\"started\":\"2026-12-06T07:00:00+01:00\"," \
	"\"ended\":\"2026-12-06T07:05:00+01:00\",\"planned_s\":300,\"active_s\":290,"
#define TAIL "\"quit\":false,\"speed\":1,\"tension_before\":4,\"tension_after\":2"

/* Lines as the writer makes them, and every way a line can go wrong or stray from that shape. */
static const char *const lines[] = {
	HEAD "\"completed\":[\"cat-cow\",\"knee-to-chest\"],\"skipped\":[],\"hurt\":[]," TAIL "}",
	HEAD "\"completed\":[],\"skipped\":[\"a\"],\"hurt\":[\"b\",\"c\",\"d\"]," TAIL
	    ",\"event\":\"programme-day\",\"programme\":\"desk-week\",\"day\":3}",
	HEAD TAIL ",\"event\":\"next-day\",\"answer\":\"better\"}",
	HEAD TAIL ",\"event\":\"next-day\",\"answer\":\"worse\",\"programme\":\"p\",\"day\":2}",
	HEAD TAIL ",\"event\":\"next-day\",\"answer\":\"maybe\"}",
	HEAD TAIL ",\"event\":\"stretch-back\",\"stretch\":\"cat-cow\"}",
	HEAD TAIL ",\"event\":\"stretch-back\"}",
	HEAD TAIL ",\"event\":\"from-the-future\"}",
	HEAD TAIL ",\"event\":7}",
	HEAD TAIL ",\"event\":\"programme-start\",\"programme\":\"\",\"day\":1}",
	HEAD TAIL ",\"event\":\"programme-stop\",\"programme\":\"p\",\"day\":-1}",
	HEAD TAIL "}",
	HEAD TAIL ",\"unknown\":[1,2],\"more\":{\"a\":1}}",
	HEAD TAIL ",\"unknown\":\"x\",\"n\":null,\"t\":true}",
	"{\"v\":1,\"v\":2,\"routine\":\"r\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1}",
	"{\"v\":2,\"v\":1,\"routine\":\"r\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1}",
	"{\"routine\":\"r\",\"v\":1,\"speed\":1,\"ended\":\"2026-12-06T07:00:00Z\",\"started\":\"2026-12-06T07:00:00Z\",\"active_s\":0,\"planned_s\":0}",
	"{\"v\":1.0,\"routine\":\"r\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1}",
	"{\"v\":1e0,\"routine\":\"r\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1}",
	"{\"v\":01,\"routine\":\"r\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1}",
	"{\"v\":1,\"routine\":\"r\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":-0,\"active_s\":0,\"speed\":1}",
	"{\"v\":1,\"routine\":\"r\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":99999999999999999,\"active_s\":0,\"speed\":1}",
	"{\"v\":1,\"routine\":\"r\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":10000001,\"active_s\":0,\"speed\":1}",
	"{\"v\":1,\"routine\":\"r\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1,\"quit\":null}",
	"{\"v\":1,\"routine\":\"r\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1,\"quit\":true,\"tension_before\":null,\"tension_after\":11}",
	"{\"v\":1,\"routine\":\"r\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1,\"tension_before\":\"3\"}",
	"{\"v\":1,\"routine\":\"r\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1,\"completed\":[\"a\",1]}",
	"{\"v\":1,\"routine\":\"r\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1,\"completed\":\"a\"}",
	"{\"v\":1,\"routine\":\"r\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1,\"completed\":[\"\\u00e9\",\"b\\\"c\"]}",
	"{\"v\":1,\"routine\":\"r\\u200b\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1}",
	"{\"v\":1,\"routine\":\"r\xe2\x80\x8b\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1}",
	"{\"v\":1,\"routine\":\"caf\xc3\xa9\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1}",
	"{\"v\":1,\"routine\":\"\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1}",
	"{\"v\":1,\"routine\":\"r\",\"started\":\"2026-02-30T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1}",
	"{\"v\":1,\"routine\":\"r\",\"started\":\"2026-12-06T07:00:00.250-03:30\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1}",
	"{\"v\":1,\"routine\":\"r\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":0}",
	"{\"v\":1,\"routine\":\"r\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1}x",
	"{\"v\":1,\"routine\":\"r\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1,}",
	"{\"v\":1,\"routine\":\"r\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":tru}",
	"{\"v\":1,\"routine\":\"r\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1",
	"{\"v\":1,\"routine\":\"r\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1}\r",
	"{\"v\":1,\"routine\":\"r\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1,\"hurt\":[\"a\t\"]}",
	"{\"v\":1,\"routine\":\"r\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1,\"hurt\":[\"a\",]}",
	"{\"v\":1,\"routine\":\"r\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1,\"hurt\":[]]}",
	"{}",
	"{\"\":1}",
	"[1,2]",
	"\"v\"",
	"{\"v\":1",
	"{\"v\":1,\"routine\":\"r\",\"routine\":\"s\",\"started\":\"2026-12-06T07:00:00Z\",\"ended\":\"2026-12-06T07:00:00Z\",\"planned_s\":0,\"active_s\":0,\"speed\":1}",
};

static void
expect_same_list(char **a, size_t na, char **b, size_t nb)
{
	assert_int_equal(na, nb);
	for (size_t i = 0; i < na; i++)
		assert_string_equal(a[i], b[i]);
}

static void
expect_same(const struct history_record *a, const struct history_record *b)
{
	assert_string_equal(a->routine, b->routine);
	assert_int_equal(a->started, b->started);
	assert_int_equal(a->ended, b->ended);
	assert_int_equal(a->gmtoff, b->gmtoff);
	assert_int_equal(a->planned_s, b->planned_s);
	assert_int_equal(a->active_s, b->active_s);
	assert_int_equal(a->speed, b->speed);
	assert_int_equal(a->quit, b->quit);
	assert_int_equal(a->tension_before, b->tension_before);
	assert_int_equal(a->tension_after, b->tension_after);
	expect_same_list(a->completed, a->ncompleted, b->completed, b->ncompleted);
	expect_same_list(a->skipped, a->nskipped, b->skipped, b->nskipped);
	expect_same_list(a->hurt, a->nhurt, b->hurt, b->nhurt);
	assert_int_equal(a->event, b->event);
	assert_int_equal(a->day, b->day);
	assert_int_equal(a->answer, b->answer);
	assert_true((a->programme == NULL) == (b->programme == NULL));
	if (a->programme != NULL)
		assert_string_equal(a->programme, b->programme);
	assert_true((a->stretch == NULL) == (b->stretch == NULL));
	if (a->stretch != NULL)
		assert_string_equal(a->stretch, b->stretch);
}

static void
test_both_readers_agree(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		const char *line = lines[i];
		size_t n = strlen(line);
		/* the same line with a space after its first byte: never the scanner's shape */
		char *spaced = malloc(n + 2);
		struct history_record a, b;
		char *ca = NULL, *cb = NULL;
		int ra, rb;

		spaced[0] = line[0];
		spaced[1] = ' ';
		memcpy(spaced + 2, line + 1, n);
		history_record_init(&a);
		history_record_init(&b);
		ra = history_parse_line(line, n, &a, &ca);
		rb = history_parse_line(spaced, n + 1, &b, &cb);
		if (ra != rb)
			fail_msg("line %zu: %d (%s) against %d (%s)", i, ra, ca ? ca : "-", rb, cb ? cb : "-");
		if (ra == 0)
			expect_same(&a, &b);
		else if (strncmp(ca, "not valid JSON", 14) != 0)
			assert_string_equal(ca, cb);   /* the column differs by the space */
		history_record_done(&a);
		history_record_done(&b);
		free(ca);
		free(cb);
		free(spaced);
	}
}

/* The writer's lines read back whole: the fast reader takes what the writer makes. */
static void
test_writer_lines(void **state)
{
	struct history_record r, back;
	char *line, *cause = NULL;

	(void)state;
	setenv("TZ", "UTC", 1);
	tzset();
	history_record_init(&r);
	r.routine = xstrdup("evening-unwind");
	r.started = 1765000000;
	r.ended = r.started + 300;
	r.planned_s = 300;
	r.active_s = 280;
	r.tension_before = 6;
	r.tension_after = 3;
	history_record_add(&r.completed, &r.ncompleted, "cat-cow");
	history_record_add(&r.hurt, &r.nhurt, "sphinx");
	line = history_format(&r);
	history_record_init(&back);
	assert_int_equal(history_parse_line(line, strlen(line) - 1, &back, &cause), 0);
	expect_same(&r, &back);
	free(line);
	history_record_done(&r);
	history_record_done(&back);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_both_readers_agree),
		cmocka_unit_test(test_writer_lines),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
