/* history_report_json.c — the history report as JSON (history --json). */
#include <stddef.h>

#include <cjson/cJSON.h>

#include "adapt.h"
#include "catalogue.h"
#include "history_report.h"
#include "history_report_int.h"
#include "history_stats.h"

static cJSON *
json_average(long sum, size_t n)
{
	if (n == 0)
		return cJSON_CreateNull();
	return cJSON_CreateNumber((double)(long)((double)sum * 10 / (double)n + 0.5) / 10);
}

static void
json_tension(cJSON *o, const struct history_stats *st)
{
	cJSON *t = cJSON_AddObjectToObject(o, "tension"), *recent;

	cJSON_AddItemToObject(t, "before_avg", json_average(st->before_sum, st->before_n));
	cJSON_AddItemToObject(t, "after_avg", json_average(st->after_sum, st->after_n));
	cJSON_AddNumberToObject(t, "before_n", (double)st->before_n);
	cJSON_AddNumberToObject(t, "after_n", (double)st->after_n);
	recent = cJSON_AddArrayToObject(t, "recent");
	for (size_t i = 0; i < st->ncheckins; i++) {
		cJSON *c;
		int b = st->checkins[i].before, a = st->checkins[i].after;

		if (!st->checkins[i].counts)
			continue;   /* as the text report: the sessions that count */
		c = cJSON_CreateObject();

		cJSON_AddItemToObject(c, "before", b < 0 ? cJSON_CreateNull() : cJSON_CreateNumber(b));
		cJSON_AddItemToObject(c, "after", a < 0 ? cJSON_CreateNull() : cJSON_CreateNumber(a));
		cJSON_AddItemToArray(recent, c);
	}
}

static void
json_days_routines(cJSON *o, const struct history_stats *st)
{
	cJSON *cal = cJSON_AddArrayToObject(o, "calendar");
	cJSON *rts = cJSON_AddArrayToObject(o, "routines");
	char buf[16];

	for (int i = 0; i < st->days; i++) {
		cJSON *d = cJSON_CreateObject();

		cJSON_AddStringToObject(d, "date",
		    history_report_day(buf, sizeof buf, st->today - st->days + 1 + i));
		cJSON_AddNumberToObject(d, "minutes",
		    (double)history_report_minutes(st->day_seconds[i]));
		cJSON_AddItemToArray(cal, d);
	}
	for (size_t i = 0; i < st->nroutines; i++) {
		cJSON *r;

		if (st->routines[i].sessions == 0)
			continue;
		r = cJSON_CreateObject();
		cJSON_AddStringToObject(r, "id", st->routines[i].id);
		cJSON_AddNumberToObject(r, "sessions", st->routines[i].sessions);
		cJSON_AddNumberToObject(r, "minutes",
		    (double)history_report_minutes(st->routines[i].seconds));
		cJSON_AddItemToArray(rts, r);
	}
}

cJSON *
history_report_json_new(const struct history_stats *st, const struct catalogue *c,
    const struct adapt_needs *needs)
{
	cJSON *o = cJSON_CreateObject(), *s, *h;
	char buf[16];

	cJSON_AddStringToObject(o, "today", history_report_day(buf, sizeof buf, st->today));
	cJSON_AddNumberToObject(o, "days", st->days);
	s = cJSON_AddObjectToObject(o, "streak");
	cJSON_AddNumberToObject(s, "current", st->streak_current);
	cJSON_AddNumberToObject(s, "best", st->streak_best);
	if (st->streak_best > 0)
		cJSON_AddStringToObject(s, "best_end", history_report_day(buf, sizeof buf, st->best_end));
	cJSON_AddNumberToObject(o, "window_minutes",
	    (double)history_report_minutes(st->window_seconds));
	cJSON_AddNumberToObject(o, "window_sessions", (double)st->window_sessions);
	cJSON_AddNumberToObject(o, "total_minutes", (double)history_report_minutes(st->total_seconds));
	cJSON_AddNumberToObject(o, "sessions", (double)st->sessions);
	cJSON_AddNumberToObject(o, "previews", (double)st->previews);
	cJSON_AddNumberToObject(o, "future_dated", (double)st->future);
	cJSON_AddNumberToObject(o, "not_completed", (double)st->empty);
	cJSON_AddNumberToObject(o, "reminders_skipped", (double)st->reminders_skipped);
	cJSON_AddNumberToObject(o, "reminders_snoozed", (double)st->reminders_snoozed);
	json_days_routines(o, st);
	json_tension(o, st);
	history_report_json_progression(o, st, c, needs);
	h = cJSON_AddArrayToObject(o, "hurt_recent");
	for (size_t i = 0; i < st->nhurt_recent; i++)
		cJSON_AddItemToArray(h, cJSON_CreateString(st->hurt_recent[i]));
	return o;
}
