/* ui_plain_menu.c — the plain front end's menus: the main menu (home.h) and the lists of routines. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalogue.h"
#include "diag.h"
#include "frontend.h"
#include "home.h"
#include "i18n.h"
#include "text.h"
#include "today.h"
#include "ui_plain_int.h"

/*
 * Print a numbered list and read a choice 1..n; 0 for q or end of input.
 * With back not NULL, "u" and a number is a choice too, *back set.
 */
static int
pick(const char *prompt, int n, bool quits, bool *back)
{
	char line[64];

	for (;;) {
		char *end, *at = line;
		long v;

		/* TRANSLATORS: %s is the question; %d the highest number to type; q is the key the code reads (it stays q). */
		printf(quits ? _("%s [1-%d, q to quit]: ") :
		    /* TRANSLATORS: %s is the question, %d the highest number to type. q is the key the
		       code reads: keep it q. Keep the space at the end: the answer is typed after it. */
		    _("%s [1-%d, q to go back]: "), prompt, n);
		fflush(stdout);
		if (frontend_read_line(line, sizeof line) < 0) {
			putchar('\n');
			return 0;
		}
		if (!isatty(0))
			putchar('\n');  /* the answer was not echoed: end the prompt's line */
		if (line[0] == 'q' || frontend_signal() != 0)
			return 0;
		if (back != NULL && (*back = (line[0] == 'u' || line[0] == 'U')))
			at++;
		v = strtol(at, &end, 10);
		if (end != at && *end == '\0' && v >= 1 && v <= n) {
			frontend_usable_answer();
			return (int)v;
		}
		if (frontend_unusable_answer())
			return 0;
		/* TRANSLATORS: %d is the highest number to type. */
		printf(_("Please type a number from 1 to %d.\n"), n);
	}
}

/*
 * The routines of scope as they run today, numbered into list; a routine
 * that leaves out or swaps a stretch for hurting says how to bring it back.
 * Returns how many.
 */
static int
plain_list(const struct run_opts *o, const struct catalogue *c, enum menu_scope scope,
    const struct routine **list)
{
	int n = 0, k;
	size_t dropped;
	char why[768];

	printf("%s\n", _(home_scope_title(scope)));
	for (size_t i = 0; i < catalogue_routine_count(c); i++) {
		const struct routine *r = catalogue_routine(c, i);

		if ((scope != MENU_MORNING || r->time != RTIME_EVENING) &&
		    (scope != MENU_EVENING || r->time != RTIME_MORNING))
			list[n++] = r;
	}
	/* what nothing runs of for these settings is not offered */
	n = (int)frontend_drop_unsuited(o, list, (size_t)n, &dropped);
	/* the routines that suit the first-visit answers first */
	frontend_order(o, list, (size_t)n, (int)scope);
	for (k = 0; k < n; k++) {
		const struct routine *r = list[k], *run;
		struct today *t;
		const char *hurt = NULL;
		char len[32];
		size_t nback;

		/* what runs today: the one plan */
		run = today_routine(t = frontend_today(o, r));
		/* TRANSLATORS: the item's number, the routine's name, its length ("5 min"), then the count of stretches. */
		printf(ngettext("  %d. %s (%s, %zu stretch)", "  %d. %s (%s, %zu stretches)", run->nitems),
		    k + 1, r->name, text_duration(len, sizeof len, today_seconds(t)), run->nitems);
		if (frontend_routine_suits(o, r))
			fputs(_(" - suits you"), stdout);
		if (frontend_routine_hurt(o, run, &hurt))
			/* TRANSLATORS: %s names the stretches marked hurt, comma-separated. */
			printf(_(" - careful: %s hurt in the last week"), hurt);
		putchar('\n');
		if (today_note(t, true) != NULL)
			printf("     %s\n", today_note(t, true));
		today_hurt_changes(t, &nback);
		if (nback > 0 && o->bring_back != NULL) {
			fputs("     ", stdout);
			/* TRANSLATORS: %d is the routine's number in the list: "u3". */
			printf(ngettext("Type u%d and Enter to bring it back from the next run.",
			    "Type u%d and Enter to bring them back from the next run.",
			    (unsigned long)nback), k + 1);
			putchar('\n');
		}
		today_free(t);
	}
	if (n == 0)
		/* TRANSLATORS: The plain menu's list when it is empty. Keep the two spaces at the
		   start. */
		printf(_("  (no routines)\n"));
	if (dropped > 0)
		printf("  %s\n", frontend_dropped_line(o, list + n, dropped, false, why, sizeof why));
	return n;
}

/* u and a number: bring back what routine r leaves out or swaps for hurting, and say so. */
static void
plain_bring_back(const struct run_opts *o, const struct routine *r)
{
	struct today *t = frontend_today(o, r);
	size_t n;
	const char *const *ids = today_hurt_changes(t, &n);

	if (n > 0 && o->bring_back != NULL)
		printf("%s\n\n", o->bring_back(o->bring_arg, ids, n));
	else
		/* TRANSLATORS: %s is a routine's name. */
		printf(_("%s leaves nothing out for hurting."), r->name);
	if (n == 0 || o->bring_back == NULL)
		fputs("\n\n", stdout);
	today_free(t);
}

static enum menu_choice
plain_routines(const struct run_opts *o, enum menu_scope top, const struct catalogue *c,
    enum menu_scope scope, const struct routine **out)
{
	const struct routine **list = xcalloc(catalogue_routine_count(c) + 1, sizeof *list);
	bool back = false;
	int n, k;

	/* after bringing a stretch back, the list again: every line as it runs now */
	do {
		if ((n = plain_list(o, c, scope, list)) == 0) {
			free(list);
			return CHOICE_QUIT;
		}
		k = pick(_("Pick a routine"), n, scope == top, &back);
		if (k > 0 && back)
			plain_bring_back(o, list[k - 1]);
	} while (k > 0 && back && frontend_signal() == 0);
	if (k > 0)
		*out = list[k - 1];
	free(list);
	if (frontend_signal() != 0)
		return CHOICE_SIGNAL;
	return k > 0 ? CHOICE_ROUTINE : CHOICE_QUIT;
}

/*
 * The main menu: the lead entries, then the model's rows (home.h). A lead
 * entry that only says something says it and the menu comes again. Returns
 * what was picked: its number (1..), or 0 for q and the end of input.
 */
static int
plain_main_pick(const struct run_opts *o, size_t nl, const struct home_row *rows, size_t nrows)
{
	bool said = false;
	int k;

	for (;;) {
		printf("stretchcoach\n");
		for (size_t i = 0; i < nl; i++)
			printf("  %zu. %s\n", i + 1, o->lead[i].label);
		for (size_t i = 0; i < nrows; i++)
			printf("  %zu. %s\n", nl + i + 1, _(rows[i].label));
		for (size_t i = 0; i < nl && !said; i++)
			if (o->lead[i].open_on)
				ui_plain_wrapped(o->lead[i].desc);
		said = true;
		k = pick(_("Choose"), (int)(nl + nrows), true, NULL);
		if (k == 0 || (size_t)k > nl || frontend_signal() != 0)
			return k;
		if (o->lead[k - 1].act != NULL)
			ui_plain_wrapped(o->lead[k - 1].act(o->lead[k - 1].arg));
		else if (*o->lead[k - 1].desc != '\0')
			ui_plain_wrapped(o->lead[k - 1].desc);
		if (o->lead[k - 1].routine != NULL)
			return k;
	}
}

enum menu_choice
ui_plain_choose(const struct run_opts *o, enum menu_scope top, const struct catalogue *c,
    enum menu_scope scope, const struct routine **out, enum menu_scope *from,
    const struct home_row **row)
{
	size_t nl = o->nlead < FRONTEND_LEADS ? o->nlead : FRONTEND_LEADS, nrows;
	const struct home_row *rows = home_rows(&nrows);
	int k;

	*from = scope;
	if (scope != MENU_MAIN)
		return plain_routines(o, top, c, scope, out);
	k = plain_main_pick(o, nl, rows, nrows);
	if (frontend_signal() != 0)
		return CHOICE_SIGNAL;
	if (k == 0)
		return CHOICE_QUIT;
	if ((size_t)k <= nl) {
		*out = o->lead[k - 1].routine;
		return CHOICE_ROUTINE;
	}
	*row = &rows[(size_t)k - nl - 1];
	if ((*row)->kind != HOME_ROUTINES)
		return CHOICE_SCREEN;
	*from = (*row)->scope;
	return plain_routines(o, top, c, *from, out);
}
