/* test_schedule.c — reminder hours and days: parsing, open or not, the next opening. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "config.h"
#include "schedule.h"

/* 2026-11-30 is a Monday; times are UTC (the tests set TZ). */
static time_t
at(int mday, int hour, int min)
{
	struct tm tm = { .tm_year = 126, .tm_mon = 10, .tm_mday = mday, .tm_hour = hour, .tm_min = min };

	tm.tm_isdst = 0;
	return timegm(&tm);
}

static void
test_parse_hours(void **state)
{
	struct schedule s;
	char buf[32];

	(void)state;
	schedule_init(&s);
	assert_string_equal(schedule_hours_text(buf, sizeof buf, &s), "any time");
	assert_int_equal(schedule_parse_hours(&s, "9-18"), 0);
	assert_string_equal(schedule_hours_text(buf, sizeof buf, &s), "9:00-18:00");
	assert_int_equal(schedule_parse_hours(&s, "8:30-17:15"), 0);
	assert_int_equal(s.from_min, 8 * 60 + 30);
	assert_int_equal(s.to_min, 17 * 60 + 15);
	assert_int_equal(schedule_parse_hours(&s, "0-24"), 0);
	static const char *const bad[] = { "18-9", "9-9", "9", "9-25", "9:60-10", "a-b", "9-18x",
	    "-18", "9:5-10", "", "123-124" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		schedule_parse_hours(&s, "10-11");
		if (schedule_parse_hours(&s, bad[i]) == 0)
			fail_msg("'%s' was taken as hours", bad[i]);
		assert_int_equal(s.from_min, 600);   /* unchanged */
	}
}

static void
test_parse_days(void **state)
{
	struct schedule s;
	char buf[64];

	(void)state;
	schedule_init(&s);
	assert_string_equal(schedule_days_text(buf, sizeof buf, &s), "every day");
	assert_int_equal(schedule_parse_days(&s, "mon-fri"), 0);
	assert_int_equal(s.days, 0x3eu);
	assert_string_equal(schedule_days_text(buf, sizeof buf, &s), "mon,tue,wed,thu,fri");
	assert_int_equal(schedule_parse_days(&s, "Sat,SUN"), 0);
	assert_int_equal(s.days, 0x41u);
	assert_int_equal(schedule_parse_days(&s, "fri-mon"), 0);   /* wraps past Sunday */
	assert_int_equal(s.days, 0x63u);
	assert_int_equal(schedule_parse_days(&s, "mon,wed-thu"), 0);
	assert_int_equal(s.days, 0x1au);
	static const char *const bad[] = { "", "monday", "mon-", "mon,,tue", "xyz", "mon-fri-sat", "mon;tue" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		if (schedule_parse_days(&s, bad[i]) == 0)
			fail_msg("'%s' was taken as days", bad[i]);
	assert_int_equal(s.days, 0x1au);
}

static void
test_next_open(void **state)
{
	struct schedule s;

	(void)state;
	schedule_init(&s);
	assert_true(schedule_open(&s, at(30, 3, 0)));
	assert_true(schedule_next_open(&s, at(30, 3, 0)) == at(30, 3, 0));
	schedule_parse_hours(&s, "9-18");
	schedule_parse_days(&s, "mon-fri");
	assert_true(schedule_open(&s, at(30, 9, 0)));
	assert_false(schedule_open(&s, at(30, 18, 0)));
	assert_false(schedule_open(&s, at(30, 8, 59)));
	/* Monday early: today at 9; Monday evening: Tuesday at 9 */
	assert_true(schedule_next_open(&s, at(30, 7, 10)) == at(30, 9, 0));
	assert_true(schedule_next_open(&s, at(30, 18, 30)) == at(31, 9, 0));
	/* Friday evening and Saturday: Monday at 9 */
	assert_true(schedule_next_open(&s, at(4 + 30, 19, 0)) == at(7 + 30, 9, 0));
	assert_true(schedule_next_open(&s, at(5 + 30, 12, 0)) == at(7 + 30, 9, 0));
}

/* One duration syntax and one range for every duration setting. */
static void
test_durations(void **state)
{
	(void)state;
	assert_int_equal(config_duration("10s"), 10);
	assert_int_equal(config_duration("45m"), 2700);
	assert_int_equal(config_duration("1h30m"), 5400);
	assert_int_equal(config_duration("24h"), 86400);
	assert_int_equal(config_duration("9s"), -1);
	assert_int_equal(config_duration("24h1s"), -1);
	assert_int_equal(config_duration("5x"), -1);
	assert_int_equal(config_duration(""), -1);
	assert_int_equal(config_duration("m"), -1);
	assert_int_equal(config_duration("1h1h"), -1);     /* each unit once */
	assert_int_equal(config_duration("1m1h"), -1);     /* largest first */
	assert_int_equal(config_duration("1h 30m"), -1);
	assert_int_equal(config_duration("+45m"), -1);
	assert_int_equal(config_duration("45"), -1);
	assert_int_equal(config_duration("1h0m30s"), 3630);
	assert_int_equal(config_duration("90s"), 90);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_hours),
		cmocka_unit_test(test_parse_days),
		cmocka_unit_test(test_next_open),
		cmocka_unit_test(test_durations),
	};

	setenv("TZ", "UTC", 1);
	tzset();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
