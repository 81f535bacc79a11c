/* layout.h — where things go on the curses screens, decided without a terminal. */
#ifndef SC_LAYOUT_H
#define SC_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Pure geometry: every function here takes a terminal size (and what is to
 * be shown) and returns rectangles, so the decisions are unit-tested with no
 * terminal at all. ui_*.c draws into the rectangles and clips to them.
 */

/* Below these a screen shows only a "terminal too small" note. */
#define LAYOUT_MIN_ROWS 6
#define LAYOUT_MIN_COLS 20
/* Below these (and above the minimum) a screen uses its compact layout. */
#define LAYOUT_FULL_ROWS 12
#define LAYOUT_FULL_COLS 40
/* The session screen puts the countdown beside the stretch from this width. */
#define LAYOUT_WIDE_COLS 72

/* Big digits: 5 rows; a digit is 6 columns, a colon 2, with 1 between glyphs. */
#define LAYOUT_BIG_ROWS 5
#define LAYOUT_BIG_DIGIT_W 6
#define LAYOUT_BIG_COLON_W 2

enum layout_kind { LAYOUT_TOO_SMALL, LAYOUT_COMPACT, LAYOUT_FULL };

/* A region of the screen; h == 0 (or w == 0) means "not shown". */
struct layout_rect {
	int y, x, h, w;
};

/* The session screen. */
struct coach_layout {
	enum layout_kind kind;
	struct layout_rect header;      /* routine name, "stretch 2 of 6" (full only) */
	struct layout_rect rule;        /* a line under the header (full only) */
	struct layout_rect title;       /* stretch name; in full, side and set at its right */
	struct layout_rect sub;         /* side, set or rep on a line of its own (compact only) */
	struct layout_rect art;         /* the stretch's illustration (full, when it fits) */
	struct layout_rect text;        /* steps, and cautions when notes is empty (full) */
	struct layout_rect notes;       /* cautions, under the coaching (wide, when rows are free) */
	struct layout_rect count;       /* the countdown */
	bool big;                       /* count is drawn in big digits */
	struct layout_rect breath;      /* breathing words, bar, cue; or what comes next */
	struct layout_rect hold_bar;    /* progress of the current step */
	struct layout_rect routine_bar; /* progress of the whole routine */
	struct layout_rect message;     /* "Paused", notes, prompts */
	struct layout_rect keys;        /* key hints */
};

/* A menu of routines or actions. */
struct menu_layout {
	enum layout_kind kind;
	struct layout_rect title;   /* heading (one row) */
	struct layout_rect rule;    /* a line under the heading (full only) */
	struct layout_rect list;    /* one row per entry */
	struct layout_rect detail;  /* the highlighted entry's description (full only) */
	bool beside;                /* detail is to the right of the list, not below it */
	struct layout_rect keys;    /* key hints */
};

/* A page of text (safety notes, history, summary, check-in). */
struct page_layout {
	enum layout_kind kind;
	struct layout_rect title, body, keys;
};

/* Which layout a screen of rows x cols gets. */
enum layout_kind layout_kind(int rows, int cols);

/* Columns the string s (digits and ':') takes when drawn in big digits. */
int layout_big_width(const char *s);

/*
 * Lay out the session screen. art_h and art_w are the illustration's size
 * (0 when there is none); count_w is the widest the countdown will be in big
 * digits during this step (layout_big_width()), so the layout stays put
 * while the digits change. Every rectangle lies inside rows x cols.
 */
void layout_coach(int rows, int cols, int art_h, int art_w, int count_w,
    struct coach_layout *l);

/* Lay out a menu of nitems entries; every rectangle lies inside rows x cols. */
void layout_menu(int rows, int cols, size_t nitems, struct menu_layout *l);

/* Lay out a page; every rectangle lies inside rows x cols. */
void layout_page(int rows, int cols, struct page_layout *l);

/*
 * The first entry to show in a list of n entries with `visible` rows, so
 * that `selected` is on screen, moving as little as possible from `top`.
 */
size_t layout_scroll(size_t selected, size_t top, size_t visible, size_t n);

/* Cells of a bar of `cells` filled for done out of total (clamped to 0..cells). */
int layout_fill(int64_t done, int64_t total, int cells);

/*
 * Cells filled in a breath bar `elapsed` ms into a phase of `len` ms: it
 * fills on the inhale (empty at its start) and empties on the exhale (full
 * at its start), so phases join without a jump. It moves on the phase's
 * whole seconds (the countdown's, at whole-second paces), a cell at a time
 * in a phase under two seconds.
 */
int layout_breath_fill(bool inhale, int64_t elapsed, int64_t len, int cells);

/* Milliseconds from `elapsed` until layout_breath_fill() next changes (at least 1). */
int64_t layout_breath_next(int64_t elapsed, int64_t len, int cells);

#endif
