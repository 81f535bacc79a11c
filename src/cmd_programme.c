/* cmd_programme.c — `stretchcoach programme`: list, start, status, stop. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "catalogue.h"
#include "cli.h"
#include "clock.h"
#include "cmd_int.h"
#include "conditions.h"
#include "diag.h"
#include "history.h"
#include "i18n.h"
#include "paths.h"
#include "programme.h"
#include "text.h"
#include "text_out.h"
#include "today.h"

/* Description lines are wrapped to this width. */
#define WRAP_COLS 72

static void
print_wrapped(const char *indent, const char *s)
{
	char **lines;
	size_t n = text_wrap(s, WRAP_COLS, &lines);

	for (size_t i = 0; i < n; i++)
		printf("%s%s\n", indent, lines[i]);
	text_lines_free(lines, n);
}

static size_t
rest_days(const struct programme *p)
{
	size_t n = 0;

	for (size_t i = 0; i < p->ndays; i++)
		n += p->days[i].routine == NULL;
	return n;
}

/* Today's step as it runs for the person (a), its note, and what to type to do it. */
static void
print_today(const struct programme_now *now, const struct app_today *a)
{
	char line[256], resume[256];
	struct today *t = now->today.state == PROG_DUE ? today_plan(now->today.routine, &a->needs) :
	    NULL;

	printf("%s: %s\n", now->p->name, programme_headline(line, sizeof line, now->p,
	    &now->today, app_separator(), &a->needs));
	if (*programme_resume_text(resume, sizeof resume, &now->today) != '\0')
		print_wrapped("  ", resume);
	if (*programme_hold_text(resume, sizeof resume, &now->today) != '\0')
		print_wrapped("  ", resume);
	if (now->today.state == PROG_DUE || now->today.state == PROG_REST)
		if (*now->today.note != '\0')
			print_wrapped("  ", now->today.note);
	if (t != NULL && today_state(t) == TODAY_RUNS)
		/* TRANSLATORS: %s is the routine's id. Keep the two spaces at the start (the line is
		   indented under the day) and the commands as they are typed. */
		printf(_("  Start it from the main menu (stretchcoach), or: stretchcoach run %s\n"),
		    now->today.routine->id);
	else if (t != NULL) {
		/* what `run` would say: the day waits, nothing of it runs for this person */
		char *why = app_today_not_run(a, t, now->today.routine, false);

		print_wrapped("  ", why);
		free(why);
	}
	if (now->today.state == PROG_FINISHED)
		fputs(_("  Well done. Start it again, or another one: stretchcoach programme\n"), stdout);
	today_free(t);
}

static void
list_programmes(const struct catalogue *c, const struct programme_now *now,
    const struct app_today *a)
{
	size_t n = catalogue_programme_count(c);

	if (n == 0) {
		fputs(_("No programmes in the catalogue in use.\n"), stdout);
		return;
	}
	fputs(_("Programmes (start one with: stretchcoach programme start ID)\n"), stdout);
	for (size_t i = 0; i < n; i++) {
		const struct programme *p = catalogue_programme(c, i);
		size_t rest = rest_days(p);

		/* TRANSLATORS: A line of the programme list: the programme's id, two spaces, its name,
		   then its number of days (14). Keep the blank line before it and the two spaces. */
		printf(ngettext("\n%s  %s: %zu day", "\n%s  %s: %zu days", p->ndays), p->id, p->name, p->ndays);
		if (rest > 0)
			/* TRANSLATORS: follows "30 days": how many of those days are rest days. */
			printf(ngettext(", %zu of them rest", ", %zu of them rest", rest), rest);
		printf("%s\n", now->p == p ? _(" (running)") : "");
		if (*p->description != '\0')
			print_wrapped("    ", p->description);
	}
	if (now->p != NULL) {
		putchar('\n');
		print_today(now, a);
	}
}

static int
log_event(const char *path, int kind, const struct programme *p, int day)
{
	return app_programme_log(path, kind, p, day, clock_wall(), NULL);
}

/* The running programme as a stand-in when the catalogue no longer has it. */
static struct programme
orphan(const struct programme_now *now)
{
	return (struct programme){ .id = now->track.id, .name = now->track.id };
}

static void
say_stopped(const struct programme *p, int done)
{
	if (done == 0)
		/* TRANSLATORS: %s is the programme's name. */
		printf(_("Stopped %s before its first day.\n"), p->name);
	else
		/* TRANSLATORS: %s is the programme's name, %d the days done (the plural follows it). */
		printf(ngettext("Stopped %s after %d day. Your history keeps every session.\n",
		    "Stopped %s after %d days. Your history keeps every session.\n", (unsigned long)done),
		    p->name, done);
}

bool
cmd_programme_may_run(unsigned conditions)
{
	if (conditions_may_build(conditions))
		return true;
	fputs(_("stretchcoach: after an operation, a programme waits until your surgical team "
	    "says you may stretch; until then, 'stretchcoach run breathe-and-walk' offers easy "
	    "walking and calm breathing\n"), stderr);
	return false;
}

static int
start(const struct catalogue *c, const char *path, struct programme_now *now, const char *id,
    const struct app_today *a, bool *changed)
{
	const struct programme *p = catalogue_find_programme(c, id);
	struct programme fallback = orphan(now);
	char *safe;
	int status;

	if (p == NULL) {
		safe = text_safe(id);
		/* TRANSLATORS: %s is the id typed. Keep "stretchcoach programme" as it is typed. */
		fprintf(stderr, _("stretchcoach: no programme '%s' (see stretchcoach programme)\n"), safe);
		free(safe);
		return EXIT_USAGE;
	}
	if (!cmd_programme_may_run(a->o.conditions))
		return EXIT_USAGE;
	if (now->p == p) {
		/* TRANSLATORS: %s is the programme's name. Keep "stretchcoach programme stop" as it is
		   typed. */
		printf(_("%s is already running. To begin it again, first: stretchcoach programme stop\n"),
		    p->name);
		print_today(now, a);
		return 0;
	}
	if (now->track.id != NULL) {
		const struct programme *old = now->p != NULL ? now->p : &fallback;

		if ((status = log_event(path, HEV_PROGRAMME_STOP, old, now->track.done)) != 0)
			return status;
		say_stopped(old, now->track.done);
	}
	if ((status = log_event(path, HEV_PROGRAMME_START, p, 1)) != 0)
		return status;
	*changed = true;
	programme_now_done(now);
	now->p = p;
	now->track.id = xstrdup(p->id);
	now->track.start_day = now->day = history_day_of(clock_wall());
	now->track.step_day = now->day - 1;
	programme_today(&now->track, p, now->day, &now->today);
	/* TRANSLATORS: %s is the programme's name, %zu its number of days (14; the plural
	   follows it). */
	printf(ngettext("Started %s: %zu day. Missed days never reset it: it waits for you.\n",
	    "Started %s: %zu days. Missed days never reset it: it waits for you.\n", p->ndays),
	    p->name, p->ndays);
	print_today(now, a);
	return 0;
}

static int
stop(const char *path, const struct programme_now *now, bool *changed)
{
	struct programme fallback = orphan(now);
	const struct programme *p = now->p != NULL ? now->p : &fallback;
	int status;

	if (now->track.id == NULL) {
		fputs(_("No programme is running. See them with: stretchcoach programme\n"), stdout);
		return 0;
	}
	if ((status = log_event(path, HEV_PROGRAMME_STOP, p, now->track.done)) != 0)
		return status;
	*changed = true;
	say_stopped(p, now->track.done);
	return 0;
}

static int
show_status(const struct programme_now *now, const struct app_today *a)
{
	char *safe;

	if (now->track.id == NULL)
		fputs(_("No programme is running. See them with: stretchcoach programme\n"), stdout);
	else if (now->p == NULL) {
		safe = text_safe(now->track.id);
		/* TRANSLATORS: %s is the programme's id. Keep "stretchcoach programme stop" as it is
		   typed. */
		printf(_("The running programme '%s' is not in the catalogue in use.\n"
		    "Stop it with: stretchcoach programme stop\n"), safe);
		free(safe);
	} else
		print_today(now, a);
	return 0;
}

/* The action asked for, or NULL (with a message) when the words make no sense. */
static const char *
action(const struct cli *cli)
{
	const char *a = cli->nargs > 0 ? cli->args[0] : "list";
	bool takes_id = strcmp(a, "start") == 0;
	char *safe;

	if (strcmp(a, "list") != 0 && strcmp(a, "start") != 0 && strcmp(a, "status") != 0 &&
	    strcmp(a, "stop") != 0 && strcmp(a, "calendar") != 0) {
		safe = text_safe(a);
		/* TRANSLATORS: %s is the word typed. start, status, stop and calendar are typed as
		   they stand: keep them in English; ID stands for a programme's id. */
		fprintf(stderr, _("stretchcoach: programme: unknown action '%s' "
		    "(use: start ID, status, stop, calendar)\n"), safe);
		free(safe);
		return NULL;
	}
	if (strcmp(a, "calendar") == 0)
		return a;   /* an id or none */
	if (takes_id != (cli->nargs == 2)) {
		if (takes_id)
			fputs(_("stretchcoach: programme start needs an id (see: stretchcoach programme)\n"),
			    stderr);
		else
			/* TRANSLATORS: %s is the action typed ("status", "stop"), as it is typed. */
			fprintf(stderr, _("stretchcoach: programme %s takes no further argument\n"), a);
		return NULL;
	}
	return a;
}

int
cmd_programme(const struct cli *cli)
{
	struct programme_now now;
	struct app_today ct;   /* the person's needs: what runs of each day, as `run` runs it */
	struct catalogue *c;
	const char *a = action(cli);
	char *path, *cause;
	int status, lock = -1, settings;
	bool changed = false;

	if (a == NULL)
		return EXIT_USAGE;
	if (strcmp(a, "calendar") == 0)
		return cmd_programme_calendar(cli, cli->nargs == 2 ? cli->args[1] : NULL);
	if ((c = app_load_catalogue(cli, false, &status)) == NULL)
		return status;
	if ((path = paths_history_file()) == NULL) {
		fprintf(stderr, "stretchcoach: %s\n", _("cannot locate the history file (is HOME set?)"));
		catalogue_free(c);
		return EXIT_NOINPUT;
	}
	settings = app_today_init(&ct, cli);
	/* start and stop read the events, then add one: one stretchcoach at a time */
	if (strcmp(a, "start") == 0 || strcmp(a, "stop") == 0)
		lock = paths_lock_dir(path);
	if (programme_current(c, path, history_day_of(clock_wall()), &now, &cause) == -1) {
		fprintf(stderr, "stretchcoach: %s\n", cause);
		free(cause);
		status = EXIT_NOINPUT;
	} else if (strcmp(a, "start") == 0)
		status = start(c, path, &now, cli->args[1], &ct, &changed);
	else if (strcmp(a, "stop") == 0)
		status = stop(path, &now, &changed);
	else if (strcmp(a, "status") == 0)
		status = show_status(&now, &ct);
	else
		list_programmes(c, &now, &ct);
	paths_unlock_dir(lock);
	if (status == 0 && changed)
		status = app_flush(strcmp(a, "start") == 0 ?
		    _("the programme was started all the same (see: stretchcoach programme status)") :
		    _("the programme was stopped all the same (see: stretchcoach programme status)"));
	else if (status == 0)
		status = app_flush(NULL);
	programme_now_done(&now);
	app_today_done(&ct);
	catalogue_free(c);
	free(path);
	return status != 0 ? status : settings;
}
