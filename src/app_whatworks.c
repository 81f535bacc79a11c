/* app_whatworks.c — "What works for you": the check-ins as lines and as JSON. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "app.h"
#include "catalogue.h"
#include "diag.h"
#include "i18n.h"
#include "text.h"
#include "whatworks.h"
#include "num.h"

static const char *const time_labels[WW_TIMES] = {
	N_("In the morning"), N_("In the afternoon"), N_("In the evening"),
};

/* Whether routine group g is listed under What works: shown, and tension did not rise lately. */
static bool
listed(const struct whatworks_group *g)
{
	return whatworks_shown(g) && !whatworks_rose(g);
}

bool
app_whatworks_any(const struct whatworks *w)
{
	for (size_t i = 0; i < w->nroutines; i++)
		if (listed(&w->routines[i]) || whatworks_rose(&w->routines[i]))
			return true;
	for (int t = 0; t < WW_TIMES; t++)
		if (whatworks_shown(&w->times[t]))
			return true;
	return false;
}

static void
push(char ***lines, size_t *n, char *line)
{
	*lines = xreallocarray(*lines, *n + 1, sizeof **lines);
	(*lines)[(*n)++] = line;
}

/* The group's line, then its trend over the last four weeks when there is one. */
static void
push_group(char ***lines, size_t *n, const char *name, const struct whatworks_group *g,
    const char *arrow)
{
	char buf[320];
	double wk;

	whatworks_line(buf, sizeof buf, name, g, arrow);
	push(lines, n, xasprintf("  %s", buf));
	if (!whatworks_trend(g, &wk))
		return;
	if (fabs(wk) < 0.05)
		push(lines, n, xstrdup(_("    last 4 weeks: tension before about the same")));
	else
		/* TRANSLATORS: %.1f is how much the tension before a session fell each week (0 to 10 scale); keep the four leading spaces. */
		push(lines, n, xasprintf(wk < 0 ? _("    last 4 weeks: tension before easing %.1f a week") :
		    /* TRANSLATORS: %.1f is how much the tension before a session rose each week (0 to 10 scale); keep the four leading spaces. */
		    _("    last 4 weeks: tension before rising %.1f a week"), fabs(wk)));
}

size_t
app_whatworks_lines(const struct whatworks *w, const struct catalogue *c, bool utf8,
    char ***lines)
{
	const char *arrow = utf8 ? "\u2192" : "->";
	size_t n = 0;

	*lines = NULL;
	if (!app_whatworks_any(w))
		return 0;
	push(lines, &n, xstrdup(_("What works for you (sessions with both check-ins)")));
	for (int rose = 0; rose < 2; rose++) {
		for (size_t i = 0; i < w->nroutines; i++) {
			const struct whatworks_group *g = &w->routines[i];
			const struct routine *r = c != NULL ? catalogue_find_routine(c, g->key) : NULL;
			char *name;

			if (rose ? !whatworks_rose(g) : !listed(g))
				continue;
			name = text_safe(r != NULL ? r->name : g->key);
			if (rose)
				/* TRANSLATORS: %s is a routine's name. Keep the two spaces at the start: the line is
				   indented in a list. */
				push(lines, &n, xasprintf(_("  %s: careful, tension went up after this "
				    "twice in its last 3 sessions; try a gentler routine, and see a "
				    "physiotherapist if it keeps happening"), name));
			else
				push_group(lines, &n, name, g, arrow);
			free(name);
		}
	}
	for (int t = 0; t < WW_TIMES; t++)
		if (whatworks_shown(&w->times[t]))
			push_group(lines, &n, _(time_labels[t]), &w->times[t], arrow);
	return n;
}

/* A number rounded to one decimal, as the text shows it. */
static cJSON *
tenths(double v)
{
	return cJSON_CreateNumber(num_round(v * 10) / 10);
}

static cJSON *
json_group(const struct whatworks_group *g, const char *key, const char *value)
{
	cJSON *o = cJSON_CreateObject();
	double wk;

	cJSON_AddStringToObject(o, key, value);
	cJSON_AddNumberToObject(o, "sessions", g->n);
	cJSON_AddItemToObject(o, "before_avg", tenths(whatworks_before(g)));
	cJSON_AddItemToObject(o, "after_avg", tenths(whatworks_after(g)));
	cJSON_AddItemToObject(o, "change_avg", tenths(whatworks_change(g)));
	cJSON_AddItemToObject(o, "trend_per_week", whatworks_trend(g, &wk) ?
	    tenths(wk) : cJSON_CreateNull());
	return o;
}

void
app_whatworks_json(cJSON *o, const struct whatworks *w)
{
	cJSON *ww = cJSON_AddObjectToObject(o, "what_works");
	cJSON *rs = cJSON_AddArrayToObject(ww, "routines");
	cJSON *ts = cJSON_AddArrayToObject(ww, "times");

	cJSON_AddNumberToObject(ww, "min_sessions", WHATWORKS_MIN_PAIRED);
	cJSON_AddNumberToObject(ww, "trend_days", WHATWORKS_TREND_DAYS);
	cJSON *up = cJSON_AddArrayToObject(ww, "tension_rose");

	for (size_t i = 0; i < w->nroutines; i++) {
		if (listed(&w->routines[i]))
			cJSON_AddItemToArray(rs, json_group(&w->routines[i], "routine",
			    w->routines[i].key));
		if (whatworks_rose(&w->routines[i]))
			cJSON_AddItemToArray(up, cJSON_CreateString(w->routines[i].key));
	}
	for (int t = 0; t < WW_TIMES; t++)
		if (whatworks_shown(&w->times[t]))
			cJSON_AddItemToArray(ts, json_group(&w->times[t], "time",
			    whatworks_time_name((enum whatworks_time)t)));
}

const char **
app_whatworks_prefer(const struct whatworks *w, const struct catalogue *c, size_t *n,
    char *note, size_t nsize)
{
	size_t nbest, cap = 0, used = 0;
	const char **best = whatworks_best(w, &nbest), **ids = NULL;

	*n = 0;
	used = (size_t)snprintf(note, nsize, "%s", nbest == 0 ?
	    _("What works: no routine has eased your back over 3 or more sessions with both "
	    "check-ins yet, so this one is built as usual.") : _("What works: preferring the stretches of"));
	for (size_t k = 0; k < nbest; k++) {
		const struct routine *r = catalogue_find_routine(c, best[k]);
		const struct whatworks_group *g = whatworks_find(w, best[k]);

		if (r == NULL || g == NULL)
			continue;
		cap += r->nitems;
		ids = xreallocarray(ids, cap + 1, sizeof *ids);
		for (size_t i = 0; i < r->nitems; i++)
			ids[(*n)++] = r->items[i].stretch->id;
		if (used < nsize)
			/* TRANSLATORS: One item of a list of routines: the first %s is "," before every item
			   but the first (where it is empty), the second the routine's name, then the average
			   tension (0 to 10) before and after its sessions. */
			used += (size_t)snprintf(note + used, nsize - used, _("%s %s (%.1f to %.1f on "
			    "average)"), k > 0 ? "," : "", r->name, whatworks_before(g), whatworks_after(g));
	}
	if (nbest > 0 && used < nsize)
		snprintf(note + used, nsize - used, ".");
	free(best);
	return ids;
}
