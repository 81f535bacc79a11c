/* test_scan.c — the one-pass check (json_check_value) and the libm-free number helpers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "json_syntax.h"
#include "num.h"

/* True when text is one value json_check_value accepts, to its end. */
static bool
checks(const char *text)
{
	struct json_scan s = { text, strlen(text), 0 };

	if (!json_check_value(&s, 0))
		return false;
	json_scan_ws(&s);
	return s.i == s.n;
}

/* A value nested depth containers deep. */
static char *
nested(int depth)
{
	char *t = test_malloc((size_t)depth * 2 + 1);

	memset(t, '[', (size_t)depth);
	memset(t + depth, ']', (size_t)depth);
	t[depth * 2] = '\0';
	return t;
}

static void
test_check_accepts_what_the_checks_accept(void **state)
{
	char *t = nested(JSON_CHECK_MAX_DEPTH);

	(void)state;
	assert_true(checks("{\"a\": [1, -2.5e3, true, false, null, \"x\\u00e9\\n\"], \"b\": {}}"));
	assert_true(checks("\"a long string with no escape at all, past eight bytes\""));
	assert_true(checks("\"\\ud83d\\ude00\""));
	assert_true(checks(t));
	test_free(t);
}

static void
test_check_refuses_what_a_check_refuses(void **state)
{
	char *t = nested(JSON_CHECK_MAX_DEPTH + 1);

	(void)state;
	assert_false(checks(t));                       /* nesting past the limit */
	assert_false(checks("\"a\\u0000b\""));         /* \u0000 */
	assert_false(checks("\"cut\tshort\""));        /* a raw control character */
	assert_false(checks("\"lone \\udc00 half\""));
	assert_false(checks("\"\\ud800 then text\""));
	assert_false(checks("[1,]"));
	assert_false(checks("{\"a\" 1}"));
	assert_false(checks("01"));
	assert_false(checks("\"unclosed, longer than eight bytes"));
	test_free(t);
}

static void
test_num_whole_and_round_as_libm(void **state)
{
	static const double v[] = {
		0, -0.0, 1, -1, 2.5, -2.5, 0.49999999999999994, 1e15, -1e15, 4503599627370497.0,
		1e300, 3.0000001, -7.5, 0.05, 123.45,
	};

	(void)state;
	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
		assert_true(num_whole(v[i]) == (v[i] == floor(v[i])));
		assert_true(num_round(v[i]) == round(v[i]));
	}
	assert_false(num_whole(INFINITY));
	assert_false(num_whole(NAN));
	assert_true(isnan(num_round(NAN)));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_check_accepts_what_the_checks_accept),
		cmocka_unit_test(test_check_refuses_what_a_check_refuses),
		cmocka_unit_test(test_num_whole_and_round_as_libm),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
