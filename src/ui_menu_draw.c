/* ui_menu_draw.c — drawing the main menu and the menus of routines. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "cue.h"
#include "diag.h"
#include "i18n.h"
#include "keymap.h"
#include "layout.h"
#include "text.h"
#include "today.h"
#include "ui_menu_int.h"

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

	if (sel != A_NORMAL)
		ui_fill_row(y, r->x, r->w, sel);
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

	if (sel != A_NORMAL)
		ui_fill_row(y, r->x, r->w, sel);
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

/* The words of a routine's detail into d, what fits: its mark, description and changes; their rows. */
static int
menu_routine_text(struct menu *m, const struct layout_rect *d)
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
	return y + menu_draw_changes(ui, d, y, &m->e[m->sel]);
}

/*
 * The detail of a routine: its description, what changed today, and the
 * stretches that run. Words with no row left under them for the stretches
 * are cut, and the last row says i reads the rest (the i box has it all).
 */
static void
menu_draw_routine_detail(struct menu *m, const struct layout_rect *d)
{
	const struct ui *ui = m->ui;
	const struct routine *r = menu_shown(&m->e[m->sel]);
	struct layout_rect measure = *d, top = *d;
	int y;

	measure.h = 0;
	if (menu_routine_text(m, &measure) > d->h - 1) {
		char more[128];

		top.h = d->h - 1;
		menu_routine_text(m, &top);
		snprintf(more, sizeof more, _("%s i reads the rest"), ui_glyph(ui, G_ELLIPSIS));
		ui_put(ui, d->y + d->h - 1, d->x, d->w, ui_attr(ui, UI_DIM), more);
		return;
	}
	y = menu_routine_text(m, d);
	for (size_t i = 0; i < r->nitems && y < d->h; i++, y++) {
		char lead[32], dose[64], more[64];
		int x;

		if (y == d->h - 1 && i + 1 < r->nitems) {
			if (i == 0)
				/* TRANSLATORS: The one line of a routine's preview when none of its stretches
				   fits: %s is an ellipsis ("…"), %zu how many stretches. i is the key that
				   shows them: keep it i. */
				snprintf(more, sizeof more, ngettext("%s %zu stretch (i shows it)",
				    "%s %zu stretches (i shows them)", r->nitems), ui_glyph(ui, G_ELLIPSIS),
				    r->nitems);
			else
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

/*
 * The detail of a main-menu entry into d, what fits of it: what it does, and the
 * routines it leads to. Returns the rows it needs whole.
 */
static int
menu_main_detail_body(struct menu *m, const struct layout_rect *d)
{
	const struct ui *ui = m->ui;
	const struct menu_entry *e = &m->e[m->sel];
	const struct routine **list;
	size_t n = 0, dropped;
	int y = ui_wrap(ui, d, 0, 0, A_NORMAL, NULL, e->desc) + 1;

	/* a lead entry: what changed today, and the stretches of the routine it starts */
	if (e->r != NULL)
		y += menu_draw_changes(ui, d, y, e);
	for (size_t i = 0; e->r != NULL && i < menu_shown(e)->nitems; i++, y++) {
		char line[160];

		snprintf(line, sizeof line, "%s %s", ui_glyph(ui, G_BULLET),
		    menu_shown(e)->items[i].stretch->name);
		if (y < d->h)
			ui_put(ui, d->y + y, d->x + 2, d->w - 2, A_NORMAL, line);
	}
	if (e->scope >= 0)
		n = menu_scope_list(&ui->opts, m->cat, (enum menu_scope)e->scope, &list, &dropped);
	for (size_t i = 0; i < n; i++, y++) {
		char line[160];

		snprintf(line, sizeof line, "%s %s", ui_glyph(ui, G_BULLET), list[i]->name);
		if (y < d->h)
			ui_put(ui, d->y + y, d->x + 2, d->w - 2, A_NORMAL, line);
	}
	if (e->scope >= 0)
		free(list);
	/* the row after the text is a gap only when something follows it */
	return e->r != NULL || n > 0 ? y : y - 1;
}

/* The detail of a main-menu entry; where it does not fit, its last row says i reads it whole. */
static void
menu_draw_main_detail(struct menu *m, const struct layout_rect *d)
{
	struct layout_rect measure = *d, top = *d;
	char more[128];

	measure.h = 0;
	m->cut = menu_main_detail_body(m, &measure) > d->h;
	if (!m->cut) {
		menu_main_detail_body(m, d);
		return;
	}
	top.h = d->h - 1;
	menu_main_detail_body(m, &top);
	/* TRANSLATORS: The last line of the main menu's detail pane when its text does not fit:
	   %s is an ellipsis ("…"). i is the key that opens the whole text: keep it i. */
	snprintf(more, sizeof more, _("%s i reads the rest"), ui_glyph(m->ui, G_ELLIPSIS));
	ui_put(m->ui, d->y + d->h - 1, d->x, d->w, ui_attr(m->ui, UI_DIM), more);
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
	char **owned = xcalloc(r->nitems + 4, sizeof *owned), dose[64], *note;
	size_t n = 0;

	/* the words a small screen cuts from the preview, whole: the description, what changed today */
	if (*r->description != '\0') {
		owned[n++] = xstrdup(r->description);
		owned[n++] = xstrdup("");
	}
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

/* The i box of a main-menu entry: its whole text, what changed today, and where it leads. */
static void
menu_draw_main_info(struct menu *m)
{
	const struct ui *ui = m->ui;
	const struct menu_entry *e = &m->e[m->sel];
	const struct routine **list = NULL;
	size_t n = 0, nlist = 0, dropped, nitems = e->r != NULL ? menu_shown(e)->nitems : 0;
	char **owned, *note;

	if (e->scope >= 0)
		nlist = menu_scope_list(&ui->opts, m->cat, (enum menu_scope)e->scope, &list, &dropped);
	owned = xcalloc(nitems + nlist + 3, sizeof *owned);
	owned[n++] = xstrdup(e->desc);
	if (e->r != NULL && (note = menu_change_line(ui, e, true)) != NULL)
		owned[n++] = note;
	if (nitems + nlist > 0)
		owned[n++] = xstrdup("");
	for (size_t i = 0; i < nitems; i++)
		owned[n++] = xasprintf("%s %s", ui_glyph(ui, G_BULLET),
		    menu_shown(e)->items[i].stretch->name);
	for (size_t i = 0; i < nlist; i++)
		owned[n++] = xasprintf("%s %s", ui_glyph(ui, G_BULLET), list[i]->name);
	free(list);
	m->info_top = ui_message_box_from(m->ui, e->label, (const char *const *)owned, n,
	    m->info_top, _("j/k scroll    other keys back"));
	text_lines_free(owned, n);
}

/* The rows text takes under a list as wide as list. */
static size_t
menu_text_rows(const struct menu *m, const struct layout_rect *list, const char *text)
{
	struct layout_rect measure = { 0, 0, 0, list->w - 2 };

	return (size_t)ui_wrap(m->ui, &measure, 0, 0, A_NORMAL, NULL, text);
}

/* The line on what was left out that fits under list: naming them, else counting them. */
static const char *
menu_dropped_text(const struct menu *m, const struct layout_rect *list)
{
	if (m->dropped_brief == NULL || menu_text_rows(m, list, m->dropped) < (size_t)list->h)
		return m->dropped;
	return m->dropped_brief;
}

/* The rows the line on what was left out takes under a list as wide as list. */
static size_t
menu_dropped_rows(const struct menu *m, const struct layout_rect *list)
{
	return menu_text_rows(m, list, menu_dropped_text(m, list));
}

/* On the last row, scroll on so the line under the list (what was left out) shows too. */

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

/* The rows of the list that fit, the line on what was left out, and marks where it is cut. */
static void
menu_draw_list(struct menu *m, const struct menu_layout *l)
{
	struct ui *ui = m->ui;
	bool compact = l->kind == LAYOUT_COMPACT;

	m->top = layout_scroll(m->sel, m->top, (size_t)l->list.h, m->n);
	menu_scroll_to_dropped(m, &l->list);
	if (m->n == 0)
		ui_put(ui, l->list.y, l->list.x + 2, l->list.w - 2, A_NORMAL, m->empty);
	for (size_t i = m->top; i < m->n && (int)(i - m->top) < l->list.h; i++) {
		int y = l->list.y + (int)(i - m->top);

		if (m->main)
			menu_draw_main_row(m, &l->list, y, i);
		else
			menu_draw_routine_row(m, &l->list, y, i, compact);
	}
	/* the routines left out for the settings, said under the list's end */
	if (m->dropped != NULL && m->n - m->top < (size_t)l->list.h) {
		int at = (int)(m->n - m->top);
		struct layout_rect under = { l->list.y + at, l->list.x + 2, l->list.h - at, l->list.w - 2 };

		ui_wrap(ui, &under, 0, 0, ui_attr(ui, UI_DIM), NULL, menu_dropped_text(m, &l->list));
	}
	/* a list cut short says so, on the rows around it where there are some */
	if (m->top > 0)
		ui_put_more(ui, compact ? l->title.y : l->rule.y, l->list.x, l->list.w, m->top, true);
	if (m->top + (size_t)l->list.h < m->n)
		ui_put_more(ui, compact ? l->list.y + l->list.h - 1 : l->list.y + l->list.h, l->list.x,
		    l->list.w, m->n - m->top - (size_t)l->list.h, false);
}

void
menu_draw(struct menu *m)
{
	struct ui *ui = m->ui;
	char range[24];
	struct menu_layout l;

	snprintf(range, sizeof range, "1-%zu", m->n);
	ui_erase();
	layout_menu(LINES, COLS, m->n, &l);
	/* room under the list for the line on what was left out, wrapped */
	if (m->dropped != NULL)
		layout_menu(LINES, COLS, m->n + menu_dropped_rows(m, &l.list), &l);
	if (l.kind == LAYOUT_TOO_SMALL) {
		ui_too_small(ui, NULL);
		return;
	}
	ui_put(ui, l.title.y, l.title.x, l.title.w, ui_attr(ui, UI_ACCENT), m->title);
	ui_hline(ui, l.rule.y, l.rule.x, l.rule.w);
	if (l.detail.h > 0 && !l.beside)
		ui_hline(ui, l.detail.y - 1, l.detail.x, l.detail.w);
	else if (l.detail.h > 0)
		ui_vline(ui, l.detail.y, l.detail.x - 2, l.detail.h);
	menu_draw_list(m, &l);   /* after the rules: a list cut short marks them */
	menu_draw_detail(m, &l.detail);
	if (*ui->note != '\0' && l.keys.h > 0)
		ui_put_note(ui, l.keys.y, l.keys.x, l.keys.w, 4);
	else
		ui_put_screen_keys(ui, l.keys.y, l.keys.x, l.keys.w, keymap_menu(), menu_key_rows(m),
		    range);
	if (m->info && m->n > 0 && m->main)
		menu_draw_main_info(m);
	else if (m->info && m->n > 0 && m->e[m->sel].r != NULL)
		menu_draw_info(m);
	if (m->help)
		ui_screen_help(ui, keymap_menu(), menu_key_rows(m), range);
}
