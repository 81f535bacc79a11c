/*
 * cmd_today.c — the person's side of the one plan (today.h): their settings
 * and what their history says, read once for a command, so that `run`, the
 * menus, `show` and `routines` all plan a routine with the same needs.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "diag.h"
#include "history_stats.h"
#include "whatworks.h"

int
cmd_today_init(struct cmd_today *t, const struct cli *cli)
{
	int status = cmd_settings(cli, &t->cfg, &t->o);
	size_t nswapped;

	cmd_recent_history(&t->hist, &t->first_run, &t->works);
	t->o.hurt = (const char *const *)t->hist.hurt_recent;
	t->o.nhurt = t->hist.nhurt_recent;
	t->swapped = whatworks_swaps(&t->works, &nswapped);
	t->needs = (struct today_needs){ { !t->o.kneel, !t->o.floor, t->o.conditions,
	    t->swapped, nswapped }, t->o.hurt, t->o.nhurt, cli->include_hurt, 0 };
	t->o.today = &t->needs;
	return status;
}

void
cmd_today_forget(struct cmd_today *t, const char *id)
{
	struct today_needs *n = &t->needs;
	size_t k = 0;

	history_stats_forget_hurt(&t->hist, id);
	n->hurt = t->o.hurt = (const char *const *)t->hist.hurt_recent;
	n->nhurt = t->o.nhurt = t->hist.nhurt_recent;
	for (size_t i = 0; i < n->adapt.nhurt; i++)
		if (strcmp(t->swapped[i], id) != 0)
			t->swapped[k++] = t->swapped[i];
	n->adapt.nhurt = k;
}

void
cmd_today_done(struct cmd_today *t)
{
	config_done(&t->cfg);
	history_stats_done(&t->hist);
	whatworks_done(&t->works);
	free(t->swapped);
}
