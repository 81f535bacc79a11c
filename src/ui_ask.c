/* ui_ask.c — a question answered with one key: the first-visit questions, the next-day check. */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "layout.h"
#include "ui_curses_int.h"

struct ask {
	struct ui *ui;
	const struct frontend_question *q;
	int sel;        /* the highlighted answer */
	int picked;     /* the result: an index, or ASK_SKIP */
};

static void
ask_draw(void *st, bool full)
{
	struct ask *a = st;
	struct ui *ui = a->ui;
	const char *move = ui->utf8 ? "\u2191\u2193" : "j/k";
	const char *keys[] = { move, _("move"), "Enter", _("choose"), "Esc", a->q->skip };
	struct page_layout l;
	char lead[8];
	int y = 0;

	(void)full;
	erase();
	layout_page(LINES, COLS, &l);
	if (l.kind == LAYOUT_TOO_SMALL) {
		ui_too_small(ui, NULL);
		return;
	}
	ui_put(ui, l.title.y, l.title.x, l.title.w, ui_attr(ui, UI_ACCENT), a->q->title);
	if (l.kind == LAYOUT_FULL)
		ui_hline(ui, 1, 0, COLS);
	for (size_t i = 0; i < a->q->nlines; i++)
		y += ui_wrap(ui, &l.body, y, 0, i == 0 ? A_BOLD : A_NORMAL, NULL, a->q->lines[i]);
	/* a blank row before the answers where the screen has room for it */
	if (y + 1 + (int)a->q->nanswers <= l.body.h)
		y++;
	for (size_t i = 0; i < a->q->nanswers; i++) {
		snprintf(lead, sizeof lead, " %c  ", a->q->keys[i]);
		y += ui_wrap(ui, &l.body, y, 4, (int)i == a->sel ? ui_attr(ui, UI_SELECT) : A_NORMAL,
		    lead, a->q->answers[i]);
	}
	ui_put_keys(ui, l.keys.y, l.keys.x, l.keys.w, keys, sizeof keys / sizeof *keys);
}

/* An answer's key or digit picks it; arrows move, Enter takes the highlighted one, Esc and q skip. */
static int
ask_key(void *st, int ch)
{
	struct ask *a = st;
	int n = (int)a->q->nanswers;
	const char *hit;

	switch (ch) {
	case KEY_UP: case 'k':
		a->sel = a->sel > 0 ? a->sel - 1 : 0;
		return UI_STAY;
	case KEY_DOWN: case 'j':
		a->sel = a->sel < n - 1 ? a->sel + 1 : n - 1;
		return UI_STAY;
	case '\n': case '\r': case KEY_ENTER:
		a->picked = a->sel;
		return 1;
	case 'q': case 'Q': case UI_KEY_ESC: case KEY_LEFT:
		a->picked = ASK_SKIP;
		return 1;
	default:
		break;
	}
	if (ch >= '1' && ch < '1' + n) {
		a->picked = ch - '1';
		return 1;
	}
	if (ch > 0 && ch < 128 && ch != '\0' && (hit = strchr(a->q->keys, ch)) != NULL &&
	    hit - a->q->keys < n) {
		a->picked = (int)(hit - a->q->keys);
		return 1;
	}
	return UI_STAY;
}

int
ui_ask(void *ctx, const struct frontend_question *q)
{
	struct ask a = { ctx, q, 0, ASK_SKIP };
	struct ui_screen scr = { &a, ask_draw, ask_key, NULL, NULL, NULL };

	if (frontend_signal() != 0 || q->nanswers == 0)
		return ASK_SKIP;
	if (ui_run(a.ui, &scr) == UI_SIGNALLED)
		return ASK_SKIP;
	return a.picked;
}
