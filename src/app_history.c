/*
 * app_history.c — what the history says, for the commands and the menus:
 * the stats read before a session (hurt lately, a first run, what works),
 * and the next-day answers by routine for the `history` report.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cjson/cJSON.h>

#include "app.h"
#include "catalogue.h"
#include "clock.h"
#include "diag.h"
#include "followup.h"
#include "history.h"
#include "history_stats.h"
#include "i18n.h"
#include "paths.h"
#include "text.h"
#include "whatworks.h"

void
app_recent_history(struct history_stats *st, bool *first_run, struct whatworks *ww)
{
	char *path = paths_history_file();
	struct diag d;
	struct stat sb;

	diag_init(&d);
	history_stats_init(st, history_day_of(clock_wall()), HISTORY_HURT_DAYS);
	if (ww != NULL) {
		whatworks_init(ww, st->today);
		st->also = whatworks_feed;
		st->also_arg = ww;
	}
	/* the first run lasts until a session is logged: a history holding
	 * event lines only (a reminder snoozed, a programme started) has none;
	 * an empty file is a history started by hand, not a first run */
	*first_run = path == NULL || stat(path, &sb) != 0;
	if (path != NULL && history_stats_load(path, st, &d) == 0) {
		history_stats_finish(st);
		*first_run = *first_run || (sb.st_size > 0 && st->logged == 0);
	}
	if (ww != NULL)
		whatworks_finish(ww);
	diag_print(&d, stderr);
	diag_done(&d);
	free(path);
}

/* --- the next-day answers in `history` ------------------------------------ */

/* The routines with next-day answers, each once, in the order first answered. */
static size_t
answered_routines(const struct followup *f, const char **ids)
{
	size_t n = 0, k;

	for (size_t i = 0; i < f->nreplies; i++) {
		if (f->replies[i].answer == FOLLOWUP_SKIPPED)
			continue;
		for (k = 0; k < n && strcmp(ids[k], f->replies[i].routine) != 0; k++)
			;
		if (k == n)
			ids[n++] = f->replies[i].routine;
	}
	return n;
}

/* How many of each answer about routine: better, same, worse. */
static void
count_answers(const struct followup *f, const char *routine, int count[3])
{
	count[0] = count[1] = count[2] = 0;
	for (size_t i = 0; i < f->nreplies; i++)
		if (f->replies[i].answer != FOLLOWUP_SKIPPED && strcmp(f->replies[i].routine, routine) == 0)
			count[f->replies[i].answer]++;
}

size_t
app_followup_lines(const struct followup *f, const struct whatworks *ww,
    const struct catalogue *c, char ***lines)
{
	const char **ids = xcalloc(f->nreplies + 1, sizeof *ids);
	size_t n = answered_routines(f, ids), k = 0;
	int count[3];

	*lines = xcalloc(n + 2, sizeof **lines);
	if (n > 0)
		(*lines)[k++] = xstrdup(_("The day after, by routine (the next-day check):"));
	for (size_t i = 0; i < n; i++) {
		const struct routine *r = c != NULL ? catalogue_find_routine(c, ids[i]) : NULL;
		const struct whatworks_group *g = whatworks_find(ww, ids[i]);
		char *name = text_safe(r != NULL ? r->name : ids[i]), tension[64] = "";

		count_answers(f, ids[i], count);
		if (g != NULL && g->n > 0)
			/* TRANSLATORS: the average change of tension over a session, "-2.5". */
			snprintf(tension, sizeof tension, _("tension %+.1f, "), whatworks_change(g));
		/* TRANSLATORS: a routine, the tension change (or nothing), then the counts of answers. */
		(*lines)[k++] = xasprintf(_("  %s: %sbetter %d, same %d, worse %d"), name, tension,
		    count[0], count[1], count[2]);
		free(name);
	}
	free(ids);
	return k;
}

void
app_followup_json(struct cJSON *o, const struct followup *f)
{
	const char **ids = xcalloc(f->nreplies + 1, sizeof *ids);
	size_t n = answered_routines(f, ids);
	cJSON *list = cJSON_AddArrayToObject(o, "next_day");
	int count[3];

	for (size_t i = 0; i < n && list != NULL; i++) {
		cJSON *e = cJSON_CreateObject();
		enum followup_answer last[1];

		count_answers(f, ids[i], count);
		followup_answers(f, ids[i], last, 1);
		cJSON_AddStringToObject(e, "routine", ids[i]);
		cJSON_AddNumberToObject(e, "better", count[0]);
		cJSON_AddNumberToObject(e, "same", count[1]);
		cJSON_AddNumberToObject(e, "worse", count[2]);
		cJSON_AddStringToObject(e, "last", followup_answer_name(last[0]));
		cJSON_AddItemToArray(list, e);
	}
	free(ids);
}
