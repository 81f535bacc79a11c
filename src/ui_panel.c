/* ui_panel.c — the coaching panel beside the countdown: breathing, what comes next, progress bars. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "i18n.h"
#include "cue.h"
#include "diag.h"
#include "layout.h"
#include "plan.h"
#include "session.h"
#include "text.h"
#include "ui_curses_int.h"

#define LABEL_W 10      /* "Get ready" and the other bar labels: the least room they get */
#define RIGHT_W 30      /* the text right of the bars and a space: "12:30 / 20:00 · 10 of 12 done" */
/*
 * Six cells, moved on the phase's whole seconds (layout_breath_fill): at
 * whole-second paces those are the countdown's seconds, so the breath adds
 * no wake-up of its own (one a second in all).
 */
#define BREATH_CELLS 6
#define BREATH_W(c) (UI_BREATH_PITCH * ((c) - 1) + 1)

/* What to set up for a stretch: its equipment, or where to be. */
static void
panel_setup_text(const struct stretch *x, char *buf, size_t size)
{
	static const char *const where[] = {
		[POS_FLOOR] = N_("On the floor"), [POS_SEATED] = N_("Seated"), [POS_STANDING] = N_("Standing"),
	};
	char eq[128];

	if (x->equipment != 0) {
		catalogue_join_names(eq, sizeof eq, x->equipment, catalogue_equipment_label, ", ");
		/* TRANSLATORS: A line of the coaching screen before a stretch: %s is the equipment to
		   set up ("towel, wall"). */
		snprintf(buf, size, _("Set up: %s"), eq);
	} else {
		/* TRANSLATORS: %s is "On the floor", "Seated" or "Standing". */
		snprintf(buf, size, _("%s, no equipment"), _(where[x->position]));
	}
}

/* How much of a stretch is coming: "Hold 30 s each side, 2 sets". */
static void
panel_dose_text(const struct session_view *v, char *buf, size_t size)
{
	const struct step *w = v->next;

	*buf = '\0';
	if (w == NULL || (w->kind != STEP_HOLD && w->kind != STEP_REPS))
		return;
	cue_dose(buf, size, &(struct cue_dose){ .hold = w->seconds,
	    .reps = w->kind == STEP_REPS ? w->reps : 0, .each_side = w->side != SIDE_NONE,
	    .sets = w->sets }, CUE_HOLD);
}

/* A line of text centred in r at row dy, wrapped onto the rows below when long. */
static int
panel_centered(const struct ui *ui, const struct layout_rect *r, int dy, attr_t a, const char *s)
{
	char **lines;
	size_t n = text_wrap(s, r->w > 0 ? r->w : 1, &lines);

	size_t rows = r->h - dy > 0 ? (size_t)(r->h - dy) : 0;

	for (size_t i = 0; i < n && i < rows; i++) {
		char *rest = NULL;

		/* the last row there is room for: the rest of the text, cut with … */
		for (size_t k = i + 1; i + 1 == rows && k < n; k++) {
			char *more = xasprintf("%s %s", rest != NULL ? rest : lines[i], lines[k]);

			free(rest);
			rest = more;
		}
		ui_put_center(ui, r, dy + (int)i, a, rest != NULL ? rest : lines[i]);
		free(rest);
	}
	text_lines_free(lines, n);
	return (int)n;
}

/* Between the holds: get ready, switch sides, rest; and what to do next. */
static void
panel_transition(struct coach *c, const struct session_view *v)
{
	const struct ui *ui = c->ui;
	const struct layout_rect *r = &c->lay.breath;
	const struct step *st = v->step;
	char a[160] = "", b[160] = "";

	if (st->kind == STEP_READY) {
		panel_setup_text(st->stretch, a, sizeof a);
		panel_dose_text(v, b, sizeof b);
	} else if (st->kind == STEP_SWITCH) {
		snprintf(a, sizeof a, "%s", _("Next: the right side"));
	} else if (st->set <= 1) {
		/* TRANSLATORS: A line of the rest between stretches: %s is the next stretch's name.
		   Use the glossary's word for "Next:". */
		snprintf(a, sizeof a, _("Next: %s"), st->stretch->name);
		panel_setup_text(st->stretch, b, sizeof b);
	} else {
		/* TRANSLATORS: A line of the rest between sets: the next set, then how many there are
		   ("Next: set 2 of 3"). Use the glossary's word for "Next:". */
		snprintf(a, sizeof a, _("Next: set %d of %d"), st->set, st->sets);
	}
	if (c->lay.kind == LAYOUT_COMPACT) {
		ui_put(ui, r->y, r->x, r->w, A_NORMAL, a);
		if (r->h > 1)
			ui_put(ui, r->y + 1, r->x, r->w, A_NORMAL, b);
		return;
	}
	ui_put_center(ui, r, 0, ui_attr(ui, UI_ACCENT), plan_step_kind_name(st->kind));
	panel_centered(ui, &(struct layout_rect){ r->y + 1, r->x, 1, r->w }, 0, A_NORMAL, a);
	if (r->h > 2)
		panel_centered(ui, &(struct layout_rect){ r->y + 2, r->x, r->h - 2, r->w }, 0,
		    A_NORMAL, b);
}

/* The breathing words: "Breathe in · breath 2 of 3" and the cue ("In " and "2/3" when compact). */
static void
panel_breath_words(const struct session_view *v, bool compact, char *words, size_t wsize,
    char *count, size_t csize, char *cue, size_t qsize)
{
	bool in = v->breath == BREATH_IN;

	/* TRANSLATORS: "In " and "Out" are the breath in a narrow terminal: 3 columns each. */
	snprintf(words, wsize, "%s", compact ? (in ? _("In ") : _("Out")) :
	    cue_breath(v->breath));
	if (v->reps > 0)
		/* TRANSLATORS: Beside the breath words on the coaching screen: the current repetition,
		   then how many ("rep 3 of 10"). Keep it short: it shares a line with the breath cue. */
		snprintf(count, csize, compact ? "%d/%d" : _("rep %d of %d"), v->rep, v->reps);
	else
		/* TRANSLATORS: Beside the breath words on the coaching screen: the current breath,
		   then how many in the hold ("breath 2 of 5"). Keep it short: it shares a line with
		   the breath cue. */
		snprintf(count, csize, compact ? "%d/%d" : _("breath %d of %d"),
		    v->breath_n, v->breath_count);
	*cue = '\0';
	if (v->cue != NULL)
		/* TRANSLATORS: %s is the stretch's own cue for the in-breath, from the catalogue
		   ("lift your chest"). Use the glossary's breath words. */
		snprintf(cue, qsize, in ? _("Inhale: %s") :
		    /* TRANSLATORS: %s is the stretch's own cue for the out-breath, from the catalogue
		       ("round your back"). Use the glossary's breath words. */
		    _("Exhale: %s"), v->cue);
}

static void
panel_breath_text(struct coach *c, const struct session_view *v, int bx, int cells)
{
	const struct ui *ui = c->ui;
	const struct layout_rect *r = &c->lay.breath;
	bool compact = c->lay.kind == LAYOUT_COMPACT;
	char words[64], count[48], cue[160], line[160];

	panel_breath_words(v, compact, words, sizeof words, count, sizeof count, cue, sizeof cue);
	ui_clear_rect(r);
	if (compact) {
		ui_put(ui, r->y, r->x, 4, ui_attr(ui, UI_ACCENT), words);
		ui_put(ui, r->y, bx + BREATH_W(cells) + 1, r->x + r->w - bx - BREATH_W(cells) - 1,
		    A_NORMAL, count);
		if (r->h > 1)
			ui_put(ui, r->y + 1, r->x, r->w, A_NORMAL, cue);
		return;
	}
	snprintf(line, sizeof line, "%s%s%s", words, ui_glyph(ui, G_SEP), count);
	ui_put_center(ui, r, 0, A_BOLD, line);
	if (r->h > 2 && *cue != '\0')
		panel_centered(ui, &(struct layout_rect){ r->y + 2, r->x, r->h - 2, r->w }, 0,
		    A_NORMAL, cue);
}

void
ui_panel_breath(struct coach *c, const struct session_view *v)
{
	const struct layout_rect *r = &c->lay.breath;
	bool compact = c->lay.kind == LAYOUT_COMPACT;
	int cells, fill, bx, by;
	int64_t key, was;

	if (v->breath == BREATH_NONE && v->reps > 0) {
		char line[64];

		/* repetitions at their own tempo: counted, the breath left free */
		int half = v->cue != NULL && v->cue == v->step->stretch->cue_out;

		c->breath_cells = 0;
		if (ui_changed(&c->shown.words,
		    -((int64_t)v->step_index << 12 | v->rep << 1 | half) - 1000000)) {
			if (compact)
				snprintf(line, sizeof line, "%d/%d", v->rep, v->reps);
			else
				/* TRANSLATORS: a counted stretch without a breath cue; %s is a
				   separator (" · "), then the rep number and the number of reps. */
				snprintf(line, sizeof line, _("Breathe freely%srep %d of %d"),
				    ui_glyph(c->ui, G_SEP), v->rep, v->reps);
			ui_clear_rect(r);
			ui_put_center(c->ui, r, 0, A_BOLD, line);
			if (r->h > 2 && v->cue != NULL)
				panel_centered(c->ui, &(struct layout_rect){ r->y + 2, r->x, r->h - 2, r->w },
				    0, A_NORMAL, v->cue);
		}
		return;
	}
	if (v->breath == BREATH_NONE) {
		c->breath_cells = 0;
		if (ui_changed(&c->shown.words, -2 - (int64_t)v->step_index)) {
			ui_clear_rect(r);
			panel_transition(c, v);
		}
		return;
	}
	/* compact: room for "In ", the bar and " 2/3" */
	cells = compact ? (r->w - 4 - 6 - 1) / UI_BREATH_PITCH + 1 : BREATH_CELLS;
	cells = cells > BREATH_CELLS ? BREATH_CELLS : cells < 3 ? 3 : cells;
	c->breath_cells = cells;
	/* compact: "In  ● ● ● ○ ○ 2/3" on one row; full: words, then the bar centred below */
	bx = compact ? r->x + 4 : r->x + (r->w - BREATH_W(cells)) / 2;
	by = compact ? r->y : r->y + 1;
	key = (int64_t)v->step_index << 24 | (int64_t)v->breath << 20 |
	    (int64_t)v->breath_n << 10 | v->rep;
	if (ui_changed(&c->shown.words, key)) {
		panel_breath_text(c, v, bx, cells);
		c->shown.bar = -1;
	}
	/* the bar alone changes a cell at a time, timed to the breath */
	fill = layout_breath_fill(v->breath == BREATH_IN, v->phase_elapsed_ms, v->phase_ms, cells);
	was = c->shown.bar;
	if (by < r->y + r->h && ui_changed(&c->shown.bar, fill))
		ui_breath_bar(c->ui, by, bx, cells, fill, (int)was);
}

/*
 * A progress row: label, bar, text at the right. On a full screen both bars
 * have the same width, so they line up and the hold bar (which moves every
 * second or so) stays short; narrower rows give the text what it needs.
 */
/*
 * The routine bar's label. Its time is the place in the plan, which jumps
 * with n and b, not the time gone by: the label says so.
 */
static const char *
routine_label(void)
{
	/* TRANSLATORS: the routine bar's label: how far into the plan the session is ("2:15 / 5:05"); n and b
	   move it. Not a body position: the person is in one. */
	return _("Progress");
}

/* Columns of the bars' labels: the widest step name or the routine bar's in this language, and a space. */
static int
panel_label_w(const struct ui *ui, const struct layout_rect *r)
{
	/*
	 * The widest label, measured once for each way of counting columns:
	 * the language is set before the first frame, and a frame a second
	 * measuring six translated words was a third of a hold's CPU.
	 */
	static int widest[2];
	int w;

	if (r->w < 40)
		return 0;
	if ((w = widest[ui->utf8]) == 0) {
		w = ui_text_cols(ui, routine_label()) + 1;
		for (int k = STEP_READY; k <= STEP_REST; k++)
			if (ui_text_cols(ui, plan_step_kind_name((enum step_kind)k)) + 1 > w)
				w = ui_text_cols(ui, plan_step_kind_name((enum step_kind)k)) + 1;
		widest[ui->utf8] = w;
	}
	/* a long word must not squeeze the bar to nothing */
	return w < LABEL_W ? LABEL_W : w > r->w / 4 ? r->w / 4 : w;
}

static int
panel_bar_width(const struct ui *ui, const struct layout_rect *r, const char *right)
{
	int lw = panel_label_w(ui, r);

	return r->w >= 60 ? r->w - lw - RIGHT_W : r->w - lw - ui_text_cols(ui, right) - 1;
}

/* Draw a whole progress row. */
static void
panel_bar_row(const struct ui *ui, const struct layout_rect *r, const char *label,
    int bw, int fill, const char *right)
{
	int lw = panel_label_w(ui, r);

	ui_clear_rect(r);
	if (lw > 0)
		ui_put(ui, r->y, r->x, lw - 1, A_NORMAL, label);
	if (bw < 4) {
		ui_put(ui, r->y, r->x + lw, r->w - lw, A_NORMAL, right);
		return;
	}
	ui_bar(ui, r->y, r->x + lw, bw, fill, A_NORMAL);
	ui_put(ui, r->y, r->x + lw + bw + 1, r->w - lw - bw - 1, A_NORMAL, right);
}

/* The bar of a drawn row moves from the fill in *shown to fill, a cell or so at a time. */
static void
panel_bar_move(const struct ui *ui, const struct layout_rect *r, int bw, int64_t *shown, int fill)
{
	int lw = panel_label_w(ui, r);

	if (bw >= 4 && *shown >= 0 && *shown != fill)
		ui_bar_step(ui, r->y, r->x + lw, (int)*shown, fill, A_NORMAL);
	*shown = fill;
}

void
ui_panel_hold_bar(struct coach *c, const struct session_view *v)
{
	const struct layout_rect *h = &c->lay.hold_bar;
	char total[16] = "";
	int bw, fill;

	/* on a wide row nothing needs formatting unless the step changed */
	if (h->w < 60)
		text_clock(total, sizeof total, (long)(v->step_total_ms / 1000));
	bw = panel_bar_width(c->ui, h, total);
	fill = layout_fill(v->step_total_ms - v->step_left_ms, v->step_total_ms, bw);
	/* a new step, or +/- changed its length: the whole row */
	if (ui_changed(&c->shown.hold, (int64_t)v->step_index << 32 | v->step_total_ms)) {
		text_clock(total, sizeof total, (long)(v->step_total_ms / 1000));
		panel_bar_row(c->ui, h, plan_step_kind_name(v->step->kind), bw, fill, total);
		c->shown.hfill = fill;
		return;
	}
	panel_bar_move(c->ui, h, bw, &c->shown.hfill, fill);
}

/* The text right of the routine bar: "0:27 / 2:00 · 0 of 2 done" ("0/2" when narrow). */
static void
panel_routine_text(const struct ui *ui, const struct layout_rect *r, const struct session_view *v,
    char *buf, size_t size)
{
	char el[16], total[16];
	int tw;

	if (r->w < 40) {
		snprintf(buf, size, "%zu/%zu", v->items_done, v->nitems);
		return;
	}
	text_clock(total, sizeof total, (long)(v->routine_total_ms / 1000));
	text_clock(el, sizeof el, (long)(v->routine_elapsed_ms / 1000));
	char done[48];

	tw = (int)strlen(total);
	/* TRANSLATORS: stretches done in the routine, right of its bar: at most 12 columns for "10 of 12 done". */
	snprintf(done, sizeof done, _("%zu of %zu done"), v->items_done, v->nitems);
	/* elapsed right-aligned under the width of the total, so its digits stay put */
	snprintf(buf, size, "%*s / %s%s%s", tw, el, total, ui_glyph(ui, G_SEP), done);
}

void
ui_panel_routine_bar(struct coach *c, const struct session_view *v)
{
	const struct ui *ui = c->ui;
	const struct layout_rect *r = &c->lay.routine_bar;
	char right[96], el[16], total[16];
	long el_s = (long)(v->routine_elapsed_ms / 1000), total_s = (long)(v->routine_total_ms / 1000);
	int bw, fill, tw;

	if (r->w < 60) {
		/* narrow: the text sets the bar's width; redraw the row when either moves */
		panel_routine_text(ui, r, v, right, sizeof right);
		bw = panel_bar_width(ui, r, right);
		fill = layout_fill(v->routine_elapsed_ms, v->routine_total_ms, bw);
		if (ui_changed(&c->shown.rtext, (int64_t)el_s << 24 | (int64_t)v->items_done << 12 |
		    fill))
			panel_bar_row(ui, r, routine_label(), bw, fill, right);
		return;
	}
	bw = panel_bar_width(ui, r, "");
	fill = layout_fill(v->routine_elapsed_ms, v->routine_total_ms, bw);
	if (ui_changed(&c->shown.rtext, (int64_t)total_s << 24 | (int64_t)v->items_done)) {
		panel_routine_text(ui, r, v, right, sizeof right);
		panel_bar_row(ui, r, routine_label(), bw, fill, right);
		c->shown.rel = el_s;
		c->shown.rbar = fill;
		return;
	}
	/* the common tick: the elapsed time's few cells, and now and then a bar cell */
	if (ui_changed(&c->shown.rel, el_s) && bw >= 4) {
		text_clock(total, sizeof total, total_s);
		text_clock(el, sizeof el, el_s);
		tw = (int)strlen(total);
		/* right-aligned under the total's width, as "%*s" would, without printf's cost each second */
		{
			int ew = (int)strlen(el), pad = tw > ew ? tw - ew : 0;

			memset(right, ' ', (size_t)pad);
			memcpy(right + pad, el, (size_t)ew + 1);
		}
		ui_put(ui, r->y, r->x + panel_label_w(ui, r) + bw + 1, tw, A_NORMAL, right);
	}
	panel_bar_move(ui, r, bw, &c->shown.rbar, fill);
}
