/* ui_menu_int.h — what the menu's logic (ui_menu.c) and its drawing (ui_menu_draw.c) share. */
#ifndef SC_UI_MENU_INT_H
#define SC_UI_MENU_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "catalogue.h"
#include "ui_curses_int.h"

struct home_row;
struct today;

/* One row of a menu: a row of the main menu (home.h), a lead entry, or a routine. */
struct menu_entry {
	const char *label;
	const char *desc;              /* main menu: what the row opens */
	const struct home_row *row;    /* main menu's own rows: the model row, else NULL */
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
	const char *dropped_brief;     /* the same with counts for names, when that does not fit */
	struct menu_entry *e;
	size_t n, sel, top;
	int name_w;                    /* the widest routine name */
	bool main;
	bool quits;                    /* the first menu shown: q quits */
	size_t typed;                  /* the number typed so far (0: none) */
	bool info;                     /* the i box is open: every stretch, or a main entry whole */
	bool cut;                      /* main menu: the detail pane cuts the entry's text */
	bool help;                     /* the ? box is open */
	size_t info_top;               /* its first line shown */
	int64_t typed_ms;              /* when its last digit came */
};

/* What entry e runs today: the one plan (today.h), or NULL for a row that opens a screen. */
const struct routine *menu_shown(const struct menu_entry *e);
/*
 * The routines of a scope as its menu lists them, those that suit the
 * first-visit answers first, into *out (the caller frees); returns how many.
 * Those of which nothing runs for the settings are left out; *dropped gets
 * how many.
 */
size_t menu_scope_list(const struct run_opts *o, const struct catalogue *c, enum menu_scope scope,
    const struct routine ***out, size_t *dropped);
/* The rows of the menu key table (keymap_menu()) that work on m now, a bit each. */
unsigned menu_key_rows(const struct menu *m);
/* Draw m whole. */
void menu_draw(struct menu *m);

#endif
