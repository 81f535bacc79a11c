/* ui_build.c — the Build screen: the request's fields, a live preview, run or save; My routines. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "build_form.h"
#include "builder.h"
#include "catalogue.h"
#include "diag.h"
#include "i18n.h"
#include "keymap.h"
#include "layout.h"
#include "paths.h"
#include "report.h"
#include "text.h"
#include "ui_curses_int.h"

enum { F_MINUTES, F_TIME, F_AREA, F_LEVEL, F_DESK, F_EQUIP, F_WORKS, F_COUNT };

struct build_screen {
	struct ui *ui;
	const struct catalogue *c;
	struct build_request *req;
	struct built *b;           /* the preview, or NULL when nothing fits */
	char *why;                 /* why nothing fits, owned */
	int field;
	int area;                  /* -1: any area, else the one AREA_ bit index */
	bool naming;               /* the name line is open */
	bool help;                 /* the ? box is open */
	bool info;                 /* the i box is open: the choices and the preview whole */
	size_t info_top;           /* its first line shown */
	char name[65];
	char msg[200];
	char msg_short[120];       /* the message said shorter, for a narrow screen; "" for none */
	bool saved;                /* something was saved into the user catalogue */
	/* what works: the stretches to prefer when that field is on (the request's, kept here) */
	const char *const *prefer;
	size_t nprefer;
};

/* The result ui_run() returns for Enter (run) and q (back). */
enum { BUILD_KEY_RUN = 1, BUILD_KEY_BACK, BUILD_KEY_MINE };

/* Build the preview again for the request as it stands now. */
static void
build_refresh(struct build_screen *bs)
{
	built_free(bs->b);
	free(bs->why);
	bs->why = NULL;
	bs->req->areas = bs->area < 0 ? 0 : 1u << bs->area;
	bs->b = builder_build(bs->c, bs->req, &bs->why);
}

/* The value of field f as the form shows it. */
static const char *
build_value(const struct build_screen *bs, int f, char *buf, size_t size)
{
	const struct build_request *q = bs->req;

	switch (f) {
	/* TRANSLATORS: %d is a number of minutes (10): the length of a built routine, shown in
	   config's table and in Build's form. Keep it short. */
	case F_MINUTES: snprintf(buf, size, _("%d min"), q->minutes); return buf;
	case F_TIME:
		return q->time == 0 ? _("any") : catalogue_time_label(q->time);
	case F_AREA:
		/* TRANSLATORS: Build's Area field when no area is chosen (the area: a feminine
		   noun in French, "Zone"). */
		return bs->area < 0 ? C_("build area", "any") : catalogue_area_label(1u << bs->area);
	case F_LEVEL:
		return q->level_given ? catalogue_level_label(q->level) : _("any");
	case F_DESK: return q->at_desk ? _("yes: seated and standing only") : _("no");
	case F_EQUIP: return q->without != 0 ? _("none") : _("anything needed");
	case F_WORKS:
		return q->nprefer > 0 ? _("yes: what eased you most first") :
		    bs->nprefer > 0 ? _("no") : _("no (3 sessions of a routine with both check-ins first)");
	default: return "";
	}
}

/* Move field f one step (dir -1 or +1), round the values it has. */
static void
build_change(struct build_screen *bs, int f, int dir)
{
	struct build_request *q = bs->req;
	int level = q->level_given ? (int)q->level + 1 : 0;

	switch (f) {
	case F_MINUTES:
		q->minutes = q->minutes + dir < 1 ? 1 : q->minutes + dir > 60 ? 60 : q->minutes + dir;
		break;
	case F_TIME:
		q->time = q->time == 0 ? (dir > 0 ? TIME_MORNING : TIME_EVENING) :
		    q->time == TIME_MORNING ? (dir > 0 ? TIME_EVENING : 0) : (dir > 0 ? 0 : TIME_MORNING);
		break;
	case F_AREA:
		bs->area = (bs->area + 1 + dir + AREA_COUNT + 1) % (AREA_COUNT + 1) - 1;
		break;
	case F_LEVEL:
		level = (level + dir + 4) % 4;
		q->level_given = level > 0;
		q->level = level > 0 ? (enum stretch_level)(level - 1) : LEVEL_GENTLE;
		break;
	case F_DESK: q->at_desk = !q->at_desk; break;
	case F_EQUIP: q->without = q->without != 0 ? 0 : (1u << EQUIP_COUNT) - 1; break;
	case F_WORKS: q->nprefer = q->nprefer > 0 ? 0 : bs->nprefer; break;
	default: break;
	}
	build_refresh(bs);
}

static const char *const labels[F_COUNT] = {
	N_("Minutes"), N_("Time of day"), N_("Area"), N_("Level"), N_("At a desk"),
	N_("Equipment"), N_("What works"),
};

static void
build_draw_form(struct build_screen *bs, const struct layout_rect *r)
{
	struct ui *ui = bs->ui;
	int lw = 14;

	/* the values start two columns past the widest label in this language */
	for (int f = 0; f < F_COUNT; f++)
		if (ui_text_cols(ui, _(labels[f])) > lw)
			lw = ui_text_cols(ui, _(labels[f]));
	for (int f = 0; f < F_COUNT && f < r->h; f++) {
		attr_t a = f == bs->field ? ui_attr(ui, UI_SELECT) : A_NORMAL;
		char buf[32];

		if (a != A_NORMAL)
			ui_fill_row(r->y + f, r->x, r->w, a);
		ui_put(ui, r->y + f, r->x + 1, lw, a | A_BOLD, _(labels[f]));
		ui_put(ui, r->y + f, r->x + lw + 2, r->w - lw - 2, a, build_value(bs, f, buf, sizeof buf));
	}
}

/*
 * A short screen's preview: the stretches' names run together on the rows
 * above the last, where the total goes (drawn by the caller's loop).
 */
static void
build_draw_names(struct build_screen *bs, const struct layout_rect *r, size_t rows)
{
	const struct routine *rt = built_routine(bs->b);
	struct layout_rect names = { r->y, r->x, (int)rows - 1, r->w };
	char *all = xstrdup(""), *next;

	for (size_t i = 0; i < rt->nitems; i++) {
		next = xasprintf("%s%s%zu. %s", all, i > 0 ? "  " : "", i + 1, rt->items[i].stretch->name);
		free(all);
		all = next;
	}
	ui_wrap(bs->ui, &names, 0, 0, A_NORMAL, NULL, all);
	free(all);
}

/* Whether line starts with the word of "Total" (the built routine's length). */
static bool
build_is_total(const char *line)
{
	size_t len = strlen(_("Total"));

	return strncmp(line, _("Total"), len) == 0 && line[len] == ' ';
}

/*
 * The preview whole, each line wrapped (a stretch's row goes on under its
 * number), where all of it fits in r: the total, what it needs and why it
 * falls short of the minutes asked. Returns false, drawing nothing, where it
 * does not fit.
 */
static bool
build_draw_whole(struct build_screen *bs, const struct layout_rect *r, const char *const *lines,
    size_t n)
{
	for (int pass = 0, y = 0; pass < 2; pass++, y = 0) {
		/* the first pass measures (no rows to draw in), the second draws */
		struct layout_rect at = { r->y, r->x, pass == 0 ? 0 : r->h, r->w };

		for (size_t i = 0; i < n; i++) {
			int lead = (int)strspn(lines[i], " ");
			attr_t a = i == 0 || build_is_total(lines[i]) ? A_BOLD : A_NORMAL;

			y += lines[i][lead] == '\0' ? 1 :
			    ui_wrap(bs->ui, &at, y, lead, a, NULL, lines[i] + lead);
		}
		if (y > r->h)
			return false;
	}
	return true;
}

/* The preview: the lines `build` prints, cut to the width. */
static void
build_draw_preview(struct build_screen *bs, const struct layout_rect *r)
{
	struct report rep = { 0 };
	char **lines;
	size_t n;
	bool compact;
	int blank = -1, total_y = -1;

	if (bs->b == NULL) {
		ui_wrap(bs->ui, r, 0, 0, ui_attr(bs->ui, UI_WARN), NULL,
		    bs->why != NULL ? bs->why : _("Nothing fits these choices."));
		return;
	}
	build_form_report(&rep, bs->b, bs->c, bs->ui->opts.hurt, bs->ui->opts.nhurt);
	n = report_lines(&rep, &lines);
	if (build_draw_whole(bs, r, (const char *const *)lines, n)) {
		text_lines_free(lines, n);
		report_done(&rep);
		return;
	}
	compact = (int)n > r->h + 2 && r->h < 6;
	if (compact && r->h >= 3) {
		/* short of rows: the names on a line or two, over the row that says i */
		build_draw_names(bs, r, (size_t)r->h - 1);
		blank = r->h - 2;
	} else if (compact) {
		build_draw_names(bs, r, (size_t)r->h);
	}
	/*
	 * The total stays in sight on the last row; the stretches fill the rows
	 * above, and when they are short of rows the description and the blank
	 * under it (lines 1 and 2) give theirs first.
	 */
	for (size_t i = 0, y = 0; i < n && (int)y < r->h; i++) {
		bool total = build_is_total(lines[i]);

		if ((!total && (int)y == r->h - 1) || ((i == 1 || i == 2) && (int)n > r->h) ||
		    (compact && !total))
			continue;
		if (compact)
			y = (size_t)r->h - 1;
		ui_put(bs->ui, r->y + (int)y, r->x, r->w,
		    i == 0 || total ? A_BOLD : A_NORMAL, lines[i]);
		if (total) {
			total_y = (int)y;
			break;
		}
		blank = *lines[i] == '\0' ? (int)y : blank;
		y++;
	}
	/* cut: the blank row over the total says where to read it whole */
	if (blank >= 0 && blank == total_y - 1) {
		char more[128];

		/* TRANSLATORS: Build's preview, cut by a small screen: %s is an ellipsis ("…"). i
		   is the key that opens the choices and the preview whole: keep it i. */
		snprintf(more, sizeof more, _("%s i reads it all"), ui_glyph(bs->ui, G_ELLIPSIS));
		ui_put(bs->ui, r->y + blank, r->x, r->w, ui_attr(bs->ui, UI_DIM), more);
	}
	text_lines_free(lines, n);
	report_done(&rep);
}

/* The i box: every choice and the preview whole, where the screen cuts them; j/k scroll it. */
static void
build_draw_info(struct build_screen *bs)
{
	struct report rep = { 0 };
	char **lines, buf[32];
	size_t n;

	for (int f = 0; f < F_COUNT; f++)
		report_printf(&rep, "%s\t%s\n", _(labels[f]), build_value(bs, f, buf, sizeof buf));
	report_printf(&rep, "\n");
	if (bs->b != NULL)
		build_form_report(&rep, bs->b, bs->c, bs->ui->opts.hurt, bs->ui->opts.nhurt);
	else
		report_printf(&rep, "%s\n", bs->why != NULL ? bs->why : _("Nothing fits these choices."));
	n = report_lines(&rep, &lines);
	bs->info_top = ui_message_box_from(bs->ui, _("Build a routine"), (const char *const *)lines,
	    n, bs->info_top, _("j/k scroll    other keys back"));
	text_lines_free(lines, n);
	report_done(&rep);
}

/* Rows s takes wrapped to the screen's width. */
static int
build_rows(const char *s)
{
	char **lines;
	size_t n = text_wrap(s, COLS - 2, &lines);

	text_lines_free(lines, n);
	return n < 1 ? 1 : (int)n;
}

/*
 * The message above the keys (NULL for none) and the rows it takes: the
 * whole one where it fits over the preview, else its short form.
 */
static const char *
build_msg_text(const struct build_screen *bs, int *rows)
{
	int room = LINES - 2 - (COLS >= 110 ? 2 : 3 + F_COUNT);   /* the preview's rows, for a moment */
	const char *m = bs->msg;

	*rows = 0;
	if (*m == '\0')
		return NULL;
	*rows = build_rows(m);
	if (*rows > room && *bs->msg_short != '\0')
		*rows = build_rows(m = bs->msg_short);
	if (*rows > room)
		*rows = room > 1 ? room : 1;
	return m;
}

static void
build_draw_keys(struct build_screen *bs, const struct layout_rect *k)
{
	const char *naming[] = { keymap_key_name(KEYNAME_ENTER, false, NULL), _("save"),
	    keymap_key_name(KEYNAME_ESC, false, NULL), _("cancel") };
	const char *msg;
	int rows;

	if (bs->naming) {
		int x = k->x + ui_put(bs->ui, k->y - 1, k->x, k->w, A_BOLD, _("Name: "));

		ui_put_field(bs->ui, k->y - 1, x, k->x + k->w - x, bs->name);
		ui_put_keys(bs->ui, k->y, k->x, k->w, naming, 4);
		return;
	}
	/* wrapped above the keys: a long name is read whole even on a narrow screen */
	if ((msg = build_msg_text(bs, &rows)) != NULL)
		ui_wrap(bs->ui, &(struct layout_rect){ k->y - rows, k->x, rows, k->w }, 0, 0, A_BOLD,
		    NULL, msg);
	/* the most needed first: as many as fit are drawn, in the table's order */
	ui_put_screen_keys(bs->ui, k->y, k->x, k->w, keymap_build(), ~0u, NULL);
}

static void
build_draw(void *st, bool full)
{
	struct build_screen *bs = st;
	struct ui *ui = bs->ui;
	bool wide = COLS >= 110;
	struct layout_rect form = { 2, 0, F_COUNT, wide ? 44 : COLS };
	struct layout_rect prev = { wide ? 2 : 3 + F_COUNT, wide ? 46 : 1, 0, 0 };
	struct layout_rect keys = { LINES - 1, 1, 1, COLS - 2 };
	int rows;

	(void)full;
	ui_erase();
	if (LINES < 14 || COLS < 40) {
		ui_too_small(ui, _("q back"));
		return;
	}
	prev.w = COLS - prev.x - 1;
	/* the row above the keys holds a message or the name typed; else the preview has it */
	build_msg_text(bs, &rows);
	prev.h = LINES - 2 - (bs->naming ? 1 : rows) - prev.y;
	ui_put(ui, 0, 1, COLS - 2, ui_attr(ui, UI_ACCENT), _("Build a routine"));
	ui_hline(ui, 1, 0, COLS);
	build_draw_form(bs, &form);
	if (wide)
		ui_vline(ui, 2, 45, LINES - 5);
	else
		ui_hline(ui, prev.y - 1, 0, COLS);
	build_draw_preview(bs, &prev);
	build_draw_keys(bs, &keys);
	if (bs->info)
		build_draw_info(bs);
	if (bs->help)
		ui_screen_help(ui, keymap_build(), ~0u, NULL);
}

/* Save the preview under the typed name; the message says what happened. */
static void
build_save(struct build_screen *bs)
{
	char id[64], *path = paths_user_catalogue(), *cause = NULL;

	if (bs->b == NULL) {
		snprintf(bs->msg, sizeof bs->msg, "%s", _("Nothing to save: change the choices first."));
	} else if (build_form_id(bs->c, bs->name, id, sizeof id) < 0) {
		snprintf(bs->msg, sizeof bs->msg, "%s", _("A name needs a letter or a digit."));
	} else if (path == NULL) {
		snprintf(bs->msg, sizeof bs->msg, "%s", _("No place to save: set HOME or XDG_CONFIG_HOME."));
	} else if (build_form_save(path, bs->b, bs->name, id, &cause) < 0) {
		/* TRANSLATORS: %s is why, a system error such as "Permission denied". One line at the
		   bottom of Build's screen. */
		snprintf(bs->msg, sizeof bs->msg, _("Not saved: %s"), cause);
		free(cause);
	} else {
		/* TRANSLATORS: The first %s is the name typed, the second the id made from it
		   ("my-back-routine"). "My routines" and "All routines" are entries of the main menu:
		   use the same words as their translations. */
		snprintf(bs->msg, sizeof bs->msg, _("Saved \"%s\" as %s: in My routines and All "
		    "routines."), bs->name, id);
		/* TRANSLATORS: %s is the name the routine was saved under; a narrow screen's shorter message. */
		snprintf(bs->msg_short, sizeof bs->msg_short, _("Saved in My routines: \"%s\""), bs->name);
		bs->saved = true;
	}
	free(path);
}

/* + and -: five minutes more or less, on the Minutes field. */
static void
build_minutes(struct build_screen *bs, int dir)
{
	bs->field = F_MINUTES;
	for (int i = 0; i < 5; i++)
		build_change(bs, F_MINUTES, dir);
}

/* Keys while the name line is open: Enter saves, Esc closes it. */
static int
build_name_key(struct build_screen *bs, int ch)
{
	int r = ui_edit_line(bs->name, sizeof bs->name, ch);

	if (r != UI_EDIT_GOING)
		bs->naming = false;
	if (r == UI_EDIT_DONE)
		build_save(bs);
	return UI_STAY;
}

static int
build_key(void *st, int ch)
{
	struct build_screen *bs = st;

	if (bs->naming)
		return build_name_key(bs, ch);
	*bs->msg = *bs->msg_short = '\0';
	if (bs->help || ch == '?') {   /* BUILD_ACT_HELP */
		bs->help = !bs->help;   /* any key closes it */
		return UI_STAY;
	}
	if (bs->info) {   /* j/k scroll the i box; other keys close it */
		int key = ui_key_code(ch);

		if (key == 'j' || key == KEYMAP_DOWN || key == ' ' || key == KEYMAP_PGDN)
			bs->info_top++;
		else if (key == 'k' || key == KEYMAP_UP || key == KEYMAP_PGUP)
			bs->info_top -= bs->info_top > 0;
		else
			bs->info = false;
		return UI_STAY;
	}
	switch (keymap_screen_action(keymap_build(), ~0u, ui_key_code(ch))) {
	case BUILD_ACT_UP: bs->field = (bs->field + F_COUNT - 1) % F_COUNT; break;
	case BUILD_ACT_DOWN: bs->field = (bs->field + 1) % F_COUNT; break;
	case BUILD_ACT_LESS: build_change(bs, bs->field, -1); break;
	case BUILD_ACT_MORE: build_change(bs, bs->field, 1); break;
	case BUILD_ACT_MINUTES_UP: build_minutes(bs, 1); break;
	case BUILD_ACT_MINUTES_DOWN: build_minutes(bs, -1); break;
	case BUILD_ACT_SHUFFLE: bs->req->seed++; build_refresh(bs); break;
	case BUILD_ACT_SAVE: bs->naming = bs->b != NULL; *bs->name = '\0'; break;
	case BUILD_ACT_INFO: bs->info = true; bs->info_top = 0; break;
	case BUILD_ACT_MINE: return BUILD_KEY_MINE;
	case BUILD_ACT_RUN: return bs->b != NULL ? BUILD_KEY_RUN : UI_STAY;
	case BUILD_ACT_BACK: return BUILD_KEY_BACK;
	default: break;
	}
	return UI_STAY;
}

enum build_exit
ui_build(void *ctx, const struct catalogue *c, struct build_request *req, struct built **out,
    bool *saved, char **run_id)
{
	struct build_screen bs = { .ui = ctx, .c = c, .req = req, .area = -1,
	    .prefer = req->prefer, .nprefer = req->nprefer };
	struct ui_screen scr = { &bs, build_draw, build_key, NULL, NULL, NULL };
	int r;

	req->nprefer = 0;  /* what works is used only when asked for */
	for (int a = 0; a < AREA_COUNT; a++)
		if (req->areas == 1u << a)
			bs.area = a;
	build_refresh(&bs);
	*run_id = NULL;
	while (*run_id == NULL && (r = ui_run(bs.ui, &scr)) == BUILD_KEY_MINE) {
		if (ui_my_routines(bs.ui, c, run_id))
			bs.saved = true;
	}
	*saved = bs.saved;
	free(bs.why);
	if (*run_id != NULL) {
		built_free(bs.b);
		return BUILD_RUN_SAVED;
	}
	if (r == BUILD_KEY_RUN) {
		*out = bs.b;
		return BUILD_RUN;
	}
	built_free(bs.b);
	return BUILD_BACK;
}
