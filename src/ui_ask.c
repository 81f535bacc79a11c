/* ui_ask.c — a question answered with one key: the first-visit questions, the next-day check. */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "layout.h"
#include "text.h"
#include "ui_curses_int.h"

struct ask {
	struct ui *ui;
	const struct frontend_question *q;
	int sel;        /* the highlighted answer */
	size_t top;     /* the first answer shown, where they do not all fit */
	int picked;     /* the result: an index, ASK_SKIP, ASK_PREV or ASK_LEAVE */
	bool help;      /* the ? box is open */
};

/* The columns the bar's pairs take, two between each. */
static int
ask_bar_cols(const struct ui *ui, const char *const *bar, size_t n)
{
	int cols = 0;

	for (size_t i = 0; i + 1 < n; i += 2)
		cols += (i ? 2 : 0) + ui_text_cols(ui, bar[i]) +
		    (bar[i + 1][0] != '\0' ? 1 + ui_text_cols(ui, bar[i + 1]) : 0);
	return cols;
}

/*
 * A row of questions' bar: where it is narrow, the last keys go whole (the
 * arrows first; ? lists them), never leaving a key without its word, and
 * only a bar too narrow for Enter, Esc and ? loses their words.
 */
static void
ask_put_bar(const struct ui *ui, const struct page_layout *l, const char **bar, size_t n)
{
	int w = l->keys.w;

	while (n > 6 && ask_bar_cols(ui, bar, n) > w)
		n -= 2;
	for (size_t i = n; i >= 2 && ask_bar_cols(ui, bar, n) > w; i -= 2)
		bar[i - 1] = "";
	ui_put_keys(ui, l->keys.y, l->keys.x, w, bar, n);
}

/* The key bar: a single question, one of a row, or a checklist. */
static void
ask_keys(const struct ask *a, const struct page_layout *l)
{
	const struct ui *ui = a->ui;
	const char *move = ui->utf8 ? "\u2191\u2193" : "j/k";
	const char *left = ui->utf8 ? "\u2190" : "b", *right = ui->utf8 ? "\u2192" : "s";
	/* the key names in the user's language: Entrée, Échap */
	const char *enter = keymap_key_name(KEYNAME_ENTER, ui->utf8, NULL);
	const char *esc = keymap_key_name(KEYNAME_ESC, ui->utf8, NULL);
	const char *one[] = { move, _("move"), enter, _("choose"), esc, a->q->skip, "?", _("help") };
	/* what goes on, leaves and helps first, so a narrow bar keeps them */
	const char *row[] = { enter, _("choose"), esc, _("leave"), "?", _("help"), right,
	    _("skip"), left, _("back"), move, _("move") };
	const char *list[] = { enter, _("done"), esc, _("leave"), "?", _("help"), _("Space"),
	    _("mark"), left, _("back"), move, _("move") };
	const char **bar = a->q->marks != NULL ? list : row;
	size_t n = 12;

	if (a->q->steps) {
		/* no "back" on the first question: there is none before it */
		if (a->q->first) {
			memmove(bar + 8, bar + 10, 2 * sizeof *bar);
			n -= 2;
		}
		ask_put_bar(ui, l, bar, n);
	} else
		ui_put_keys(ui, l->keys.y, l->keys.x, l->keys.w, one, sizeof one / sizeof *one);
}

/* Answer i as it shows: "(your answer)" after the one given before. */
static void
ask_answer_text(const struct ask *a, size_t i, char *buf, size_t size)
{
	const struct frontend_question *q = a->q;

	if (q->steps && q->marks == NULL && (int)i == q->given)
		/* TRANSLATORS: after the answer given before, when a question is shown again. */
		snprintf(buf, size, _("%s (your answer)"), q->answers[i]);
	else
		snprintf(buf, size, "%s", q->answers[i]);
}

/* The rows the answers take, each wrapped as ask_answer_row() wraps it. */
static size_t
ask_rows(const struct ask *a, const struct layout_rect *body)
{
	size_t rows = 0, k;
	char **lines, text[256];
	/* an indent of 4, then the lead: " 1  ", or " 1 [x] " in a checklist */
	int w = body->w - 4 - (a->q->marks != NULL ? 7 : 4);

	for (size_t i = 0; i < a->q->nanswers; i++) {
		ask_answer_text(a, i, text, sizeof text);
		rows += (k = text_wrap(text, w > 4 ? w : 4, &lines));
		text_lines_free(lines, k);
	}
	return rows;
}

/* One answer's row: its key, its mark in a checklist, and "(your answer)" for the one given. */
static int
ask_answer_row(const struct ask *a, const struct layout_rect *body, int y, size_t i, bool wrap)
{
	const struct frontend_question *q = a->q;
	attr_t at = (int)i == a->sel ? ui_attr(a->ui, UI_SELECT) : A_NORMAL;
	char lead[16], text[256];

	if (q->marks != NULL)
		snprintf(lead, sizeof lead, " %c [%c] ", q->keys[i], (*q->marks >> i) & 1u ? 'x' : ' ');
	else
		snprintf(lead, sizeof lead, " %c  ", q->keys[i]);
	ask_answer_text(a, i, text, sizeof text);
	if (wrap)
		return ui_wrap(a->ui, body, y, 4, at, lead, text);
	ui_put(a->ui, body->y + y, body->x + 4, ui_text_cols(a->ui, lead), A_BOLD, lead);
	ui_put(a->ui, body->y + y, body->x + 4 + ui_text_cols(a->ui, lead),
	    body->w - 4 - ui_text_cols(a->ui, lead), at, text);
	return 1;
}

/* The ? box of a question on its own (the next-day check): every key, and what it does. */
static void
ask_one_help_draw(struct ask *a)
{
	char letters[64] = "", line[160];
	const char *lines[4];
	size_t n = 0;

	for (const char *k = a->q->keys; k != NULL && *k != '\0' && strlen(letters) + 4 < sizeof letters; k++)
		snprintf(letters + strlen(letters), sizeof letters - strlen(letters), "%s%c",
		    k == a->q->keys ? "" : ", ", *k);
	lines[n++] = _("Up, Down\tmove (j and k too)");
	lines[n++] = _("Enter, 1-9\tchoose the answer and go on");
	if (*letters != '\0') {
		/* TRANSLATORS: %s is the answers' letter keys, as "b, s, w"; a line of the ? box. */
		snprintf(line, sizeof line, _("%s\tthe answer with that letter"), letters);
		lines[n++] = line;
	}
	lines[n++] = _("Esc, q\tgo on without an answer");
	ui_message_box(a->ui, _("Keys"), lines, n, _("any key closes"));
}

/* The ? box of a row of questions: every key, and what it does. */
static void
ask_help_draw(struct ask *a)
{
	const bool list = a->q->marks != NULL;
	const char *lines[] = {
		_("Up, Down\tmove (j and k too)"),
		list ? _("1-9, Space\tmark or clear the line") : _("Enter, 1-9\tchoose the answer and go on"),
		list ? _("Enter\ttake the marks and go on") : _("Space\tin a list: mark or clear the line"),
		_("Right, s\tskip this question, keep your answer"),
		_("Esc, q\tleave the questions, keep the answers given"),
		_("Left, b\tthe question before, your answer marked"),
	};
	/* the first question has none before it */
	size_t n = sizeof lines / sizeof *lines - (a->q->first ? 1 : 0);

	ui_message_box(a->ui, _("Keys"), lines, n, _("any key closes"));
}

static void
ask_draw(void *st, bool full)
{
	struct ask *a = st;
	struct ui *ui = a->ui;
	const struct frontend_question *q = a->q;
	struct page_layout l;
	size_t n = q->nanswers, rows;
	int y = 0;

	(void)full;
	if (!ui_page_frame(ui, q->title, &l))
		return;
	for (size_t i = 0; i < q->nlines; i++)
		y += ui_wrap(ui, &l.body, y, 0, i == 0 ? A_BOLD : A_NORMAL, NULL, q->lines[i]);
	/* a blank row before the answers where the screen has room for it */
	if (y + 1 + (int)n <= l.body.h)
		y++;
	rows = l.body.h > y ? (size_t)(l.body.h - y) : 1;
	if (ask_rows(a, &l.body) <= rows) {
		for (size_t i = 0; i < n; i++)
			y += ask_answer_row(a, &l.body, y, i, true);
	} else {
		/* too many to show: a row each, scrolled to keep the highlighted one in view */
		a->top = layout_scroll((size_t)a->sel, a->top, rows, n);
		for (size_t i = a->top; i < n && i < a->top + rows; i++)
			y += ask_answer_row(a, &l.body, y, i, false);
		if (a->top > 0)
			ui_put_more(ui, l.kind == LAYOUT_FULL ? 1 : l.title.y, l.body.x, l.body.w, a->top,
			    true);
		if (a->top + rows < n)
			ui_put_more(ui, l.kind == LAYOUT_FULL ? l.body.y + l.body.h : l.body.y + l.body.h - 1,
			    l.body.x, l.body.w, n - a->top - rows, false);
	}
	ask_keys(a, &l);
	if (a->help && a->q->steps)
		ask_help_draw(a);
	else if (a->help)
		ask_one_help_draw(a);
}

/* A checklist's mark for answer i: the last ("none of these") and the others exclude each other. */
static void
ask_toggle(const struct ask *a, int i)
{
	unsigned *m = a->q->marks, last = 1u << (a->q->nanswers - 1);

	*m ^= 1u << i;
	if (((*m >> i) & 1u) != 0)
		*m &= (1u << i) == last ? last : ~last;
}

/* What the question's own answer keys and digits do: pick, or mark in a checklist. */
static int
ask_answer_key(struct ask *a, int ch)
{
	int n = (int)a->q->nanswers, i = -1;
	const char *hit;

	if (ch >= '1' && ch < '1' + n && ch <= '9')
		i = ch - '1';
	else if (ch > 0 && ch < 128 && (hit = strchr(a->q->keys, ch)) != NULL && hit - a->q->keys < n)
		i = (int)(hit - a->q->keys);
	if (i < 0)
		return UI_STAY;
	a->sel = i;
	if (a->q->marks != NULL) {
		ask_toggle(a, i);
		return UI_STAY;
	}
	a->picked = i;
	return 1;
}

/* Arrows move; Enter takes the highlighted answer; the rest as frontend_question says. */
static int
ask_key(void *st, int ch)
{
	struct ask *a = st;
	int n = (int)a->q->nanswers;
	bool steps = a->q->steps;

	if (a->help) {
		a->help = false;
		return UI_STAY;
	}
	switch (ch) {
	case KEY_UP: case 'k':
		a->sel = a->sel > 0 ? a->sel - 1 : 0;
		return UI_STAY;
	case KEY_DOWN: case 'j':
		a->sel = a->sel < n - 1 ? a->sel + 1 : n - 1;
		return UI_STAY;
	case ' ':
		if (a->q->marks != NULL)
			ask_toggle(a, a->sel);
		return UI_STAY;
	case '\n': case '\r': case KEY_ENTER:
		if (a->q->marks != NULL && *a->q->marks == 0)
			*a->q->marks = 1u << a->sel;
		a->picked = a->q->marks != NULL ? 0 : a->sel;
		return 1;
	case '?':
		a->help = true;
		return UI_STAY;
	case 'q': case 'Q': case UI_KEY_ESC:
		a->picked = steps ? ASK_LEAVE : ASK_SKIP;
		return 1;
	case KEY_LEFT: case KEY_BACKSPACE: case 127: case '\b': case 'b':
		/* only a row of questions goes back, and not from its first */
		if (!steps)
			break;
		if (a->q->first)
			return UI_STAY;
		a->picked = ASK_PREV;
		return 1;
	case KEY_RIGHT: case 's':
		if (!steps)
			break;
		a->picked = ASK_SKIP;
		return 1;
	default:
		break;
	}
	return ask_answer_key(a, ch);
}

int
ui_ask(void *ctx, const struct frontend_question *q)
{
	struct ask a = { ctx, q, 0, 0, ASK_SKIP, false };
	struct ui_screen scr = { &a, ask_draw, ask_key, NULL, NULL, NULL };

	if (q->steps && q->given >= 0 && (size_t)q->given < q->nanswers)
		a.sel = q->given;
	if (frontend_signal() != 0 || q->nanswers == 0)
		return q->steps ? ASK_LEAVE : ASK_SKIP;
	if (ui_run(a.ui, &scr) == UI_SIGNALLED)
		return q->steps ? ASK_LEAVE : ASK_SKIP;
	return a.picked;
}
