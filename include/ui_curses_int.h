/* ui_curses_int.h — shared by the ui_*.c files of the curses front end only. */
#ifndef SC_UI_CURSES_INT_H
#define SC_UI_CURSES_INT_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "frontend.h"
#include "layout.h"

/* The longest a screen sleeps with nothing to show, so a signal is never missed for long. */
#define UI_IDLE_MS 5000
/* Returned by ui_key() when Ctrl-Z was pressed: pause, then call ui_suspend(). */
#define UI_KEY_SUSPEND (KEY_MAX + 1)
#define UI_KEY_ESC 27
#define UI_KEY_CTRL_L 12

/* The front end's state, behind struct frontend's ctx. */
struct ui {
	struct run_opts opts;
	SCREEN *screen;
	bool utf8;          /* the locale is UTF-8: block and line glyphs */
	bool color;         /* colour pairs are in use */
	char note[160];     /* the latest note, until a screen has shown it ("" when none) */
	pid_t say_pid;      /* the running --say command, or 0 */
	size_t main_sel;    /* the main menu's highlighted row, kept between visits */
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
	G_COUNT_
};

/* ui_curses.c */
int ui_key(struct ui *ui, int ms);
void ui_suspend(struct ui *ui);
void ui_bell(const struct ui *ui);
void ui_say(struct ui *ui, const char *text);
void ui_say_reap(struct ui *ui);

/* ui_draw.c */
void ui_draw_init(struct ui *ui);
attr_t ui_attr(const struct ui *ui, enum ui_role role);
const char *ui_glyph(const struct ui *ui, enum ui_glyph g);
int ui_put(const struct ui *ui, int y, int x, int w, attr_t a, const char *s);
int ui_put_center(const struct ui *ui, const struct layout_rect *r, int dy, attr_t a, const char *s);
void ui_put_right(const struct ui *ui, int y, int x, int w, attr_t a, const char *s);
int ui_put_keys(const struct ui *ui, int y, int x, int w, const char *const *keys, size_t n);
void ui_clear_rect(const struct layout_rect *r);
void ui_clear_row(int y, int x, int w);
void ui_hline(const struct ui *ui, int y, int x, int w);
void ui_box(const struct ui *ui, const struct layout_rect *r, const char *title);
void ui_bar(const struct ui *ui, int y, int x, int w, int filled, attr_t a);
void ui_breath_bar(const struct ui *ui, int y, int x, int cells, int filled);
void ui_big(const struct ui *ui, const struct layout_rect *r, const char *s, attr_t a);
int ui_wrap(const struct ui *ui, const struct layout_rect *r, int dy, int indent,
    attr_t a, const char *lead, const char *s);
void ui_too_small(const struct ui *ui, const char *extra);
int ui_text_cols(const struct ui *ui, const char *s);

/* ui_menu.c */
enum menu_choice ui_choose(void *ctx, const struct catalogue *c, enum menu_scope scope,
    const struct routine **routine);

/* ui_pages.c */
int ui_checkin(void *ctx, bool after);
void ui_page(void *ctx, const char *title, const char *const *lines, size_t n);
void ui_summary(void *ctx, const struct session *s, int64_t now, long wall_s);
void ui_message_box(struct ui *ui, const char *title, const char *const *lines, size_t n,
    const char *keys);

/* ui_coach.c */
int ui_coach(void *ctx, struct session *s, const struct vclock *clk);

/* ui_screen.c: the session screen, drawn by ui_coach.c's loop */
enum coach_overlay { OV_NONE, OV_HELP, OV_QUIT, OV_HURT };

struct coach {
	struct ui *ui;
	struct session *s;
	const struct vclock *clk;
	struct coach_layout lay;
	const struct step *step;       /* the step the screen is laid out for */
	bool full;                     /* lay out and draw everything on the next draw */
	enum coach_overlay overlay;
	bool overlay_paused;           /* the overlay paused the session; resume on close */
	const struct stretch *hurt;    /* what OV_HURT is about */
	char msg[160];                 /* a short-lived message ("Skipped ...") */
	int64_t msg_until;             /* monotonic ms it goes away */
	unsigned msg_gen;              /* counts changes to msg */
	int breath_cells;              /* cells of the breath bar as laid out (0: none) */
	/*
	 * A key for what each changing part shows now (-1: not drawn), so a wake
	 * compares numbers and redraws only the parts that differ.
	 */
	struct {
		int64_t title, count, count_w, words, bar, hold, rbar, rtext, msg;
	} shown;
};

void ui_screen_draw(struct coach *c, const struct session_view *v);

#endif
