/* ui_pages.c — the pages around a session: check-in, text pages and the summary. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "i18n.h"
#include "layout.h"
#include "plan.h"
#include "safety.h"
#include "session.h"
#include "text.h"
#include "ui_curses_int.h"

/* A page of lines, each with its look; wrapped to the width when drawn. */
struct doc_line {
	char *label;    /* a label at the left of the first line, owned; or NULL */
	char *text;     /* safe text, owned */
	attr_t attr;
	int lead;       /* columns of indent for its first line */
	int indent;     /* columns of indent for the lines it wraps onto */
};

struct doc {
	struct doc_line *v;
	size_t n;
};

static void
doc_add(struct doc *d, attr_t a, int indent, const char *text)
{
	d->v = xreallocarray(d->v, d->n + 1, sizeof *d->v);
	d->v[d->n].label = NULL;
	d->v[d->n].text = text_safe(text);
	d->v[d->n].attr = a;
	d->v[d->n].lead = 0;
	d->v[d->n].indent = indent;
	d->n++;
}

static void
doc_free(struct doc *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->v[i].label);
		free(d->v[i].text);
	}
	free(d->v);
}

/* The wider of a line's two indents: its text wraps to the width left of it. */
static int
doc_margin(const struct doc_line *l)
{
	return l->lead > l->indent ? l->lead : l->indent;
}

/* Room for the widest label (as translated) and two spaces before the values. */
static void
doc_align_labels(struct doc *d)
{
	int w = 0;

	for (size_t i = 0; i < d->n; i++)
		if (d->v[i].label != NULL && text_width(d->v[i].label) > w)
			w = text_width(d->v[i].label);
	for (size_t i = 0; i < d->n; i++)
		if (d->v[i].label != NULL && d->v[i].indent < d->v[i].lead + w + 2)
			d->v[i].indent = d->v[i].lead + w + 2;
}

/* Rows the document takes at width w. */
static size_t
doc_rows(const struct doc *d, int w)
{
	size_t rows = 0;

	for (size_t i = 0; i < d->n; i++) {
		char **lines;
		size_t n = text_wrap(d->v[i].text, w - doc_margin(&d->v[i]), &lines);

		text_lines_free(lines, n);
		rows += n;
	}
	return rows;
}

/* Draw the document into body from its row `top`. */
static void
doc_draw(const struct ui *ui, const struct doc *d, const struct layout_rect *body, size_t top)
{
	size_t row = 0;

	for (size_t i = 0; i < d->n && row < top + (size_t)body->h; i++) {
		char **lines;
		size_t n = text_wrap(d->v[i].text, body->w - doc_margin(&d->v[i]), &lines);

		for (size_t j = 0; j < n; j++, row++) {
			const struct doc_line *l = &d->v[i];
			int ind = j > 0 || l->label != NULL ? l->indent : l->lead;
			int y = body->y + (int)(row - top);

			if (row < top || row >= top + (size_t)body->h)
				continue;
			if (j == 0 && l->label != NULL)
				ui_put(ui, y, body->x + l->lead, l->indent - l->lead - 1, A_BOLD, l->label);
			ui_put(ui, y, body->x + ind, body->w - ind, l->attr, lines[j]);
		}
		text_lines_free(lines, n);
	}
}

bool
ui_page_frame(struct ui *ui, const char *title, struct page_layout *l)
{
	ui_erase();
	layout_page(LINES, COLS, l);
	if (l->kind == LAYOUT_TOO_SMALL) {
		ui_too_small(ui, NULL);
		return false;
	}
	ui_put(ui, l->title.y, l->title.x, l->title.w, ui_attr(ui, UI_ACCENT), title);
	if (l->kind == LAYOUT_FULL)
		ui_hline(ui, 1, 0, COLS);
	return true;
}

/*
 * A document on screen, scrolled to `top`. rows: the rows of keymap_page()
 * it offers (how to leave it and help); the scrolling rows are read always,
 * and shown in the bar and the ? box when the document is longer than the
 * screen.
 */
struct pager {
	struct ui *ui;
	const char *title;
	const struct doc *d;
	unsigned rows;
	size_t top;
	bool help;       /* the ? box is open */
};

/* The rows of keymap_page() that scroll. */
static unsigned
pager_scroll_rows(void)
{
	static const int scroll[] = { PAGE_ACT_DOWN, PAGE_ACT_UP, PAGE_ACT_PGDN, PAGE_ACT_PGUP,
	    PAGE_ACT_TOP, PAGE_ACT_END };

	return keymap_screen_rows(keymap_page(), scroll, sizeof scroll / sizeof *scroll);
}

static void
pager_draw(void *st, bool full)
{
	struct pager *pg = st;
	struct ui *ui = pg->ui;
	struct page_layout l;
	unsigned shown = pg->rows;
	size_t rows;
	char pos[64];
	int w;

	(void)full;
	if (!ui_page_frame(ui, pg->title, &l))
		return;
	rows = doc_rows(pg->d, l.body.w);
	if (pg->top + (size_t)l.body.h > rows)
		pg->top = rows > (size_t)l.body.h ? rows - (size_t)l.body.h : 0;
	doc_draw(ui, pg->d, &l.body, pg->top);
	w = l.keys.w;
	if (rows > (size_t)l.body.h) {
		/* TRANSLATORS: the lines of a page on screen, "1-20 of 54". */
		snprintf(pos, sizeof pos, _("%zu-%zu of %zu"), pg->top + 1, pg->top + (size_t)l.body.h,
		    rows);
		ui_put_right(ui, l.keys.y, l.keys.x, l.keys.w, ui_attr(ui, UI_DIM), pos);
		w -= ui_text_cols(ui, pos) + 2;
		shown |= pager_scroll_rows();
	}
	ui_put_screen_keys(ui, l.keys.y, l.keys.x, w, keymap_page(), shown, NULL);
	if (pg->help)
		ui_screen_help(ui, keymap_page(), shown, NULL);
}

enum { PAGER_ENTER = 1, PAGER_BACK = 2 };

/* The keys of keymap_page(): scrolling; Enter returns PAGER_ENTER, q, Esc and <- PAGER_BACK. */
static int
pager_key(void *st, int ch)
{
	struct pager *pg = st;
	size_t page = (size_t)(LINES > 8 ? LINES - 6 : 1);

	if (pg->help) {
		pg->help = false;   /* any key closes it */
		return UI_STAY;
	}
	switch (keymap_screen_action(keymap_page(), pg->rows | pager_scroll_rows(), ui_key_code(ch))) {
	case PAGE_ACT_DOWN: pg->top++; break;
	case PAGE_ACT_UP: if (pg->top > 0) pg->top--; break;
	case PAGE_ACT_PGDN: pg->top += page; break;
	case PAGE_ACT_PGUP: pg->top = pg->top > page ? pg->top - page : 0; break;
	case PAGE_ACT_TOP: pg->top = 0; break;
	case PAGE_ACT_END: pg->top = (size_t)-1 / 2; break;
	case PAGE_ACT_HELP: pg->help = true; break;
	case PAGE_ACT_CONTINUE: case PAGE_ACT_GO_ON: case PAGE_ACT_MENU: case PAGE_ACT_CLOSE:
		return PAGER_ENTER;
	case PAGE_ACT_BACK: case PAGE_ACT_QUIT: case PAGE_ACT_LEAVE:
		return PAGER_BACK;
	default: break;
	}
	return UI_STAY;
}

/*
 * Show a document until the user leaves it: PAGER_ENTER, PAGER_BACK, or
 * UI_SIGNALLED. actions: the PAGE_ACT_ values of keymap_page() it offers.
 */
static int
pager_run(struct ui *ui, const char *title, const struct doc *d, const int *actions, size_t n)
{
	struct pager pg = { ui, title, d, keymap_screen_rows(keymap_page(), actions, n), 0, false };
	struct ui_screen scr = { &pg, pager_draw, pager_key, NULL, NULL, NULL };

	return ui_run(ui, &scr);
}

#define NACTIONS(a) (sizeof (a) / sizeof *(a))

/*
 * Add a line of a page. Text written for 80 columns comes hard-wrapped and
 * indented: a line that starts in lower case goes on from the one before, so
 * it is joined to it and the page wraps the whole to its own width, keeping
 * the first line's indent (and hanging a bullet's text under its words).
 */
static void
page_add_line(struct doc *d, const char *line)
{
	int lead = 0;

	while (line[lead] == ' ')
		lead++;
	if (d->n > 0 && *d->v[d->n - 1].text != '\0' && line[lead] >= 'a' && line[lead] <= 'z') {
		char *safe = text_safe(line + lead);
		char *joined = xasprintf("%s %s", d->v[d->n - 1].text, safe);

		free(safe);
		free(d->v[d->n - 1].text);
		d->v[d->n - 1].text = joined;
		return;
	}
	doc_add(d, A_NORMAL, lead + ((line[lead] == '*' || line[lead] == '-') &&
	    line[lead + 1] == ' ' ? 2 : 0), line + lead);
	d->v[d->n - 1].lead = lead;
}

/* A report's line as it is: its indent kept, wrapped lines hanging under its text. */
static void
page_add_verbatim(struct doc *d, const char *line)
{
	int lead = 0;

	while (line[lead] == ' ')
		lead++;
	doc_add(d, A_NORMAL, lead, line + lead);
	d->v[d->n - 1].lead = lead;
}

enum page_exit
ui_page(void *ctx, const char *title, const char *const *lines, size_t n, unsigned how)
{
	static const int gate[] = { PAGE_ACT_CONTINUE, PAGE_ACT_BACK, PAGE_ACT_HELP };
	/* PAGE_QUITS: no menu to go back to (run ROUTINE), q ends the program: the bar says quit */
	static const int gate_quits[] = { PAGE_ACT_CONTINUE, PAGE_ACT_QUIT, PAGE_ACT_HELP };
	static const int back[] = { PAGE_ACT_BACK, PAGE_ACT_HELP };
	static const int note[] = { PAGE_ACT_GO_ON, PAGE_ACT_LEAVE, PAGE_ACT_HELP };
	struct ui *ui = ctx;
	struct doc d = { NULL, 0 };
	char *t;
	int r;

	if (frontend_signal() != 0)
		return PAGE_BACK;
	for (size_t i = 0; i < n; i++) {
		if (how & PAGE_VERBATIM)
			page_add_verbatim(&d, lines[i]);
		else
			page_add_line(&d, lines[i]);
	}
	t = text_safe(title);
	if (how & PAGE_NOTE)
		r = pager_run(ui, t, &d, note, NACTIONS(note));
	else if (how & PAGE_GATE)
		r = how & PAGE_QUITS ? pager_run(ui, t, &d, gate_quits, NACTIONS(gate_quits)) :
		    pager_run(ui, t, &d, gate, NACTIONS(gate));
	else
		r = pager_run(ui, t, &d, back, NACTIONS(back));
	free(t);
	doc_free(&d);
	if ((how & PAGE_NOTE) && r != UI_SIGNALLED)
		return PAGE_ON;
	return (how & PAGE_GATE) && r == PAGER_ENTER ? PAGE_ON : PAGE_BACK;
}

struct checkin {
	struct ui *ui;
	bool after;
	bool help;       /* the ? box is open */
	int value, last;
};

/*
 * The rows of keymap_checkin() offered: after the session there is nothing
 * to go back to, q skips; before it, q goes back to the menu, or quits where
 * there is none (top: run ROUTINE).
 */
static unsigned
checkin_rows(bool after, bool top)
{
	static const int before[] = { CHECKIN_ACT_LESS, CHECKIN_ACT_MORE, CHECKIN_ACT_DIGIT,
	    CHECKIN_ACT_OK, CHECKIN_ACT_SKIP, CHECKIN_ACT_BACK, CHECKIN_ACT_HELP };
	static const int before_top[] = { CHECKIN_ACT_LESS, CHECKIN_ACT_MORE, CHECKIN_ACT_DIGIT,
	    CHECKIN_ACT_OK, CHECKIN_ACT_SKIP, CHECKIN_ACT_QUIT, CHECKIN_ACT_HELP };
	static const int later[] = { CHECKIN_ACT_LESS, CHECKIN_ACT_MORE, CHECKIN_ACT_DIGIT,
	    CHECKIN_ACT_OK, CHECKIN_ACT_SKIP, CHECKIN_ACT_LEAVE, CHECKIN_ACT_HELP };

	if (after)
		return keymap_screen_rows(keymap_checkin(), later, NACTIONS(later));
	return top ? keymap_screen_rows(keymap_checkin(), before_top, NACTIONS(before_top)) :
	    keymap_screen_rows(keymap_checkin(), before, NACTIONS(before));
}

static void
checkin_draw(void *st, bool full)
{
	struct checkin *k = st;
	struct ui *ui = k->ui;
	struct page_layout l;
	struct layout_rect scale;
	char num[16];
	int cell, y;
	unsigned rows;

	(void)full;
	if (!ui_page_frame(ui, k->after ? _("After the routine") : _("Before you start"), &l))
		return;
	y = ui_wrap(ui, &l.body, 0, 0, A_BOLD, NULL, _("How does your back feel right now?"));
	y += ui_wrap(ui, &l.body, y, 0, A_NORMAL, NULL,
	    _("0 is loose and easy, 10 is very stiff or sore."));
	if (l.body.h >= y + 3)
		y++;
	/* the scale: 0 .. 10, four or three columns each where there is room */
	cell = l.body.w >= 44 ? 4 : l.body.w >= 33 ? 3 : 0;
	scale = l.body;
	scale.y += y < l.body.h ? y : l.body.h - 1;
	if (cell > 0) {
		for (int v = 0; v <= 10; v++) {
			snprintf(num, sizeof num, "%*d ", cell - 1, v);
			ui_put(ui, scale.y, scale.x + v * cell, cell,
			    v == k->value ? ui_attr(ui, UI_SELECT) | A_BOLD : A_NORMAL, num);
		}
	} else {
		snprintf(num, sizeof num, k->value < 0 ? "< ? >" : "< %d >", k->value);
		ui_put(ui, scale.y, scale.x, scale.w, A_BOLD, num);
	}
	rows = checkin_rows(k->after, ui->opts.no_menu);
	ui_put_screen_keys(ui, l.keys.y, l.keys.x, l.keys.w, keymap_checkin(), rows, "0-10");
	if (k->help)
		ui_screen_help(ui, keymap_checkin(), rows, "0-10");
}

/* Arrows and digits move the value; Enter takes it, s skips, q and Esc go back (skip after). */
static int
checkin_key(void *st, int ch)
{
	struct checkin *k = st;
	int r = UI_STAY;

	if (k->help) {
		k->help = false;   /* any key closes it */
		return UI_STAY;
	}
	switch (keymap_screen_action(keymap_checkin(), checkin_rows(k->after, k->ui->opts.no_menu),
	    ui_key_code(ch))) {
	case CHECKIN_ACT_LESS: k->value = k->value > 0 ? k->value - 1 : 0; break;
	case CHECKIN_ACT_MORE: k->value = k->value < 10 ? k->value + 1 : 10; break;
	case CHECKIN_ACT_OK: r = 1; break;
	case CHECKIN_ACT_SKIP: case CHECKIN_ACT_LEAVE:
		k->value = CHECKIN_SKIP;
		r = 1;
		break;
	case CHECKIN_ACT_BACK: case CHECKIN_ACT_QUIT:
		k->value = CHECKIN_BACK;
		r = 1;
		break;
	case CHECKIN_ACT_HELP: k->help = true; break;
	case CHECKIN_ACT_DIGIT:
		k->value = ch == '0' && k->last == '1' && k->value == 1 ? 10 : ch - '0';
		break;
	default: break;
	}
	k->last = ch;
	return r;
}

int
ui_checkin(void *ctx, bool after)
{
	struct ui *ui = ctx;
	int last = after ? ui->opts.last_after : ui->opts.last_before;
	struct checkin k = { ui, after, false, last >= 0 && last <= 10 ? last : 5, 0 };
	struct ui_screen scr = { &k, checkin_draw, checkin_key, NULL, NULL, NULL };

	if (ui_run(k.ui, &scr) == UI_SIGNALLED)
		return CHECKIN_SKIP;
	/* the next check-in in this run starts on this answer */
	if (k.value >= 0 && k.value <= 10)
		*(after ? &ui->opts.last_after : &ui->opts.last_before) = k.value;
	return k.value;
}

static void
summary_row(struct doc *d, attr_t a, const char *label, const char *value)
{
	doc_add(d, a, 13, value);
	d->v[d->n - 1].label = xstrdup(label);
}

/* The back-off advice, when any stretch hurt. */
static void
summary_advice(struct doc *d, const struct session *s)
{
	const struct routine *r = session_plan(s)->routine;
	size_t n;
	bool hurt = false;
	const char *const *advice;

	for (size_t i = 0; i < r->nitems; i++)
		hurt = hurt || session_item_state(s, i) == ITEM_HURT;
	if (!hurt)
		return;
	advice = frontend_summary_advice(s, &n);
	doc_add(d, A_NORMAL, 0, "");
	for (size_t k = 0; k < n; k++)
		doc_add(d, A_NORMAL, 0, advice[k]);
}

/* A row listing the stretches in state st, when there are any (or always, with none_text). */
static void
summary_list(struct doc *d, attr_t a, const char *label, const struct session *s,
    enum item_state st, const char *none_text)
{
	size_t n;
	char *names = frontend_state_names(s, st, &n);

	if (n > 0 || none_text != NULL)
		summary_row(d, a, label, n > 0 ? names : none_text);
	free(names);
}

/* The rows after the stretches: tension before and after, the streak, a preview's note. */
static void
summary_figures(struct ui *ui, struct doc *d, const struct summary_info *info)
{
	char buf[64], *line;

	if (info->before >= 0 || info->after >= 0)
		summary_row(d, A_BOLD, _("Tension"), frontend_tension_text(buf, sizeof buf, info->before,
		    info->after, ui_glyph(ui, G_ARROW)));
	if (info->programme != NULL)
		summary_row(d, A_BOLD, _("Programme"), info->programme);
	if (info->rose != NULL) {
		doc_add(d, A_NORMAL, 0, "");
		doc_add(d, ui_attr(ui, UI_WARN), 0, info->rose);
	}
	if (info->streak >= 0 && ui->opts.speed == 1)
		summary_row(d, A_NORMAL, _("Streak"), frontend_streak_text(buf, sizeof buf,
		    info->streak));
	if (ui->opts.speed != 1) {
		/* TRANSLATORS: %d is the speed the session ran at (10), shown as "10x". */
		line = xasprintf(_("A preview at %dx speed: it is kept in your history, but not "
		    "toward your streak."), ui->opts.speed);
		doc_add(d, A_NORMAL, 0, "");
		doc_add(d, ui_attr(ui, UI_DIM), 0, line);
		free(line);
	}
}

enum summary_exit
ui_summary(void *ctx, const struct session *s, int64_t now, long span_s,
    const struct summary_info *info)
{
	static const int menu_keys[] = { PAGE_ACT_MENU, PAGE_ACT_QUIT, PAGE_ACT_HELP };
	static const int close_keys[] = { PAGE_ACT_CLOSE, PAGE_ACT_LEAVE, PAGE_ACT_HELP };
	struct ui *ui = ctx;
	const struct plan *p = session_plan(s);
	struct doc d = { NULL, 0 };
	char time[128], *names, *line, *title;
	size_t n;
	int r;

	if (frontend_signal() != 0)
		return SUMMARY_QUIT;
	frontend_time_line(time, sizeof time, s, now, span_s, ui->opts.speed);
	/* TRANSLATORS: the summary's row labels (Time, Completed, Skipped, Hurt, Left out,
	   Stopped during, Not reached, Tension, Streak) get 14 columns at most. */
	summary_row(&d, A_NORMAL, _("Time"), time);
	names = frontend_state_names(s, ITEM_DONE, &n);
	if (n > 0)
		/* TRANSLATORS: The summary's Completed row: the stretches done, the stretches in
		   the routine (the plural follows it), and the names of those done. */
		line = xasprintf(ngettext("%zu of %zu stretch: %s", "%zu of %zu stretches: %s",
		    p->routine->nitems), n, p->routine->nitems, names);
	else
		/* TRANSLATORS: The summary's Completed row when none was done: 0, and the
		   stretches in the routine (the plural follows it). */
		line = xasprintf(ngettext("%zu of %zu stretch", "%zu of %zu stretches",
		    p->routine->nitems), n, p->routine->nitems);
	summary_row(&d, ui_attr(ui, UI_GOOD), _("Completed"), line);
	free(line);
	free(names);
	summary_list(&d, A_NORMAL, _("Skipped"), s, ITEM_SKIPPED, _("none"));
	summary_list(&d, ui_attr(ui, UI_WARN), _("Hurt"), s, ITEM_HURT, NULL);
	summary_list(&d, A_NORMAL, _("Left out"), s, ITEM_LEFT_OUT, NULL);
	summary_list(&d, A_NORMAL, _("Stopped during"), s, ITEM_STOPPED, NULL);
	summary_list(&d, A_NORMAL, _("Not reached"), s, ITEM_PENDING, NULL);
	if ((line = frontend_after_hurt_text(s)) != NULL) {
		doc_add(&d, A_NORMAL, 0, "");
		doc_add(&d, ui_attr(ui, UI_WARN), 0, line);
		free(line);
	}
	summary_figures(ui, &d, info);
	summary_advice(&d, s);
	doc_align_labels(&d);
	/* praise only a routine done whole; one with stretches skipped or hurt is just over */
	title = xasprintf("%s%s%s", session_was_quit(s) ? _("Session ended early") :
	    n == p->routine->nitems ? _("Well done") : _("Session over"),
	    ui_glyph(ui, G_SEP), p->routine->name);
	r = info->to_menu ? pager_run(ui, title, &d, menu_keys, NACTIONS(menu_keys)) :
	    pager_run(ui, title, &d, close_keys, NACTIONS(close_keys));
	free(title);
	doc_free(&d);
	return info->to_menu && r == PAGER_ENTER ? SUMMARY_MENU : SUMMARY_QUIT;
}
