/* ui_box.c — a message box over the screen: lines, keys in two columns, scrolled with "more" marks. */
#include <curses.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "layout.h"
#include "ui_curses_int.h"

/*
 * One line of a message box at row y of r: "key\tdescription" lines become
 * two columns, the key padded to keyw; returns the rows it takes.
 */
static int
box_line(const struct ui *ui, const struct layout_rect *r, int y, int keyw, const char *line)
{
	const char *tab = strchr(line, '\t');
	char lead[64];
	int len;

	if (tab == NULL || keyw <= 0 || keyw >= 32 || keyw > r->w / 2 || tab - line >= 32)
		return ui_wrap(ui, r, y, 0, A_NORMAL, NULL, tab != NULL ? tab + 1 : line);
	/* padded by columns, not bytes: an arrow key is one column of three bytes */
	len = snprintf(lead, sizeof lead, "%.*s", (int)(tab - line), line);
	for (int c = ui_text_cols(ui, lead); c < keyw && len + 1 < (int)sizeof lead; c++)
		lead[len++] = ' ', lead[len] = '\0';
	return ui_wrap(ui, r, y, 0, A_NORMAL, lead, tab + 1);   /* the key comes out bold */
}

/* Rows the lines take in width w. */
static int
box_rows(const struct ui *ui, int w, int keyw, const char *const *lines, size_t n)
{
	struct layout_rect off = { -1000, 0, 0, w };   /* measures without drawing */
	int rows = 0;

	for (size_t i = 0; i < n; i++)
		rows += box_line(ui, &off, 0, keyw, lines[i]);
	return rows;
}

void
ui_message_box(struct ui *ui, const char *title, const char *const *lines, size_t n,
    const char *keys)
{
	ui_message_box_from(ui, title, lines, n, 0, keys);
}

/* The highest top line from which lines[top..n) still fill h rows of width w. */
static size_t
box_last_top(const struct ui *ui, int w, int keyw, const char *const *lines, size_t n, int h)
{
	size_t t = n;
	int rows = 0;

	while (t > 0 && (rows += box_rows(ui, w, keyw, lines + t - 1, 1)) <= h)
		t--;
	return t < n ? t : (n > 0 ? n - 1 : 0);
}

/* "more" on the box's top border when lines are above, on its bottom border when below. */
static void
box_more(const struct ui *ui, const struct layout_rect *box, bool above, bool below)
{
	char mark[48];
	int w;

	for (int i = 0; i < 2; i++) {
		if (!(i == 0 ? above : below))
			continue;
		snprintf(mark, sizeof mark, " %s %s ", ui->utf8 ? (i == 0 ? "\u2191" : "\u2193") :
		    (i == 0 ? "^" : "v"), _("more"));
		w = ui_text_cols(ui, mark);
		if (w + 4 < box->w)
			ui_put(ui, i == 0 ? box->y : box->y + box->h - 1, box->x + box->w - w - 2, w,
			    ui_attr(ui, UI_ACCENT), mark);
	}
}

/* The key column of a box's lines: as wide as the widest key in columns, and two more. */
static int
box_key_cols(const struct ui *ui, const char *const *lines, size_t n)
{
	int keyw = 0;

	for (size_t i = 0; i < n; i++) {
		const char *tab = strchr(lines[i], '\t');
		char key[32];

		if (tab == NULL || tab - lines[i] >= (int)sizeof key)
			continue;
		snprintf(key, sizeof key, "%.*s", (int)(tab - lines[i]), lines[i]);
		if (ui_text_cols(ui, key) + 2 > keyw)
			keyw = ui_text_cols(ui, key) + 2;
	}
	return keyw;
}

bool
ui_message_box_scrolls(const struct ui *ui, const char *const *lines, size_t n)
{
	int w = COLS - 4 < 64 ? COLS - 4 : 64, keyw = box_key_cols(ui, lines, n);

	if (w < 16)
		return box_rows(ui, COLS, keyw, lines, n) > LINES - 2;
	return box_rows(ui, w - 4, keyw, lines, n) + 4 > LINES;
}

size_t
ui_message_box_from(struct ui *ui, const char *title, const char *const *lines, size_t n,
    size_t top, const char *keys)
{
	struct layout_rect box, in;
	int w = COLS - 4 < 64 ? COLS - 4 : 64, keyw = box_key_cols(ui, lines, n), y = 0;
	size_t i;

	if (w < 16) {
		/* no room for a box: the message takes the screen */
		in = (struct layout_rect){ 1, 0, LINES - 2, COLS };
		ui_erase();
		ui_put(ui, 0, 0, COLS, A_BOLD, title);
		if (top > 0 && top > box_last_top(ui, in.w, keyw, lines, n, in.h))
			top = box_last_top(ui, in.w, keyw, lines, n, in.h);
		for (i = top; i < n && y < in.h; i++)
			y += box_line(ui, &in, y, keyw, lines[i]);
		ui_put(ui, LINES - 1, 0, COLS, ui_attr(ui, UI_ACCENT), keys);
		return top;
	}
	box.h = box_rows(ui, w - 4, keyw, lines, n) + 4;
	box.h = box.h < LINES ? box.h : LINES;
	box.w = w;
	box.y = (LINES - box.h) / 2;
	box.x = (COLS - w) / 2;
	ui_box(ui, &box, title);
	in = (struct layout_rect){ box.y + 1, box.x + 2, box.h - 3, w - 4 };
	if (top > 0 && top > box_last_top(ui, in.w, keyw, lines, n, in.h))
		top = box_last_top(ui, in.w, keyw, lines, n, in.h);
	for (i = top; i < n && y < in.h; i++)
		y += box_line(ui, &in, y, keyw, lines[i]);
	/* a line cut at the bottom, or lines not reached, are more to scroll to */
	box_more(ui, &box, top > 0, i < n || y > in.h);
	ui_put_center(ui, &(struct layout_rect){ box.y + box.h - 2, box.x + 2, 1, w - 4 }, 0,
	    ui_attr(ui, UI_ACCENT), keys);
	return top;
}
