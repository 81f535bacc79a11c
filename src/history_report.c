/* history_report.c — the history as a report: heat-map, streak, minutes, trend, suggestions. */
#include <langinfo.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "adapt.h"
#include "catalogue.h"
#include "conditions.h"
#include "diag.h"
#include "history.h"
#include "history_report.h"
#include "history_report_int.h"
#include "history_stats.h"
#include "i18n.h"
#include "report.h"
#include "text.h"

/* The heat-map shows at most this many weeks (the figures cover the whole window). */
#define MAP_WEEKS 53
/* Routines listed under "most used". */
#define TOP_ROUTINES 5

/* Glyphs for one output: UTF-8 shade blocks, or ASCII. */
struct glyphs {
	const char *const *shade;     /* heat-map levels, [0] = nothing */
	const long *upto;             /* seconds: level i+1 while under upto[i] */
	size_t nshade;
	const char *legend;
	const char *const *spark;     /* 8 levels for tension 0..10 */
	const char *arrow;
};

static const char *const utf8_shade[] = { "\u00b7", "\u2591", "\u2592", "\u2593", "\u2588" };
static const long utf8_upto[] = { 300, 600, 1200 };
static const char *const utf8_spark[] = {
	"\u2581", "\u2582", "\u2583", "\u2584", "\u2585", "\u2586", "\u2587", "\u2588",
};
static const char *const ascii_shade[] = { " ", ".", ":", "-", "=", "+", "*", "#" };
static const long ascii_upto[] = { 120, 300, 600, 900, 1200, 1800 };
static const char *const ascii_spark[] = { "_", ".", ":", "-", "=", "+", "*", "#" };

static const struct glyphs utf8_glyphs = {
	utf8_shade, utf8_upto, 5,
	N_("\u00b7 none  \u2591 under 5 min  \u2592 under 10  \u2593 under 20  \u2588 20 or more"),
	utf8_spark, "\u2192",
};
static const struct glyphs ascii_glyphs = {
	ascii_shade, ascii_upto, 8,
	N_("' ' none  . <2 min  : <5  - <10  = <15  + <20  * <30  # 30 or more"),
	ascii_spark, "->",
};

/* TRANSLATORS: month abbreviations above the heat-map: three ASCII letters each. */
static const char *const month_abbr[12] = {
	N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"),
	N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec"),
};
/* TRANSLATORS: weekday abbreviations left of the heat-map: three columns each. */
static const char *const weekday_abbr[7] = {
	N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"),
};

/*
 * A label of the summary in its column: padded to 13 columns, or two spaces
 * past a long one (a translation's), so its value does not read as part of it.
 */
static void
label(struct report *r, const char *text)
{
	int pad = 13 - text_width(text);

	report_printf(r, "%s%*s", text, pad > 2 ? pad : 2, "");
}

static const struct glyphs *
pick_glyphs(void)
{
	const char *cs = nl_langinfo(CODESET);

	return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0) ?
	    &utf8_glyphs : &ascii_glyphs;
}

long
history_report_minutes(long seconds)
{
	long m = (seconds + 30) / 60;

	return m == 0 && seconds > 0 ? 1 : m;
}

char *
history_report_day(char *buf, size_t size, long day)
{
	int y, m, d;

	history_civil_from_days(day, &y, &m, &d);
	snprintf(buf, size, "%04d-%02d-%02d", y, m, d);
	return buf;
}

static const char *
shade(const struct glyphs *g, long seconds)
{
	size_t i = 0;

	if (seconds <= 0)
		return g->shade[0];
	while (i < g->nshade - 2 && seconds >= g->upto[i])
		i++;
	return g->shade[i + 1];
}

static const char *
spark(const struct glyphs *g, int tension)
{
	return tension < 0 ? " " : g->spark[(tension * 7 + 5) / 10];
}

/* The month to label column c with: the first column's own, else one whose 1st falls in it; 0 for none. */
static int
month_label(long col0, int c, long first, long today)
{
	int y, m, d;

	for (long day = col0 + 7L * c; day < col0 + 7L * c + 7; day++) {
		if (day < first || day > today)
			continue;
		history_civil_from_days(day, &y, &m, &d);
		if (c == 0 || d == 1)
			return m;
	}
	return 0;
}

/* The month labels above the heat-map, each at least one space from the next. */
static void
print_months(struct report *r, long col0, int ncols, int cw, long first, long today)
{
	/* the columns, and room for a translation's letters of several bytes */
	char line[MAP_WEEKS * 2 + 8 + 13 * 9];
	size_t len = 0;
	int used = 0, gap = (4 + cw - 1) / cw;

	for (int c = 0; c < ncols; c++) {
		int m = month_label(col0, c, first, today);

		if (m == 0 || c * cw < used)
			continue;
		if (c == 0) {
			/* The first column's month gives way to a 1st close after it. */
			bool crowded = false;

			for (int k = 1; k < gap && k < ncols; k++)
				crowded |= month_label(col0, k, first, today) != 0;
			if (crowded)
				continue;
		}
		{
			const char *mon = _(month_abbr[m - 1]);

			/* three columns, whatever a translation holds (Déc is three, of four bytes) */
			if (text_width(mon) != 3 || strlen(mon) > 12)
				mon = month_abbr[m - 1];
			if (len + (size_t)(c * cw - used) + strlen(mon) + 2 > sizeof line)
				break;
			for (int x = used > 0 ? used - 1 : 0; x < c * cw; x++)
				line[len++] = ' ';
			memcpy(line + len, mon, strlen(mon));
			len += strlen(mon);
		}
		used = c * cw + 4;
	}
	line[len] = '\0';
	report_printf(r, "    %s\n", line);
}

static void
print_heatmap(struct report *r, const struct history_stats *st, const struct glyphs *g)
{
	long first = st->today - st->days + 1, mfirst, col0;
	int ncols, cw;

	mfirst = st->today - (MAP_WEEKS * 7 - 1);
	if (mfirst < first)
		mfirst = first;
	col0 = mfirst - history_weekday(mfirst);
	ncols = (int)((st->today - col0) / 7 + 1);
	cw = ncols <= 26 ? 2 : 1;
	print_months(r, col0, ncols, cw, mfirst, st->today);
	for (int row = 0; row < 7; row++) {
		report_printf(r, "%s ", _(weekday_abbr[row]));
		for (int c = 0; c < ncols; c++) {
			long day = col0 + 7L * c + row;
			const char *s = " ";

			if (day >= mfirst && day <= st->today)
				s = shade(g, st->day_seconds[day - first]);
			report_printf(r, "%s%s", s, cw == 2 && c + 1 < ncols ? " " : "");
		}
		report_puts(r, "\n");
	}
	report_printf(r, "    %s\n", _(g->legend));
	if (mfirst > first)
		/* TRANSLATORS: the weeks the heat-map shows, then the days the figures cover; keep the four leading spaces. */
		report_printf(r, _("    (the map shows the last %d weeks; the figures cover all %d days)\n"),
		    MAP_WEEKS, st->days);
}

static void
print_trend(struct report *r, const struct history_stats *st, const struct glyphs *g)
{
	const char *before = _("before"), *after = _("after");
	int ww = text_width(before) > text_width(after) ? text_width(before) : text_width(after);
	char last[64];
	size_t n = 0;

	label(r, _("Tension"));
	if (st->before_n > 0)
		/* TRANSLATORS: the mean tension before a session, 0 to 10 ("before 5.2"). */
		report_printf(r, _("before %.1f"), (double)st->before_sum / (double)st->before_n);
	if (st->before_n > 0 && st->after_n > 0)
		report_puts(r, ", ");
	if (st->after_n > 0)
		/* TRANSLATORS: the mean tension after a session, 0 to 10 ("after 3.1"). */
		report_printf(r, _("after %.1f"), (double)st->after_sum / (double)st->after_n);
	if (st->before_n + st->after_n == 0)
		report_puts(r, _("no check-ins in these days"));
	else
		report_puts(r, _(" on average"));
	report_puts(r, "\n");
	/* the sessions that count, as the averages (one left before a stretch was done is no evidence) */
	for (size_t i = 0; i < st->ncheckins; i++)
		n += st->checkins[i].counts;
	if (n == 0)
		return;
	/* "  last 12     before ▁▂▃" over "              after  ▁▁▂": the sparklines line up */
	/* TRANSLATORS: the count of check-ins the figures come from ("last 12"). */
	snprintf(last, sizeof last, _("last %zu"), n);
	report_printf(r, "  %s%*s", last, text_width(last) < 11 ? 12 - text_width(last) : 1, "");
	report_printf(r, "%s%*s", before, ww + 1 - text_width(before), "");
	for (size_t i = 0; i < st->ncheckins; i++)
		if (st->checkins[i].counts)
			report_puts(r, spark(g, st->checkins[i].before));
	report_printf(r, "\n%*s%s%*s", text_width(last) < 11 ? 14 : 3 + text_width(last), "", after,
	    ww + 1 - text_width(after), "");
	for (size_t i = 0; i < st->ncheckins; i++)
		if (st->checkins[i].counts)
			report_puts(r, spark(g, st->checkins[i].after));
	report_puts(r, "\n");
}

/* The streak: the current one when it is alive, the best, and when the best ended if it has. */
static void
print_streak(struct report *r, const struct history_stats *st)
{
	char a[16];
	int now = st->streak_current;

	label(r, _("Streak"));
	if (now > 0)
		/* TRANSLATORS: The history's Streak row: %d is the days in a row up to today (5). */
		report_printf(r, ngettext("current %d day", "current %d days", (unsigned long)now), now);
	else
		/* TRANSLATORS: The history's Streak row when there is no streak: always 0 ("0 days");
		   use the form your language gives 0. */
		report_printf(r, ngettext("%d day", "%d days", 0UL), 0);
	/* a best streak longer than the current one is over: say when it ended */
	if (st->streak_best > now)
		/* TRANSLATORS: the longest streak in days, then the day it ended (2026-11-08). */
		report_printf(r, _(" (best %d, ended %s)"), st->streak_best,
		    history_report_day(a, sizeof a, st->best_end));
	else if (st->streak_best > 0)
		/* TRANSLATORS: the longest streak in days. */
		report_printf(r, _(" (best %d)"), st->streak_best);
	report_puts(r, "\n");
}

/* The Most used row: the routines with the most sessions in the window, by name. */
static void
print_most_used(struct report *r, const struct history_stats *st, const struct catalogue *c)
{
	size_t shown = 0;

	label(r, _("Most used"));
	for (size_t i = 0; i < st->nroutines && shown < TOP_ROUTINES; i++) {
		const struct routine *rt;
		char *name;

		if (st->routines[i].sessions == 0)
			continue;
		/* the routine's name as the menus give it; its id when it is gone */
		rt = c != NULL ? catalogue_find_routine(c, st->routines[i].id) : NULL;
		name = text_safe(rt != NULL ? rt->name : st->routines[i].id);
		report_printf(r, "%s%s %dx", shown++ ? ", " : "", name, st->routines[i].sessions);
		free(name);
	}
	report_printf(r, "%s\n", shown ? "" : "-");
}

static void
print_summary(struct report *r, const struct history_stats *st, const struct catalogue *c)
{
	char b[16];

	print_streak(r, st);
	label(r, _("Minutes"));
	/* TRANSLATORS: The history's Minutes row: minutes stretched in the last days, how many
	   days (7), and the sessions in those days (the plural follows it). */
	report_printf(r, ngettext("%ld in these %d days (%zu session)\n",
	    "%ld in these %d days (%zu sessions)\n", st->window_sessions),
	    history_report_minutes(st->window_seconds), st->days, st->window_sessions);
	/* TRANSLATORS: The history's row under Minutes: every session ever, not only these days. */
	label(r, _("In all"));
	/* TRANSLATORS: The In all row: minutes stretched, and the sessions (the plural follows it). */
	report_printf(r, ngettext("%ld min (%zu session)\n", "%ld min (%zu sessions)\n", st->sessions),
	    history_report_minutes(st->total_seconds), st->sessions);
	if (st->sessions > 0) {
		label(r, _("Since"));
		report_printf(r, "%s\n", history_report_day(b, sizeof b, st->first_day));
	}
	if (st->previews > 0) {
		label(r, _("Previews"));
		/* TRANSLATORS: the count of sessions run at another --speed (previews); keep --speed as it is typed. */
		report_printf(r, _("%zu at a --speed other than 1 (not counted)\n"), st->previews);
	}
	if (st->empty > 0) {
		label(r, _("Not counted"));
		/* TRANSLATORS: The history's "Not counted" row: %zu is how many sessions. */
		report_printf(r, ngettext("%zu session ended with no stretch completed\n",
		    "%zu sessions ended with no stretch completed\n", st->empty), st->empty);
	}
	if (st->future > 0) {
		label(r, _("Future"));
		/* TRANSLATORS: The history's "Future" row: %zu is how many sessions carry a date after
		   tomorrow. */
		report_printf(r, _("%zu dated after tomorrow, a clock set wrong? (not counted; the "
		    "warnings above name the lines)\n"), st->future);
	}
	if (st->reminders_skipped + st->reminders_snoozed > 0) {
		label(r, _("Reminders"));
		/* TRANSLATORS: the count of reminders skipped, then snoozed. */
		report_printf(r, _("%zu skipped, %zu snoozed\n"), st->reminders_skipped,
		    st->reminders_snoozed);
	}
	print_most_used(r, st, c);
}

/* --- progression ---------------------------------------------------------- */

/* The next level up from the deepest stretch in rt, and every area rt works. */
static void
routine_shape(const struct routine *rt, enum stretch_level *level, unsigned *areas)
{
	*level = LEVEL_GENTLE;
	*areas = 0;
	for (size_t i = 0; i < rt->nitems; i++) {
		if (rt->items[i].stretch->level > *level)
			*level = rt->items[i].stretch->level;
		*areas |= rt->items[i].stretch->areas;
	}
	if (*level < LEVEL_DEEP)
		(*level)++;
}

/* A `build` command line for a longer, deeper routine like this one. The caller frees. */
static char *
build_suggestion(const struct routine *rt, const struct history_routine_use *u)
{
	long avg = u->recent > 0 ? u->recent_seconds / u->recent : 0;
	long mins = (avg + 59) / 60 + 5;
	enum stretch_level level;
	unsigned areas;
	char names[256];

	if (mins > 60)
		mins = 60;
	if (rt == NULL)
		return xasprintf("stretchcoach build --minutes %ld", mins);
	routine_shape(rt, &level, &areas);
	catalogue_join_names(names, sizeof names, areas, catalogue_area_name, ",");
	return xasprintf("stretchcoach build --minutes %ld%s%s --level %s%s%s", mins,
	    rt->time == RTIME_ANY ? "" : " --time ",
	    rt->time == RTIME_ANY ? "" : catalogue_rtime_name(rt->time),
	    catalogue_level_name(level), areas ? " --area " : "", names);
}

/*
 * Item i of rt's deeper variation, when it is not already named by an
 * earlier item and suits needs (the person's settings: NULL, anything).
 */
static const char *
deeper(const struct routine *rt, size_t i, const struct catalogue *c, const struct adapt_needs *needs)
{
	const struct stretch *s = rt->items[i].stretch, *to;

	if (s->progression == NULL)
		return NULL;
	to = catalogue_find_stretch(c, s->progression);
	if (needs != NULL && (to == NULL || !adapt_fits(to, needs)))
		return NULL;
	for (size_t j = 0; j < i; j++)
		if (rt->items[j].stretch == s)
			return NULL;
	return s->progression;
}

/*
 * Whether "Ready for more" may suggest anything to someone with needs (NULL:
 * anything goes): nothing deeper or longer runs after a recent operation,
 * as `build` says itself (conditions_may_build()).
 */
static bool
more_may_run(const struct adapt_needs *needs)
{
	return needs == NULL || conditions_may_build(needs->conditions);
}

bool
history_report_any_ready(const struct history_stats *st)
{
	for (size_t i = 0; i < st->nroutines; i++)
		if (history_routine_ready(&st->routines[i]))
			return true;
	return false;
}

static void
print_progression(struct report *r, const struct history_stats *st, const struct catalogue *c,
    const struct adapt_needs *needs, const struct glyphs *g)
{
	report_printf(r, "\n%s\n", _("Ready for more"));
	for (size_t i = 0; i < st->nroutines; i++) {
		const struct history_routine_use *u = &st->routines[i];
		const struct routine *rt;
		char *id, *cmd;
		size_t shown = 0;

		if (!history_routine_ready(u))
			continue;
		rt = c != NULL ? catalogue_find_routine(c, u->id) : NULL;
		id = text_safe(u->id);
		/* TRANSLATORS: a routine's id, the times it was done, the days, the mean tension after (0 to 10); keep the two leading spaces. */
		report_printf(r, _("  %s: %d times in %d days, after-tension %.1f on average\n"), id,
		    u->recent, HISTORY_READY_DAYS,
		    (double)u->recent_after_sum / u->recent_after_n);
		free(id);
		for (size_t j = 0; rt != NULL && j < rt->nitems; j++) {
			const char *to = deeper(rt, j, c, needs);

			if (to != NULL)
				report_printf(r, "%s%s %s %s", shown++ ? ", " : _("    deeper: "),
				    rt->items[j].stretch->id, g->arrow, to);
		}
		if (shown)
			report_puts(r, "\n");
		cmd = build_suggestion(rt, u);
		/* TRANSLATORS: %s is a command line to type ("stretchcoach run evening-unwind"); keep the four leading spaces. */
		report_printf(r, _("    longer: %s\n"), cmd);
		free(cmd);
	}
}

/* --- JSON ----------------------------------------------------------------- */

/* The routines ready for more, into o's "progression" (history --json). */
void
history_report_json_progression(cJSON *o, const struct history_stats *st, const struct catalogue *c,
    const struct adapt_needs *needs)
{
	cJSON *arr = cJSON_AddArrayToObject(o, "progression");

	for (size_t i = 0; more_may_run(needs) && i < st->nroutines; i++) {
		const struct history_routine_use *u = &st->routines[i];
		const struct routine *rt;
		cJSON *p, *d;
		char *cmd;

		if (!history_routine_ready(u))
			continue;
		rt = c != NULL ? catalogue_find_routine(c, u->id) : NULL;
		p = cJSON_CreateObject();
		cJSON_AddItemToArray(arr, p);
		cJSON_AddStringToObject(p, "routine", u->id);
		cJSON_AddNumberToObject(p, "sessions", u->recent);
		cJSON_AddNumberToObject(p, "days", HISTORY_READY_DAYS);
		cJSON_AddNumberToObject(p, "after_avg", (double)(long)
		    ((double)u->recent_after_sum * 10 / u->recent_after_n + 0.5) / 10);
		d = cJSON_AddArrayToObject(p, "deeper");
		for (size_t j = 0; rt != NULL && j < rt->nitems; j++) {
			const char *to = deeper(rt, j, c, needs);
			cJSON *pair;

			if (to == NULL)
				continue;
			pair = cJSON_CreateObject();
			cJSON_AddStringToObject(pair, "stretch", rt->items[j].stretch->id);
			cJSON_AddStringToObject(pair, "progression", to);
			cJSON_AddItemToArray(d, pair);
		}
		cmd = build_suggestion(rt, u);
		cJSON_AddStringToObject(p, "build", cmd);
		free(cmd);
	}
}

bool
history_report_utf8(void)
{
	return pick_glyphs() == &utf8_glyphs;
}

/* The stretches left out of routines for now, because they hurt lately. */
static void
print_hurt(struct report *r, const struct history_stats *st, const struct catalogue *c)
{
	char names[512] = "";
	size_t len = 0;

	if (st->nhurt_recent == 0)
		return;
	for (size_t i = 0; i < st->nhurt_recent && len < sizeof names; i++) {
		const struct stretch *s = c != NULL ? catalogue_find_stretch(c, st->hurt_recent[i]) : NULL;
		char *id = text_safe(st->hurt_recent[i]);
		int n = snprintf(names + len, sizeof names - len, "%s%s", i ? ", " : "", s != NULL ? s->name : id);

		free(id);
		len += n > 0 ? (size_t)n : 0;
	}
	label(r, _("Left out"));
	/* TRANSLATORS: %s is a list of stretch names, %d the number of days (7). */
	report_printf(r, ngettext("%s: marked hurt in the last %d days (--include-hurt keeps it)\n",
	    "%s: marked hurt in the last %d days (--include-hurt keeps them)\n", st->nhurt_recent),
	    names, HISTORY_HURT_DAYS);
}

void
history_report_text(struct report *r, const struct history_stats *st, const struct catalogue *c,
    const struct adapt_needs *needs)
{
	const struct glyphs *g = pick_glyphs();
	char a[16], b[16];

	/* TRANSLATORS: how many days the history covers, then its first and last dates. */
	report_printf(r, ngettext("History, %d day: %s to %s\n\n", "History, %d days: %s to %s\n\n",
	    (unsigned long)st->days), st->days,
	    history_report_day(a, sizeof a, st->today - st->days + 1), history_report_day(b, sizeof b, st->today));
	print_heatmap(r, st, g);
	report_puts(r, "\n");
	print_summary(r, st, c);
	print_trend(r, st, g);
	print_hurt(r, st, c);
	if (history_report_any_ready(st) && more_may_run(needs))
		print_progression(r, st, c, needs, g);
}

