/* cmd_history.c — `stretchcoach history`. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "app.h"
#include "catalogue.h"
#include "cli.h"
#include "clock.h"
#include "cmd_int.h"
#include "diag.h"
#include "followup.h"
#include "history.h"
#include "history_report.h"
#include "history_stats.h"
#include "i18n.h"
#include "paths.h"
#include "report.h"
#include "text.h"
#include "text_out.h"
#include "whatworks.h"

/* The window when --days is not given: twelve weeks. */
#define DEFAULT_DAYS 84
#define MAX_DAYS 36600

/* --- the commands --------------------------------------------------------- */

static int
finish_output(void)
{
	if (fflush(stdout) == EOF || ferror(stdout)) {
		fprintf(stderr, _("stretchcoach: cannot write output: %s\n"), strerror(errno));
		return EXIT_IOERR;
	}
	return 0;
}

/* What the history is read into beside its stats: what works, and the next-day answers. */
struct history_readers {
	struct whatworks ww;
	struct followup fu;
};

static void
feed_readers(void *arg, const struct history_record *rec)
{
	struct history_readers *hr = arg;

	whatworks_feed(&hr->ww, rec);
	followup_feed(&hr->fu, rec);
}

/* The report of st (and what works, the next-day answers) into r: text, or JSON with cli->json. */
static void
history_build(const struct cli *cli, const struct history_stats *st,
    const struct history_readers *hr, const struct catalogue *c, const char *empty,
    struct report *r)
{
	const struct whatworks *ww = &hr->ww;
	struct config cfg;
	struct run_opts ro;
	struct adapt_needs needs;
	char **lines;
	size_t n;

	/* suggestions pass the person's own settings ("floor": false, conditions) */
	app_settings(cli, &cfg, &ro);
	needs = (struct adapt_needs){ !ro.kneel, !ro.floor, ro.conditions, NULL, 0 };
	config_done(&cfg);
	if (cli->json) {
		cJSON *o = history_report_json_new(st, c, &needs);
		char *text;

		app_whatworks_json(o, ww);
		app_followup_json(o, &hr->fu);
		text = cJSON_Print(o);
		cJSON_Delete(o);
		if (text == NULL)
			fatal("out of memory");
		report_printf(r, "%s\n", text);
		cJSON_free(text);
	} else if (st->sessions == 0 && st->previews == 0 && st->empty == 0) {
		report_printf(r, "%s\n", empty);
	} else {
		history_report_text(r, st, c, &needs);
		n = app_whatworks_lines(ww, c, history_report_utf8(), &lines);
		for (size_t i = 0; i < n; i++)
			report_printf(r, "%s%s\n", i == 0 ? "\n" : "", lines[i]);
		text_lines_free(lines, n);
		n = app_followup_lines(&hr->fu, ww, c, &lines);
		for (size_t i = 0; i < n; i++)
			report_printf(r, "%s%s\n", i == 0 ? "\n" : "", lines[i]);
		text_lines_free(lines, n);
	}
}

int
cmd_history_report(const struct cli *cli, const struct catalogue *c, const char *empty,
    struct report *r, struct diag *d)
{
	struct history_stats st;
	struct history_readers hr;
	struct catalogue *own = NULL;
	char *path = paths_history_file();
	int days = cli->days > 0 ? cli->days : DEFAULT_DAYS, status = 0;

	if (path == NULL) {
		diag_error(d, EXIT_NOINPUT, "%s", _("cannot locate the history file (is HOME set?)"));
		return -1;
	}
	history_stats_init(&st, history_day_of(clock_wall()), days > MAX_DAYS ? MAX_DAYS : days);
	whatworks_init(&hr.ww, st.today);
	followup_init(&hr.fu);
	st.also = feed_readers;
	st.also_arg = &hr;
	if (history_stats_load(path, &st, d) == 0) {
		history_stats_finish(&st);
		whatworks_finish(&hr.ww);
		/* the catalogue names the routines used most; without it, their ids */
		if (c == NULL && (st.sessions > 0 || history_report_any_ready(&st) ||
		    app_whatworks_any(&hr.ww) || st.nhurt_recent > 0))
			c = own = app_load_catalogue(cli, false, &status);  /* NULL: ids, no suggestions */
		history_build(cli, &st, &hr, c, empty, r);
	}
	catalogue_free(own);
	history_stats_done(&st);
	whatworks_done(&hr.ww);
	followup_done(&hr.fu);
	free(path);
	return d->errors > 0 ? -1 : 0;
}

int
cmd_history(const struct cli *cli)
{
	struct report r = { 0 };
	struct diag d;
	int status;

	if (cli->csv)
		return cmd_history_csv(cli);
	if (cli->report)
		return cmd_history_sheet(cli);
	diag_init(&d);
	status = cmd_history_report(cli, NULL, _("No sessions yet. Start one with: stretchcoach morning"),
	    &r, &d);
	diag_print(&d, stderr);  /* the skipped lines, before the report */
	if (status == 0) {
		if (cli->json)
			text_out_set(TEXT_OUT_JSON);
		fputs(report_text(&r), stdout);
		status = finish_output();
	} else {
		status = d.status;
	}
	report_done(&r);
	diag_done(&d);
	return status;
}
