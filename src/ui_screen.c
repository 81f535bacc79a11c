/* ui_screen.c — the session screen: stretch, countdown, breathing, progress. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "layout.h"
#include "plan.h"
#include "safety.h"
#include "session.h"
#include "text.h"
#include "ui_curses_int.h"

#define LABEL_W 10      /* "Get ready" and the other bar labels */
#define RIGHT_W 26      /* the text right of the bars, "12:30 / 20:00 · 10 of 12 done" */
#define BREATH_CELLS 8

/* True (and remembered) when the key of what a part should show differs from what it shows. */
static bool
changed(int64_t *shown, int64_t key)
{
	if (*shown == key)
		return false;
	*shown = key;
	return true;
}

static int
left_s(const struct session_view *v)
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
		snprintf(buf, size, "Get ready: %s", st->stretch->name);
	else if (st->kind == STEP_REST && st->set <= 1)
		snprintf(buf, size, "Up next: %s", st->stretch->name);
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
		join(ui, buf, size, st->side == SIDE_LEFT ? "Left side" : "Right side");
	if (st->kind == STEP_REPS && v->reps > 0) {
		snprintf(part, sizeof part, "Rep %d of %d", v->rep, v->reps);
		join(ui, buf, size, part);
	}
	if (st->sets > 1) {
		snprintf(part, sizeof part, "Set %d of %d", st->set, st->sets);
		join(ui, buf, size, part);
	}
}

/* What to set up for a stretch: its equipment, or where to be. */
static void
screen_setup_text(const struct stretch *x, char *buf, size_t size)
{
	static const char *const where[] = {
		[POS_FLOOR] = "On the floor", [POS_SEATED] = "Seated", [POS_STANDING] = "Standing",
	};
	char eq[128];

	if (x->equipment != 0) {
		catalogue_join_names(eq, sizeof eq, x->equipment, catalogue_equipment_name, ", ");
		snprintf(buf, size, "Set up: %s", eq);
	} else {
		snprintf(buf, size, "%s, no equipment", where[x->position]);
	}
}

/* How much of a stretch is coming: "Hold 30 s each side, 2 sets". */
static void
screen_dose_text(const struct session_view *v, char *buf, size_t size)
{
	const struct step *w = v->next;
	int len;

	*buf = '\0';
	if (w == NULL || (w->kind != STEP_HOLD && w->kind != STEP_REPS))
		return;
	if (w->kind == STEP_REPS)
		len = snprintf(buf, size, "%d reps", w->reps);
	else
		len = snprintf(buf, size, "Hold %d s", w->seconds);
	if (len > 0 && (size_t)len < size && w->side != SIDE_NONE)
		len += snprintf(buf + len, size - (size_t)len, " each side");
	if (len > 0 && (size_t)len < size && w->sets > 1)
		snprintf(buf + len, size - (size_t)len, ", %d sets", w->sets);
}

static void
screen_art(struct coach *c, const struct stretch *x)
{
	const struct layout_rect *r = &c->lay.art;

	for (size_t i = 0; i < x->art.n && (int)i < r->h; i++)
		ui_put(c->ui, r->y + (int)i, r->x, r->w, ui_attr(c->ui, UI_ACCENT), x->art.v[i]);
}

/* The steps, numbered, then the cautions; "…" where they run out of room. */
static void
screen_text(struct coach *c, const struct stretch *x)
{
	const struct ui *ui = c->ui;
	const struct layout_rect *r = &c->lay.text;
	int y = 0;
	bool over = false;

	for (size_t i = 0; i < x->steps.n && !over; i++) {
		char lead[32];

		snprintf(lead, sizeof lead, "%zu. ", i + 1);
		y += ui_wrap(ui, r, y, 0, A_NORMAL, lead, x->steps.v[i]);
		over = y > r->h;
	}
	for (size_t i = 0; i < x->cautions.n && !over; i++) {
		if (i == 0)
			y++;
		y += ui_wrap(ui, r, y, 0, ui_attr(ui, UI_WARN), "! ", x->cautions.v[i]);
		over = y > r->h;
	}
	if (over && r->h > 0) {
		ui_clear_row(r->y + r->h - 1, r->x, r->w);
		ui_put(ui, r->y + r->h - 1, r->x + 3, r->w - 3, ui_attr(ui, UI_DIM),
		    ui_glyph(ui, G_ELLIPSIS));
	}
}

static void
screen_keys(struct coach *c)
{
	static const char *const full[] = {
		"space", "pause", "n", "skip", "b", "back", "h", "it hurts",
		"+/-", "5 s", "?", "help", "q", "quit",
	};
	static const char *const compact[] = {
		"space", "pause", "?", "help", "q", "quit", "n", "skip", "b", "back",
	};
	const struct layout_rect *r = &c->lay.keys;

	if (c->lay.kind == LAYOUT_FULL)
		ui_put_keys(c->ui, r->y, r->x, r->w, full, sizeof full / sizeof full[0]);
	else
		ui_put_keys(c->ui, r->y, r->x, r->w, compact, sizeof compact / sizeof compact[0]);
}

/* Everything that stays put for the whole step. */
static void
screen_static(struct coach *c, const struct session_view *v)
{
	const struct ui *ui = c->ui;
	const struct stretch *x = v->step->stretch;
	const struct layout_rect *h = &c->lay.header;
	char buf[64];

	if (h->h > 0) {
		snprintf(buf, sizeof buf, "Stretch %zu of %zu", v->item + 1, v->nitems);
		ui_put_right(ui, h->y, h->x, h->w, A_NORMAL, buf);
		ui_put(ui, h->y, h->x, h->w - (int)strlen(buf) - 2, ui_attr(ui, UI_ACCENT),
		    session_plan(c->s)->routine->name);
	}
	if (c->lay.rule.h > 0)
		ui_hline(ui, c->lay.rule.y, c->lay.rule.x, c->lay.rule.w);
	if (c->lay.art.h > 0)
		screen_art(c, x);
	if (c->lay.text.h > 0)
		screen_text(c, x);
	screen_keys(c);
}

/* The stretch name, and its side, rep and set (at its right, or on the line below). */
static void
screen_title(struct coach *c, const struct session_view *v)
{
	const struct ui *ui = c->ui;
	const struct layout_rect *t = &c->lay.title, *sub = &c->lay.sub;
	char name[128], side[96];
	int sw;

	if (!changed(&c->shown.title, (int64_t)v->step_index << 20 | v->rep))
		return;
	screen_title_text(v, name, sizeof name);
	screen_side_text(ui, v, side, sizeof side);
	if (sub->h > 0 && *side == '\0' && v->step->kind == STEP_READY)
		screen_dose_text(v, side, sizeof side);
	ui_clear_rect(t);
	ui_clear_rect(sub);
	if (sub->h > 0) {
		ui_put(ui, t->y, t->x, t->w, A_BOLD, name);
		ui_put(ui, sub->y, sub->x, sub->w, A_NORMAL, side);
		return;
	}
	sw = ui_text_cols(ui, side);
	if (sw > t->w / 2)
		sw = t->w / 2;
	ui_put_right(ui, t->y, t->x, t->w, A_BOLD, side);
	ui_put(ui, t->y, t->x, t->w - sw - (sw > 0 ? 2 : 0), A_BOLD, name);
}

static void
screen_count(struct coach *c, const struct session_view *v)
{
	const struct ui *ui = c->ui;
	const struct layout_rect *r = &c->lay.count;
	char clock[16], line[48];

	if (!changed(&c->shown.count, left_s(v)))
		return;
	text_clock(clock, sizeof clock, left_s(v));
	if (c->lay.big) {
		/*
		 * Plain cells (an attribute change costs more bytes than a digit),
		 * drawn over the last ones: cleared only when the width changes.
		 */
		if (changed(&c->shown.count_w, (int64_t)strlen(clock)))
			ui_clear_rect(r);
		ui_big(ui, r, clock, A_NORMAL);
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

/* A line of text centred in r at row dy, wrapped onto the rows below when long. */
static int
screen_centered(const struct ui *ui, const struct layout_rect *r, int dy, attr_t a, const char *s)
{
	char **lines;
	size_t n = text_wrap(s, r->w > 0 ? r->w : 1, &lines);

	for (size_t i = 0; i < n; i++)
		ui_put_center(ui, r, dy + (int)i, a, lines[i]);
	text_lines_free(lines, n);
	return (int)n;
}

/* Between the holds: get ready, switch sides, rest; and what to do next. */
static void
screen_transition(struct coach *c, const struct session_view *v)
{
	const struct ui *ui = c->ui;
	const struct layout_rect *r = &c->lay.breath;
	const struct step *st = v->step;
	char a[160] = "", b[160] = "";

	if (st->kind == STEP_READY) {
		screen_setup_text(st->stretch, a, sizeof a);
		screen_dose_text(v, b, sizeof b);
	} else if (st->kind == STEP_SWITCH) {
		snprintf(a, sizeof a, "Next: the right side");
	} else if (st->set <= 1) {
		snprintf(a, sizeof a, "Next: %s", st->stretch->name);
		screen_setup_text(st->stretch, b, sizeof b);
	} else {
		snprintf(a, sizeof a, "Next: set %d of %d", st->set, st->sets);
	}
	if (c->lay.kind == LAYOUT_COMPACT) {
		ui_put(ui, r->y, r->x, r->w, A_NORMAL, a);
		if (r->h > 1)
			ui_put(ui, r->y + 1, r->x, r->w, A_NORMAL, b);
		return;
	}
	ui_put_center(ui, r, 0, ui_attr(ui, UI_ACCENT), plan_step_kind_name(st->kind));
	screen_centered(ui, &(struct layout_rect){ r->y + 1, r->x, 1, r->w }, 0, A_NORMAL, a);
	if (r->h > 2)
		screen_centered(ui, &(struct layout_rect){ r->y + 2, r->x, r->h - 2, r->w }, 0,
		    A_NORMAL, b);
}

/* The breathing words: "Breathe in · breath 2 of 3" and the cue ("In " and "2/3" when compact). */
static void
screen_breath_words(const struct session_view *v, bool compact, char *words, size_t wsize,
    char *count, size_t csize, char *cue, size_t qsize)
{
	bool in = v->breath == BREATH_IN;

	snprintf(words, wsize, "%s", compact ? (in ? "In " : "Out") :
	    (in ? "Breathe in" : "Breathe out"));
	if (v->reps > 0)
		snprintf(count, csize, compact ? "%d/%d" : "rep %d of %d", v->rep, v->reps);
	else
		snprintf(count, csize, compact ? "%d/%d" : "breath %d of %d",
		    v->breath_n, v->breath_count);
	*cue = '\0';
	if (v->cue != NULL)
		snprintf(cue, qsize, "%s: %s", in ? "Inhale" : "Exhale", v->cue);
}

static void
screen_breath_text(struct coach *c, const struct session_view *v, int bx, int cells)
{
	const struct ui *ui = c->ui;
	const struct layout_rect *r = &c->lay.breath;
	bool compact = c->lay.kind == LAYOUT_COMPACT;
	char words[64], count[48], cue[160], line[160];

	screen_breath_words(v, compact, words, sizeof words, count, sizeof count, cue, sizeof cue);
	ui_clear_rect(r);
	if (compact) {
		ui_put(ui, r->y, r->x, 4, ui_attr(ui, UI_ACCENT), words);
		ui_put(ui, r->y, bx + 2 * cells, r->x + r->w - bx - 2 * cells, A_NORMAL, count);
		if (r->h > 1)
			ui_put(ui, r->y + 1, r->x, r->w, A_NORMAL, cue);
		return;
	}
	snprintf(line, sizeof line, "%s%s%s", words, ui_glyph(ui, G_SEP), count);
	ui_put_center(ui, r, 0, A_BOLD, line);
	if (r->h > 2 && *cue != '\0')
		screen_centered(ui, &(struct layout_rect){ r->y + 2, r->x, r->h - 2, r->w }, 0,
		    A_NORMAL, cue);
}

static void
screen_breath(struct coach *c, const struct session_view *v)
{
	const struct layout_rect *r = &c->lay.breath;
	bool compact = c->lay.kind == LAYOUT_COMPACT;
	int cells, fill, bx, by;
	int64_t key;

	if (v->breath == BREATH_NONE) {
		c->breath_cells = 0;
		if (changed(&c->shown.words, -2 - (int64_t)v->step_index)) {
			ui_clear_rect(r);
			screen_transition(c, v);
		}
		return;
	}
	/* 8 steps a phase: at 4:6 they fall on half and three-quarter seconds */
	cells = compact ? (r->w - 4 - 6 + 1) / 2 : BREATH_CELLS;
	cells = cells > BREATH_CELLS ? BREATH_CELLS : cells < 3 ? 3 : cells;
	c->breath_cells = cells;
	/* compact: "In  ● ● ● ○ ○ 2/3" on one row; full: words, then the bar centred below */
	bx = compact ? r->x + 4 : r->x + (r->w - (2 * cells - 1)) / 2;
	by = compact ? r->y : r->y + 1;
	key = (int64_t)v->step_index << 24 | (int64_t)v->breath << 20 |
	    (int64_t)v->breath_n << 10 | v->rep;
	if (changed(&c->shown.words, key)) {
		screen_breath_text(c, v, bx, cells);
		c->shown.bar = -1;
	}
	/* the bar alone changes a cell at a time, timed to the breath */
	fill = layout_breath_fill(v->breath == BREATH_IN, v->phase_elapsed_ms, v->phase_ms, cells);
	if (by < r->y + r->h && changed(&c->shown.bar, fill))
		ui_breath_bar(c->ui, by, bx, cells, fill);
}

/*
 * Width of a progress bar in r with `right` beside it. On a full screen both
 * bars have the same width, so they line up and the hold bar (which moves
 * every second or so) stays short.
 */
static int
screen_bar_width(const struct ui *ui, const struct layout_rect *r, const char *right)
{
	int lw = r->w >= 40 ? LABEL_W : 0;

	return r->w >= 60 ? r->w - lw - RIGHT_W : r->w - lw - ui_text_cols(ui, right) - 1;
}

/* One progress row: the label, the bar (when it moved), the text at the right (when it changed). */
static void
screen_bar_row(const struct ui *ui, const struct layout_rect *r, const char *label,
    int bw, int fill, bool all, const char *right)
{
	int lw = r->w >= 40 ? LABEL_W : 0;

	if (all) {
		ui_clear_rect(r);
		if (lw > 0)
			ui_put(ui, r->y, r->x, lw - 1, A_NORMAL, label);
	}
	if (bw < 4) {
		ui_clear_row(r->y, r->x + lw, r->w - lw);
		ui_put(ui, r->y, r->x + lw, r->w - lw, A_NORMAL, right);
		return;
	}
	if (fill >= 0)
		ui_bar(ui, r->y, r->x + lw, bw, fill, A_NORMAL);
	if (right != NULL) {
		ui_clear_row(r->y, r->x + lw + bw, r->w - lw - bw);
		ui_put(ui, r->y, r->x + lw + bw + 1, r->w - lw - bw - 1, A_NORMAL, right);
	}
}

static void
screen_hold_bar(struct coach *c, const struct session_view *v)
{
	const struct layout_rect *h = &c->lay.hold_bar;
	char total[16] = "0:00:00";   /* the widest it can be, until we know */
	int bw, fill;

	if (h->w < 60)
		text_clock(total, sizeof total, (long)(v->step_total_ms / 1000));
	bw = screen_bar_width(c->ui, h, total);
	fill = layout_fill(v->step_total_ms - v->step_left_ms, v->step_total_ms, bw);
	/* +/- changes the total: the key holds it too */
	if (!changed(&c->shown.hold, (int64_t)v->step_index << 40 | v->step_total_ms << 12 | fill))
		return;
	text_clock(total, sizeof total, (long)(v->step_total_ms / 1000));
	screen_bar_row(c->ui, h, plan_step_kind_name(v->step->kind), bw, fill, true, total);
}

static void
screen_routine_bar(struct coach *c, const struct session_view *v)
{
	const struct ui *ui = c->ui;
	const struct layout_rect *r = &c->lay.routine_bar;
	char el[16], total[16], right[64];
	int64_t el_s = v->routine_elapsed_ms / 1000;
	bool first = c->shown.rtext < 0, text;
	int bw, fill;

	text = changed(&c->shown.rtext, el_s << 32 | (int64_t)v->routine_total_ms / 1000 << 12 |
	    (int64_t)v->items_done);
	if (!text && c->shown.rbar >= 0 && r->w >= 60) {
		/* the common wake: only the bar might have moved */
		bw = screen_bar_width(ui, r, "");
		fill = layout_fill(v->routine_elapsed_ms, v->routine_total_ms, bw);
		if (changed(&c->shown.rbar, fill))
			screen_bar_row(ui, r, NULL, bw, fill, false, NULL);
		return;
	}
	if (!text)
		return;
	text_clock(el, sizeof el, (long)el_s);
	text_clock(total, sizeof total, (long)(v->routine_total_ms / 1000));
	if (r->w >= 40)
		snprintf(right, sizeof right, "%s / %s%s%zu of %zu done", el, total,
		    ui_glyph(ui, G_SEP), v->items_done, v->nitems);
	else
		snprintf(right, sizeof right, "%zu/%zu", v->items_done, v->nitems);
	bw = screen_bar_width(ui, r, right);
	fill = layout_fill(v->routine_elapsed_ms, v->routine_total_ms, bw);
	screen_bar_row(ui, r, "Routine", bw, changed(&c->shown.rbar, fill) ? fill : -1,
	    first || r->w < 60, right);
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
	}
	if (r->h == 0 || !changed(&c->shown.msg, (int64_t)c->msg_gen << 1 | v->paused))
		return;
	ui_clear_rect(r);
	if (v->paused) {
		snprintf(pad, sizeof pad, " %s ", r->w >= 34 ? "Paused. Press space to resume." :
		    "PAUSED");
		ui_put_center(ui, r, 0, ui_attr(ui, UI_BANNER), pad);
	} else {
		ui_put_center(ui, r, 0, A_BOLD, c->msg);
	}
}

static void
screen_overlay(struct coach *c)
{
	static const char *const help[] = {
		"space    pause or resume",
		"n or ->  skip to the next stretch",
		"b or <-  back to the previous stretch",
		"h        this hurts: stop this stretch and mark it",
		"+ or -   five seconds more or less on this hold",
		"q        quit (asks first; what you did is kept)",
		"Ctrl-Z   step away; type fg to come back",
	};
	static const char *const quit[] = {
		"End this session now?", "What you have done so far is kept in your history.",
	};
	const char *lines[24];
	char first[160];
	size_t n, k = 0;
	const char *const *advice = safety_hurt_lines(&n);

	switch (c->overlay) {
	case OV_HELP:
		ui_message_box(c->ui, "Keys", help, sizeof help / sizeof help[0], "any key to go back");
		break;
	case OV_QUIT:
		ui_message_box(c->ui, "Quit?", quit, 2, "y quit    n keep going");
		break;
	case OV_HURT:
		if (c->hurt != NULL) {
			snprintf(first, sizeof first, "%s is marked \"hurt\" and left for today.",
			    c->hurt->name);
			lines[k++] = first;
		}
		for (size_t i = 0; i < n && k < sizeof lines / sizeof lines[0]; i++)
			lines[k++] = advice[i];
		ui_message_box(c->ui, "Stopped", lines, k, "any key to go on");
		break;
	case OV_NONE:
		break;
	}
}

void
ui_screen_draw(struct coach *c, const struct session_view *v)
{
	if (c->full || v->step != c->step) {
		const struct stretch *x = v->step->stretch;
		int aw = 0;
		char clock[16];

		for (size_t i = 0; i < x->art.n; i++)
			if (ui_text_cols(c->ui, x->art.v[i]) > aw)
				aw = ui_text_cols(c->ui, x->art.v[i]);
		text_clock(clock, sizeof clock, (long)((v->step_total_ms + 999) / 1000));
		layout_coach(LINES, COLS, (int)x->art.n, aw, layout_big_width(clock), &c->lay);
		memset(&c->shown, 0xff, sizeof c->shown);   /* every key -1: draw it all */
		c->step = v->step;
		erase();
		if (c->lay.kind != LAYOUT_TOO_SMALL)
			screen_static(c, v);
	} else if (c->overlay != OV_NONE) {
		return;   /* the box stays over a screen that is standing still */
	}
	if (c->lay.kind == LAYOUT_TOO_SMALL) {
		char clock[16], line[32];

		if (changed(&c->shown.count, (int64_t)left_s(v) << 1 | v->paused)) {
			text_clock(clock, sizeof clock, left_s(v));
			snprintf(line, sizeof line, "%s%s", clock, v->paused ? " paused" : "");
			ui_too_small(c->ui, line);
		}
		c->breath_cells = 0;
	} else {
		screen_title(c, v);
		screen_count(c, v);
		screen_breath(c, v);
		if (c->lay.hold_bar.h > 0)
			screen_hold_bar(c, v);
		if (c->lay.routine_bar.h > 0)
			screen_routine_bar(c, v);
		screen_message(c, v);
	}
	if (c->overlay != OV_NONE && c->full)
		screen_overlay(c);
	c->full = false;
}
