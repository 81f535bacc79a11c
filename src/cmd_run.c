/* cmd_run.c — menus and sessions: the flow both front ends follow. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "builder.h"
#include "catalogue.h"
#include "config.h"
#include "cmd.h"
#include "diag.h"
#include "history.h"
#include "history_stats.h"
#include "paths.h"
#include "plan.h"
#include "safety.h"
#include "session.h"
#include "text.h"
#include "whatworks.h"

/* Everything one run needs beside the catalogue; set up by run_setup(). */
struct run_ctx {
	struct config cfg;
	struct history_stats hist;
	struct whatworks works;
	bool first_run;
	struct run_opts o;
	/* the text of the main menu's lead entries */
	char lead_label[FRONTEND_LEADS][160];
	char lead_desc[FRONTEND_LEADS][512];
};

/*
 * The settings in force and what the history says; check-ins need someone
 * at the keyboard. Returns 0, or the exit status after a bad config file.
 */
static int
run_setup(const struct cli *cli, struct run_ctx *rc)
{
	int status = cmd_settings(cli, &rc->cfg, &rc->o);

	cmd_recent_history(&rc->hist, &rc->first_run, &rc->works);
	rc->o.hurt = (const char *const *)rc->hist.hurt_recent;
	rc->o.nhurt = rc->hist.nhurt_recent;
	if (!isatty(0))
		rc->o.checkin = false;
	return status;
}

static void
run_done(struct run_ctx *rc)
{
	config_done(&rc->cfg);
	history_stats_done(&rc->hist);
	whatworks_done(&rc->works);
}

/*
 * Pick the front end: plain when asked or when stdout is not a terminal;
 * curses otherwise, falling back to plain when the terminal cannot host it.
 */
static struct frontend
open_frontend(const struct cli *cli, const struct run_opts *o)
{
	struct frontend fe;
	char *cause = NULL;

	if (!cli->plain && isatty(1) && isatty(0)) {
		if (frontend_curses(o, &fe, &cause) == 0)
			return fe;
		fprintf(stderr, "stretchcoach: %s; using plain output\n", cause);
		free(cause);
	}
	return frontend_plain(o);
}

/* Fill a history record from a finished session. */
static void
record_session(struct history_record *rec, const struct session *s, const struct run_opts *o,
    time_t started, int64_t now)
{
	const struct routine *r = session_plan(s)->routine;

	history_record_init(rec);
	rec->routine = xstrdup(r->id);
	rec->started = started;
	rec->ended = time(NULL);   /* written with the local offset of each time */
	rec->planned_s = session_plan(s)->total_s;
	rec->active_s = (long)(session_active_ms(s, now) / 1000);
	rec->quit = session_was_quit(s);
	rec->speed = o->speed;
	for (size_t i = 0; i < r->nitems; i++) {
		const char *id = r->items[i].stretch->id;

		switch (session_item_state(s, i)) {
		case ITEM_DONE: history_record_add(&rec->completed, &rec->ncompleted, id); break;
		case ITEM_SKIPPED: history_record_add(&rec->skipped, &rec->nskipped, id); break;
		case ITEM_HURT: history_record_add(&rec->hurt, &rec->nhurt, id); break;
		case ITEM_PENDING: break;
		}
	}
}

/* Append the record; on failure say why and print the record so nothing is lost. */
static int
save_record(const struct history_record *rec)
{
	char *path = paths_history_file(), *cause = NULL, *line;
	int status = 0;

	if (path == NULL)
		cause = xstrdup("no place for the history: set HOME or XDG_DATA_HOME");
	else if (history_append(path, rec, &cause) == 0)
		cause = NULL;
	if (cause != NULL) {
		line = history_format(rec);
		fprintf(stderr, "stretchcoach: cannot save this session to history: %s\n", cause);
		fprintf(stderr, "stretchcoach: the session record, to keep by hand: %s", line);
		free(line);
		free(cause);
		status = EXIT_IOERR;
	}
	free(path);
	return status;
}

/*
 * Coach one routine through fe: check-in, session, check-in, summary; then
 * close the front end and log the session. A terminating signal ends the
 * session early, is logged, and is raised again once the terminal is back.
 */
static int
run_routine(const struct cli *cli, struct frontend *fe, const struct routine *r,
    const struct run_opts *o, bool first_run)
{
	struct plan *p = plan_new(r);
	struct session_opts so = { o->breath_in * 1000, o->breath_out * 1000 };
	struct history_record rec;
	struct session *s;
	struct vclock clk;
	time_t started;
	int before = -1, after = -1, sig, status;
	int64_t wall0;

	if (first_run) {
		size_t n;
		const char *const *lines = safety_lines(&n);

		fe->ops->page(fe->ctx, "Before your first session", lines, n);
	}
	if (o->checkin && frontend_signal() == 0)
		before = fe->ops->checkin(fe->ctx, false);
	sig = frontend_signal();
	vclock_init(&clk, o->speed);
	wall0 = clock_mono_ms();
	started = time(NULL);
	s = session_new(p, &so, vclock_now(&clk));
	if (sig == 0)
		sig = fe->ops->coach(fe->ctx, s, &clk);
	else
		session_quit(s, vclock_now(&clk));
	if (sig == 0 && o->checkin)
		after = fe->ops->checkin(fe->ctx, true);
	sig = frontend_signal();
	if (sig == 0)
		fe->ops->summary(fe->ctx, s, vclock_now(&clk), (long)((clock_mono_ms() - wall0) / 1000));
	record_session(&rec, s, o, started, vclock_now(&clk));
	rec.tension_before = before;
	rec.tension_after = after;
	fe->ops->close(fe->ctx);
	status = save_record(&rec);
	if (status == 0 && sig == 0)
		status = cmd_programme_after_session(cli, &rec);
	history_record_done(&rec);
	session_free(s);
	plan_free(p);
	if (sig != 0)
		frontend_signal_reraise(sig);
	return status;
}

/* The main menu's first entries: today's programme step, then a gentler day when called for. */
static void
add_leads(struct run_ctx *rc, const struct catalogue *c)
{
	bool advice;

	if (cmd_programme_lead(c, &rc->o.lead[rc->o.nlead], rc->lead_label[rc->o.nlead],
	    sizeof rc->lead_label[0], rc->lead_desc[rc->o.nlead], sizeof rc->lead_desc[0]))
		rc->o.nlead++;
	if (cmd_guidance_lead(c, &rc->works, &rc->o.lead[rc->o.nlead],
	    rc->lead_label[rc->o.nlead], sizeof rc->lead_label[0], rc->lead_desc[rc->o.nlead],
	    sizeof rc->lead_desc[0], &advice)) {
		rc->o.nlead++;
		if (advice)
			cmd_guidance_advice_shown();
	}
}

int
cmd_menu(const struct cli *cli)
{
	enum menu_scope scope = cli->cmd == CMD_MORNING ? MENU_MORNING :
	    cli->cmd == CMD_EVENING ? MENU_EVENING : MENU_MAIN;
	struct run_ctx rc;
	struct catalogue *c = NULL;
	struct frontend fe;
	enum menu_choice ch;
	int status = run_setup(cli, &rc);

	if (status != 0 || (c = cmd_load_catalogue(cli, false, &status)) == NULL) {
		run_done(&rc);
		return status;
	}
	if (scope == MENU_MAIN)
		add_leads(&rc, c);
	frontend_signals_install();
	fe = open_frontend(cli, &rc.o);
	for (;;) {
		const struct routine *r = NULL;
		const char *const *lines;
		size_t n;

		ch = fe.ops->choose(fe.ctx, c, scope, &r);
		if (ch == CHOICE_ROUTINE) {
			status = run_routine(cli, &fe, r, &rc.o, rc.first_run);
			break;
		}
		if (ch == CHOICE_SAFETY) {
			lines = safety_lines(&n);
			fe.ops->page(fe.ctx, "Safety notes", lines, n);
		} else if (ch == CHOICE_HISTORY || ch == CHOICE_BUILD) {
			fe.ops->note(fe.ctx, ch == CHOICE_HISTORY ?
			    "History: run 'stretchcoach history' in your shell." :
			    "Build: run 'stretchcoach build --help' in your shell.");
		} else {
			fe.ops->close(fe.ctx);
			break;
		}
	}
	catalogue_free(c);
	run_done(&rc);
	if (ch != CHOICE_ROUTINE && frontend_signal() != 0)
		frontend_signal_reraise(frontend_signal());
	return status;
}

int
cmd_run_routine(const struct cli *cli, const struct routine *r, const char *note)
{
	struct run_ctx rc;
	struct frontend fe;
	int status = run_setup(cli, &rc);

	if (status == 0) {
		frontend_signals_install();
		fe = open_frontend(cli, &rc.o);
		if (note != NULL)
			fe.ops->note(fe.ctx, note);
		status = run_routine(cli, &fe, r, &rc.o, rc.first_run);
	}
	run_done(&rc);
	return status;
}

int
cmd_run(const struct cli *cli)
{
	const struct routine *r;
	struct catalogue *c;
	struct built *fitted = NULL;
	int status;

	if ((c = cmd_load_catalogue(cli, false, &status)) == NULL)
		return status;
	if ((r = catalogue_find_routine(c, cli->args[0])) == NULL) {
		char *id = text_safe(cli->args[0]);

		fprintf(stderr, "stretchcoach: no routine '%s' (see stretchcoach routines)\n", id);
		free(id);
		catalogue_free(c);
		return EXIT_USAGE;
	}
	if (cli->minutes > 0)
		fitted = builder_fit(r, cli->minutes);
	status = cmd_run_routine(cli, fitted ? built_routine(fitted) : r,
	    fitted ? built_note(fitted) : NULL);
	built_free(fitted);
	catalogue_free(c);
	return status;
}
