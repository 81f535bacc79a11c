/* layout.c — screen geometry for the curses front end, with no terminal in sight. */
#include "layout.h"

#include <string.h>

/* The session screen's bottom block: hold bar, routine bar, message, keys. */
#define COACH_BOTTOM_ROWS 4
/* Breathing block: words and count, bar, up to two rows of cue. */
#define BREATH_ROWS 4
#define BREATH_MIN_ROWS 3

static int
imin(int a, int b)
{
	return a < b ? a : b;
}

static int
imax(int a, int b)
{
	return a > b ? a : b;
}

static struct layout_rect
rect(int y, int x, int h, int w)
{
	struct layout_rect r = { y, x, imax(h, 0), imax(w, 0) };

	if (r.h == 0 || r.w == 0)
		r.h = r.w = 0;
	return r;
}

enum layout_kind
layout_kind(int rows, int cols)
{
	if (rows < LAYOUT_MIN_ROWS || cols < LAYOUT_MIN_COLS)
		return LAYOUT_TOO_SMALL;
	if (rows < LAYOUT_FULL_ROWS || cols < LAYOUT_FULL_COLS)
		return LAYOUT_COMPACT;
	return LAYOUT_FULL;
}

int
layout_big_width(const char *s)
{
	int w = 0;

	for (; *s != '\0'; s++) {
		if (w > 0)
			w++;
		w += *s == ':' ? LAYOUT_BIG_COLON_W : LAYOUT_BIG_DIGIT_W;
	}
	return w;
}

/*
 * Compact: one row each, given out by importance until the rows run out,
 * then placed in reading order with the message and keys at the bottom.
 */
enum { C_TITLE, C_SUB, C_COUNT, C_BREATH, C_CUE, C_HOLD, C_ROUTINE, C_MSG, C_KEYS, C_N };

static void
layout_coach_compact(int rows, int cols, struct coach_layout *l)
{
	static const int priority[] = {
		C_TITLE, C_COUNT, C_BREATH, C_KEYS, C_HOLD, C_MSG, C_SUB, C_ROUTINE, C_CUE,
	};
	bool on[C_N] = { false };
	int m = cols >= 30 ? 1 : 0, w = cols - 2 * m, y = 0;

	for (size_t i = 0; i < sizeof priority / sizeof priority[0] && (int)i < rows; i++)
		on[priority[i]] = true;
	if (on[C_TITLE])
		l->title = rect(y++, m, 1, w);
	if (on[C_SUB])
		l->sub = rect(y++, m, 1, w);
	if (on[C_COUNT])
		l->count = rect(y++, m, 1, w);
	if (on[C_BREATH]) {
		l->breath = rect(y, m, on[C_CUE] ? 2 : 1, w);
		y += l->breath.h;
	}
	if (on[C_HOLD])
		l->hold_bar = rect(y++, m, 1, w);
	if (on[C_ROUTINE])
		l->routine_bar = rect(y++, m, 1, w);
	if (on[C_KEYS])
		l->keys = rect(rows - 1, m, 1, w);
	if (on[C_MSG])
		l->message = rect(rows - 2, m, 1, w);
}

/* Two columns: the stretch (art, steps) on the left, the coaching on the right. */
static void
layout_coach_wide(int top, int body_h, int cols, int art_h, int art_w,
    int count_w, struct coach_layout *l)
{
	int rw = cols >= 100 ? 44 : 34;
	int rx = cols - rw - 1, lw = rx - 3;
	int need_big = LAYOUT_BIG_ROWS + 1 + BREATH_MIN_ROWS;
	int ch, cy, by;

	l->big = count_w > 0 && count_w <= rw && body_h >= need_big;
	ch = l->big ? LAYOUT_BIG_ROWS : 1;
	cy = top + (body_h >= ch + 1 + BREATH_ROWS + 1 ? 1 : 0);
	l->count = rect(cy, rx, ch, rw);
	by = cy + ch + 1;
	l->breath = rect(by, rx, imin(BREATH_ROWS, top + body_h - by), rw);
	if (top + body_h - (by + BREATH_ROWS) >= 3)
		l->notes = rect(by + BREATH_ROWS, rx, top + body_h - (by + BREATH_ROWS), rw);

	if (art_h > 0 && art_w > 0 && art_w <= lw && art_h + 1 + 3 <= body_h) {
		l->art = rect(top, 1 + imin(2, lw - art_w), art_h, art_w);
		l->text = rect(top + art_h + 1, 1, body_h - art_h - 1, lw);
	} else {
		l->text = rect(top, 1, body_h, lw);
	}
}

/* One column: the countdown and breathing on top, then the steps. */
static void
layout_coach_narrow(int top, int body_h, int cols, int count_w,
    struct coach_layout *l)
{
	int w = cols - 2;
	int need_big = LAYOUT_BIG_ROWS + 1 + BREATH_MIN_ROWS;
	int ch, by, bh, ty;

	l->big = count_w > 0 && count_w <= w && body_h >= need_big;
	ch = l->big ? LAYOUT_BIG_ROWS : 1;
	l->count = rect(top, 1, ch, w);
	by = top + ch + (body_h >= ch + 1 + BREATH_MIN_ROWS ? 1 : 0);
	bh = imin(BREATH_MIN_ROWS, top + body_h - by);
	l->breath = rect(by, 1, bh, w);
	ty = by + bh + 1;
	if (top + body_h - ty >= 2)
		l->text = rect(ty, 1, top + body_h - ty, w);
}

void
layout_coach(int rows, int cols, int art_h, int art_w, int count_w,
    struct coach_layout *l)
{
	int top, body_h;

	memset(l, 0, sizeof *l);
	l->kind = layout_kind(rows, cols);
	if (l->kind == LAYOUT_TOO_SMALL)
		return;
	if (l->kind == LAYOUT_COMPACT) {
		layout_coach_compact(rows, cols, l);
		return;
	}
	l->header = rect(0, 1, 1, cols - 2);
	l->rule = rect(1, 0, 1, cols);
	l->title = rect(2, 1, 1, cols - 2);
	l->hold_bar = rect(rows - 4, 1, 1, cols - 2);
	l->routine_bar = rect(rows - 3, 1, 1, cols - 2);
	l->message = rect(rows - 2, 1, 1, cols - 2);
	l->keys = rect(rows - 1, 1, 1, cols - 2);

	/* Tall screens get a blank row after the title and before the bars. */
	top = rows >= 20 ? 4 : 3;
	body_h = rows - COACH_BOTTOM_ROWS - top - (rows >= 20 ? 1 : 0);
	if (cols >= LAYOUT_WIDE_COLS)
		layout_coach_wide(top, body_h, cols, art_h, art_w, count_w, l);
	else
		layout_coach_narrow(top, body_h, cols, count_w, l);
}

/*
 * A menu's or a page's title row and key row; returns the rows between them.
 * The compact form has no margins, no rule and no blank above the keys.
 */
static struct layout_rect
frame(int rows, int cols, enum layout_kind kind, struct layout_rect *title,
    struct layout_rect *keys)
{
	if (kind == LAYOUT_COMPACT) {
		*title = rect(0, 0, 1, cols);
		*keys = rect(rows - 1, 0, 1, cols);
		return rect(1, 0, rows - 2, cols);
	}
	*title = rect(0, 1, 1, cols - 2);
	*keys = rect(rows - 1, 1, 1, cols - 2);
	return rect(2, 1, rows - 4, cols - 2);
}

void
layout_menu(int rows, int cols, size_t nitems, struct menu_layout *l)
{
	int avail, lh, dy;

	memset(l, 0, sizeof *l);
	l->kind = layout_kind(rows, cols);
	if (l->kind == LAYOUT_TOO_SMALL)
		return;
	l->list = frame(rows, cols, l->kind, &l->title, &l->keys);
	if (l->kind == LAYOUT_COMPACT)
		return;
	l->rule = rect(1, 0, 1, cols);
	avail = rows - 4;   /* rows 2 .. rows-3; one blank above the keys */
	if (cols >= 110) {
		/* the list keeps its full rows (every area); the detail gets the rest, past a divider */
		int lw = imax(cols * 3 / 5, imin(cols - 44, cols * 2 / 3));

		l->beside = true;
		l->list = rect(2, 1, avail, lw);
		l->detail = rect(2, lw + 3, avail, cols - lw - 4);
		return;
	}
	lh = (int)(nitems < (size_t)avail ? nitems : (size_t)avail);
	lh = imax(lh, 1);
	if (avail - lh - 1 < 4)   /* keep the detail to at least four rows */
		lh = imax(avail - 5, imin(lh, avail / 2));
	dy = 2 + lh + 1;
	l->list = rect(2, 1, lh, cols - 2);
	if (avail - lh - 1 >= 3)
		l->detail = rect(dy, 1, avail - lh - 1, cols - 2);
	else
		l->list = rect(2, 1, avail, cols - 2);
}

void
layout_page(int rows, int cols, struct page_layout *l)
{
	memset(l, 0, sizeof *l);
	l->kind = layout_kind(rows, cols);
	if (l->kind == LAYOUT_TOO_SMALL)
		return;
	l->body = frame(rows, cols, l->kind, &l->title, &l->keys);
}

size_t
layout_scroll(size_t selected, size_t top, size_t visible, size_t n)
{
	if (visible == 0 || n <= visible)
		return 0;
	if (selected >= n)
		selected = n - 1;
	if (selected < top)
		top = selected;
	else if (selected >= top + visible)
		top = selected - visible + 1;
	if (top + visible > n)
		top = n - visible;
	return top;
}

int
layout_fill(int64_t done, int64_t total, int cells)
{
	if (cells <= 0 || total <= 0 || done <= 0)
		return 0;
	if (done >= total)
		return cells;
	return (int)(done * cells / total);
}

int
layout_breath_fill(bool inhale, int64_t elapsed, int64_t len, int cells)
{
	int64_t k;

	if (cells <= 0 || len <= 0)
		return 0;
	if (elapsed < 0)
		elapsed = 0;
	/*
	 * A phase of two seconds or more moves the bar on its whole seconds,
	 * to the nearest cell: with the usual paces (whole seconds) those are
	 * the countdown's seconds too, so one wake-up a second draws both. A
	 * shorter phase (a quick rep) steps a cell at a time. The last step of
	 * each phase is its end: the bar is full as the exhale begins and
	 * empty as the inhale begins, as the lungs are.
	 */
	if (elapsed >= len)
		k = cells;
	else if (len >= 2000)
		k = (elapsed / 1000 * 1000 * cells + len / 2) / len;
	else
		k = elapsed * cells / len;
	return (int)(inhale ? k : cells - k);
}

int64_t
layout_breath_next(int64_t elapsed, int64_t len, int cells)
{
	int64_t k, at;

	if (cells <= 0 || len <= 0 || elapsed >= len)
		return 1;
	if (elapsed < 0)
		elapsed = 0;
	if (len >= 2000) {
		int f = layout_breath_fill(true, elapsed, len, cells);

		for (at = elapsed / 1000 * 1000 + 1000; at < len; at += 1000)
			if (layout_breath_fill(true, at, len, cells) != f)
				return at - elapsed;
		return len - elapsed;
	}
	k = elapsed * cells / len + 1;
	at = (k * len + cells - 1) / cells;   /* the first ms at step k */
	return at > elapsed ? at - elapsed : 1;
}
