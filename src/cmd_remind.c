/* cmd_remind.c — `stretchcoach remind`: wait quietly, offer a break, repeat. */
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "catalogue.h"
#include "clock.h"
#include "cmd.h"
#include "config.h"
#include "diag.h"
#include "history.h"
#include "paths.h"
#include "plan.h"
#include "text.h"

#define SNOOZE_S (10 * 60)

/* The routine to offer: --routine, else desk-break, else the first for any time. */
static const struct routine *
pick_routine(const struct catalogue *c, const char *id)
{
	const struct routine *r;

	if (id != NULL)
		return catalogue_find_routine(c, id);
	if ((r = catalogue_find_routine(c, "desk-break")) != NULL)
		return r;
	for (size_t i = 0; i < catalogue_routine_count(c); i++)
		if (catalogue_routine(c, i)->time == RTIME_ANY)
			return catalogue_routine(c, i);
	return catalogue_routine_count(c) > 0 ? catalogue_routine(c, 0) : NULL;
}

/*
 * Sleep until the monotonic time `until` in one poll() (no fds): no wakeups
 * while waiting. Returns early only for a terminating signal.
 */
static void
wait_until(int64_t until)
{
	for (;;) {
		int64_t left = until - clock_mono_ms();

		if (left <= 0 || frontend_signal() != 0)
			return;
		poll(NULL, 0, left > INT_MAX ? INT_MAX : (int)left);
	}
}

/* Log a skipped or snoozed reminder; a failure is said but does not stop the reminders. */
static void
log_event(const struct routine *r, enum history_event ev)
{
	struct history_record rec;
	struct plan *p = plan_new(r);
	char *path = paths_history_file(), *cause = NULL;

	history_record_init(&rec);
	rec.routine = xstrdup(r->id);
	rec.started = rec.ended = time(NULL);
	rec.planned_s = p->total_s;
	rec.event = ev;
	if (path == NULL || history_append(path, &rec, &cause) < 0) {
		fprintf(stderr, "stretchcoach: cannot note this in history: %s\n",
		    cause ? cause : "no HOME or XDG_DATA_HOME");
		free(cause);
	}
	free(path);
	plan_free(p);
	history_record_done(&rec);
}

/* The interval: --every, else the config's remind_every. -1 on a bad --every. */
static long
interval(const struct cli *cli, const struct config *cfg)
{
	long every;

	if (cli->every == NULL)
		return cfg->remind_every;
	every = config_parse_duration(cli->every);
	if (every < 1 || every > 24 * 3600) {
		char *s = text_safe(cli->every);

		fprintf(stderr, "stretchcoach: --every takes a duration like 45m, 1h or 1h30m "
		    "(up to 24h), not '%s'\n", s);
		free(s);
		return -1;
	}
	return every;
}

/* Offer the break; returns the seconds to the next one, or -1 to stop. */
static long
offer(const struct cli *cli, const struct routine *r, const struct config *cfg, long every)
{
	char answer[32], when[16], len[32];
	time_t now = time(NULL);
	struct tm tm;
	struct plan *p = plan_new(r);

	localtime_r(&now, &tm);
	strftime(when, sizeof when, "%H:%M", &tm);
	printf("%s[%s] Time for a stretch: %s (%s). Enter starts it, s snoozes 10 min, "
	    "x skips this one: ", cfg->bell && isatty(1) ? "\a" : "", when, r->name,
	    text_duration(len, sizeof len, p->total_s));
	plan_free(p);
	fflush(stdout);
	if (frontend_read_line(answer, sizeof answer) < 0) {
		putchar('\n');
		return -1;
	}
	if (answer[0] == 's') {
		log_event(r, HEV_REMIND_SNOOZED);
		printf("Snoozed: back in 10 minutes.\n");
		return SNOOZE_S;
	}
	if (answer[0] == 'x') {
		log_event(r, HEV_REMIND_SKIPPED);
		printf("Skipped. Next break in %s.\n", text_duration(len, sizeof len, every));
		return every;
	}
	cmd_run_routine(cli, r, NULL);
	if (frontend_signal() != 0)
		return -1;
	printf("Next break in %s.\n", text_duration(len, sizeof len, every));
	return every;
}

int
cmd_remind(const struct cli *cli)
{
	struct config cfg;
	struct run_opts o;
	struct catalogue *c = NULL;
	const struct routine *r;
	char len[32];
	long every, next;
	int status = cmd_settings(cli, &cfg, &o);

	if (status != 0 || (every = interval(cli, &cfg)) < 0 ||
	    (c = cmd_load_catalogue(cli, false, &status)) == NULL) {
		config_done(&cfg);
		return status != 0 ? status : EXIT_USAGE;
	}
	if ((r = pick_routine(c, cli->routine)) == NULL) {
		char *id = text_safe(cli->routine ? cli->routine : "");

		fprintf(stderr, "stretchcoach: no routine '%s' to offer (see stretchcoach routines)\n", id);
		free(id);
		catalogue_free(c);
		config_done(&cfg);
		return EXIT_USAGE;
	}
	frontend_signals_install();
	printf("Reminding you every %s to take %s. Leave this running; Ctrl-C stops it.\n",
	    text_duration(len, sizeof len, every), r->name);
	for (next = every; next >= 0 && frontend_signal() == 0; ) {
		fflush(stdout);
		wait_until(clock_mono_ms() + next * 1000);
		if (frontend_signal() != 0)
			break;
		next = offer(cli, r, &cfg, every);
	}
	catalogue_free(c);
	config_done(&cfg);
	if (frontend_signal() != 0)
		frontend_signal_reraise(frontend_signal());
	return 0;
}
