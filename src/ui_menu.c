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
#include "home.h"
#include "i18n.h"
#include "keymap.h"
#include "layout.h"
#include "plan.h"
#include "profile.h"
#include "text.h"
#include "today.h"
#include "ui_curses_int.h"

#include "ui_menu_int.h"

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
const struct routine *
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
size_t
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
    struct menu_entry **out, char (*why)[768])
{
	const struct routine **list;
	size_t dropped, n = menu_scope_list(o, c, scope, &list, &dropped);
	struct menu_entry *e = xcalloc(n + 1, sizeof *e);

	for (size_t i = 0; i < n; i++)
		e[i] = (struct menu_entry){ .label = list[i]->name, .r = list[i], .scope = -1 };
	why[0][0] = why[1][0] = '\0';
	if (dropped > 0) {   /* which were left out (named, or counted when that is too long) */
		frontend_dropped_line(o, list + n, dropped, false, why[0], sizeof why[0]);
		frontend_dropped_line(o, list + n, dropped, true, why[1], sizeof why[1]);
	}
	free(list);
	menu_plan_entries(o, e, n);
	*out = e;
	return n;
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

unsigned
menu_key_rows(const struct menu *m)
{
	struct screen_keys t = keymap_menu();
	unsigned rows = 0;
	size_t nback = 0, digit = 0, info = 0;

	if (m->n > 0 && m->e[m->sel].today != NULL && m->ui->opts.bring_back != NULL)
		today_hurt_changes(m->e[m->sel].today, &nback);
	for (size_t i = 0; i < t.n; i++) {
		bool on;

		switch (t.rows[i].action) {
		case MENU_ACT_QUIT: on = m->quits; break;
		case MENU_ACT_BACK: on = !m->quits; break;
		/* the first digits row picks (up to 9 entries), the second goes to a number */
		case MENU_ACT_DIGIT: on = m->n > 0 && (digit++ == 0) == (m->n < 10); break;
		/* the first i row lists every stretch, the second reads a main entry whole */
		case MENU_ACT_INFO: on = m->n > 0 && (info++ == 0 ? !m->main : m->main && m->cut); break;
		case MENU_ACT_BRING: on = nback > 0; break;
		default: on = true; break;
		}
		rows |= on ? 1u << i : 0;
	}
	return rows;
}

/* The i box open: j/k scroll it (held at its end when drawn); other keys close it. */
static void
menu_info_key(struct menu *m, int key)
{
	if (key == 'j' || key == KEYMAP_DOWN || key == ' ' || key == KEYMAP_PGDN)
		m->info_top++;
	else if ((key == 'k' || key == KEYMAP_UP || key == KEYMAP_PGUP) && m->info_top > 0)
		m->info_top--;
	else if (key != 'k' && key != KEYMAP_UP)
		m->info = false;
}

/* Menu keys (keymap_menu()): move, pick (returns the index + 1), back (MENU_KEY_BACK). */
static int
menu_key(void *st, int ch)
{
	struct menu *m = st;
	size_t last = m->n > 0 ? m->n - 1 : 0;
	int key = ui_key_code(ch);

	if (m->info || m->help) {
		if (m->info)
			menu_info_key(m, key);
		m->help = false;   /* any key closes it */
		return UI_STAY;
	}
	switch (keymap_screen_action(keymap_menu(), menu_key_rows(m), key)) {
	case MENU_ACT_BRING: menu_bring_back(m); break;
	case MENU_ACT_INFO: m->info = true; m->info_top = 0; break;
	case MENU_ACT_HELP: m->help = true; break;
	case MENU_ACT_UP: if (m->sel > 0) m->sel--; break;
	case MENU_ACT_DOWN: if (m->sel < last) m->sel++; break;
	case MENU_ACT_FIRST: m->sel = 0; break;
	case MENU_ACT_LAST: m->sel = last; break;
	case MENU_ACT_PGDN: m->sel = m->sel + 10 < last ? m->sel + 10 : last; break;
	case MENU_ACT_PGUP: m->sel = m->sel > 10 ? m->sel - 10 : 0; break;
	case MENU_ACT_CHOOSE:
		if (m->n > 0)
			return (int)m->sel + 1;
		break;
	case MENU_ACT_QUIT: case MENU_ACT_BACK: return MENU_KEY_BACK;
	case MENU_ACT_DIGIT:
		if (menu_digit(m, key - '0'))
			return (int)m->sel + 1;
		break;
	default: break;
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
	struct menu m = { .ui = ui, .cat = c, .title = _(home_scope_title(scope)), .quits = top };
	enum menu_choice ch = CHOICE_QUIT;
	struct menu_entry *e;
	int picked;
	char why[2][768];

	m.empty = _("No routines here yet.");
	m.n = menu_routines(&ui->opts, c, scope, &e, why);
	if (why[0][0] != '\0') {
		m.dropped = why[0];
		m.dropped_brief = why[1];
	}
	m.e = e;
	for (size_t i = 0; i < m.n; i++)
		if (ui_text_cols(ui, e[i].label) > m.name_w)
			m.name_w = ui_text_cols(ui, e[i].label);
	/* back on the routine picked last time in this list, wherever a session moved it */
	m.sel = ui->list_sel[scope] < m.n ? ui->list_sel[scope] : 0;
	for (size_t i = 0; i < m.n; i++)
		if (e[i].r != NULL && strcmp(e[i].r->id, ui->list_id[scope]) == 0)
			m.sel = i;
	picked = menu_run(&m);
	ui->list_sel[scope] = m.sel;
	snprintf(ui->list_id[scope], sizeof ui->list_id[scope], "%s",
	    m.n > 0 && e[m.sel].r != NULL ? e[m.sel].r->id : "");
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

/* The main menu's rows into e (room for FRONTEND_LEADS + the model's): the lead entries, then the model's (home.h). */
static size_t
menu_main_entries(struct ui *ui, struct menu_entry *e)
{
	size_t n = 0, nrows;
	const struct home_row *rows = home_rows(&nrows);

	for (size_t i = 0; i < ui->opts.nlead && i < FRONTEND_LEADS; i++) {
		e[n++] = (struct menu_entry){ .label = ui->opts.lead[i].label,
		    .desc = ui->opts.lead[i].desc, .scope = -1, .r = ui->opts.lead[i].routine };
		if (e[n - 1].r != NULL)
			menu_plan_entries(&ui->opts, &e[n - 1], 1);
		if (ui->opts.lead[i].open_on && !ui->lead_opened) {
			ui->main_sel = i;
			ui->lead_opened = true;
		}
	}
	for (size_t i = 0; i < nrows; i++)
		e[n++] = (struct menu_entry){ .label = _(rows[i].label), .desc = _(rows[i].desc),
		    .row = &rows[i], .scope = rows[i].kind == HOME_ROUTINES ? (int)rows[i].scope : -1 };
	return n;
}

/*
 * A lead entry picked: its routine (true), or the sentence it says shown
 * as a note (false, the menu stays).
 */
static bool
menu_lead_picked(struct ui *ui, struct menu *m, size_t picked, const struct routine **routine)
{
	const struct frontend_lead *l = &ui->opts.lead[picked];

	if (m->e[picked].r != NULL) {
		*routine = m->e[picked].r;
		return true;
	}
	snprintf(ui->note, sizeof ui->note, "%s", l->act != NULL ? l->act(l->arg) : l->desc);
	menu_plan_entries(&ui->opts, m->e, m->n);   /* a stretch may be back */
	return false;
}

/* Run the main menu m until something is picked: a routine, a row that opens a screen, or the end. */
static enum menu_choice
menu_main_run(struct ui *ui, struct menu *m, const struct routine **routine,
    enum menu_scope *from, const struct home_row **row)
{
	for (;;) {
		int picked = menu_run(m);
		enum menu_choice ch;

		ui->main_sel = m->sel;
		if (picked == MENU_SIGNAL || picked == MENU_BACK)
			return picked == MENU_SIGNAL ? CHOICE_SIGNAL : CHOICE_QUIT;
		if ((size_t)picked < ui->opts.nlead) {
			if (menu_lead_picked(ui, m, (size_t)picked, routine))
				return CHOICE_ROUTINE;
			continue;
		}
		if (m->e[picked].scope < 0) {
			*row = m->e[picked].row;
			return CHOICE_SCREEN;
		}
		*from = (enum menu_scope)m->e[picked].scope;
		if ((ch = menu_pick_routine(ui, m->cat, *from, routine, false)) != CHOICE_QUIT)
			return ch;
		menu_plan_entries(&ui->opts, m->e, m->n);   /* brought back in that menu */
	}
}

enum menu_choice
ui_choose(void *ctx, const struct catalogue *c, enum menu_scope scope,
    const struct routine **routine, enum menu_scope *from, const struct home_row **row)
{
	struct ui *ui = ctx;
	struct menu m = { .ui = ui, .cat = c, .title = "stretchcoach", .main = true, .quits = true };
	size_t nrows;
	struct menu_entry *e;
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
	home_rows(&nrows);
	e = xcalloc(FRONTEND_LEADS + nrows, sizeof *e);
	m.n = menu_main_entries(ui, e);
	if (!ui->main_sel_set) {
		/* a lead entry (today's step) first; else by the time of day */
		ui->main_sel_set = true;
		ui->main_sel = ui->opts.nlead > 0 ? 0 : home_first_row(clock_wall());
	}
	m.e = e;
	m.sel = ui->main_sel;
	ch = menu_main_run(ui, &m, routine, from, row);
	menu_entries_done(e, m.n);
	free(e);
	return ch;
}
