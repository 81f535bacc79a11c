/* test_keymap.c — the session's key table: lookups, the key bar's choice, the plain list. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "keymap.h"

static int
cols(const struct keymap_entry *e, bool paused)
{
	const char *label = paused && e->label_paused != NULL ? e->label_paused : e->label;

	return (int)(strlen(e->bar_key) + 1 + strlen(label));
}

/* The bar's text for a width, as the curses screen lays it out. */
static void
bar_of(int width, bool paused, unsigned rows, char *out, size_t size)
{
	size_t n;
	const struct keymap_entry *k = keymap_session(&n);
	unsigned keep = rows == ~0u ? keymap_bar_fit(width, cols, paused) :
	    keymap_bar_fit_only(width, cols, paused, rows);

	*out = '\0';
	for (size_t i = 0; i < n; i++) {
		if (!(keep & (1u << i)))
			continue;
		if (*out != '\0')
			strncat(out, "  ", size - strlen(out) - 1);
		strncat(out, k[i].bar_key, size - strlen(out) - 1);
		strncat(out, " ", size - strlen(out) - 1);
		strncat(out, paused && k[i].label_paused ? k[i].label_paused : k[i].label,
		    size - strlen(out) - 1);
	}
}

static void
bar(int width, bool paused, char *out, size_t size)
{
	bar_of(width, paused, ~0u, out, size);
}

static void
test_lookup(void **state)
{
	(void)state;
	assert_int_equal(keymap_lookup(' '), KEY_CMD_PAUSE);
	assert_int_equal(keymap_lookup('p'), KEY_CMD_PAUSE);
	assert_int_equal(keymap_lookup('n'), KEY_CMD_SKIP);
	assert_int_equal(keymap_lookup(KEYMAP_RIGHT), KEY_CMD_SKIP);
	assert_int_equal(keymap_lookup(KEYMAP_LEFT), KEY_CMD_BACK);
	assert_int_equal(keymap_lookup('h'), KEY_CMD_HURT);
	assert_int_equal(keymap_lookup('+'), KEY_CMD_MORE);
	assert_int_equal(keymap_lookup('-'), KEY_CMD_LESS);
	assert_int_equal(keymap_lookup('i'), KEY_CMD_INFO);
	assert_int_equal(keymap_lookup('?'), KEY_CMD_HELP);
	assert_int_equal(keymap_lookup('q'), KEY_CMD_QUIT);
	assert_int_equal(keymap_lookup(KEYMAP_ESC), KEY_CMD_QUIT);
	assert_int_equal(keymap_lookup('z'), KEY_CMD_NONE);
	assert_int_equal(keymap_lookup(0), KEY_CMD_NONE);
}

/* Each key gives one command only, and each command has its words. */
static void
test_table_is_consistent(void **state)
{
	size_t n;
	const struct keymap_entry *k = keymap_session(&n);

	(void)state;
	for (size_t i = 0; i < n; i++) {
		assert_non_null(keymap_entry(k[i].cmd));
		for (size_t j = 0; j < 4 && k[i].keys[j] != 0; j++)
			assert_int_equal(keymap_lookup(k[i].keys[j]), k[i].cmd);
		if (k[i].bar_key != NULL)
			assert_non_null(k[i].label);
	}
}

static void
test_bar_keeps_help_and_quit(void **state)
{
	char b[256];

	(void)state;
	for (int w = 14; w <= 120; w++) {
		bar(w, false, b, sizeof b);
		assert_non_null(strstr(b, "? help"));
		assert_non_null(strstr(b, "q quit"));
		assert_true((int)strlen(b) <= w);
	}
	bar(200, false, b, sizeof b);
	assert_string_equal(b, "space pause  n skip  b back  h it hurts  +/- 5 s  i steps  "
	    "? help  q quit");
	bar(50, false, b, sizeof b);
	assert_string_equal(b, "space pause  n skip  h it hurts  ? help  q quit");
	bar(50, true, b, sizeof b);
	assert_string_equal(b, "space resume  n skip  h it hurts  ? help  q quit");
	/* too narrow for both: "it hurts" stays, skip goes (a German or Spanish bar at 50) */
	bar(40, false, b, sizeof b);
	assert_string_equal(b, "space pause  h it hurts  ? help  q quit");
	bar(14, false, b, sizeof b);
	assert_string_equal(b, "? help  q quit");
}

/* Off a timed hold + and - do nothing: the bar leaves them out and gives their room to others. */
static void
test_bar_without_adjust(void **state)
{
	size_t n;
	const struct keymap_entry *k = keymap_session(&n);
	unsigned rows = ~0u;
	char b[256];

	(void)state;
	for (size_t i = 0; i < n; i++)
		if (k[i].cmd == KEY_CMD_MORE || k[i].cmd == KEY_CMD_LESS)
			rows &= ~(1u << i);
	bar_of(200, false, rows, b, sizeof b);
	assert_string_equal(b, "space pause  n skip  b back  h it hurts  i steps  ? help  q quit");
	bar_of(58, false, rows, b, sizeof b);
	assert_null(strstr(b, "+/-"));
	assert_non_null(strstr(b, "b back"));
	assert_true(strlen(b) <= 58);
}

static void
test_plain_keys(void **state)
{
	(void)state;
	assert_string_equal(keymap_plain_keys(),
	    "p pause, n next, b back, h this hurts, + more, - less, i steps, q quit");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lookup),
		cmocka_unit_test(test_table_is_consistent),
		cmocka_unit_test(test_bar_keeps_help_and_quit),
		cmocka_unit_test(test_bar_without_adjust),
		cmocka_unit_test(test_plain_keys),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
