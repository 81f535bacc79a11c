/* ui_draw.c — drawing primitives: clipped text, bars, boxes, big digits, colours, glyphs. */
#include <curses.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "i18n.h"
#include "layout.h"
#include "text.h"
#include "ui_curses_int.h"

enum { PAIR_ACCENT = 1, PAIR_GOOD, PAIR_WARN };

static const char *const glyphs_utf8[G_COUNT_] = {
	[G_HLINE] = "\u2500", [G_VLINE] = "\u2502", [G_TL] = "\u250c", [G_TR] = "\u2510",
	[G_BL] = "\u2514", [G_BR] = "\u2518", [G_FULL] = "\u2588", [G_EMPTY] = "\u2591",
	[G_BREATH_ON] = "\u25cf", [G_BREATH_OFF] = "\u00b7", [G_SEP] = " \u00b7 ",
	[G_ELLIPSIS] = "\u2026", [G_BULLET] = "\u2022", [G_CAUTION] = "!",
	[G_DONE] = "\u2713", [G_ARROW] = "\u2192", [G_SUITS] = "\u2605",
};

static const char *const glyphs_ascii[G_COUNT_] = {
	[G_HLINE] = "-", [G_VLINE] = "|", [G_TL] = "+", [G_TR] = "+",
	[G_BL] = "+", [G_BR] = "+", [G_FULL] = "#", [G_EMPTY] = "-",
	[G_BREATH_ON] = "o", [G_BREATH_OFF] = ".", [G_SEP] = " - ",
	[G_ELLIPSIS] = "...", [G_BULLET] = "*", [G_CAUTION] = "!",
	[G_DONE] = "+", [G_ARROW] = "->", [G_SUITS] = "*",
};

/* 3x5 pixel font for 0-9; each pixel is drawn two cells wide. */
static const char *const big_font[10][LAYOUT_BIG_ROWS] = {
	{ "###", "# #", "# #", "# #", "###" }, { " # ", "## ", " # ", " # ", "###" },
	{ "###", "  #", "###", "#  ", "###" }, { "###", "  #", "###", "  #", "###" },
	{ "# #", "# #", "###", "  #", "  #" }, { "###", "#  ", "###", "  #", "###" },
	{ "###", "#  ", "###", "# #", "###" }, { "###", "  #", "  #", "  #", "  #" },
	{ "###", "# #", "###", "# #", "###" }, { "###", "# #", "###", "  #", "###" },
};
static const char *const big_colon[LAYOUT_BIG_ROWS] = { " ", "#", " ", "#", " " };

void
ui_draw_init(struct ui *ui)
{
	const char *nc = getenv("NO_COLOR");

	ui->color = false;
	if (!ui->opts.color || (nc != NULL && *nc != '\0') || !has_colors())
		return;
	if (start_color() == ERR || use_default_colors() == ERR)
		return;
	/* default background everywhere, so dark and light terminals both read */
	init_pair(PAIR_ACCENT, COLOR_CYAN, -1);
	init_pair(PAIR_GOOD, COLOR_GREEN, -1);
	init_pair(PAIR_WARN, COLOR_RED, -1);
	ui->color = true;
}

attr_t
ui_attr(const struct ui *ui, enum ui_role role)
{
	bool c = ui->color;

	switch (role) {
	case UI_BOLD:
		return A_BOLD;
	case UI_ACCENT:
		return c ? (attr_t)COLOR_PAIR(PAIR_ACCENT) | A_BOLD : A_BOLD;
	case UI_COUNT:
		return c ? (attr_t)COLOR_PAIR(PAIR_GOOD) | A_BOLD : A_BOLD;
	case UI_GOOD:
		return c ? (attr_t)COLOR_PAIR(PAIR_GOOD) : A_NORMAL;
	case UI_WARN:
		return c ? (attr_t)COLOR_PAIR(PAIR_WARN) | A_BOLD : A_BOLD;
	case UI_SELECT:
		return A_REVERSE;
	case UI_BANNER:
		return A_REVERSE | A_BOLD;
	case UI_DIM:
		return c ? A_DIM : A_NORMAL;
	case UI_NORMAL:
		break;
	}
	return A_NORMAL;
}

const char *
ui_glyph(const struct ui *ui, enum ui_glyph g)
{
	return ui->utf8 ? glyphs_utf8[g] : glyphs_ascii[g];
}

/* What an ASCII terminal shows for c: its stand-in, c itself, or '?'. */
static const char *
ascii_for(uint32_t c, char *one)
{
	const char *t = text_ascii(c);

	if (t != NULL)
		return t;
	one[0] = c < 0x80 ? (char)c : '?';
	one[1] = '\0';
	return one;
}

int
ui_text_cols(const struct ui *ui, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	int n = 0;

	if (ui->utf8)
		return text_width(s);
	while (*p != '\0') {
		uint32_t c;
		char one[2];

		p += text_utf8_next((const char *)p, &c);
		n += (int)strlen(ascii_for(c, one));
	}
	return n;
}

static void
cell_set(cchar_t *cc, wchar_t wc, attr_t a)
{
	wchar_t s[2] = { wc, L'\0' };

	setcchar(cc, s, a & ~A_COLOR, (short)PAIR_NUMBER(a), NULL);
}

/* Longest run drawn in one call; wider terminals get several calls. */
#define RUN_MAX 256

/* Draw cells[0..n) at (y, x), clipped; one call into curses, no conversions. */
static void
ui_cells(int y, int x, const cchar_t *cells, int n)
{
	if (y < 0 || y >= LINES || x < 0 || x >= COLS || n <= 0)
		return;
	if (n > COLS - x)
		n = COLS - x;
	mvadd_wchnstr(y, x, cells, n);
	ui_direct_damage(y, x, n);
}

/* Bytes of s that fit in w columns in a UTF-8 locale; *cols gets their width. */
static size_t
fit_utf8(const char *s, int w, int *cols)
{
	size_t i = 0, n = strlen(s);
	mbstate_t st;
	int used = 0;

	memset(&st, 0, sizeof st);
	while (i < n) {
		wchar_t wc;
		size_t len = mbrtowc(&wc, s + i, n - i, &st);
		int cw;

		if (len == 0 || len == (size_t)-1 || len == (size_t)-2)
			break;
		cw = wcwidth(wc);
		if (cw < 0)
			cw = 1;
		if (used + cw > w)
			break;
		used += cw;
		i += len;
	}
	*cols = used;
	return i;
}

/* Draw the part of s that fits in w columns at the cursor; returns the columns used. */
static int
ui_put_fit(const struct ui *ui, int w, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	int used = 0;

	if (ui->utf8) {
		size_t bytes = fit_utf8(s, w, &used);

		if (bytes > 0)
			addnstr(s, (int)bytes);
		return used;
	}
	while (*p != '\0') {
		uint32_t c;
		char one[2];
		const char *t;
		size_t tl;

		p += text_utf8_next((const char *)p, &c);
		t = ascii_for(c, one);
		tl = strlen(t);
		if (used + (int)tl > w)
			break;
		addnstr(t, (int)tl);
		used += (int)tl;
	}
	return used;
}

/*
 * s as at most w cells of attribute a, when every character of it takes one
 * column: printable ASCII, and in a UTF-8 locale the like of "·" and "●".
 * Returns the cells, or -1 for text that needs curses' own conversion (a
 * control, a wide or combining character, bytes not UTF-8, too long).
 */
static int
put_cells(const struct ui *ui, const char *s, int w, attr_t a, cchar_t *cells)
{
	size_t i = 0, n = strlen(s);
	int used = 0;

	while (i < n) {
		uint32_t c = (unsigned char)s[i];
		size_t len = 1;

		if (used == w)
			return -1;
		if (c >= 0x80) {
			if (!ui->utf8 || (len = text_one_column(s + i, n - i, &c)) == 0 ||
			    wcwidth((wchar_t)c) != 1)
				return -1;
		} else if (c < 0x20 || c == 0x7f) {
			return -1;
		}
		cell_set(&cells[used++], (wchar_t)c, a);
		i += len;
	}
	return used;
}

int
ui_put(const struct ui *ui, int y, int x, int w, attr_t a, const char *s)
{
	const char *dots = ui_glyph(ui, G_ELLIPSIS);
	int used, dw = ui->utf8 ? 1 : 3;

	if (y < 0 || y >= LINES || x < 0 || x >= COLS || w <= 0 || s == NULL)
		return 0;
	if (w > COLS - x)
		w = COLS - x;
	/* the common case, short text of one-column characters: cells as they are */
	if (x + w <= COLS) {
		cchar_t cells[RUN_MAX];

		if ((used = put_cells(ui, s, w < RUN_MAX ? w : RUN_MAX, a, cells)) >= 0 &&
		    x + used < COLS) {
			ui_cells(y, x, cells, used);
			move(y, x + used);   /* where addnstr would leave it: callers go on from there */
			return used;
		}
	}
	attrset(a);
	move(y, x);
	/* text cut short says so with an ellipsis, where there is room for one */
	if (w > dw + 2 && ui_text_cols(ui, s) > w) {
		used = ui_put_fit(ui, w - dw, s);
		used += ui_put_fit(ui, dw, dots);
	} else {
		used = ui_put_fit(ui, w, s);
	}
	attrset(A_NORMAL);
	/* what curses drew, which a tab or a control character spelt out (^X) can make wider */
	{
		int cy, cx;

		getyx(stdscr, cy, cx);
		if (cy != y)
			for (int r = y; r <= cy && r < LINES; r++)
				ui_direct_damage(r, 0, COLS);
		else
			ui_direct_damage(y, x, cx - x > used ? cx - x : used);
	}
	return used;
}

int
ui_put_center(const struct ui *ui, const struct layout_rect *r, int dy, attr_t a, const char *s)
{
	int tw = ui_text_cols(ui, s);
	int x = r->x + (tw < r->w ? (r->w - tw) / 2 : 0);

	if (dy < 0 || dy >= r->h)
		return 0;
	return ui_put(ui, r->y + dy, x, r->w - (x - r->x), a, s);
}

void
ui_put_right(const struct ui *ui, int y, int x, int w, attr_t a, const char *s)
{
	int tw = ui_text_cols(ui, s);

	if (tw > w)
		tw = w;
	ui_put(ui, y, x + w - tw, tw, a, s);
}

int
ui_put_keys(const struct ui *ui, int y, int x, int w, const char *const *keys, size_t n)
{
	int used = 0;

	/* keys holds pairs: the key, then what it does */
	for (size_t i = 0; i + 1 < n; i += 2) {
		/* a key without its word (a narrow bar's) is the key alone */
		bool word = keys[i + 1][0] != '\0';
		int need = ui_text_cols(ui, keys[i]) + (word ? 1 + ui_text_cols(ui, keys[i + 1]) : 0);

		if (used > 0)
			need += 2;
		if (used + need > w)
			break;
		if (used > 0)
			used += 2;
		used += ui_put(ui, y, x + used, w - used, ui_attr(ui, UI_ACCENT), keys[i]);
		if (!word)
			continue;
		used += ui_put(ui, y, x + used, w - used, A_NORMAL, " ");
		used += ui_put(ui, y, x + used, w - used, A_NORMAL, keys[i + 1]);
	}
	return used;
}

int
ui_put_note(struct ui *ui, int y, int x, int w, int max)
{
	char **lines;
	size_t n = text_wrap(ui->note, w > 4 ? w : 4, &lines);
	int rows = (int)n < max ? (int)n : max;

	for (int i = 0; i < rows; i++) {
		ui_clear_row(y - rows + 1 + i, x, w);
		ui_put(ui, y - rows + 1 + i, x, w, A_BOLD, lines[(int)n - rows + i]);
	}
	text_lines_free(lines, n);
	*ui->note = '\0';
	return rows;
}

void
ui_put_more(const struct ui *ui, int y, int x, int w, size_t n, bool up)
{
	const char *arrow = ui->utf8 ? (up ? "\u2191" : "\u2193") : (up ? "^" : "v");
	char buf[64] = " ";

	/* TRANSLATORS: an arrow (up or down), then how many entries of a list are out of view. */
	snprintf(buf + 1, sizeof buf - 2, ngettext("%s %zu more", "%s %zu more", (unsigned long)n),
	    arrow, n);
	strcat(buf, " ");
	ui_put_right(ui, y, x, w, ui_attr(ui, UI_DIM), buf);
}

void
ui_fill_row(int y, int x, int w, attr_t a)
{
	if (y < 0 || y >= LINES || x < 0 || x >= COLS || w <= 0)
		return;
	if (w > COLS - x)
		w = COLS - x;
	attrset(a);
	mvhline(y, x, ' ', w);
	attrset(A_NORMAL);
	ui_direct_damage(y, x, w);
}

void
ui_clear_row(int y, int x, int w)
{
	ui_fill_row(y, x, w, A_NORMAL);
}

void
ui_erase(void)
{
	erase();
	for (int y = 0; y < LINES; y++)
		ui_direct_damage(y, 0, COLS);
}

void
ui_clear_rect(const struct layout_rect *r)
{
	for (int i = 0; i < r->h; i++)
		ui_clear_row(r->y + i, r->x, r->w);
}

/* The one-cell glyphs as wide characters, for drawing runs without conversions. */
static wchar_t
glyph_wc(const struct ui *ui, enum ui_glyph g)
{
	static const wchar_t utf8[G_COUNT_] = {
		[G_HLINE] = 0x2500, [G_VLINE] = 0x2502, [G_FULL] = 0x2588, [G_EMPTY] = 0x2591,
		[G_BREATH_ON] = 0x25CF, [G_BREATH_OFF] = 0x00B7,
	};
	static const wchar_t ascii[G_COUNT_] = {
		[G_HLINE] = L'-', [G_VLINE] = L'|', [G_FULL] = L'#', [G_EMPTY] = L'-',
		[G_BREATH_ON] = L'o', [G_BREATH_OFF] = L'.',
	};
	wchar_t wc = ui->utf8 ? utf8[g] : ascii[g];

	return wc != 0 ? wc : L'?';
}

/* Draw glyph g n times from (y, x), clipped. */
static void
ui_repeat(const struct ui *ui, int y, int x, int n, attr_t a, enum ui_glyph g)
{
	cchar_t run[RUN_MAX];
	int k = n < RUN_MAX ? n : RUN_MAX;

	if (n <= 0)
		return;
	cell_set(&run[0], glyph_wc(ui, g), a);
	for (int i = 1; i < k; i++)
		run[i] = run[0];
	for (int done = 0; done < n; done += k)
		ui_cells(y, x + done, run, n - done < k ? n - done : k);
}

void
ui_breath_bar(const struct ui *ui, int y, int x, int cells, int filled, int was)
{
	cchar_t on, off, gap, row[RUN_MAX];
	int n = 0, from = 0, to = cells;

	/* spaced out: wider to the eye, and a step rewrites one glyph, not two */
	cell_set(&on, glyph_wc(ui, G_BREATH_ON), A_NORMAL);
	cell_set(&off, glyph_wc(ui, G_BREATH_OFF), A_NORMAL);
	cell_set(&gap, L' ', A_NORMAL);
	/* after a bar of was dots, only the dots between was and filled change */
	if (was >= 0 && was <= cells) {
		from = was < filled ? was : filled;
		to = was < filled ? filled : was;
	}
	for (int i = from; i < to && i < cells && n + UI_BREATH_PITCH < RUN_MAX; i++) {
		for (int g = 0; i > from && g < UI_BREATH_PITCH - 1; g++)
			row[n++] = gap;
		row[n++] = i < filled ? on : off;
	}
	if (n > 0)
		ui_cells(y, x + from * UI_BREATH_PITCH, row, n);
}

void
ui_hline(const struct ui *ui, int y, int x, int w)
{
	ui_repeat(ui, y, x, w, ui_attr(ui, UI_DIM), G_HLINE);
}

void
ui_vline(const struct ui *ui, int y, int x, int h)
{
	for (int i = 0; i < h; i++)
		ui_put(ui, y + i, x, 1, ui_attr(ui, UI_DIM), ui_glyph(ui, G_VLINE));
}

void
ui_box(const struct ui *ui, const struct layout_rect *r, const char *title)
{
	attr_t a = A_NORMAL;

	if (r->h < 2 || r->w < 2)
		return;
	ui_clear_rect(r);
	ui_put(ui, r->y, r->x, 1, a, ui_glyph(ui, G_TL));
	ui_repeat(ui, r->y, r->x + 1, r->w - 2, a, G_HLINE);
	ui_put(ui, r->y, r->x + r->w - 1, 1, a, ui_glyph(ui, G_TR));
	for (int i = 1; i < r->h - 1; i++) {
		ui_put(ui, r->y + i, r->x, 1, a, ui_glyph(ui, G_VLINE));
		ui_put(ui, r->y + i, r->x + r->w - 1, 1, a, ui_glyph(ui, G_VLINE));
	}
	ui_put(ui, r->y + r->h - 1, r->x, 1, a, ui_glyph(ui, G_BL));
	ui_repeat(ui, r->y + r->h - 1, r->x + 1, r->w - 2, a, G_HLINE);
	ui_put(ui, r->y + r->h - 1, r->x + r->w - 1, 1, a, ui_glyph(ui, G_BR));
	if (title != NULL && r->w > 6) {
		int tw = ui_put(ui, r->y, r->x + 2, r->w - 6, A_NORMAL, " ");

		tw += ui_put(ui, r->y, r->x + 2 + tw, r->w - 6 - tw, A_BOLD, title);
		ui_put(ui, r->y, r->x + 2 + tw, 1, A_NORMAL, " ");
	}
}

void
ui_bar_step(const struct ui *ui, int y, int x, int from, int to, attr_t a)
{
	if (to > from)
		ui_repeat(ui, y, x + from, to - from, a, G_FULL);
	else if (to < from)
		ui_repeat(ui, y, x + to, from - to, a, G_EMPTY);
}

void
ui_bar(const struct ui *ui, int y, int x, int w, int filled, attr_t a)
{
	if (w <= 0)
		return;
	if (filled > w)
		filled = w;
	if (filled < 0)
		filled = 0;
	ui_repeat(ui, y, x, filled, a, G_FULL);
	ui_repeat(ui, y, x + filled, w - filled, a, G_EMPTY);
}

/* Row y of the big glyph for c: '#' where a block is. */
static const char *
big_bits(char c, int y)
{
	return c == ':' ? big_colon[y] : c >= '0' && c <= '9' ? big_font[c - '0'][y] : "   ";
}

void
ui_big(const struct ui *ui, const struct layout_rect *r, const char *s, const char *prev, attr_t a)
{
	int bw = layout_big_width(s);
	int x = r->x + (bw < r->w ? (r->w - bw) / 2 : 0);
	int y0 = r->y + (r->h > LAYOUT_BIG_ROWS ? (r->h - LAYOUT_BIG_ROWS) / 2 : 0);
	bool same_w = prev != NULL && strlen(prev) == strlen(s);
	cchar_t on, off, cells[LAYOUT_BIG_DIGIT_W];

	cell_set(&on, glyph_wc(ui, G_FULL), a);
	cell_set(&off, L' ', A_NORMAL);
	/*
	 * A glyph at a time, and only those that changed; of those, only the
	 * columns that differ from the glyph before: a second's tick redraws a
	 * few cells of one digit.
	 */
	for (size_t i = 0; s[i] != '\0'; i++) {
		int gw = s[i] == ':' ? LAYOUT_BIG_COLON_W : LAYOUT_BIG_DIGIT_W;

		for (int y = 0; (!same_w || prev[i] != s[i]) && y < LAYOUT_BIG_ROWS && y < r->h; y++) {
			const char *bits = big_bits(s[i], y), *was = same_w ? big_bits(prev[i], y) : NULL;
			int n = 0, from = 0, to = (int)strlen(bits) - 1;

			if (was != NULL && strlen(was) != strlen(bits))
				was = NULL;   /* a colon where a digit was: the whole glyph */

			for (; was != NULL && from <= to && bits[from] == was[from]; from++)
				continue;
			for (; was != NULL && to >= from && bits[to] == was[to]; to--)
				continue;
			for (int b = from; b <= to; b++) {
				cells[n++] = bits[b] == '#' ? on : off;
				cells[n++] = bits[b] == '#' ? on : off;
			}
			if (n > 0 && x + 2 * from < r->x + r->w)
				ui_cells(y0 + y, x + 2 * from, cells,
				    x + 2 * from + n <= r->x + r->w ? n : r->x + r->w - x - 2 * from);
		}
		x += gw + 1;
	}
}

int
ui_wrap(const struct ui *ui, const struct layout_rect *r, int dy, int indent,
    attr_t a, const char *lead, const char *s)
{
	int lw = lead != NULL ? ui_text_cols(ui, lead) : 0;
	int width = r->w - indent - lw;
	char **lines;
	size_t n;

	if (width < 4)
		return 0;
	n = text_wrap(s, width, &lines);
	for (size_t i = 0; i < n; i++) {
		int y = dy + (int)i;

		if (y < 0 || y >= r->h)
			continue;
		if (i == 0 && lead != NULL)
			ui_put(ui, r->y + y, r->x + indent, lw, a == A_NORMAL ? A_BOLD : a, lead);
		ui_put(ui, r->y + y, r->x + indent + lw, width, a, lines[i]);
	}
	text_lines_free(lines, n);
	return (int)n;
}

void
ui_too_small(const struct ui *ui, const char *extra)
{
	static const char *const notes[] = { N_("Terminal too small"), N_("Too small"), N_("Small"), "!" };
	struct layout_rect all = { 0, 0, LINES, COLS };
	int mid = (LINES - 1) / 2;

	ui_erase();
	for (size_t i = 0; i < sizeof notes / sizeof notes[0]; i++)
		if (ui_text_cols(ui, _(notes[i])) <= COLS || i + 1 == sizeof notes / sizeof notes[0]) {
			ui_put_center(ui, &all, mid, A_BOLD, _(notes[i]));
			break;
		}
	if (extra != NULL)
		ui_put_center(ui, &all, mid + 1, A_NORMAL, extra);
}
