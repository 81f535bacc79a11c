/* ui_keys.c — a screen's key table on a curses screen: the keys read, its key bar, its ? box. */
#include <curses.h>
#include <stdlib.h>

#include "i18n.h"
#include "diag.h"
#include "keymap.h"
#include "text.h"
#include "ui_curses_int.h"

/*
 * Home and End as the terminals in use send them, where the terminfo entry
 * does not: tmux and screen send ESC [ 1 ~ and ESC [ 4 ~ whatever TERM says,
 * and xterm's entry (often set inside tmux) knows only ESC O H and ESC O F.
 * Without these curses reads Esc then a digit: "back", then a menu entry.
 * As htop does; a sequence the entry binds already is left alone.
 */
void
ui_keys_define(void)
{
	static const struct {
		const char *seq;
		int code;
	} extra[] = {
		{ "\033[1~", KEY_HOME }, { "\033[7~", KEY_HOME },
		{ "\033[H", KEY_HOME }, { "\033OH", KEY_HOME },
		{ "\033[4~", KEY_END }, { "\033[8~", KEY_END },
		{ "\033[F", KEY_END }, { "\033OF", KEY_END },
	};

	for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++) {
		if (key_defined(extra[i].seq) == 0)
			define_key(extra[i].seq, extra[i].code);
	}
}

int
ui_key_code(int ch)
{
	switch (ch) {
	case KEY_UP: return KEYMAP_UP;
	case KEY_DOWN: return KEYMAP_DOWN;
	case KEY_LEFT: return KEYMAP_LEFT;
	case KEY_RIGHT: return KEYMAP_RIGHT;
	case KEY_HOME: return KEYMAP_HOME;
	case KEY_END: return KEYMAP_END;
	case KEY_NPAGE: return KEYMAP_PGDN;
	case KEY_PPAGE: return KEYMAP_PGUP;
	case KEY_BACKSPACE: return KEYMAP_BACKSPACE;
	case KEY_DC: return KEYMAP_DELETE;
	case KEY_ENTER: return KEYMAP_ENTER;
	default: return ch;
	}
}

/* A string's columns on this terminal, for keymap_screen_fit(). */
static int
key_cols(const void *ui, const char *s)
{
	return ui_text_cols(ui, s);
}

int
ui_put_screen_keys(const struct ui *ui, int y, int x, int w, struct screen_keys t, unsigned rows,
    const char *digits)
{
	const char **pairs = xcalloc(2 * t.n + 1, sizeof *pairs);
	size_t n;

	/* too narrow for them all: the least needed go, help and the way back stay */
	rows = keymap_screen_fit(t, rows, ui->utf8, digits, w, key_cols, ui);
	n = keymap_screen_bar(t, rows, ui->utf8, digits, pairs);
	int used = ui_put_keys(ui, y, x, w, pairs, n);

	free(pairs);
	return used;
}

void
ui_screen_help(struct ui *ui, struct screen_keys t, unsigned rows, const char *digits)
{
	char **lines;
	size_t n = keymap_screen_help(t, rows, ui->utf8, digits, &lines);

	ui_message_box(ui, _("Keys"), (const char *const *)lines, n, _("any key to go back"));
	text_lines_free(lines, n);
}
