/* home.h — the main menu as data: its rows, what each opens, the row the time of day picks. */
#ifndef SC_HOME_H
#define SC_HOME_H

#include <stddef.h>
#include <time.h>

#include "frontend.h"

struct cli;
struct catalogue;

/* What a main-menu row opens. */
enum home_kind {
	HOME_ROUTINES,   /* a menu of routines (scope) */
	HOME_PAGE,       /* a page of lines made by page(), shown through frontend_ops.page */
	HOME_FORM,       /* a screen with a model of its own (form), run by cmd_run.c */
};

/* The screens with a model of their own that a row can open. */
enum home_form { HOME_FORM_BUILD, HOME_FORM_PROFILE };

/* What a page's model may read. Borrowed. */
struct home_env {
	const struct cli *cli;
	const struct catalogue *cat;
};

/* One row of the main menu, after the lead entries; label and desc are N_() text. */
struct home_row {
	const char *label;         /* the row; a page's title too */
	const char *desc;          /* what it opens, for the detail pane */
	enum home_kind kind;
	enum menu_scope scope;     /* HOME_ROUTINES: the list it opens */
	/*
	 * HOME_PAGE: the page's lines into *lines (the caller frees them with
	 * text_lines_free()); returns how many.
	 */
	size_t (*page)(const struct home_env *env, char ***lines);
	unsigned how;              /* HOME_PAGE: PAGE_* bits */
	enum home_form form;       /* HOME_FORM */
};

/* The main menu's own rows, in order; *n gets how many. Static storage, untranslated. */
const struct home_row *home_rows(size_t *n);
/* The title of a list of routines: the label of the row that opens it (All routines for MENU_MAIN); untranslated. */
const char *home_scope_title(enum menu_scope scope);
/* The row to highlight first at wall-clock time now: Morning before noon, Evening from 17:00, else 0. */
size_t home_first_row(time_t now);

/* The page models the rows point at (cmd_pages.c). */
size_t home_page_safety(const struct home_env *env, char ***lines);
size_t home_page_history(const struct home_env *env, char ***lines);

#endif
