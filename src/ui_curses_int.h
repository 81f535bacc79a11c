/* ui_curses_int.h — shared by the ui_*.c files of the curses front end only. */
#ifndef SC_UI_CURSES_INT_H
#define SC_UI_CURSES_INT_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "frontend.h"
#include "keymap.h"
#include "layout.h"
#include "session.h"
#include "sound.h"

struct speech;

/* The longest a screen sleeps with nothing to show, so a signal is never missed for long. */
#define UI_IDLE_MS 5000
/* What ui_run() gets from its key reader after Ctrl-Z. */
#define UI_KEY_SUSPEND (KEY_MAX + 1)
#define UI_KEY_ESC 27
#define UI_KEY_CTRL_L 12
/*
 * A typed character past ASCII, as the key reader hands it on: its code
 * point lifted above the curses key codes, so that U+0100..U+01FF never
 * reads as a KEY_* value. ASCII comes as itself.
 */
#define UI_KEY_CHAR(cp) (0x1000000 + (cp))

/* The front end's state, behind struct frontend's ctx. */
struct ui {
	struct run_opts opts;
	SCREEN *screen;
	bool utf8;          /* the locale is UTF-8: block and line glyphs */
	bool color;         /* colour pairs are in use */
	char note[160];     /* the latest note, until a screen has shown it ("" when none) */
	struct speech *speech;  /* --say, or NULL */
	struct ui_sound *sound; /* the session's sounds */
	size_t main_sel;    /* the main menu's highlighted row, kept between visits */
	bool lead_opened;   /* the menu has opened once on a lead entry asking for it */
	bool menu_seen;     /* a menu has been shown: top_scope is set */
	bool main_sel_set;  /* main_sel has its first value */
	int top_scope;      /* the menu the program opened with (its q quits) */
	size_t list_sel[4]; /* each routine list's highlighted row (by enum menu_scope) */
	char list_id[4][96]; /* and the id of its routine: a list sorted anew finds it again */
};

/* What a piece of text is, mapped to colours or (monochrome) attributes. */
enum ui_role {
	UI_NORMAL,
	UI_BOLD,      /* headings, names */
	UI_ACCENT,    /* breathing, the highlighted key letters */
	UI_COUNT,     /* the countdown */
	UI_GOOD,      /* done */
	UI_WARN,      /* cautions, hurt */
	UI_SELECT,    /* the highlighted menu row */
	UI_BANNER,    /* "Paused", prompts that need an answer */
	UI_DIM,       /* what is less important */
};

/* Characters that differ between UTF-8 and ASCII terminals. */
enum ui_glyph {
	G_HLINE, G_VLINE, G_TL, G_TR, G_BL, G_BR,
	G_FULL,       /* a filled bar cell, a big-digit pixel */
	G_EMPTY,      /* an empty bar cell */
	G_BREATH_ON, G_BREATH_OFF,
	G_SEP,        /* " · " between items on a line */
	G_ELLIPSIS, G_BULLET, G_CAUTION, G_DONE, G_ARROW,
	G_SUITS,      /* a routine list's short "suits you" mark */
	G_COUNT_
};

/* ui_curses.c */
/*
 * A screen as the one loop, ui_run(), drives it: its state and three calls.
 * draw() draws it (everything when `full`: the first time, after a resize,
 * Ctrl-L or Ctrl-Z); key() acts on a key and returns UI_STAY or the screen's
 * own result (> 0), which ends the loop. The optional tick() runs before each
 * draw and may end the loop the same way; wait_ms() says how long nothing
 * changes (< 0: until a key); suspend() is told before Ctrl-Z stops us.
 */
struct ui_screen {
	void *st;
	void (*draw)(void *st, bool full);
	int (*key)(void *st, int ch);
	int (*tick)(void *st);
	int (*wait_ms)(void *st);
	void (*suspend)(void *st);
};
enum { UI_SIGNALLED = -1, UI_STAY = 0 };
/*
 * Run screen s until its key() or tick() returns a result (returned), or a
 * terminating signal arrives (UI_SIGNALLED). Resize, Ctrl-L and Ctrl-Z are
 * handled here, once, for every screen.
 */
int ui_run(struct ui *ui, const struct ui_screen *s);
/* Give the terminal back and stop, as Ctrl-Z asks; returns after `fg` with the screen to redraw. */
void ui_suspend(struct ui *ui);
/*
 * refresh() for a frame after the first: the cells the drawing functions
 * changed, sent with one absolute move a run, or curses' refresh when the
 * frame is not that simple (ui_direct.c). ui_direct_damage notes the
 * columns x..x+n-1 of row y as drawn; every drawing function calls it.
 */
void ui_direct_refresh(void);
void ui_direct_damage(int y, int x, int n);
/*
 * ui_damage.c: the notes ui_direct_damage takes, per row UI_DMG_SPANS spans
 * of columns; spans closer than UI_RUN_GAP columns become one (a gap that
 * short is cheaper resent than jumped over).
 */
enum { UI_DMG_SPANS = 2, UI_RUN_GAP = 8 };
/* True when row y has drawn columns. */
bool ui_damaged(int y);
/* Span k of row y's drawn columns into *lo..*hi; false when it has none. */
bool ui_damage_span(int y, int k, int *lo, int *hi);
/* Rows the notes have room for (every row drawn on since the screen began). */
int ui_damage_rows(void);
/* No columns drawn, on any row. */
void ui_damage_reset(void);
void ui_damage_done(void);
/* curses' own refresh of the whole frame, the notes of drawn cells cleared */
void ui_refresh(void);
/* Free the notes (at the end of the curses front end). */
void ui_direct_done(void);
/* Make ev's sound: the sound theme, else the terminal bell; nothing with --no-bell. */
void ui_play(struct ui *ui, enum sound_event ev);

/* ui_draw.c: every drawing call clips to the screen, so no size can crash it */
/* Set up colour pairs (default background) unless colour is off or the terminal has none. */
void ui_draw_init(struct ui *ui);
/* The attributes for a role: colour and bold where colour is on, bold or reverse where not. */
attr_t ui_attr(const struct ui *ui, enum ui_role role);
/* The UTF-8 or ASCII form of a glyph. */
const char *ui_glyph(const struct ui *ui, enum ui_glyph g);
/* Draw s at (y, x) in at most w columns ("..." when cut); returns the columns used. */
int ui_put(const struct ui *ui, int y, int x, int w, attr_t a, const char *s);
/* Draw s centred on row dy of r; returns the columns used. */
int ui_put_center(const struct ui *ui, const struct layout_rect *r, int dy, attr_t a, const char *s);
/* Draw s right-aligned in the w columns from x. */
void ui_put_right(const struct ui *ui, int y, int x, int w, attr_t a, const char *s);
/* Draw key hints, keys[] holding pairs (key, what it does), as many as fit; returns the columns used. */
int ui_put_keys(const struct ui *ui, int y, int x, int w, const char *const *keys, size_t n);
/*
 * Show ui->note in bold, wrapped to w columns, its last row on row y (the
 * rows above cleared for it, at most max rows in all), and clear the note:
 * a long note is read whole where the key bar would cut it. Returns the rows used.
 */
int ui_put_note(struct ui *ui, int y, int x, int w, int max);
/* Mark a list cut short at the right end of row y: "↓ 2 more" below (or "↑ 2 more" above, up true). */
void ui_put_more(const struct ui *ui, int y, int x, int w, size_t n, bool up);
/* Blank a rectangle, or part of a row. */
void ui_clear_rect(const struct layout_rect *r);
void ui_clear_row(int y, int x, int w);
/* Row y from x, w cells, blank in attribute a (a menu's highlight). */
void ui_fill_row(int y, int x, int w, attr_t a);
/* The whole screen blank, for a screen drawn afresh. */
void ui_erase(void);
/* A horizontal rule of w columns. */
void ui_hline(const struct ui *ui, int y, int x, int w);
/* A vertical rule of h rows. */
void ui_vline(const struct ui *ui, int y, int x, int h);
/* A box with lines round r, blank inside, with title in its top edge. */
void ui_box(const struct ui *ui, const struct layout_rect *r, const char *title);
/* A progress bar of w cells, `filled` of them full. */
void ui_bar(const struct ui *ui, int y, int x, int w, int filled, attr_t a);
/* Move a bar drawn at x from `from` filled cells to `to`, drawing only the cells between. */
void ui_bar_step(const struct ui *ui, int y, int x, int from, int to, attr_t a);
/* The breath bar's glyphs stand this many columns apart: c cells take UI_BREATH_PITCH * (c - 1) + 1. */
#define UI_BREATH_PITCH 3
/*
 * The breath bar: cells glyphs, `filled` of them lit. was is the count lit
 * on the screen already (only the glyphs between change), or -1 for all.
 */
void ui_breath_bar(const struct ui *ui, int y, int x, int cells, int filled, int was);
/* Draw s (digits and ':') in big digits centred in r; with prev (what r shows now) only the glyphs that differ. */
void ui_big(const struct ui *ui, const struct layout_rect *r, const char *s, const char *prev,
    attr_t a);
/*
 * Word-wrap s into r from row dy, indented, after `lead` (drawn bold) on the
 * first line; draws the rows that fall inside r and returns how many s needs.
 */
int ui_wrap(const struct ui *ui, const struct layout_rect *r, int dy, int indent,
    attr_t a, const char *lead, const char *s);
/* Clear the screen to a "terminal too small" note, with extra (or NULL) below it. */
void ui_too_small(const struct ui *ui, const char *extra);
/* What ui_edit_line() made of a key. */
enum { UI_EDIT_GOING, UI_EDIT_DONE, UI_EDIT_CANCEL };
/*
 * A one-line text field in buf (size bytes, UTF-8): a key adds a printable
 * character (ASCII or UI_KEY_CHAR(), controls and bidi overrides refused),
 * Backspace takes the last character off, Ctrl-U clears; Enter and Esc end it.
 */
int ui_edit_line(char *buf, size_t size, int ch);
/*
 * Draw a text field being typed at (y, x) in w columns: as much of the end
 * of text as fits, then the cursor block. Returns the columns used.
 */
int ui_put_field(const struct ui *ui, int y, int x, int w, const char *text);
/* Columns s takes as ui_put() draws it (one a character on an ASCII terminal). */
int ui_text_cols(const struct ui *ui, const char *s);

/* ui_menu.c */
/* The frontend_ops choose: the main menu or a scope's routines. */
enum menu_choice ui_choose(void *ctx, const struct catalogue *c, enum menu_scope scope,
    const struct routine **routine, enum menu_scope *from, const struct home_row **row);

/* ui_keys.c: a screen's key table (keymap.h) on the screen */

/* Bind the usual Home and End sequences the terminfo entry lacks (after keypad()). */
void ui_keys_define(void);
/* The keymap.h code of a curses key (KEY_UP: KEYMAP_UP); other keys as they are. */
int ui_key_code(int ch);
/* The key bar of the rows of t in `rows` at y, x, w columns; digits names KEYNAME_DIGITS. Returns the columns used. */
int ui_put_screen_keys(const struct ui *ui, int y, int x, int w, struct screen_keys t, unsigned rows,
    const char *digits);
/* The ? box: every key of the rows of t in `rows` with its help line, over the screen. */
void ui_screen_help(struct ui *ui, struct screen_keys t, unsigned rows, const char *digits);

/* ui_build.c: the frontend_ops build, the Build screen */
struct build_request;
struct built;
enum build_exit ui_build(void *ctx, const struct catalogue *c, struct build_request *req,
    struct built **out, bool *saved, char **run_id);
/*
 * ui_mine.c: My routines, from the Build screen; returns true when one was
 * renamed or deleted. *run_id gets the id of one to run (Enter), else NULL.
 */
bool ui_my_routines(struct ui *ui, const struct catalogue *c, char **run_id);

/* ui_pages.c: the frontend_ops checkin, page and summary */
/*
 * Clear the screen and lay out a page in *l: its title, and the rule under
 * it on a full screen. Returns false, with the too-small note drawn, when the
 * screen is too small for a page.
 */
bool ui_page_frame(struct ui *ui, const char *title, struct page_layout *l);
int ui_checkin(void *ctx, bool after);
enum page_exit ui_page(void *ctx, const char *title, const char *const *lines, size_t n,
    unsigned how);
enum summary_exit ui_summary(void *ctx, const struct session *s, int64_t now, long wall_s,
    const struct summary_info *info);
/* ui_box.c: boxes over a screen */
/*
 * Draw a box in the middle of the screen: title, lines ("key\tdescription"
 * lines in two columns), and a line of keys; the whole screen when small.
 */
void ui_message_box(struct ui *ui, const char *title, const char *const *lines, size_t n,
    const char *keys);
/*
 * The same, from line `top` on: a box that scrolls, marked where more lines
 * are above or below. Returns the top line shown (top, held so that the last
 * line stays at the bottom).
 */
/* Whether ui_message_box_from() of these lines is too tall for the screen (j/k scroll it). */
bool ui_message_box_scrolls(const struct ui *ui, const char *const *lines, size_t n);
size_t ui_message_box_from(struct ui *ui, const char *title, const char *const *lines, size_t n,
    size_t top, const char *keys);

/* ui_ask.c: the frontend_ops ask */
int ui_ask(void *ctx, const struct frontend_question *q);

/* ui_coach.c: the frontend_ops coach, the session screen's loop */
int ui_coach(void *ctx, struct session *s, const struct vclock *clk);

/* ui_screen.c: the session screen, drawn by ui_coach.c's loop */
enum coach_overlay { OV_NONE, OV_HELP, OV_QUIT, OV_HURT, OV_INFO };

/* How long a message such as "Skipped Cat-Cow" stays, in real milliseconds. */
#define MSG_MS 3000

struct coach {
	struct ui *ui;
	struct session *s;
	const struct vclock *clk;
	struct coach_layout lay;
	struct sound_cues cues;        /* which sounds the session has made */
	const struct step *step;       /* the step the screen is laid out for */
	bool full;                     /* lay out and draw everything on the next draw */
	enum coach_overlay overlay;
	bool overlay_paused;           /* the overlay paused the session; resume on close */
	char hurt_msg[160];            /* what OV_HURT says first: the stretch marked */
	struct frontend_hurt_ask hurt; /* OV_HURT: stop, go on without, or go on as planned */
	char msg[160];                 /* a short-lived message ("Skipped ...") */
	int64_t msg_until;             /* monotonic ms it goes away */
	unsigned msg_gen;              /* counts changes to msg */
	int breath_cells;              /* cells of the breath bar as laid out (0: none) */
	/*
	 * A key for what each changing part shows now (-1: not drawn), so a wake
	 * compares numbers and redraws only the parts that differ.
	 */
	struct {
		int64_t title, count, words, bar, hold, hfill, rtext, rel, rbar, msg, keys, art;
	} shown;
	char shown_clock[16];          /* the countdown as drawn in big digits */
	struct session_view v;         /* the session at the last tick */
	int64_t now;                   /* session time of the last tick */
	size_t info_top;               /* OV_INFO, OV_HELP: the first line shown */
};

/* Draw what changed on the session screen (everything after a step change or resize). */
void ui_screen_draw(struct coach *c, const struct session_view *v);
/* True, and key remembered in *shown, when a part must be redrawn to show key. */
bool ui_changed(int64_t *shown, int64_t key);
/* Whole seconds left in the step, as the countdown shows them. */
int ui_left_s(const struct session_view *v);

/* ui_panel.c: the parts of the session screen that move, each redrawn only when it changed */
/* Breathing words, bar and cue in a hold; what to do next between holds. */
void ui_panel_breath(struct coach *c, const struct session_view *v);
/* The current step's progress bar and length. */
void ui_panel_hold_bar(struct coach *c, const struct session_view *v);
/* The routine's progress bar, elapsed and total time, stretches done. */
void ui_panel_routine_bar(struct coach *c, const struct session_view *v);

#endif
