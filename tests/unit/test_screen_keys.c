/* test_screen_keys.c — the tables of the screens outside the session: each row's keys, bar and ? line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "keymap.h"
#include "text.h"

/* Every table, for the checks that hold for all. */
static struct screen_keys
table(int i)
{
	return i == 0 ? keymap_menu() : i == 1 ? keymap_build() : i == 2 ? keymap_mine() :
	    i == 3 ? keymap_edit() : i == 4 ? keymap_page() : keymap_checkin();
}
#define NTABLES 6

/* Each key of a row gives that row's action when its row is on. */
static void
test_keys_give_their_action(void **state)
{
	(void)state;
	for (int t = 0; t < NTABLES; t++) {
		struct screen_keys k = table(t);

		assert_true(k.n > 0 && k.n <= 32);
		for (size_t i = 0; i < k.n; i++)
			for (size_t j = 0; j < 12 && k.rows[i].keys[j] != 0; j++)
				assert_int_equal(keymap_screen_action(k, 1u << i, k.rows[i].keys[j]),
				    k.rows[i].action);
	}
}

/* A row with a word in the bar is in the bar; one with a help line is in the ? box. */
static void
test_bar_and_box_from_the_rows(void **state)
{
	(void)state;
	for (int t = 0; t < NTABLES; t++) {
		struct screen_keys k = table(t);
		const char **bar = calloc(2 * k.n + 1, sizeof *bar);
		char **box;
		size_t nbar = keymap_screen_bar(k, ~0u, true, "1-7", bar);
		size_t nbox = keymap_screen_help(k, ~0u, true, "1-7", &box), b = 0, h = 0;

		for (size_t i = 0; i < k.n; i++) {
			const char *name = keymap_key_name(k.rows[i].name, true, "1-7");

			if (k.rows[i].name != NULL && k.rows[i].bar != NULL) {
				assert_true(b + 1 < nbar);
				assert_string_equal(bar[b], name);
				b += 2;
			}
			if (k.rows[i].name != NULL && k.rows[i].help != NULL) {
				assert_true(h < nbox);
				assert_true(strncmp(box[h], name, strlen(name)) == 0);
				assert_int_equal(box[h][strlen(name)], '\t');
				h++;
			}
		}
		assert_int_equal(b, nbar);
		assert_int_equal(h, nbox);
		text_lines_free(box, nbox);
		free(bar);
	}
}

/* The rows off are not read: the menu's q quits or goes back, as its rows say. */
static void
test_rows_off_are_not_read(void **state)
{
	struct screen_keys k = keymap_menu();
	unsigned quit = 0, back = 0;

	(void)state;
	for (size_t i = 0; i < k.n; i++) {
		quit |= k.rows[i].action == MENU_ACT_QUIT ? 1u << i : 0;
		back |= k.rows[i].action == MENU_ACT_BACK ? 1u << i : 0;
	}
	assert_int_equal(keymap_screen_action(k, quit, 'q'), MENU_ACT_QUIT);
	assert_int_equal(keymap_screen_action(k, back, 'q'), MENU_ACT_BACK);
	assert_int_equal(keymap_screen_action(k, 0, 'q'), 0);
}

/* A page's q goes back, quits or just leaves, as the rows it offers say; Enter's word is the page's. */
static void
test_page_rows(void **state)
{
	struct screen_keys k = keymap_page();
	static const int gate[] = { PAGE_ACT_CONTINUE, PAGE_ACT_BACK, PAGE_ACT_HELP };
	static const int summary[] = { PAGE_ACT_MENU, PAGE_ACT_QUIT, PAGE_ACT_HELP };
	static const int close[] = { PAGE_ACT_CLOSE, PAGE_ACT_LEAVE, PAGE_ACT_HELP };
	unsigned g = keymap_screen_rows(k, gate, 3), s = keymap_screen_rows(k, summary, 3);
	unsigned c = keymap_screen_rows(k, close, 3);
	const char *bar[64];

	(void)state;
	assert_int_equal(keymap_screen_action(k, g, 'q'), PAGE_ACT_BACK);
	assert_int_equal(keymap_screen_action(k, g, KEYMAP_ESC), PAGE_ACT_BACK);
	assert_int_equal(keymap_screen_action(k, g, KEYMAP_LEFT), PAGE_ACT_BACK);
	assert_int_equal(keymap_screen_action(k, g, KEYMAP_ENTER), PAGE_ACT_CONTINUE);
	assert_int_equal(keymap_screen_action(k, s, 'q'), PAGE_ACT_QUIT);
	assert_int_equal(keymap_screen_action(k, s, KEYMAP_ENTER), PAGE_ACT_MENU);
	assert_int_equal(keymap_screen_action(k, c, 'Q'), PAGE_ACT_LEAVE);
	assert_int_equal(keymap_screen_action(k, c, '?'), PAGE_ACT_HELP);
	/* the close page's bar: Enter and ?, not the q that only leaves */
	assert_int_equal(keymap_screen_bar(k, c, true, NULL, bar), 4);
	assert_string_equal(bar[0], "Enter");
	assert_string_equal(bar[2], "?");
}

/* Columns as a terminal draws them. */
static int
cols(const void *ctx, const char *s)
{
	(void)ctx;
	return text_width(s);
}

/* Whether the rows in `rows` include one with this action. */
static bool
has(struct screen_keys k, unsigned rows, int action)
{
	for (size_t i = 0; i < k.n; i++)
		if ((rows & (1u << i)) && k.rows[i].action == action)
			return true;
	return false;
}

/* A narrow bar keeps help and the way back, and drops the others from the last. */
static void
test_narrow_bar_keeps_help_and_back(void **state)
{
	struct screen_keys k = keymap_mine();
	unsigned all = ~0u, fit;

	(void)state;
	assert_int_equal(keymap_screen_fit(k, all, true, NULL, 200, cols, NULL), all);
	/* "Enter run  r rename  d delete  q back  ? help" is 45 columns */
	fit = keymap_screen_fit(k, all, true, NULL, 36, cols, NULL);
	assert_true(has(k, fit, MINE_ACT_BACK) && has(k, fit, MINE_ACT_HELP));
	assert_true(has(k, fit, MINE_ACT_RUN) && has(k, fit, MINE_ACT_RENAME));
	assert_false(has(k, fit, MINE_ACT_DELETE));
	fit = keymap_screen_fit(k, all, true, NULL, 10, cols, NULL);
	assert_true(has(k, fit, MINE_ACT_BACK) && has(k, fit, MINE_ACT_HELP));
	assert_false(has(k, fit, MINE_ACT_RENAME));
	/* every table keeps its help and its way back, however narrow */
	for (int t = 0; t < NTABLES; t++) {
		struct screen_keys tk = table(t);
		unsigned kept = keymap_screen_fit(tk, all, true, "1-7", 1, cols, NULL);

		for (size_t i = 0; i < tk.n; i++)
			if (tk.rows[i].keep)
				assert_true(kept & (1u << i));
	}
}

/* Key names: Enter and Esc by name (translated at run time), arrows by the terminal. */
static void
test_key_names(void **state)
{
	(void)state;
	assert_string_equal(keymap_key_name(KEYNAME_ENTER, true, NULL), "Enter");
	assert_string_equal(keymap_key_name(KEYNAME_ESC, false, NULL), "Esc");
	assert_string_equal(keymap_key_name(KEYNAME_UPDOWN, false, NULL), "j/k");
	assert_string_equal(keymap_key_name(KEYNAME_UPDOWN, true, NULL), "\u2191\u2193");
	assert_string_equal(keymap_key_name(KEYNAME_DIGITS, true, "1-12"), "1-12");
	assert_string_equal(keymap_key_name("s", true, NULL), "s");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keys_give_their_action),
		cmocka_unit_test(test_bar_and_box_from_the_rows),
		cmocka_unit_test(test_rows_off_are_not_read),
		cmocka_unit_test(test_key_names),
		cmocka_unit_test(test_page_rows),
		cmocka_unit_test(test_narrow_bar_keeps_help_and_back),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
