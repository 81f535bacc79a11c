/*
 * cmd_status.c — `stretchcoach status`: one line for a shell prompt, and the
 * same for a status bar (--format json, waybar, i3blocks, tmux).
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "app.h"
#include "cli.h"
#include "cli_out.h"
#include "clock.h"
#include "cmd_int.h"
#include "diag.h"
#include "followup.h"
#include "history.h"
#include "history_report.h"
#include "history_stats.h"
#include "i18n.h"
#include "paths.h"

/* What the line says, worked out once and printed in any format. */
struct status_line {
	char text[256];        /* "3-day streak, 6 min today, day 3/14 due" */
	size_t streak_len;     /* the streak part alone: text[0..streak_len) */
	bool due;              /* nothing done today, or a programme day waits */
	const struct history_status *hs;
	const struct followup *follow;   /* the newest counted session and the answers after it */
};

/* i3blocks' colours: amber while a stretch is due, green once done. */
#define COLOUR_DUE "#E5A50A"
#define COLOUR_DONE "#57E389"

static void
status_compose(const struct cli *cli, const char *path, long today, struct status_line *sl)
{
	const struct history_status *hs = sl->hs;
	size_t len;

	if (hs->streak > 0)
		/* TRANSLATORS: The status line's start: %d is the days in a row with a session (5). It
		   sits in a shell prompt or a status bar: keep it short. */
		snprintf(sl->text, sizeof sl->text, ngettext("%d-day streak", "%d-day streak",
		    (unsigned long)hs->streak), hs->streak);
	else
		snprintf(sl->text, sizeof sl->text, "%s",
		    hs->none_recent ? _("no recent session") : _("no streak"));
	sl->streak_len = len = strlen(sl->text);
	if (hs->today_sessions > 0)
		/* TRANSLATORS: Follows "5-day streak" in the status line: %ld is the minutes stretched
		   today. Keep it short. */
		snprintf(sl->text + len, sizeof sl->text - len, _(", %ld min today"),
		    history_report_minutes(hs->today_seconds));
	else
		snprintf(sl->text + len, sizeof sl->text - len, "%s", _(", stretch due"));
	sl->due = hs->today_sessions == 0;
	app_programme_status(path, today, app_load_catalogue_quiet, cli, sl->text, sizeof sl->text,
	    &sl->due);
	len = strlen(sl->text);
	if (followup_due(sl->follow, clock_wall()))
		snprintf(sl->text + len, sizeof sl->text - len, "%s", _(", next-day check waiting"));
}

static void
print_waybar(const struct status_line *sl)
{
	cJSON *o = cJSON_CreateObject();
	char tip[512];

	snprintf(tip, sizeof tip, "%s\n%s", sl->text, sl->due ?
	    _("Start a routine: stretchcoach") : _("Done for today. More: stretchcoach history"));
	cJSON_AddStringToObject(o, "text", sl->text);
	cJSON_AddStringToObject(o, "tooltip", tip);
	cJSON_AddStringToObject(o, "class", sl->due ? "due" : "done");
	cli_out_json(o, false);   /* on one line, as status bars read it */
}

static void
print_json(const struct status_line *sl)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddStringToObject(o, "text", sl->text);
	cJSON_AddNumberToObject(o, "streak", sl->hs->streak);
	cJSON_AddNumberToObject(o, "sessions_today", sl->hs->today_sessions);
	cJSON_AddNumberToObject(o, "minutes_today", (double)history_report_minutes(sl->hs->today_seconds));
	cJSON_AddBoolToObject(o, "due", sl->due);
	cJSON_AddStringToObject(o, "class", sl->due ? "due" : "done");
	cli_out_json(o, false);   /* on one line, as status bars read it */
}

/* tmux reads "#" as the start of a format: the text's own are doubled. */
static void
print_tmux(const struct status_line *sl)
{
	printf("#[fg=%s]", sl->due ? "yellow" : "green");
	for (const char *p = sl->text; *p != '\0'; p++)
		fputs(*p == '#' ? "##" : (char[]){ *p, '\0' }, stdout);
	puts("#[default]");
}

static void
status_print(const char *format, const struct status_line *sl)
{
	if (format == NULL || strcmp(format, "plain") == 0)
		puts(sl->text);
	else if (strcmp(format, "json") == 0)
		print_json(sl);
	else if (strcmp(format, "waybar") == 0)
		print_waybar(sl);
	else if (strcmp(format, "i3blocks") == 0)
		/* full text, short text, colour */
		printf("%s\n%.*s\n%s\n", sl->text, (int)sl->streak_len, sl->text,
		    sl->due ? COLOUR_DUE : COLOUR_DONE);
	else
		print_tmux(sl);
}

int
cmd_status(const struct cli *cli)
{
	struct history_status hs;
	struct followup f;
	struct status_line sl = { .hs = &hs, .follow = &f };
	char *path = paths_history_file(), *cause;
	long today = history_day_of(clock_wall());
	/* the next-day check asks about a session at most this many days old */
	long back_to = today - FOLLOWUP_MAX_AGE_S / 86400 - 1;

	if (path == NULL) {
		fprintf(stderr, "stretchcoach: %s\n", _("cannot locate the history file (is HOME set?)"));
		return EXIT_NOINPUT;
	}
	followup_init(&f);
	if (history_status_read_also(path, today, back_to, followup_feed_back, &f, &hs,
	    &cause) == -1) {
		fprintf(stderr, "stretchcoach: %s\n", cause);
		free(cause);
		free(path);
		followup_done(&f);
		return EXIT_NOINPUT;
	}
	followup_feed_back_done(&f);
	status_compose(cli, path, today, &sl);
	status_print(cli->format, &sl);
	followup_done(&f);
	free(path);
	if (fflush(stdout) == EOF || ferror(stdout)) {
		fprintf(stderr, _("stretchcoach: cannot write output: %s\n"), strerror(errno));
		return EXIT_IOERR;
	}
	return 0;
}
