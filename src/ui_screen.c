/* ui_screen.c — the session screen: its layout, the stretch, the countdown, messages, overlays. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "clock.h"
#include "cue.h"
#include "diag.h"
#include "i18n.h"
#include "keymap.h"
#include "layout.h"
#include "plan.h"
#include "session.h"
#include "text.h"
#include "ui_curses_int.h"


bool
ui_changed(int64_t *shown, int64_t key)
{
	if (*shown == key)
		return false;
	*shown = key;
	return true;
}

int
ui_left_s(const struct session_view *v)
{
	return (int)((v->step_left_ms + 999) / 1000);
}

/* Appends s to buf (size bytes) after a separator when buf is not empty. */
static void
join(const struct ui *ui, char *buf, size_t size, const char *s)
{
	size_t len = strlen(buf);

	if (*s == '\0' || len + 1 >= size)
		return;
	snprintf(buf + len, size - len, "%s%s", len > 0 ? ui_glyph(ui, G_SEP) : "", s);
}

/* The stretch line: "Knee-to-Chest", "Get ready: Cat-Cow", "Up next: Pigeon". */
static void
screen_title_text(const struct session_view *v, char *buf, size_t size)
{
	const struct step *st = v->step;

	if (st->kind == STEP_READY)
		/* TRANSLATORS: %s is the stretch's name; a heading, one line. */
		snprintf(buf, size, _("Get ready: %s"), st->stretch->name);
	else if (st->kind == STEP_REST && st->set <= 1)
		/* TRANSLATORS: %s is the next stretch's name; a heading, one line. */
		snprintf(buf, size, _("Up next: %s"), st->stretch->name);
	else
		snprintf(buf, size, "%s", st->stretch->name);
}

/* Side, repetition and set: "Left side · Rep 3 of 10 · Set 2 of 2". */
static void
screen_side_text(const struct ui *ui, const struct session_view *v, char *buf, size_t size)
{
	const struct step *st = v->step;
	char part[48];

	*buf = '\0';
	if (st->kind == STEP_READY || (st->kind == STEP_REST && st->set <= 1))
		return;
	if (st->side != SIDE_NONE && st->kind != STEP_REST)
		join(ui, buf, size, cue_side(st->side));
	if (st->kind == STEP_REPS && v->reps > 0)
		join(ui, buf, size, cue_rep(part, sizeof part, v->rep, v->reps));
	if (st->sets > 1)
		join(ui, buf, size, cue_set(part, sizeof part, st->set, st->sets));
}

/* The picture for this moment: a breath frame on its half of the breath, else the still art. */
static const struct str_list *
screen_picture(const struct stretch *x, const struct session_view *v, int *key)
{
	*key = 0;
	if (x->frame_in.n > 0 && v->breath == BREATH_IN)
		*key = 1;
	else if (x->frame_out.n > 0 && v->breath == BREATH_OUT)
		*key = 2;
	return *key == 1 ? &x->frame_in : *key == 2 ? &x->frame_out : &x->art;
}

static void
screen_art(struct coach *c, const struct session_view *v)
{
	const struct layout_rect *r = &c->lay.art;
	int key;
	const struct str_list *pic = screen_picture(v->step->stretch, v, &key);

	if (!ui_changed(&c->shown.art, key))
		return;
	ui_clear_rect(r);
	for (size_t i = 0; i < pic->n && (int)i < r->h; i++)
		ui_put(c->ui, r->y + (int)i, r->x, r->w, ui_attr(c->ui, UI_ACCENT), pic->v[i]);
}

/* The tallest and widest of the still art and the breath frames, for the layout. */
static void
screen_art_size(const struct coach *c, const struct stretch *x, int *h, int *w)
{
	const struct str_list *pics[] = { &x->art, &x->frame_in, &x->frame_out };

	*h = *w = 0;
	for (size_t k = 0; k < 3; k++) {
		if ((int)pics[k]->n > *h)
			*h = (int)pics[k]->n;
		for (size_t i = 0; i < pics[k]->n; i++)
			if (ui_text_cols(c->ui, pics[k]->v[i]) > *w)
				*w = ui_text_cols(c->ui, pics[k]->v[i]);
	}
}

/*
 * Draw (or, with r off the screen, measure) the steps of x numbered from row
 * *y of r, then its cautions from row *cy of cr, a blank row before them.
 * Returns false when something did not fit.
 */
static bool
screen_text_into(const struct ui *ui, const struct stretch *x, const struct layout_rect *r,
    int *y, const struct layout_rect *cr, int *cy)
{
	bool fits = true;

	for (size_t i = 0; i < x->steps.n; i++) {
		char lead[32];

		snprintf(lead, sizeof lead, "%zu. ", i + 1);
		*y += ui_wrap(ui, r, *y, 0, A_NORMAL, lead, x->steps.v[i]);
		fits = fits && *y <= r->h;
	}
	if (cr == r)
		*cy = *y;
	for (size_t i = 0; i < x->cautions.n; i++) {
		*cy += (i == 0 && *cy > 0);
		*cy += ui_wrap(ui, cr, *cy, 0, ui_attr(ui, UI_WARN), "! ", x->cautions.v[i]);
		fits = fits && *cy <= cr->h;
	}
	return fits;
}

/* The last row of r given to a dim mark that the rest is one key away ("…  i: every step"). */
static void
screen_text_more(const struct ui *ui, const struct layout_rect *r, int indent, const char *more)
{
	ui_clear_row(r->y + r->h - 1, r->x, r->w);
	ui_put(ui, r->y + r->h - 1, r->x + indent, r->w - indent, ui_attr(ui, UI_DIM), more);
}

/*
 * The steps, then the cautions (beside, under the coaching, when there is
 * room); "…" where either is cut, in the column that is cut.
 */
static void
screen_text(struct coach *c, const struct stretch *x)
{
	const struct ui *ui = c->ui;
	const struct layout_rect *r = &c->lay.text;
	const struct layout_rect *cr = c->lay.notes.h > 0 && x->cautions.n > 0 ? &c->lay.notes : r;
	int y = 0, cy = 0;
	bool fits = screen_text_into(ui, x, r, &y, cr, &cy);
	char more[96];

	if (r->h > 0 && (cr == r ? !fits : y > r->h)) {
		/* TRANSLATORS: %s is an ellipsis; i is the key the code reads (it stays i). */
		snprintf(more, sizeof more, _("%s  i: every step"), ui_glyph(ui, G_ELLIPSIS));
		screen_text_more(ui, r, 3, more);
	}
	if (cr != r && cy > cr->h) {
		/* TRANSLATORS: %s is an ellipsis; i is the key the code reads (it stays i). Ends a column of cautions cut short: at most 30 columns. */
		snprintf(more, sizeof more, _("%s  i: every caution"), ui_glyph(ui, G_ELLIPSIS));
		screen_text_more(ui, cr, 2, more);
	}
}

/* True when the steps and cautions of x fit the layout as it stands. */
static bool
screen_text_fits(const struct coach *c, const struct stretch *x)
{
	struct layout_rect off = c->lay.text, noff = c->lay.notes;
	int y = 0, cy = 0;

	if (off.h <= 0)
		return x->steps.n == 0;
	off.y = noff.y = -1000;   /* measured, not drawn */
	return screen_text_into(c->ui, x, &off, &y,
	    noff.h > 0 && x->cautions.n > 0 ? &noff : &off, &cy);
}

/* The fewest step rows under a picture before the picture gives way to the steps. */
#define SCREEN_STEP_ROWS_MIN 4

/*
 * Lay the screen out for stretch x. Free rows go to the steps and cautions
 * before they are cut: the big digits give way first (the countdown stays,
 * on one row). The picture stays while it leaves SCREEN_STEP_ROWS_MIN rows
 * for the steps, which are then cut with `i` showing the rest (a floor
 * stretch is hard to picture from words alone); else it gives way too. When
 * nothing makes them fit, the picture and the big digits stay and `i` shows
 * the rest.
 */
static void
screen_layout(struct coach *c, const struct stretch *x, int count_w)
{
	const int tries[][2] = { { 1, 1 }, { 1, 0 }, { 0, 1 }, { 0, 0 } };   /* art, big */
	struct coach_layout first;
	int ah, aw;

	screen_art_size(c, x, &ah, &aw);
	for (size_t i = 0; i < sizeof tries / sizeof tries[0]; i++) {
		layout_coach(LINES, COLS, tries[i][0] ? ah : 0, tries[i][0] ? aw : 0,
		    tries[i][1] ? count_w : 0, &c->lay);
		if (i == 0)
			first = c->lay;
		if (c->lay.kind != LAYOUT_FULL || screen_text_fits(c, x))
			return;
		if (i == 1 && c->lay.art.h > 0 && c->lay.text.h >= SCREEN_STEP_ROWS_MIN)
			return;   /* the picture, the first steps, and i for the rest */
	}
	if (first.text.h > 0)
		c->lay = first;
}

/* Columns one key-bar row takes: "space pause". */
static int
screen_key_cols(const struct keymap_entry *e, bool paused)
{
	const char *label = paused && e->label_paused != NULL ? e->label_paused : e->label;

	return text_width(e->bar_key) + 1 + text_width(label);
}

/* The key bar, from the key table: as many keys as fit, "? help" and "q quit" always. */
/* + and -: they act on a timed hold only, so they are offered there only. */
static bool
adjusts(const struct keymap_entry *e)
{
	return e->cmd == KEY_CMD_MORE || e->cmd == KEY_CMD_LESS;
}

static void
screen_keys(struct coach *c, bool paused, bool hold)
{
	const struct layout_rect *r = &c->lay.keys;
	const char *pairs[32];
	size_t n, k = 0;
	const struct keymap_entry *keys = keymap_session(&n);
	unsigned rows = ~0u, keep;

	for (size_t i = 0; i < n; i++)
		if (!hold && adjusts(&keys[i]))
			rows &= ~(1u << i);
	/* too narrow: the least needed keys go whole, never a bare key; ? lists them all */
	keep = keymap_bar_fit_only(r->w, screen_key_cols, paused, rows);
	for (size_t i = 0; i < n && k + 2 <= sizeof pairs / sizeof pairs[0]; i++) {
		if (!(keep & (1u << i)))
			continue;
		pairs[k++] = keys[i].bar_key;
		pairs[k++] = paused && keys[i].label_paused != NULL ? keys[i].label_paused : keys[i].label;
	}
	ui_clear_row(r->y, r->x, r->w);
	ui_put_keys(c->ui, r->y, r->x, r->w, pairs, k);
}

/* Everything that stays put for the whole step. */
static void
screen_static(struct coach *c, const struct session_view *v)
{
	const struct ui *ui = c->ui;
	const struct stretch *x = v->step->stretch;
	const struct layout_rect *h = &c->lay.header;
	char buf[96];

	if (h->h > 0) {
		/* TRANSLATORS: the stretch's number in the routine, then the count; top right of the screen. */
		snprintf(buf, sizeof buf, _("Stretch %zu of %zu"), v->item + 1, v->nitems);
		ui_put_right(ui, h->y, h->x, h->w, A_NORMAL, buf);
		ui_put(ui, h->y, h->x, h->w - ui_text_cols(ui, buf) - 2, ui_attr(ui, UI_ACCENT),
		    session_plan(c->s)->routine->name);
	}
	if (c->lay.rule.h > 0)
		ui_hline(ui, c->lay.rule.y, c->lay.rule.x, c->lay.rule.w);
	if (c->lay.text.h > 0)
		screen_text(c, x);
}

/* The stretch name, and its side, rep and set (at its right, or on the line below). */
static void
screen_title(struct coach *c, const struct session_view *v)
{
	const struct ui *ui = c->ui;
	const struct layout_rect *t = &c->lay.title, *sub = &c->lay.sub;
	char name[128], side[96];
	int sw;

	if (!ui_changed(&c->shown.title, (int64_t)v->step_index << 20 | v->rep))
		return;
	screen_title_text(v, name, sizeof name);
	screen_side_text(ui, v, side, sizeof side);
	ui_clear_rect(t);
	ui_clear_rect(sub);
	if (sub->h > 0) {
		ui_put(ui, t->y, t->x, t->w, A_BOLD, name);
		ui_put(ui, sub->y, sub->x, sub->w, A_NORMAL, side);
		return;
	}
	/* the counter whole where it can be (cut with … past all but 12 columns),
	 * the name in what is left: neither draws over the other */
	sw = ui_text_cols(ui, side);
	if (sw > t->w - 12)
		sw = t->w - 12 > 0 ? t->w - 12 : 0;
	ui_put_right(ui, t->y, t->x + t->w - sw, sw, A_BOLD, side);
	ui_put(ui, t->y, t->x, t->w - sw - (sw > 0 ? 2 : 0), A_BOLD, name);
}

static void
screen_count(struct coach *c, const struct session_view *v)
{
	const struct ui *ui = c->ui;
	const struct layout_rect *r = &c->lay.count;
	char clock[16], line[48];

	if (!ui_changed(&c->shown.count, ui_left_s(v)))
		return;
	text_clock(clock, sizeof clock, ui_left_s(v));
	if (c->lay.big) {
		/*
		 * Plain cells (an attribute change costs more bytes than a digit),
		 * drawn over the last ones, only the digits that changed; all
		 * afresh when the width changes (10:00 to 9:59).
		 */
		if (strlen(clock) != strlen(c->shown_clock)) {
			ui_clear_rect(r);
			*c->shown_clock = '\0';
		}
		ui_big(ui, r, clock, *c->shown_clock != '\0' ? c->shown_clock : NULL, A_NORMAL);
		memcpy(c->shown_clock, clock, strlen(clock) + 1 < sizeof c->shown_clock ?
		    strlen(clock) + 1 : sizeof c->shown_clock);
		c->shown_clock[sizeof c->shown_clock - 1] = '\0';
		return;
	}
	ui_clear_rect(r);
	if (c->lay.kind == LAYOUT_COMPACT) {
		snprintf(line, sizeof line, "%s  %s", plan_step_kind_name(v->step->kind), clock);
		ui_put_center(ui, r, 0, ui_attr(ui, UI_COUNT), line);
	} else {
		ui_put_center(ui, r, 0, ui_attr(ui, UI_COUNT), clock);
	}
}

static void
screen_message(struct coach *c, const struct session_view *v)
{
	struct ui *ui = c->ui;
	const struct layout_rect *r = &c->lay.message;
	char pad[192];

	if (!v->paused && *c->msg == '\0' && *ui->note != '\0') {
		snprintf(c->msg, sizeof c->msg, "%s", ui->note);
		*ui->note = '\0';
		c->msg_gen++;
		/* a note left from before the session goes, as the session's own messages do */
		c->msg_until = clock_mono_ms() + 2 * MSG_MS;
	}
	if (r->h == 0 || !ui_changed(&c->shown.msg, (int64_t)c->msg_gen << 1 | v->paused))
		return;
	ui_clear_rect(r);
	if (v->paused) {
		const char *full = _("Paused. Press space to resume.");

		snprintf(pad, sizeof pad, " %s ", ui_text_cols(ui, full) + 4 <= r->w ? full : _("PAUSED"));
		ui_put_center(ui, r, 0, ui_attr(ui, UI_BANNER), pad);
	} else {
		ui_put_center(ui, r, 0, A_BOLD, c->msg);
	}
}

/* The help box's lines, from the key table ("key\twhat it does"); returns how many. */
static size_t
screen_help_lines(char buf[][96], size_t max)
{
	size_t n, k = 0;
	const struct keymap_entry *keys = keymap_session(&n);

	/* every key of the table, + and - too: the bar shows them on a hold */
	for (size_t i = 0; i < n && k < max; i++)
		if (keys[i].help != NULL)
			snprintf(buf[k++], sizeof buf[0], "%s\t%s", keys[i].help_key, keys[i].help);
	if (k < max)
		/* TRANSLATORS: the suspend key as the keyboard labels it (German: Strg-Z). */
		snprintf(buf[k++], sizeof buf[0], "%s\t%s", _("Ctrl-Z"), _("step away; type fg to come back"));
	return k;
}

/* Every step and caution of the stretch on screen, in a box that scrolls (j/k). */
static void
screen_info(struct coach *c)
{
	const struct stretch *x = c->step->stretch;
	char *owned[32];
	const char *lines[32];
	size_t k = 0;

	for (size_t i = 0; i < x->steps.n && k < 32; i++)
		lines[k] = owned[k] = xasprintf("%zu.\t%s", i + 1, x->steps.v[i]), k++;
	for (size_t i = 0; i < x->cautions.n && k < 32; i++)
		lines[k] = owned[k] = xasprintf("!\t%s", x->cautions.v[i]), k++;
	c->info_top = ui_message_box_from(c->ui, x->name, lines, k, c->info_top,
	    _("j/k scroll    q back"));
	for (size_t i = 0; i < k; i++)
		free(owned[i]);
}

/* The box after "it hurts": what was marked, the question, its answers, the red flags. */
static void
screen_hurt(struct coach *c)
{
	const struct frontend_hurt_ask *a = &c->hurt;
	char answers[3][200];
	const char *lines[16];
	size_t k = 0;

	if (c->hurt_msg[0] != '\0')
		lines[k++] = c->hurt_msg;
	for (size_t i = 0; i < a->nlines; i++)
		lines[k++] = a->lines[i];
	for (size_t i = 0; i < a->nanswers; i++) {
		snprintf(answers[i], sizeof answers[i], "%c\t%s", a->keys[i], a->answers[i]);
		lines[k++] = answers[i];
	}
	for (size_t i = 0; i < a->nafter; i++)
		lines[k++] = a->after[i];
	/* j/k scroll it where it does not fit (50x15) */
	c->info_top = ui_message_box_from(c->ui, _("Ease off"), lines, k, c->info_top,
	    frontend_hurt_ask_keys(a));
}

static void
screen_overlay(struct coach *c)
{
	static const char *const quit[] = {
		N_("End this session now?"), N_("What you have done so far is kept in your history."),
	};
	const char *quit_shown[] = { _(quit[0]), _(quit[1]) };
	char help[16][96], yes[96];
	const char *lines[24];
	size_t k = 0;

	switch (c->overlay) {
	case OV_HELP:
		k = screen_help_lines(help, sizeof help / sizeof help[0]);
		for (size_t i = 0; i < k; i++)
			lines[i] = help[i];
		/* j/k scroll it where it does not fit (50x15) */
		c->info_top = ui_message_box_from(c->ui, _("Keys"), lines, k, c->info_top,
		    ui_message_box_scrolls(c->ui, lines, k) ? _("j/k scroll    other keys back") :
		    _("any key to go back"));
		break;
	case OV_QUIT:
		/* TRANSLATORS: %c is the yes key (as translated for "y"); n is the key for no. */
		snprintf(yes, sizeof yes, _("%c quit    n keep going"), i18n_yes_key());
		ui_message_box(c->ui, _("Quit?"), quit_shown, 2, yes);
		break;
	case OV_HURT:
		screen_hurt(c);
		break;
	case OV_INFO:
		screen_info(c);
		break;
	case OV_NONE:
		break;
	}
}

void
ui_screen_draw(struct coach *c, const struct session_view *v)
{
	if (c->full || v->step != c->step) {
		char clock[16];

		text_clock(clock, sizeof clock, (long)((v->step_total_ms + 999) / 1000));
		screen_layout(c, v->step->stretch, layout_big_width(clock));
		memset(&c->shown, 0xff, sizeof c->shown);   /* every key -1: draw it all */
		*c->shown_clock = '\0';
		c->step = v->step;
		ui_erase();
		if (c->lay.kind != LAYOUT_TOO_SMALL)
			screen_static(c, v);
		c->full = true;   /* a new step under an open box: the box again, over it */
	} else if (c->overlay != OV_NONE && c->overlay != OV_INFO) {
		return;   /* the box stays over a paused screen that is standing still */
	}
	if (c->lay.kind == LAYOUT_TOO_SMALL) {
		char clock[16], line[64];

		if (ui_changed(&c->shown.count, (int64_t)ui_left_s(v) << 1 | v->paused)) {
			text_clock(clock, sizeof clock, ui_left_s(v));
			snprintf(line, sizeof line, "%s%s", clock, v->paused ? _(" paused") : "");
			ui_too_small(c->ui, line);
		}
		c->breath_cells = 0;
	} else {
		screen_title(c, v);
		if (c->lay.art.h > 0)
			screen_art(c, v);
		screen_count(c, v);
		ui_panel_breath(c, v);
		if (c->lay.hold_bar.h > 0)
			ui_panel_hold_bar(c, v);
		if (c->lay.routine_bar.h > 0)
			ui_panel_routine_bar(c, v);
		screen_message(c, v);
		if (ui_changed(&c->shown.keys, v->paused | (v->step->kind == STEP_HOLD) << 1))
			screen_keys(c, v->paused, v->step->kind == STEP_HOLD);
	}
	/*
	 * The steps box (i) leaves the timer running: the screen goes on
	 * around it, and the box is drawn again over each frame (a frame sends
	 * only the cells that changed, so the box costs nothing to redraw).
	 */
	if (c->overlay != OV_NONE && (c->full || c->overlay == OV_INFO))
		screen_overlay(c);
	c->full = false;
}
