/*
 * cmd_export.c — `history --csv` (a row per session for a spreadsheet) and
 * `programme calendar [ID]` (the days to come as iCalendar events).
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalogue.h"
#include "cli.h"
#include "clock.h"
#include "cmd_int.h"
#include "diag.h"
#include "export.h"
#include "history.h"
#include "history_stats.h"
#include "i18n.h"
#include "paths.h"
#include "programme.h"
#include "report.h"
#include "text.h"
#include "text_out.h"
#include "today.h"

/* --days not given: every session in the file (a hundred years). */
#define CSV_ALL_DAYS 36600
/* The sessions that set the usual time: the last four weeks. */
#define USUAL_DAYS 28
#define MAX_TIMES 512
/* Stretches marked hurt that the calendar follows to the day their mark lapses. */
#define MAX_HURT 64

/* Write the report to stdout; 0 or EXIT_IOERR. */
static int
put_report(const struct report *r)
{
	/* a data file (CSV, a calendar) keeps its UTF-8 when it goes to a file or a pipe */
	if (!isatty(STDOUT_FILENO))
		text_out_set(TEXT_OUT_RAW);
	fputs(report_text(r), stdout);
	if (fflush(stdout) == EOF || ferror(stdout)) {
		perror("stretchcoach: cannot write output");
		return EXIT_IOERR;
	}
	return 0;
}

struct csv_ctx {
	struct report *r;
	long first, today;
};

static void
csv_add(void *arg, const struct history_record *rec)
{
	struct csv_ctx *x = arg;
	long day = history_record_day(rec);

	if (rec->event == HEV_SESSION && day >= x->first && day <= x->today)
		export_csv_row(x->r, rec);
}

/* Read the history at path through st, passing every record to fn(arg, record). */
static int
read_history(long today, int days, void (*fn)(void *, const struct history_record *), void *arg)
{
	struct history_stats st;
	struct diag d;
	char *path = paths_history_file();
	int status = 0;

	if (path == NULL) {
		fprintf(stderr, "stretchcoach: %s\n", _("cannot locate the history file (is HOME set?)"));
		return EXIT_NOINPUT;
	}
	diag_init(&d);
	history_stats_init(&st, today, days);
	st.also = fn;
	st.also_arg = arg;
	if (history_stats_load(path, &st, &d) < 0)
		status = d.status;
	diag_print(&d, stderr);
	diag_done(&d);
	history_stats_done(&st);
	free(path);
	return status;
}

int
cmd_history_csv(const struct cli *cli)
{
	struct report r = { 0 };
	long today = history_day_of(clock_wall());
	int days = cli->days > 0 ? cli->days : CSV_ALL_DAYS;
	struct csv_ctx x = { &r, today - days + 1, today };
	int status;

	export_csv_head(&r);
	if ((status = read_history(today, days, csv_add, &x)) == 0)
		status = put_report(&r);
	report_done(&r);
	return status;
}

/* --- programme calendar ------------------------------------------------ */

/*
 * Start minutes (local) of recent real sessions, morning and evening apart;
 * and the day each stretch was last marked hurt, so that a day of the
 * calendar leaves out only what is still marked by then.
 */
struct usual {
	int am[MAX_TIMES], pm[MAX_TIMES];
	size_t nam, npm;
	long first;
	struct { char id[64]; long day; } hurt[MAX_HURT];
	size_t nhurt;
};

static void
usual_hurt(struct usual *u, const char *id, long day)
{
	size_t i;

	for (i = 0; i < u->nhurt && strcmp(u->hurt[i].id, id) != 0; i++)
		;
	if (i == u->nhurt) {
		/* an id too long, or too many: not noted, and so left out on every day (the safe way) */
		if (i == MAX_HURT || strlen(id) >= sizeof u->hurt[i].id)
			return;
		snprintf(u->hurt[i].id, sizeof u->hurt[i].id, "%s", id);
		u->hurt[i].day = day;
		u->nhurt++;
	} else if (day > u->hurt[i].day) {
		u->hurt[i].day = day;
	}
}

/* The day id was last marked hurt, or -1 when not noted. */
static long
usual_hurt_day(const struct usual *u, const char *id)
{
	for (size_t i = 0; i < u->nhurt; i++)
		if (strcmp(u->hurt[i].id, id) == 0)
			return u->hurt[i].day;
	return -1;
}

static void
usual_add(void *arg, const struct history_record *rec)
{
	struct usual *u = arg;
	long local = (long)((rec->started + rec->gmtoff) % 86400 + 86400) % 86400;
	int minute = (int)(local / 60);

	/* a hurt is a hurt, in a preview too (history_stats.c) */
	for (size_t i = 0; rec->event == HEV_SESSION && i < rec->nhurt; i++)
		usual_hurt(u, rec->hurt[i], history_record_day(rec));
	if (rec->event != HEV_SESSION || rec->speed != 1 || history_record_day(rec) < u->first)
		return;
	if (minute < 14 * 60 && u->nam < MAX_TIMES)
		u->am[u->nam++] = minute;
	else if (minute >= 14 * 60 && u->npm < MAX_TIMES)
		u->pm[u->npm++] = minute;
}

static int
cmp_int(const void *a, const void *b)
{
	return (*(const int *)a > *(const int *)b) - (*(const int *)a < *(const int *)b);
}

/* The median of v, rounded to a quarter hour, or fallback when v is empty. */
static int
median_minute(int *v, size_t n, int fallback)
{
	if (n == 0)
		return fallback;
	qsort(v, n, sizeof *v, cmp_int);
	return (v[n / 2] + 7) / 15 * 15 % (24 * 60);
}

/* When a routine's day starts: the person's usual morning or evening time (8:00, 19:00 without). */
static int
usual_minute(struct usual *u, const struct routine *r)
{
	int am = median_minute(u->am, u->nam, 8 * 60), pm = median_minute(u->pm, u->npm, 19 * 60);

	if (r->time == RTIME_EVENING)
		return pm;
	if (r->time == RTIME_MORNING)
		return am;
	return u->npm > u->nam ? pm : am;
}

/*
 * The event of day `day` (1-based) of p on calendar day cal, as it runs for
 * the person (a) that day: a stretch marked hurt is left out only while its
 * mark lasts (HISTORY_HURT_DAYS from the day it was marked).
 */
static void
day_event(struct report *r, const struct programme *p, int day, long cal, struct usual *u,
    const struct app_today *a)
{
	const struct programme_day *pd = &p->days[day - 1];
	struct programme_today pt = { .state = PROG_DUE, .day = day, .routine = pd->routine,
	    .note = pd->note != NULL ? pd->note : "" };
	struct report desc = { 0 };
	struct today_needs needs = a->needs;
	const char **still = xcalloc(a->needs.nhurt + 1, sizeof *still);
	struct today *t;
	int minute = usual_minute(u, pd->routine);

	needs.nhurt = 0;
	for (size_t i = 0; i < a->needs.nhurt; i++) {
		long marked = usual_hurt_day(u, a->needs.hurt[i]);

		if (marked < 0 || cal < marked + HISTORY_HURT_DAYS)
			still[needs.nhurt++] = a->needs.hurt[i];
	}
	needs.hurt = still;
	t = today_plan(pd->routine, &needs);
	char summary[256], uid[160];
	int y, m, d;

	history_civil_from_days(cal, &y, &m, &d);
	snprintf(uid, sizeof uid, "%s-day-%d-%04d%02d%02d@stretchcoach", p->id, day, y, m, d);
	programme_headline(summary, sizeof summary, p, &pt, " \u00b7 ", &needs);
	report_printf(&desc, "%s\n", p->name);
	if (pd->routine->description[0] != '\0')
		report_printf(&desc, "%s\n", pd->routine->description);
	if (pt.note[0] != '\0')
		report_printf(&desc, "%s\n", pt.note);
	if (today_state(t) == TODAY_RUNS)
		/* TRANSLATORS: %s is the routine's id ("morning-wake-up"). Keep "stretchcoach run" as
		   it is typed. */
		report_printf(&desc, _("\nStart it with: stretchcoach run %s\n"), pd->routine->id);
	else {
		/* what `run` would say that day (the needs as they are today) */
		char *why = app_today_not_run(a, t, pd->routine, false);

		report_printf(&desc, "\n%s\n", why);
		free(why);
	}
	export_ics_event(r, &(struct export_event){ .uid = uid, .day = cal, .minute = minute,
	    .seconds = today_state(t) == TODAY_RUNS ? today_seconds(t) : 0, .summary = summary,
	    .description = report_text(&desc) }, clock_wall());
	today_free(t);
	free(still);
	report_done(&desc);
}

/* The first day still to do and its calendar day, from today's step. */
static int
first_day(const struct programme_now *now, const struct programme *p, long today, long *cal)
{
	*cal = today;
	if (now->p != p)
		return 1;   /* not running: as if started today */
	switch (now->today.state) {
	case PROG_DUE: return now->today.day;
	case PROG_REST: case PROG_DONE_TODAY: *cal = today + 1; return now->today.day + 1;
	case PROG_FINISHED: break;
	}
	return (int)p->ndays + 1;
}

static void
calendar(struct report *r, const struct programme_now *now, const struct programme *p,
    long today, struct usual *u, const struct app_today *a)
{
	long cal;
	int from = first_day(now, p, today, &cal);

	export_ics_begin(r);
	for (int day = from; day <= (int)p->ndays; day++, cal++)
		if (p->days[day - 1].routine != NULL)
			day_event(r, p, day, cal, u, a);
	export_ics_end(r);
}

/* The programme to write out: id, or the running one; NULL after saying why. */
static const struct programme *
calendar_programme(const struct catalogue *c, const struct programme_now *now, const char *id)
{
	const struct programme *p;

	if (id == NULL) {
		if (now->p == NULL)
			fputs(_("stretchcoach: no programme is running; start one, or name one: "
			    "stretchcoach programme calendar PROGRAMME-ID\n"), stderr);
		return now->p;
	}
	if ((p = catalogue_find_programme(c, id)) == NULL) {
		char *safe = text_safe(id);

		/* TRANSLATORS: %s is the programme id given. */
		fprintf(stderr, _("stretchcoach: no programme '%s' (see: stretchcoach programme)\n"), safe);
		free(safe);
	}
	return p;
}

int
cmd_programme_calendar(const struct cli *cli, const char *id)
{
	struct programme_now now;
	struct app_today ct;   /* each day's length as `run` would run it */
	struct report r = { 0 };
	struct usual *u;
	const struct programme *p;
	long today = history_day_of(clock_wall());
	char *path, *cause;
	int status, settings;
	struct catalogue *c = app_load_catalogue(cli, false, &status);

	if (c == NULL)
		return status;
	if ((path = paths_history_file()) == NULL) {
		fprintf(stderr, "stretchcoach: %s\n", _("cannot locate the history file (is HOME set?)"));
		catalogue_free(c);
		return EXIT_NOINPUT;
	}
	settings = app_today_init(&ct, cli);
	status = EXIT_USAGE;
	if (!cmd_programme_may_run(ct.o.conditions)) {
		programme_track_init(&now.track);
		now.p = NULL;
	} else if (programme_current(c, path, today, &now, &cause) == -1) {
		fprintf(stderr, "stretchcoach: %s\n", cause);
		free(cause);
		status = EXIT_NOINPUT;
	} else if ((p = calendar_programme(c, &now, id)) != NULL) {
		u = xcalloc(1, sizeof *u);
		u->first = today - USUAL_DAYS + 1;
		if ((status = read_history(today, USUAL_DAYS, usual_add, u)) == 0) {
			calendar(&r, &now, p, today, u, &ct);
			status = put_report(&r);
		}
		free(u);
		status = status != 0 ? status : settings;
	}
	app_today_done(&ct);
	programme_now_done(&now);
	report_done(&r);
	catalogue_free(c);
	free(path);
	return status;
}
