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
#include "conditions.h"
#include "diag.h"
#include "history_stats.h"
#include "i18n.h"
#include "today.h"
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

/* Why nothing of r runs today (t): see app.h. */
char *
app_today_not_run(const struct app_today *a, const struct today *t, const struct routine *r,
    bool to_menu)
{
	bool surgery = (a->o.conditions & COND_RECENT_SURGERY) != 0;

	if (today_state(t) == TODAY_ALL_HURT)
		/* TRANSLATORS: %s is the routine's id, as it is typed after stretchcoach run. */
		return xasprintf(_("Every stretch left in '%s' was marked hurt in the last 7 days; "
		    "bring them back from its preview, or try another routine."), r->id);
	if (surgery && to_menu)
		/* TRANSLATORS: a menu line (at most 78 columns); Breathe and Walk is the routine's name. */
		return xstrdup(_("After an operation, wait for your surgical team. For now: Breathe and Walk."));
	if (surgery)
		/* TRANSLATORS: %s is the routine's id, as it is typed after stretchcoach run. */
		return xasprintf(_("'%s' is not for you yet: after an operation, wait for your "
		    "surgical team to say you may stretch. Until then, 'stretchcoach run "
		    "breathe-and-walk' offers easy walking and calm breathing, and nothing else."), r->id);
	if (today_shape_lost(t) && to_menu)
		/* TRANSLATORS: %s is the routine's name, as the lists show it. */
		return xasprintf(_("With your health conditions and settings, too few stretches of %s "
		    "are left to start gently and end calmly; pick another routine."), r->name);
	if (today_shape_lost(t))
		/* TRANSLATORS: %s is the routine's name; 'stretchcoach build' is a command, typed as it stands. */
		return xasprintf(_("With your health conditions and settings, too few stretches of %s "
		    "are left to start gently and end calmly; try another routine, or 'stretchcoach "
		    "build' for one made for you."), r->name);
	if (to_menu)
		/* TRANSLATORS: %s is the routine's name, as the lists show it. */
		return xasprintf(_("Nothing in %s suits your health conditions or your kneeling and "
		    "floor settings; pick another routine."), r->name);
	/* TRANSLATORS: %s is the routine's name; 'stretchcoach build' is a command, typed as it stands. */
	return xasprintf(_("Nothing in %s suits your health conditions or your kneeling and floor "
	    "settings; try another routine, or 'stretchcoach build' for one made for you."), r->name);
}
