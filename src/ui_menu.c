/* ui_menu.c — the main menu and the menus of routines. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "catalogue.h"
#include "clock.h"
#include "cue.h"
#include "diag.h"
#include "i18n.h"
#include "layout.h"
#include "plan.h"
#include "profile.h"
#include "text.h"
#include "today.h"
#include "ui_curses_int.h"

/* One row of a menu: an action of the main menu, or a routine. */
struct menu_entry {
	const char *label;
	const char *desc;              /* main menu: what the action does */
	enum menu_choice choice;       /* main menu: what picking it returns */
	int scope;                     /* main menu: the routine menu it opens, or -1 */
	const struct routine *r;       /* routine menus, lead entries: the routine as written */
	long total_s;
	size_t nareas;                 /* routine menus: the areas it works, */
	unsigned char areas[AREA_COUNT];  /* most-worked first (AREA_ bit indexes) */
	struct today *today;           /* with r: what runs of it today (owned) */
};

struct menu {
	struct ui *ui;
	const struct catalogue *cat;
	const char *title;
	const char *empty;             /* shown when there are no entries */
	const char *dropped;           /* routine lists: the line on what was left out, or NULL */
	struct menu_entry *e;
	size_t n, sel, top;
	int name_w;                    /* the widest routine name */
	bool main;
	bool quits;                    /* the first menu shown: q quits */
	size_t typed;                  /* the number typed so far (0: none) */
	bool info;                     /* routine lists: the i box of every stretch is open */
	size_t info_top;               /* its first line shown */
	int64_t typed_ms;              /* when its last digit came */
};

/* How long a second digit may follow the first to make one number. */
#define MENU_DIGIT_MS 1500

/* menu_run()'s results beside an index; menu_key() says "back" with MENU_KEY_BACK. */
enum { MENU_BACK = -1, MENU_SIGNAL = -2, MENU_KEY_BACK = 1 << 30 };

static bool
menu_in_scope(const struct routine *r, enum menu_scope scope)
{
	switch (scope) {
	case MENU_MORNING:
		return r->time == RTIME_MORNING || r->time == RTIME_ANY;
	case MENU_EVENING:
		return r->time == RTIME_EVENING || r->time == RTIME_ANY;
	case MENU_MAIN:
	case MENU_ALL:
		break;
	}
	return true;
}

/*
 * The areas a routine works, most-worked first into order (by the seconds of
 * its stretches that work each: a hold's length, about 4 s a rep, times sets
 * and sides; ties in the catalogue's order); returns how many.
 */
static size_t
menu_area_order(const struct routine *r, unsigned char order[AREA_COUNT])
{
	long secs[AREA_COUNT] = { 0 };
	bool used[AREA_COUNT] = { false };
	size_t n = 0;

	for (size_t j = 0; j < r->nitems; j++) {
		const struct routine_item *it = &r->items[j];
		long t = (it->hold > 0 ? it->hold : 4L * it->reps) * (it->sets > 1 ? it->sets : 1) *
		    (it->stretch->each_side ? 2 : 1);

		for (int a = 0; a < AREA_COUNT; a++)
			if ((it->stretch->areas >> a) & 1u)
				secs[a] += t > 0 ? t : 1;
	}
	for (;;) {
		int best = -1;

		for (int a = 0; a < AREA_COUNT; a++)
			if (!used[a] && secs[a] > 0 && (best < 0 || secs[a] > secs[best]))
				best = a;
		if (best < 0)
			return n;
		used[best] = true;
		order[n++] = (unsigned char)best;
	}
}

/* What entry e runs today: the one plan (today.h), or NULL for an action. */
static const struct routine *
menu_shown(const struct menu_entry *e)
{
	return e->today != NULL ? today_routine(e->today) : e->r;
}

/* Plan (again) what each entry with a routine runs today, its length and areas. */
static void
menu_plan_entries(const struct run_opts *o, struct menu_entry *e, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (e[i].r == NULL)
			continue;
		today_free(e[i].today);
		e[i].today = frontend_today(o, e[i].r);
		e[i].total_s = today_seconds(e[i].today);
		e[i].nareas = menu_area_order(today_routine(e[i].today), e[i].areas);
	}
}

static void
menu_entries_done(struct menu_entry *e, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		today_free(e[i].today);
		e[i].today = NULL;
	}
}

/*
 * The routines of a scope as its menu lists them, those that suit the
 * first-visit answers first, into *out (the caller frees); returns how many.
 * Those of which nothing runs for the settings are left out; *dropped gets
 * how many.
 */
static size_t
menu_scope_list(const struct run_opts *o, const struct catalogue *c, enum menu_scope scope,
    const struct routine ***out, size_t *dropped)
{
	size_t n = 0, total = catalogue_routine_count(c);
	const struct routine **list = xcalloc(total + 1, sizeof *list);

	for (size_t i = 0; i < total; i++)
		if (menu_in_scope(catalogue_routine(c, i), scope))
			list[n++] = catalogue_routine(c, i);
	n = frontend_drop_unsuited(o, list, n, dropped);
	frontend_order(o, list, n, (int)scope);
	*out = list;
	return n;
}

/* The routines of a scope, with what runs of each today, its length and the areas it works. */
static size_t
menu_routines(const struct run_opts *o, const struct catalogue *c, enum menu_scope scope,
    struct menu_entry **out, size_t *dropped)
{
	const struct routine **list;
	size_t n = menu_scope_list(o, c, scope, &list, dropped);
	struct menu_entry *e = xcalloc(n + 1, sizeof *e);

	for (size_t i = 0; i < n; i++)
		e[i] = (struct menu_entry){ .label = list[i]->name, .r = list[i], .scope = -1 };
	free(list);
	menu_plan_entries(o, e, n);
	*out = e;
	return n;
}

/* Columns of the stretch-count column: its widest text ("12 stretches") and a gap, 14 at least. */
static int
menu_count_cols(const struct ui *ui)
{
	char cnt[64];
	int w;

	/* TRANSLATORS: A column of the routine list: how many stretches a routine has (12).
	   The column is as wide as this text at 12: keep it short. */
	snprintf(cnt, sizeof cnt, ngettext("%zu stretch", "%zu stretches", 12), (size_t)12);
	w = ui_text_cols(ui, cnt) + 3;
	return w > 14 ? w : 14;
}

/* "30 s each side, 2 sets" or "10 reps" for a routine item. */
static void
menu_item_dose(char *buf, size_t size, const struct routine_item *it)
{
	cue_dose(buf, size, &(struct cue_dose){ .hold = it->hold, .reps = it->reps,
	    .each_side = it->stretch->each_side, .sets = it->sets }, CUE_SHORT);
}

/* The short "suits you" mark at y, x, where the words do not fit (the detail pane says what it means). */
static void
menu_put_star(const struct ui *ui, int y, int x, attr_t sel)
{
	ui_put(ui, y, x, 1, sel | (sel ? 0 : ui_attr(ui, UI_GOOD)), ui_glyph(ui, G_SUITS));
}

/* "My Routine  5 min": the compact row, its name cut first; a star when it suits. */
static void
menu_draw_compact_row(const struct ui *ui, const struct layout_rect *r, int y, int x,
    const char *label, const char *len, bool star, attr_t sel)
{
	int lw = ui_text_cols(ui, len), end = r->x + r->w - lw - 1;

	ui_put(ui, y, x, end - x - (star ? 2 : 0), sel, label);
	if (star)
		menu_put_star(ui, y, end - 2, sel);
	ui_put_right(ui, y, r->x, r->w, sel, len);
}

static void
menu_draw_routine_row(struct menu *m, const struct layout_rect *r, int y, size_t i, bool compact)
{
	const struct ui *ui = m->ui;
	const struct menu_entry *e = &m->e[i];
	attr_t sel = i == m->sel ? ui_attr(ui, UI_SELECT) : A_NORMAL;
	char num[32], len[32], cnt[48], areas[256];
	int x = r->x, w = r->w, nw;
	bool suits = frontend_routine_suits(&ui->opts, e->r), words;

	if (sel != A_NORMAL) {
		attrset(sel);
		mvhline(y, r->x, ' ', r->w);
		attrset(A_NORMAL);
	}
	snprintf(num, sizeof num, compact ? "%zu " : "%2zu  ", i + 1);
	text_duration(len, sizeof len, e->total_s);
	x += ui_put(ui, y, x, w, sel | A_BOLD, num);
	if (compact) {
		menu_draw_compact_row(ui, r, y, x, e->label, len, suits, sel);
		return;
	}
	nw = m->name_w < r->w * 2 / 5 ? m->name_w : r->w * 2 / 5;
	/* the words where they fit after the count, else a star after the name */
	words = x + nw + 10 + menu_count_cols(ui) + ui_text_cols(ui, _("suits you")) <= r->x + w;
	ui_put(ui, y, x, nw - (suits && !words ? 2 : 0), sel | A_BOLD, e->label);
	if (suits && !words)
		menu_put_star(ui, y, x + nw - 1, sel);
	x += nw + 1;
	/* TRANSLATORS: A column of the routine list: how many stretches a routine has (12).
	   The column is as wide as this text at 12: keep it short. */
	snprintf(cnt, sizeof cnt, ngettext("%zu stretch", "%zu stretches", menu_shown(e)->nitems),
	    menu_shown(e)->nitems);
	ui_put_right(ui, y, x, 7, sel, len);
	x += 9;
	ui_put(ui, y, x, r->x + w - x, sel, cnt);
	x += menu_count_cols(ui);
	/* the areas it works most first, so a cut row still shows its focus */
	*areas = '\0';
	for (size_t k = 0, at = 0; k < e->nareas && at + 1 < sizeof areas; k++)
		at += (size_t)snprintf(areas + at, sizeof areas - at, "%s%s", k > 0 ? ", " : "",
		    catalogue_area_label(1u << e->areas[k]));
	for (char *p = areas; *p != '\0'; p++)
		if (*p == '-')
			*p = ' ';   /* "lower back" reads better than the schema's "lower-back" */
	/* the routines that fit the first-visit answers say so before their areas */
	if (suits && words) {
		x += ui_put(ui, y, x, r->x + w - x, sel | (sel ? 0 : ui_attr(ui, UI_GOOD)),
		    _("suits you"));
		x += ui_put(ui, y, x, r->x + w - x, sel, "  ");
	}
	if (x + 4 < r->x + w)
		ui_put(ui, y, x, r->x + w - x, sel | (sel ? 0 : ui_attr(ui, UI_DIM)), areas);
}

static void
menu_draw_main_row(struct menu *m, const struct layout_rect *r, int y, size_t i)
{
	attr_t sel = i == m->sel ? ui_attr(m->ui, UI_SELECT) : A_NORMAL;
	char num[32];
	int x;

	if (sel != A_NORMAL) {
		attrset(sel);
		mvhline(y, r->x, ' ', r->w);
		attrset(A_NORMAL);
	}
	snprintf(num, sizeof num, "%2zu  ", i + 1);
	x = r->x + ui_put(m->ui, y, r->x, r->w, sel | A_BOLD, num);
	ui_put(m->ui, y, x, r->x + r->w - x, sel | A_BOLD, m->e[i].label);
}

/*
 * What was changed for today and why, with the key that brings back what
 * hurt; returns the rows used.
 */
/*
 * What was changed for e today (every change when `every`), and the key that
 * undoes it; NULL when nothing was. The caller frees.
 */
static char *
menu_change_line(const struct ui *ui, const struct menu_entry *e, bool every)
{
	const char *note = e->today != NULL ? today_note(e->today, every) : NULL;
	size_t n = 0;

	if (note == NULL)
		return NULL;
	today_hurt_changes(e->today, &n);
	return n > 0 && ui->opts.bring_back != NULL ? xasprintf("%s %s", note,
	    ngettext("u brings it back.", "u brings them back.", (unsigned long)n)) : xstrdup(note);
}

static int
menu_draw_changes(const struct ui *ui, const struct layout_rect *d, int y, const struct menu_entry *e)
{
	char *line = menu_change_line(ui, e, false);
	int rows;

	if (line == NULL)
		return 0;
	rows = ui_wrap(ui, d, y, 0, ui_attr(ui, UI_WARN), NULL, line) + 1;
	free(line);
	return rows;
}

/* The detail of a routine: its description, what changed today, and the stretches that run. */
static void
menu_draw_routine_detail(struct menu *m, const struct layout_rect *d)
{
	const struct ui *ui = m->ui;
	const struct routine *r = menu_shown(&m->e[m->sel]);
	int y = 0;
	char mark[160];

	/* the legend of the row's mark, where a narrow row shows only the star */
	if (frontend_routine_suits(&ui->opts, m->e[m->sel].r)) {
		snprintf(mark, sizeof mark, "%s %s", ui_glyph(ui, G_SUITS),
		    _("Suits you: it fits your answers about your back."));
		y += ui_wrap(ui, d, y, 0, ui_attr(ui, UI_GOOD), NULL, mark);
	}
	if (*r->description != '\0')
		y += ui_wrap(ui, d, y, 0, A_NORMAL, NULL, r->description) + 1;
	y += menu_draw_changes(ui, d, y, &m->e[m->sel]);
	for (size_t i = 0; i < r->nitems && y < d->h; i++, y++) {
		char lead[32], dose[64], more[64];
		int x;

		if (y == d->h - 1 && i + 1 < r->nitems) {
			/* TRANSLATORS: The last line of a routine's preview when the list does not fit: %s is
			   an ellipsis ("…"), %zu how many more stretches. i is the key that shows the whole
			   list: keep it i. */
			snprintf(more, sizeof more, _("%s and %zu more (i shows all)"),
			    ui_glyph(ui, G_ELLIPSIS), r->nitems - i);
			ui_put(ui, d->y + y, d->x + 2, d->w - 2, ui_attr(ui, UI_DIM), more);
			break;
		}
		snprintf(lead, sizeof lead, "%2zu. ", i + 1);
		menu_item_dose(dose, sizeof dose, &r->items[i]);
		x = d->x + ui_put(ui, d->y + y, d->x, d->w, A_NORMAL, lead);
		x += ui_put(ui, d->y + y, x, d->x + d->w - x, A_BOLD, r->items[i].stretch->name);
		x += ui_put(ui, d->y + y, x, d->x + d->w - x, A_NORMAL, "  ");
		x += ui_put(ui, d->y + y, x, d->x + d->w - x, ui_attr(ui, UI_DIM), dose);
		if (frontend_stretch_hurt(&ui->opts, r->items[i].stretch->id))
			ui_put(ui, d->y + y, x, d->x + d->w - x, ui_attr(ui, UI_WARN),
			    _("  (hurt in the last week: go gently)"));
	}
}

/* The detail of a main-menu entry: what it does, and the routines it leads to. */
static void
menu_draw_main_detail(struct menu *m, const struct layout_rect *d)
{
	const struct ui *ui = m->ui;
	const struct menu_entry *e = &m->e[m->sel];
	const struct routine **list;
	size_t n, dropped;
	int y = ui_wrap(ui, d, 0, 0, A_NORMAL, NULL, e->desc) + 1;

	/* a lead entry: what changed today, and the stretches of the routine it starts */
	if (e->r != NULL)
		y += menu_draw_changes(ui, d, y, e);
	for (size_t i = 0; e->r != NULL && i < menu_shown(e)->nitems && y < d->h; i++) {
		char line[160];

		snprintf(line, sizeof line, "%s %s", ui_glyph(ui, G_BULLET),
		    menu_shown(e)->items[i].stretch->name);
		ui_put(ui, d->y + y++, d->x + 2, d->w - 2, A_NORMAL, line);
	}
	if (e->scope < 0)
		return;
	n = menu_scope_list(&ui->opts, m->cat, (enum menu_scope)e->scope, &list, &dropped);
	for (size_t i = 0; i < n && y < d->h; i++) {
		char line[160];

		snprintf(line, sizeof line, "%s %s", ui_glyph(ui, G_BULLET), list[i]->name);
		ui_put(ui, d->y + y++, d->x + 2, d->w - 2, A_NORMAL, line);
	}
	free(list);
}

static void
menu_draw_detail(struct menu *m, const struct layout_rect *d)
{
	if (d->h == 0 || m->n == 0)
		return;
	if (m->e[m->sel].r != NULL && !m->main)
		menu_draw_routine_detail(m, d);
	else
		menu_draw_main_detail(m, d);
}

/* The i box: the highlighted routine's every stretch and dose, scrolled with j/k. */
static void
menu_draw_info(struct menu *m)
{
	const struct menu_entry *e = &m->e[m->sel];
	const struct routine *r = menu_shown(e);
	char **owned = xcalloc(r->nitems + 2, sizeof *owned), dose[64], *note;
	size_t n = 0;

	/* what was changed for today, whole, where a small screen cuts the preview */
	if ((note = menu_change_line(m->ui, e, true)) != NULL)
		owned[n++] = note;
	for (size_t i = 0; i < r->nitems; i++) {
		menu_item_dose(dose, sizeof dose, &r->items[i]);
		owned[n++] = xasprintf("%zu.\t%s  %s", i + 1, r->items[i].stretch->name, dose);
	}
	m->info_top = ui_message_box_from(m->ui, r->name, (const char *const *)owned, n,
	    m->info_top, _("j/k scroll    other keys back"));
	text_lines_free(owned, n);
}

/* On the last row, scroll on so the line under the list (what was left out) shows too. */
/* The rows the line on what was left out takes under a list as wide as list. */
static size_t
menu_dropped_rows(const struct menu *m, const struct layout_rect *list)
{
	struct layout_rect measure = { 0, 0, 0, list->w - 2 };

	return (size_t)ui_wrap(m->ui, &measure, 0, 0, A_NORMAL, NULL, m->dropped);
}

static void
menu_scroll_to_dropped(struct menu *m, const struct layout_rect *list)
{
	size_t rows;

	if (m->dropped == NULL || m->n == 0 || m->sel + 1 != m->n)
		return;
	rows = menu_dropped_rows(m, list);
	if (rows < (size_t)list->h && m->n + rows > m->top + (size_t)list->h)
		m->top = m->n + rows - (size_t)list->h;
}

static void
menu_draw(struct menu *m)
{
	struct ui *ui = m->ui;
	char range[24];
	const char *keys[] = {
		ui->utf8 ? "\u2191\u2193" : "j/k", _("move"), "Enter", _("choose"),
		"q", m->quits ? _("quit") : C_("leave a screen", "back"), range,
		m->n >= 10 ? _("go to") : _("pick"),
		"i", _("all stretches"), "u", _("bring back"),
	};
	size_t nback = 0;
	struct menu_layout l;
	bool compact;

	snprintf(range, sizeof range, "1-%zu", m->n);
	erase();
	layout_menu(LINES, COLS, m->n, &l);
	/* room under the list for the line on what was left out, wrapped */
	if (m->dropped != NULL)
		layout_menu(LINES, COLS, m->n + menu_dropped_rows(m, &l.list), &l);
	if (l.kind == LAYOUT_TOO_SMALL) {
		ui_too_small(ui, NULL);
		return;
	}
	compact = l.kind == LAYOUT_COMPACT;
	ui_put(ui, l.title.y, l.title.x, l.title.w, ui_attr(ui, UI_ACCENT), m->title);
	ui_hline(ui, l.rule.y, l.rule.x, l.rule.w);
	m->top = layout_scroll(m->sel, m->top, (size_t)l.list.h, m->n);
	menu_scroll_to_dropped(m, &l.list);
	if (m->n == 0)
		ui_put(ui, l.list.y, l.list.x + 2, l.list.w - 2, A_NORMAL, m->empty);
	for (size_t i = m->top; i < m->n && (int)(i - m->top) < l.list.h; i++) {
		int y = l.list.y + (int)(i - m->top);

		if (m->main)
			menu_draw_main_row(m, &l.list, y, i);
		else
			menu_draw_routine_row(m, &l.list, y, i, compact);
	}
	/* the routines left out for the settings, said under the list's end */
	if (m->dropped != NULL && m->n - m->top < (size_t)l.list.h) {
		int at = (int)(m->n - m->top);
		struct layout_rect under = { l.list.y + at, l.list.x + 2, l.list.h - at, l.list.w - 2 };

		ui_wrap(ui, &under, 0, 0, ui_attr(ui, UI_DIM), NULL, m->dropped);
	}
	if (l.detail.h > 0 && !l.beside)
		ui_hline(ui, l.detail.y - 1, l.detail.x, l.detail.w);
	else if (l.detail.h > 0)
		ui_vline(ui, l.detail.y, l.detail.x - 2, l.detail.h);
	/* a list cut short says so, on the rows around it where there are some */
	if (m->top > 0)
		ui_put_more(ui, compact ? l.title.y : l.rule.y, l.list.x, l.list.w, m->top, true);
	if (m->top + (size_t)l.list.h < m->n)
		ui_put_more(ui, compact ? l.list.y + l.list.h - 1 : l.list.y + l.list.h, l.list.x,
		    l.list.w, m->n - m->top - (size_t)l.list.h, false);
	menu_draw_detail(m, &l.detail);
	if (*ui->note != '\0' && l.keys.h > 0) {
		ui_put_note(ui, l.keys.y, l.keys.x, l.keys.w, 4);
	} else {
		/* no entries: nothing to pick by number; i only where routines are listed */
		if (m->n > 0 && m->e[m->sel].today != NULL && ui->opts.bring_back != NULL)
			today_hurt_changes(m->e[m->sel].today, &nback);
		if (m->main && nback > 0) {
			keys[8] = keys[10];
			keys[9] = keys[11];
		}
		ui_put_keys(ui, l.keys.y, l.keys.x, l.keys.w, keys, m->n == 0 ? 6 :
		    (m->main ? 8 : 10) + (nback > 0 ? 2 : 0));
	}
	if (m->info && m->n > 0 && m->e[m->sel].r != NULL)
		menu_draw_info(m);
}

static void
menu_draw_cb(void *st, bool full)
{
	(void)full;   /* a menu is cheap: always drawn whole */
	menu_draw(st);
}

/*
 * A digit typed: up to 9 entries it picks that one at once (true); from 10
 * on it moves to the number typed, a second digit soon after making it two
 * digits long ("1", "4": 14), and Enter picks.
 */
static bool
menu_digit(struct menu *m, int d)
{
	int64_t now = clock_mono_ms();
	size_t v = (size_t)d;

	if (m->n >= 10 && m->typed > 0 && now - m->typed_ms < MENU_DIGIT_MS &&
	    m->typed * 10 + v <= m->n)
		v += m->typed * 10;
	m->typed = v;
	m->typed_ms = now;
	if (v == 0 || v > m->n)
		return false;
	m->sel = v - 1;
	return m->n < 10;
}

/*
 * u: bring back what the highlighted routine leaves out or swaps for
 * hurting, then plan every entry again. False when there is nothing to bring back.
 */
static bool
menu_bring_back(struct menu *m)
{
	struct ui *ui = m->ui;
	const struct menu_entry *e = &m->e[m->sel];
	const char *const *ids;
	size_t n = 0;

	if (e->today == NULL || ui->opts.bring_back == NULL)
		return false;
	ids = today_hurt_changes(e->today, &n);
	if (n == 0)
		return false;
	snprintf(ui->note, sizeof ui->note, "%s", ui->opts.bring_back(ui->opts.bring_arg, ids, n));
	menu_plan_entries(&ui->opts, m->e, m->n);
	return true;
}

/* Menu keys: move, pick (returns the index + 1), back (MENU_KEY_BACK). */
static int
menu_key(void *st, int ch)
{
	struct menu *m = st;
	size_t last = m->n > 0 ? m->n - 1 : 0;

	if (m->info) {
		/* j/k scroll the box (held at its end when drawn); other keys close it */
		if (ch == 'j' || ch == KEY_DOWN || ch == ' ' || ch == KEY_NPAGE)
			m->info_top++;
		else if ((ch == 'k' || ch == KEY_UP || ch == KEY_PPAGE) && m->info_top > 0)
			m->info_top--;
		else if (ch != 'j' && ch != 'k' && ch != KEY_UP && ch != KEY_DOWN)
			m->info = false;
		return UI_STAY;
	}
	if ((ch == 'u' || ch == 'U') && m->n > 0 && menu_bring_back(m))
		return UI_STAY;
	if ((ch == 'i' || ch == 'I') && !m->main && m->n > 0) {
		m->info = true;
		m->info_top = 0;
		return UI_STAY;
	}
	switch (ch) {
	case KEY_UP: case 'k': if (m->sel > 0) m->sel--; break;
	case KEY_DOWN: case 'j': if (m->sel < last) m->sel++; break;
	case KEY_HOME: case 'g': m->sel = 0; break;
	case KEY_END: case 'G': m->sel = last; break;
	case KEY_NPAGE: m->sel = m->sel + 10 < last ? m->sel + 10 : last; break;
	case KEY_PPAGE: m->sel = m->sel > 10 ? m->sel - 10 : 0; break;
	case '\n': case '\r': case KEY_ENTER: case KEY_RIGHT:
		if (m->n > 0)
			return (int)m->sel + 1;
		break;
	case 'q': case 'Q': case UI_KEY_ESC: case KEY_LEFT: case KEY_BACKSPACE:
		return MENU_KEY_BACK;
	default:
		if (ch >= '0' && ch <= '9' && menu_digit(m, ch - '0'))
			return (int)m->sel + 1;
		break;
	}
	return UI_STAY;
}

/* Run one menu until an entry is picked (its index), q (MENU_BACK) or a signal. */
static int
menu_run(struct menu *m)
{
	struct ui_screen scr = { m, menu_draw_cb, menu_key, NULL, NULL, NULL };
	int r = ui_run(m->ui, &scr);

	return r == UI_SIGNALLED ? MENU_SIGNAL : r == MENU_KEY_BACK ? MENU_BACK : r - 1;
}

static enum menu_choice
menu_pick_routine(struct ui *ui, const struct catalogue *c, enum menu_scope scope,
    const struct routine **routine, bool top)
{
	static const char *const titles[] = {
		[MENU_MAIN] = N_("All routines"), [MENU_MORNING] = N_("Morning routines"),
		[MENU_EVENING] = N_("Evening routines"), [MENU_ALL] = N_("All routines"),
	};
	struct menu m = { .ui = ui, .cat = c, .title = _(titles[scope]), .quits = top };
	enum menu_choice ch = CHOICE_QUIT;
	struct menu_entry *e;
	int picked;
	size_t dropped;
	char why[512];

	m.empty = _("No routines here yet.");
	m.n = menu_routines(&ui->opts, c, scope, &e, &dropped);
	if (dropped > 0)
		m.dropped = frontend_dropped_line(&ui->opts, dropped, why, sizeof why);
	m.e = e;
	for (size_t i = 0; i < m.n; i++)
		if (ui_text_cols(ui, e[i].label) > m.name_w)
			m.name_w = ui_text_cols(ui, e[i].label);
	/* back on the routine picked last time in this list */
	m.sel = ui->list_sel[scope] < m.n ? ui->list_sel[scope] : 0;
	picked = menu_run(&m);
	ui->list_sel[scope] = m.sel;
	if (picked == MENU_SIGNAL)
		ch = CHOICE_SIGNAL;
	else if (picked >= 0) {
		*routine = e[picked].r;
		ch = CHOICE_ROUTINE;
	}
	menu_entries_done(e, m.n);
	free(e);
	return ch;
}

/* The row to highlight first: Morning before noon, Evening from 17:00, else the first. */
static size_t
menu_time_of_day(const struct menu_entry *e, size_t n)
{
	time_t now = clock_wall();
	struct tm tm;
	int want = -1;

	if (localtime_r(&now, &tm) != NULL)
		want = tm.tm_hour < 12 ? MENU_MORNING : tm.tm_hour >= 17 ? MENU_EVENING : -1;
	for (size_t i = 0; i < n && want >= 0; i++)
		if (e[i].scope == want)
			return i;
	return 0;
}

/*
 * The main menu's own entries, after any lead entries (today's programme
 * step first); a new first entry goes in front of these.
 */
static const struct menu_entry main_entries[] = {
	{ N_("Morning routines"), N_("Gentle routines to wake the back up after a night's sleep."),
	    CHOICE_ROUTINE, MENU_MORNING, NULL, 0, 0, { 0 }, NULL },
	{ N_("Evening routines"), N_("Slower routines with longer holds, to let the day's tension go."),
	    CHOICE_ROUTINE, MENU_EVENING, NULL, 0, 0, { 0 }, NULL },
	{ N_("All routines"), N_("Every routine in the catalogue."), CHOICE_ROUTINE, MENU_ALL, NULL, 0, 0, { 0 }, NULL },
	{ N_("Build a routine"), N_("Put together a routine from the time you have, the areas to work "
	    "and the equipment at hand."), CHOICE_BUILD, -1, NULL, 0, 0, { 0 }, NULL },
	{ N_("History"), N_("Past sessions, your streak, and how your back has felt before and after."),
	    CHOICE_HISTORY, -1, NULL, 0, 0, { 0 }, NULL },
	{ N_("Safety notes"), N_("When to ease off, and the signs that mean stop and see a "
	    "health professional."), CHOICE_SAFETY, -1, NULL, 0, 0, { 0 }, NULL },
	{ N_("About your back"), N_("Four questions: where it is, whether it goes down a leg, "
	    "what eases it, and the conditions to allow for. The answers steer what is offered."),
	    CHOICE_PROFILE, -1, NULL, 0, 0,
	    { 0 }, NULL },
};

#define NMAIN (sizeof main_entries / sizeof main_entries[0])

/* The main menu's rows into e: the lead entries, then its own. Returns how many. */
static size_t
menu_main_entries(struct ui *ui, struct menu_entry *e)
{
	size_t n = 0;

	for (size_t i = 0; i < ui->opts.nlead && i < FRONTEND_LEADS; i++) {
		e[n++] = (struct menu_entry){ ui->opts.lead[i].label, ui->opts.lead[i].desc,
		    CHOICE_ROUTINE, -1, ui->opts.lead[i].routine, 0, 0, { 0 }, NULL };
		if (e[n - 1].r != NULL)
			menu_plan_entries(&ui->opts, &e[n - 1], 1);
		if (ui->opts.lead[i].open_on && !ui->lead_opened) {
			ui->main_sel = i;
			ui->lead_opened = true;
		}
	}
	for (size_t i = 0; i < NMAIN; i++) {
		e[n] = main_entries[i];
		e[n].label = _(e[n].label);
		e[n].desc = _(e[n].desc);
		n++;
	}
	return n;
}

enum menu_choice
ui_choose(void *ctx, const struct catalogue *c, enum menu_scope scope,
    const struct routine **routine, enum menu_scope *from)
{
	struct ui *ui = ctx;
	struct menu m = { .ui = ui, .cat = c, .title = "stretchcoach", .main = true };
	struct menu_entry e[FRONTEND_LEADS + NMAIN];
	enum menu_choice ch;

	if (frontend_signal() != 0)
		return CHOICE_SIGNAL;
	if (!ui->menu_seen) {
		/* the menu the program opened with is the one whose q quits */
		ui->menu_seen = true;
		ui->top_scope = scope;
	}
	*from = scope;
	if (scope != MENU_MAIN)
		return menu_pick_routine(ui, c, scope, routine, (int)scope == ui->top_scope);
	if (!ui->main_sel_set) {
		/* a lead entry (today's step) first; else by the time of day */
		ui->main_sel_set = true;
		ui->main_sel = ui->opts.nlead > 0 ? 0 : menu_time_of_day(main_entries, NMAIN);
	}
	m.n = menu_main_entries(ui, e);
	m.e = e;
	m.quits = true;
	m.sel = ui->main_sel;
	for (;;) {
		int picked = menu_run(&m);

		ui->main_sel = m.sel;
		if (picked == MENU_SIGNAL || picked == MENU_BACK) {
			ch = picked == MENU_SIGNAL ? CHOICE_SIGNAL : CHOICE_QUIT;
			break;
		}
		if ((size_t)picked < ui->opts.nlead && e[picked].r == NULL) {
			const struct frontend_lead *l = &ui->opts.lead[picked];

			snprintf(ui->note, sizeof ui->note, "%s",
			    l->act != NULL ? l->act(l->arg) : l->desc);
			menu_plan_entries(&ui->opts, e, m.n);   /* a stretch may be back */
			continue;
		}
		if ((size_t)picked < ui->opts.nlead) {
			*routine = e[picked].r;
			ch = CHOICE_ROUTINE;
			break;
		}
		if (m.e[picked].scope < 0) {
			ch = m.e[picked].choice;
			break;
		}
		*from = (enum menu_scope)m.e[picked].scope;
		ch = menu_pick_routine(ui, c, *from, routine, false);
		if (ch != CHOICE_QUIT)
			break;
		menu_plan_entries(&ui->opts, e, m.n);   /* brought back in that menu */
	}
	menu_entries_done(e, m.n);
	return ch;
}
