/* ui_mine.c — My routines: the routines saved in the user catalogue; run, rename and delete. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "diag.h"
#include "i18n.h"
#include "keymap.h"
#include "layout.h"
#include "paths.h"
#include "text.h"
#include "ui_curses_int.h"

struct mine {
	struct ui *ui;
	char *path;                /* the user catalogue, or NULL */
	char **ids, **names;
	size_t n, sel, top;
	enum { MINE_LIST, MINE_RENAME, MINE_DELETE } mode;
	char name[65];
	char msg[200];
	bool changed;
	bool help;                 /* the ? box is open */
	char *run_id;              /* the routine to run (Enter), or NULL */
};

static void
mine_load(struct mine *m)
{
	text_lines_free(m->ids, m->n);
	text_lines_free(m->names, m->n);
	m->n = m->path != NULL ? catalogue_user_routines(m->path, &m->ids, &m->names) : 0;
	if (m->sel >= m->n)
		m->sel = m->n > 0 ? m->n - 1 : 0;
}

/* The rows of keymap_mine() that work now: with nothing saved, only back and help. */
static unsigned
mine_key_rows(const struct mine *m)
{
	struct screen_keys t = keymap_mine();
	unsigned rows = 0;

	for (size_t i = 0; i < t.n; i++)
		if (m->n > 0 || t.rows[i].action == MINE_ACT_BACK || t.rows[i].action == MINE_ACT_HELP)
			rows |= 1u << i;
	return rows;
}

/* The bottom two rows: a message or question, and the keys that answer it. */
static void
mine_draw_bottom(struct mine *m)
{
	const char *ren[] = { keymap_key_name(KEYNAME_ENTER, false, NULL), _("rename"),
	    keymap_key_name(KEYNAME_ESC, false, NULL), _("cancel") };
	char yes[2] = { (char)i18n_yes_key(), '\0' };
	const char *del[] = { yes, _("delete"), "n", _("keep") };
	struct ui *ui = m->ui;
	char q[160];
	int x;

	if (m->mode == MINE_RENAME) {
		x = 1 + ui_put(ui, LINES - 2, 1, COLS - 2, A_BOLD, _("New name: "));
		ui_put_field(ui, LINES - 2, x, COLS - 1 - x, m->name);
		ui_put_keys(ui, LINES - 1, 1, COLS - 2, ren, 4);
	} else if (m->mode == MINE_DELETE) {
		/* TRANSLATORS: %s is the routine's name. One line at the bottom of the screen; the
		   keys below it answer it. */
		snprintf(q, sizeof q, _("Delete \"%s\" from your routines?"), m->names[m->sel]);
		ui_put(ui, LINES - 2, 1, COLS - 2, ui_attr(ui, UI_BANNER), q);
		ui_put_keys(ui, LINES - 1, 1, COLS - 2, del, 4);
	} else {
		ui_put(ui, LINES - 2, 1, COLS - 2, A_BOLD, m->msg);
		ui_put_screen_keys(ui, LINES - 1, 1, COLS - 2, keymap_mine(), mine_key_rows(m), NULL);
	}
}

static void
mine_draw(void *st, bool full)
{
	struct mine *m = st;
	struct ui *ui = m->ui;
	int rows = LINES - 5;

	(void)full;
	ui_erase();
	if (LINES < 8 || COLS < 30) {
		ui_too_small(ui, _("q back"));
		return;
	}
	ui_put(ui, 0, 1, COLS - 2, ui_attr(ui, UI_ACCENT), _("My routines"));
	ui_hline(ui, 1, 0, COLS);
	if (m->n == 0)
		ui_wrap(ui, &(struct layout_rect){ 2, 1, rows, COLS - 2 }, 0, 0, A_NORMAL, NULL,
		    _("None saved yet. Build a routine, then press s to keep it here."));
	m->top = layout_scroll(m->sel, m->top, (size_t)rows, m->n);
	for (size_t i = m->top; i < m->n && (int)(i - m->top) < rows; i++) {
		int y = 2 + (int)(i - m->top), w = COLS - 2;
		attr_t a = i == m->sel ? ui_attr(ui, UI_SELECT) : A_NORMAL;

		if (a != A_NORMAL)
			ui_fill_row(y, 1, w, a);
		ui_put(ui, y, 2, w / 2 - 2, a | A_BOLD, m->names[i]);   /* a gap before the id */
		ui_put(ui, y, 2 + w / 2, w - w / 2 - 2, a | (a ? 0 : ui_attr(ui, UI_DIM)), m->ids[i]);
	}
	mine_draw_bottom(m);
	if (m->help)
		ui_screen_help(ui, keymap_mine(), mine_key_rows(m), NULL);
}

/* Carry out the rename or delete asked for; name NULL deletes. */
static void
mine_edit(struct mine *m, const char *name)
{
	char *cause = NULL, *was = xstrdup(m->names[m->sel]);

	if (catalogue_edit_routine(m->path, m->ids[m->sel], name, &cause) < 0) {
		/* TRANSLATORS: %s is why, a system error such as "Permission denied". One line at the
		   bottom of the screen. */
		snprintf(m->msg, sizeof m->msg, _("Not changed: %s"), cause);
		free(cause);
	} else {
		if (name != NULL)
			/* TRANSLATORS: The routine's old name, then its new name. */
			snprintf(m->msg, sizeof m->msg, _("Renamed \"%s\" to \"%s\"."), was, name);
		else
			/* TRANSLATORS: %s is the routine's name. */
			snprintf(m->msg, sizeof m->msg, _("Deleted \"%s\"."), was);
		m->changed = true;
		mine_load(m);
	}
	free(was);
}

static int
mine_text_key(struct mine *m, int ch)
{
	int r = ui_edit_line(m->name, sizeof m->name, ch);

	if (r != UI_EDIT_GOING)
		m->mode = MINE_LIST;
	if (r == UI_EDIT_DONE && *m->name != '\0')
		mine_edit(m, m->name);
	return UI_STAY;
}

static int
mine_key(void *st, int ch)
{
	struct mine *m = st;

	if (m->mode == MINE_RENAME)
		return mine_text_key(m, ch);
	if (m->mode == MINE_DELETE) {
		m->mode = MINE_LIST;
		/* the yes key of the language, as the quit box takes it */
		if (ch == i18n_yes_key() || ch == i18n_yes_key() - 'a' + 'A')
			mine_edit(m, NULL);
		return UI_STAY;
	}
	*m->msg = '\0';
	if (m->help) {
		m->help = false;   /* any key closes it */
		return UI_STAY;
	}
	switch (keymap_screen_action(keymap_mine(), mine_key_rows(m), ui_key_code(ch))) {
	case MINE_ACT_UP: if (m->sel > 0) m->sel--; break;
	case MINE_ACT_DOWN: if (m->sel + 1 < m->n) m->sel++; break;
	case MINE_ACT_RENAME:
		m->mode = MINE_RENAME;
		snprintf(m->name, sizeof m->name, "%s", m->names[m->sel]);
		break;
	case MINE_ACT_DELETE: m->mode = MINE_DELETE; break;
	case MINE_ACT_RUN:
		m->run_id = xstrdup(m->ids[m->sel]);
		return 1;
	case MINE_ACT_HELP: m->help = true; break;
	case MINE_ACT_BACK: return 1;
	default: break;
	}
	return UI_STAY;
}

bool
ui_my_routines(struct ui *ui, const struct catalogue *c, char **run_id)
{
	struct mine m = { .ui = ui, .path = paths_user_catalogue() };
	struct ui_screen scr = { &m, mine_draw, mine_key, NULL, NULL, NULL };

	(void)c;
	mine_load(&m);
	ui_run(ui, &scr);
	text_lines_free(m.ids, m.n);
	text_lines_free(m.names, m.n);
	free(m.path);
	*run_id = m.run_id;
	return m.changed;
}
