/* test_screen_keys.c — the tables of the screens outside the session: each row's keys, bar and ? line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "keymap.h"
#include "text.h"

/* Every table, for the checks that hold for all. */
static struct screen_keys
table(int i)
{
	return i == 0 ? keymap_menu() : i == 1 ? keymap_build() : i == 2 ? keymap_mine() :
	    keymap_edit();
}

/* Each key of a row gives that row's action when its row is on. */
static void
test_keys_give_their_action(void **state)
{
	(void)state;
	for (int t = 0; t < 4; t++) {
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
	for (int t = 0; t < 4; t++) {
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
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
