/* test_text.c — UTF-8 checks, terminal-safe text, widths, wrapping, clocks. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "text.h"

static bool
valid(const char *s)
{
	return text_utf8_valid(s, strlen(s));
}

static void
test_utf8_valid(void **state)
{
	(void)state;
	assert_true(valid(""));
	assert_true(valid("plain ASCII"));
	assert_true(valid("caf\xC3\xA9"));                  /* é */
	assert_true(valid("\xE6\x97\xA5\xE6\x9C\xAC"));       /* 日本 */
	assert_true(valid("\xF0\x9F\x99\x82"));               /* U+1F642 */
	assert_true(valid("\xF4\x8F\xBF\xBF"));               /* U+10FFFF, the last */
	assert_true(valid("\xED\x9F\xBF"));                   /* U+D7FF, just below the surrogates */
	assert_false(valid("\xFF"));
	assert_false(valid("\x80"));                          /* lone continuation */
	assert_false(valid("\xC3"));                          /* truncated */
	assert_false(valid("\xE6\x97"));                      /* truncated */
	assert_false(valid("\xC0\xAF"));                      /* overlong '/' */
	assert_false(valid("\xC1\xBF"));                      /* overlong */
	assert_false(valid("\xE0\x80\xAF"));                  /* overlong */
	assert_false(valid("\xF0\x80\x80\xAF"));              /* overlong */
	assert_false(valid("\xED\xA0\x80"));                  /* U+D800 surrogate */
	assert_false(valid("\xED\xBF\xBF"));                  /* U+DFFF surrogate */
	assert_false(valid("\xF4\x90\x80\x80"));              /* past U+10FFFF */
	assert_false(valid("\xF5\x80\x80\x80"));
	assert_false(valid("\xC3\x28"));                      /* bad continuation */
	/* the length is honoured: a NUL inside is just a byte */
	assert_true(text_utf8_valid("a\0b", 3));
	assert_false(text_utf8_valid("ab\xC3\xA9", 3));      /* cut inside é */
}

static void
test_utf8_prefix(void **state)
{
	(void)state;
	assert_int_equal(text_utf8_prefix("abc", 3), 3);
	assert_int_equal(text_utf8_prefix("ab\xFF" "cd", 5), 2);
	assert_int_equal(text_utf8_prefix("\xC3\xA9\xC3\xA9\xED\xA0\x80", 7), 4);
	assert_int_equal(text_utf8_prefix("\xE6\x97\xA5\xE6\x97", 5), 3);
	assert_int_equal(text_utf8_prefix("", 0), 0);
}

static void
test_has_unsafe(void **state)
{
	(void)state;
	assert_false(text_has_unsafe(""));
	assert_false(text_has_unsafe("Knee-to-Chest: hug one knee in."));
	assert_false(text_has_unsafe("Caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x99\x82"));
	assert_false(text_has_unsafe("non\xC2\xA0" "breaking"));   /* U+00A0 is fine */
	assert_false(text_has_unsafe("\xE2\x80\xAF"));             /* U+202F, next to the bidi block */
	assert_false(text_has_unsafe("\xE2\x80\xA7"));             /* U+2027, before the separators */
	assert_true(text_has_unsafe("tab\there"));
	assert_true(text_has_unsafe("line\nbreak"));
	assert_true(text_has_unsafe("\r"));
	assert_true(text_has_unsafe("red \x1B[31m"));
	assert_true(text_has_unsafe("\x7F"));
	assert_true(text_has_unsafe("\xC2\x80"));                  /* U+0080 */
	assert_true(text_has_unsafe("\xC2\x9B" "31m"));            /* U+009B CSI */
	assert_true(text_has_unsafe("\xC2\x9F"));
	assert_true(text_has_unsafe("\x9B" "31m"));                /* the raw 8-bit CSI byte */
	assert_true(text_has_unsafe("\xE2\x80\xAA"));              /* U+202A */
	assert_true(text_has_unsafe("\xE2\x80\xAE"));              /* U+202E RLO */
	assert_true(text_has_unsafe("\xE2\x81\xA6"));              /* U+2066 */
	assert_true(text_has_unsafe("\xE2\x81\xA9"));              /* U+2069 */
	assert_true(text_has_unsafe("bad \xFF byte"));
	assert_true(text_has_unsafe("\xED\xA0\x80"));
}

/* Every Default_Ignorable_Code_Point and the line and paragraph separators (issue 26). */
static void
test_default_ignorable(void **state)
{
	static const struct { const char *utf8, *shown; } cases[] = {
		{ "\xC2\xAD", "<U+00AD>" },               /* soft hyphen */
		{ "\xCD\x8F", "<U+034F>" },               /* combining grapheme joiner */
		{ "\xE1\x85\x9F", "<U+115F>" },           /* Hangul choseong filler */
		{ "\xE1\x85\xA0", "<U+1160>" },
		{ "\xE3\x85\xA4", "<U+3164>" },           /* Hangul filler */
		{ "\xEF\xBE\xA0", "<U+FFA0>" },           /* halfwidth Hangul filler */
		{ "\xE1\x9E\xB4", "<U+17B4>" },           /* Khmer vowel inherent */
		{ "\xE1\xA0\x8B", "<U+180B>" },           /* Mongolian variation selector */
		{ "\xE1\xA0\x8F", "<U+180F>" },
		{ "\xE2\x80\xA8", "<U+2028>" },           /* line separator */
		{ "\xE2\x80\xA9", "<U+2029>" },           /* paragraph separator */
		{ "\xE2\x81\xA5", "<U+2065>" },
		{ "\xEF\xB8\x80", "<U+FE00>" },           /* variation selector 1 */
		{ "\xEF\xBF\xB0", "<U+FFF0>" },
		{ "\xF0\x9B\xB2\xA0", "<U+1BCA0>" },      /* shorthand format letter overlap */
		{ "\xF0\x9D\x85\xB3", "<U+1D173>" },      /* musical begin beam */
		{ "\xF3\xA0\x80\x80", "<U+E0000>" },      /* the tag block's first */
		{ "\xF3\xA0\x80\x81", "<U+E0001>" },      /* language tag */
		{ "\xF3\xA0\x81\x81", "<U+E0041>" },      /* tag latin capital A */
		{ "\xF3\xA0\x81\xBF", "<U+E007F>" },      /* cancel tag */
		{ "\xF3\xA0\x84\x80", "<U+E0100>" },      /* variation selector 17 */
		{ "\xF3\xA0\xBF\xBF", "<U+E0FFF>" },      /* the set's last */
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *in = xasprintf("a%sb", cases[i].utf8), *want = xasprintf("a%sb", cases[i].shown);
		char *out = text_safe(in);

		assert_true(text_has_unsafe(in));
		assert_string_equal(out, want);
		assert_int_equal(text_width(in), text_width(out));
		free(in);
		free(want);
		free(out);
	}
	/* neighbours stay text */
	assert_false(text_has_unsafe("\xC2\xAC\xC2\xAE"));          /* U+00AC, U+00AE */
	assert_false(text_has_unsafe("\xE3\x85\xA3\xE3\x85\xA5"));  /* U+3163, U+3165 */
	assert_false(text_has_unsafe("\xF3\xA1\x80\x80"));         /* U+E1000 */
	assert_false(text_has_unsafe("\xEF\xB8\x90"));             /* U+FE10 */
}

static void
check_safe(const char *in, const char *want)
{
	char *out = text_safe(in);

	assert_string_equal(out, want);
	assert_false(text_has_unsafe(out));
	free(out);
}

static void
test_safe(void **state)
{
	(void)state;
	check_safe("", "");
	check_safe("Cat-Cow", "Cat-Cow");
	check_safe("caf\xC3\xA9 \xE6\x97\xA5", "caf\xC3\xA9 \xE6\x97\xA5");
	check_safe("a\x1B[31mred", "a^[[31mred");
	check_safe("tab\tnl\n", "tab^Inl^J");
	check_safe("\x01\x1F", "^A^_");
	check_safe("del\x7F", "del^?");
	check_safe("\xC2\x85", "<85>");
	check_safe("\xC2\x9B" "2J", "<9B>2J");
	check_safe("\x9B" "2J", "<9B>2J");
	check_safe("x\xE2\x80\xAEy", "x<U+202E>y");
	check_safe("\xE2\x81\xA6", "<U+2066>");
	check_safe("\xFF\xFE", "<FF><FE>");
	check_safe("\xC3", "<C3>");
	check_safe("\xED\xA0\x80", "<ED><A0><80>");
}

/* Bytes of s text_one_column takes (0: not a one-column character shown as it is). */
static size_t
one(const char *s)
{
	uint32_t c;

	return text_one_column(s, strlen(s), &c);
}

/* What a screen draws as cells of its own: what text_width counts as one column each. */
static void
test_one_column(void **state)
{
	(void)state;
	assert_int_equal(one("a"), 1);
	assert_int_equal(one("\xC2\xB7 dot"), 2);             /* · */
	assert_int_equal(one("\xC3\xA4"), 2);                 /* ä */
	assert_int_equal(one("\xE2\x97\x8F"), 3);             /* ● */
	assert_int_equal(one("\x1B[31m"), 0);                 /* a control */
	assert_int_equal(one("\x7F"), 0);
	assert_int_equal(one("\xC2\x85"), 0);                 /* C1 */
	assert_int_equal(one("\xC2\xAD"), 0);                 /* soft hyphen, spelt out */
	assert_int_equal(one("\xEF\xBE\xA0"), 0);             /* U+FFA0, spelt out */
	assert_int_equal(one("\xE2\x80\xAE"), 0);             /* right-to-left override */
	assert_int_equal(one("\xCC\x81"), 0);                 /* combining acute */
	assert_int_equal(one("\xE6\x97\xA5"), 0);             /* 日: two columns */
	assert_int_equal(one("\xC3"), 0);                     /* cut short */
	assert_int_equal(one("\xFF"), 0);
	for (const char *s = "\xC2\xB7\xC3\xA4\xE2\x97\x8F"; *s != '\0';) {
		char ch[8] = { 0 };
		size_t n = one(s);

		assert_true(n > 0);
		memcpy(ch, s, n);
		assert_int_equal(text_width(ch), 1);
		s += n;
	}
}

static void
test_width(void **state)
{
	(void)state;
	assert_int_equal(text_width(""), 0);
	assert_int_equal(text_width("abc"), 3);
	assert_int_equal(text_width("caf\xC3\xA9"), 4);
	assert_int_equal(text_width("\xE6\x97\xA5\xE6\x9C\xAC"), 4);   /* two wide characters */
	assert_int_equal(text_width("e\xCC\x81"), 1);                  /* e + combining acute */
	/* unsafe characters count as text_safe() shows them */
	assert_int_equal(text_width("\x1B"), 2);
	assert_int_equal(text_width("\x7F"), 2);
	assert_int_equal(text_width("\xC2\x85"), 4);
	assert_int_equal(text_width("\xE2\x80\xAE"), 8);
	assert_int_equal(text_width("\xFF"), 4);
	{
		const char *s = "a\x1B\xE2\x80\xAE\xFFz";
		char *safe = text_safe(s);

		assert_int_equal(text_width(s), text_width(safe));
		assert_int_equal(text_width(s), 1 + 2 + 8 + 4 + 1);
		free(safe);
	}
}

static void
check_wrap(const char *s, int width, const char *const *want, size_t n)
{
	char **lines;
	size_t got = text_wrap(s, width, &lines);
	bool same = got == n;

	for (size_t i = 0; same && i < n; i++)
		same = strcmp(lines[i], want[i]) == 0;
	if (!same) {
		print_error("wrap(\"%s\", %d) gave %zu line(s):", s, width, got);
		for (size_t i = 0; i < got; i++)
			print_error(" |%s|", lines[i]);
		print_error("\n");
	}
	assert_int_equal(got, n);
	for (size_t i = 0; i < n; i++) {
		assert_string_equal(lines[i], want[i]);
		assert_true(text_width(lines[i]) <= (width < 1 ? 1 : width));
	}
	text_lines_free(lines, got);
}

static void
test_wrap(void **state)
{
	static const char *const w1[] = { "Lie on your", "back and hug", "one knee." };
	static const char *const w2[] = { "exactly ten" };
	static const char *const w3[] = { "" };
	static const char *const w4[] = { "abcdefghij", "klmno" };
	static const char *const w5[] = { "short", "word" };
	static const char *const w6[] = { "\xE6\x97\xA5\xE6\x9C\xAC", "\xE6\x97\xA5" };
	static const char *const w7[] = { "a", "b" };
	static const char *const w8[] = { "one", "two", "thr", "ee" };
	static const char *const w9[] = { "ab", "cd" };
	static const char *const w10[] = { "Hug one", "knee in" };

	(void)state;
	check_wrap("Lie on your back and hug one knee.", 12, w1, 3);
	/* a word that exactly fills the line after a wrap at a space still fits */
	check_wrap("Hug one knee in", 7, w10, 2);
	check_wrap("one two three", 3, w8, 4);
	check_wrap("ab cd", 2, w9, 2);
	check_wrap("exactly ten", 11, w2, 1);
	check_wrap("", 10, w3, 1);
	check_wrap("abcdefghijklmno", 10, w4, 2);                /* a word longer than the line */
	check_wrap("short word", 7, w5, 2);
	check_wrap("\xE6\x97\xA5\xE6\x9C\xAC\xE6\x97\xA5", 5, w6, 2);  /* wide characters */
	check_wrap("a b", 1, w7, 2);
	check_wrap("a b", 0, w7, 2);                             /* width below 1 acts as 1 */
}

static void
test_clock(void **state)
{
	char b[16];

	(void)state;
	assert_string_equal(text_clock(b, sizeof b, 0), "0:00");
	assert_string_equal(text_clock(b, sizeof b, 9), "0:09");
	assert_string_equal(text_clock(b, sizeof b, 59), "0:59");
	assert_string_equal(text_clock(b, sizeof b, 60), "1:00");
	assert_string_equal(text_clock(b, sizeof b, 600), "10:00");
	assert_string_equal(text_clock(b, sizeof b, 3599), "59:59");
	assert_string_equal(text_clock(b, sizeof b, 3600), "1:00:00");
	assert_string_equal(text_clock(b, sizeof b, 3725), "1:02:05");
	assert_string_equal(text_clock(b, sizeof b, -5), "0:00");
	assert_ptr_equal(text_clock(b, sizeof b, 1), b);
	/* formatted by hand: what printf's "%ld:%02ld:%02ld" gives, cut as snprintf cuts */
	assert_string_equal(text_clock(b, sizeof b, 36000), "10:00:00");
	assert_string_equal(text_clock(b, sizeof b, 1234567), "342:56:07");
	assert_string_equal(text_clock(b, 4, 754), "12:");
	assert_string_equal(text_clock(b, 1, 754), "");
	for (long s = 0; s < 100000; s += 7) {
		char want[32];

		if (s >= 3600)
			snprintf(want, sizeof want, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
		else
			snprintf(want, sizeof want, "%ld:%02ld", s / 60, s % 60);
		assert_string_equal(text_clock(b, sizeof b, s), want);
	}
}

static void
test_duration(void **state)
{
	char b[32];

	(void)state;
	assert_string_equal(text_duration(b, sizeof b, 0), "0 s");
	assert_string_equal(text_duration(b, sizeof b, 45), "45 s");
	assert_string_equal(text_duration(b, sizeof b, 59), "59 s");
	assert_string_equal(text_duration(b, sizeof b, 60), "1 min");
	assert_string_equal(text_duration(b, sizeof b, 89), "1 min");
	assert_string_equal(text_duration(b, sizeof b, 90), "2 min");
	assert_string_equal(text_duration(b, sizeof b, 600), "10 min");
	assert_string_equal(text_duration(b, sizeof b, 3900), "1 h 5 min");
	assert_string_equal(text_duration(b, sizeof b, -1), "0 s");
}

/* Rounding to the nearest minute must carry into the hours: never "1 h 60 min". */
static void
test_duration_rounding_carries(void **state)
{
	char b[32];

	(void)state;
	/* 1 h 59 min 45 s is 2 h to the nearest minute */
	text_duration(b, sizeof b, 7185);
	assert_null(strstr(b, "60 min"));
	assert_true(strncmp(b, "2 h", 3) == 0);
}

/* Runs of spaces are kept inside a line, so they must count at their width. */
static void
test_wrap_counts_every_space(void **state)
{
	char **lines;
	size_t n;

	(void)state;
	n = text_wrap("ab   cd e f", 7, &lines);
	assert_int_equal(n, 2);
	assert_string_equal(lines[0], "ab   cd");
	assert_string_equal(lines[1], "e f");
	for (size_t i = 0; i < n; i++)
		assert_true(text_width(lines[i]) <= 7);
	text_lines_free(lines, n);
}

static void
test_distance(void **state)
{
	(void)state;
	assert_int_equal(text_distance("pigeon", "pigeon"), 0);
	assert_int_equal(text_distance("pigeo", "pigeon"), 1);
	assert_int_equal(text_distance("pigon", "pigeon"), 1);
	assert_int_equal(text_distance("rnu", "run"), 1);      /* a swap is one slip */
	assert_int_equal(text_distance("", "abc"), 3);
	assert_int_equal(text_distance("kitten", "sitting"), 3);
	assert_true(text_distance("x", "0123456789012345678901234567890123456789"
	    "012345678901234567890123456789") == (size_t)-1);
	assert_true(text_near("pigeo", "pigeon"));
	assert_true(text_near("cat", "cat-cow"));           /* the start of it */
	assert_true(text_near("hisotry", "history"));
	assert_false(text_near("xyz", "pigeon"));
	assert_false(text_near("ab", "cd"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_valid),
		cmocka_unit_test(test_utf8_prefix),
		cmocka_unit_test(test_has_unsafe),
		cmocka_unit_test(test_safe),
		cmocka_unit_test(test_default_ignorable),
		cmocka_unit_test(test_one_column),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_wrap),
		cmocka_unit_test(test_wrap_counts_every_space),
		cmocka_unit_test(test_clock),
		cmocka_unit_test(test_duration),
		cmocka_unit_test(test_duration_rounding_carries),
		cmocka_unit_test(test_distance),
	};

	/* widths come from the locale, as they do for the program (main sets it from the environment) */
	if (setlocale(LC_ALL, "C.UTF-8") == NULL)
		setlocale(LC_ALL, "en_US.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
