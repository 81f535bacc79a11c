/*
 * app_today.c — the person's side of the one plan (today.h): their settings
 * and what their history says, read once for a command, so that `run`, the
 * menus, `show` and `routines` all plan a routine with the same needs.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "app.h"
#include "builder.h"
#include "cli.h"
#include "clock.h"
#include "diag.h"
#include "history_stats.h"
#include "whatworks.h"

int
app_today_init(struct app_today *t, const struct cli *cli)
{
	int status = app_settings(cli, &t->cfg, &t->o);
	size_t nswapped;

	app_recent_history(&t->hist, &t->first_run, &t->works);
	t->o.hurt = (const char *const *)t->hist.hurt_recent;
	t->o.nhurt = t->hist.nhurt_recent;
	t->swapped = whatworks_swaps(&t->works, &nswapped);
	t->needs = (struct today_needs){ { !t->o.kneel, !t->o.floor, t->o.conditions,
	    t->swapped, nswapped }, 0, t->o.hurt, t->o.nhurt, cli->include_hurt, 0 };
	/* what needs owning (a roller, a ball, a block) is left to those who said they have it */
	if (t->cfg.source[CFG_EQUIPMENT] != SRC_DEFAULT)
		t->needs.lacks = BUILDER_OWNED_EQUIPMENT & ~t->cfg.equipment;
	t->o.today = &t->needs;
	return status;
}

void
app_today_add(struct app_today *t, const struct history_record *r)
{
	size_t n;

	history_stats_add(&t->hist, r);   /* whatworks too, through its hook */
	t->needs.hurt = t->o.hurt = (const char *const *)t->hist.hurt_recent;
	t->needs.nhurt = t->o.nhurt = t->hist.nhurt_recent;
	free(t->swapped);
	t->swapped = whatworks_swaps(&t->works, &n);
	t->needs.adapt.hurt = t->swapped;
	t->needs.adapt.nhurt = n;
}

void
app_today_forget(struct app_today *t, const char *id)
{
	struct history_record back;
	struct tm tm;

	/* as the "stretch-back" line just written reads back: hurt lately and swaps forget it */
	history_record_init(&back);
	back.event = HEV_STRETCH_BACK;
	back.routine = xstrdup(id);
	back.stretch = xstrdup(id);
	back.started = back.ended = clock_wall();
	if (localtime_r(&back.started, &tm) != NULL)
		back.gmtoff = tm.tm_gmtoff;
	app_today_add(t, &back);
	history_record_done(&back);
}

void
app_today_done(struct app_today *t)
{
	config_done(&t->cfg);
	history_stats_done(&t->hist);
	whatworks_done(&t->works);
	free(t->swapped);
}
