/* cmd_run.c — menus and sessions: the flow both front ends follow. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "adapt.h"
#include "app.h"
#include "builder.h"
#include "catalogue.h"
#include "clock.h"
#include "config.h"
#include "cmd_int.h"
#include "cmd_run_int.h"
#include "diag.h"
#include "history.h"
#include "history_stats.h"
#include "i18n.h"
#include "paths.h"
#include "plan.h"
#include "profile.h"
#include "safety.h"
#include "session.h"
#include "text.h"
#include "today.h"
#include "whatworks.h"

/* Take id off what is left out or swapped for hurting; *arg is the struct run_ctx. */
static void
run_forget_hurt(void *arg, const char *id)
{
	app_today_forget(&((struct run_ctx *)arg)->t, id);
}

/*
 * Bring the n stretches back from a preview: noted in the history, and no
 * longer left out or swapped from the next run on. Returns what to say.
 */
static const char *
run_bring_back(void *arg, const char *const *ids, size_t n)
{
	struct run_ctx *rc = arg;
	struct app_swaps *sw = &rc->swaps;
	char **copy = xcalloc(n + 1, sizeof *copy);

	/* the ids may be borrowed from what is about to change */
	for (size_t i = 0; i < n; i++)
		copy[i] = xstrdup(ids[i]);
	if (app_guidance_stretch_back((const char *const *)copy, n) == -1) {
		text_lines_free(copy, n);
		return _("Could not note that in the history; nothing changed.");
	}
	for (size_t i = 0; i < n; i++) {
		size_t k = 0;

		run_forget_hurt(rc, copy[i]);
		for (size_t j = 0; j < sw->n; j++)
			if (strcmp(sw->ids[j], copy[i]) != 0)
				sw->ids[k++] = sw->ids[j];
		if (k == 0 && sw->n > 0 && sw->label != NULL) {
			/* TRANSLATORS: %s names the stretches brought back, comma-separated. */
			snprintf(sw->label, sw->lsize, _("Brought back: %s"), sw->names);
			sw->label[text_utf8_prefix(sw->label, strlen(sw->label))] = '\0';
		}
		sw->n = k;
	}
	text_lines_free(copy, n);
	return ngettext("Brought back from the next run on. Go gently, and stop at once if it hurts.",
	    "Brought back from the next run on. Go gently, and stop at once if they hurt.",
	    (unsigned long)n);
}

/*
 * The settings in force and what the history says; check-ins need someone
 * at the keyboard. Returns 0, or the exit status after a bad config file.
 */
int
run_setup(const struct cli *cli, struct run_ctx *rc)
{
	int status = app_today_init(&rc->t, cli);

	rc->t.o.last_before = rc->t.o.last_after = -1;
	rc->t.o.profile = &rc->t.cfg.profile;
	for (size_t i = 0; i < rc->t.hist.ncheckins; i++) {
		if (rc->t.hist.checkins[i].before >= 0)
			rc->t.o.last_before = rc->t.hist.checkins[i].before;
		if (rc->t.hist.checkins[i].after >= 0)
			rc->t.o.last_after = rc->t.hist.checkins[i].after;
	}
	rc->save_error = NULL;
	rc->safety_shown = false;
	rc->menu = false;
	rc->programme_lead = false;
	rc->swaps.ids = whatworks_swaps(&rc->t.works, &rc->swaps.n);
	rc->swaps.label = NULL;
	rc->swaps.back = run_forget_hurt;
	rc->swaps.back_arg = rc;
	rc->t.o.bring_back = run_bring_back;
	rc->t.o.bring_arg = rc;
	rc->old = NULL;
	rc->built = NULL;
	rc->nold = rc->nbuilt = 0;
	if (!isatty(0))
		rc->t.o.checkin = false;
	return status;
}

void
run_done(struct run_ctx *rc)
{
	app_today_done(&rc->t);
	free(rc->save_error);
	free(rc->swaps.ids);
	for (size_t i = 0; i < rc->nbuilt; i++)
		built_free(rc->built[i]);
	for (size_t i = 0; i < rc->nold; i++)
		catalogue_free(rc->old[i]);
	free(rc->built);
	free(rc->old);
}

struct frontend
cmd_open_frontend(const struct cli *cli, const struct run_opts *o)
{
	struct frontend fe;
	char *cause = NULL;

	if (!cli->plain && isatty(1) && isatty(0)) {
		if (frontend_curses(o, &fe, &cause) == 0)
			return fe;
		/* TRANSLATORS: %s is why the screen cannot be used. */
		fprintf(stderr, _("stretchcoach: %s; using plain output\n"), cause);
		free(cause);
	}
	return frontend_plain(o);
}

/* Fill a history record from a finished session. */
static void
record_session(struct history_record *rec, const struct session *s, const struct run_opts *o,
    time_t started, int64_t now)
{
	static const char *const after_hurt[] = {
		[AFTER_HURT_STOP] = "stop", [AFTER_HURT_WITHOUT] = "without",
		[AFTER_HURT_AS_PLANNED] = "as-planned",
	};
	const struct routine *r = session_plan(s)->routine;

	history_record_init(rec);
	if (session_hurt_choice(s) != AFTER_HURT_NONE)
		rec->after_hurt = xstrdup(after_hurt[session_hurt_choice(s)]);
	rec->routine = xstrdup(r->id);
	rec->started = started;
	rec->ended = clock_wall();   /* written with the local offset of each time */
	rec->planned_s = session_planned_s(s);
	rec->active_s = (long)(session_active_ms(s, now) / 1000);
	rec->quit = session_was_quit(s);
	rec->speed = o->speed;
	for (size_t i = 0; i < r->nitems; i++) {
		const char *id = r->items[i].stretch->id;

		switch (session_item_state(s, i)) {
		case ITEM_DONE: history_record_add(&rec->completed, &rec->ncompleted, id); break;
		case ITEM_SKIPPED: history_record_add(&rec->skipped, &rec->nskipped, id); break;
		case ITEM_HURT: history_record_add(&rec->hurt, &rec->nhurt, id); break;
		case ITEM_LEFT_OUT: history_record_add(&rec->left_out, &rec->nleft_out, id); break;
		case ITEM_PENDING: case ITEM_STOPPED: break;
		}
	}
}

/*
 * Append the record. On failure the reason and the record itself are kept
 * in rc->save_error, printed once the terminal is back, so nothing is lost.
 */
static int
save_record(struct run_ctx *rc, const struct history_record *rec)
{
	char *path = paths_history_file(), *cause = NULL, *line, *msg;
	int status = 0;

	if (path == NULL)
		cause = xstrdup(_("no place for the history: set HOME or XDG_DATA_HOME"));
	else if (history_append(path, rec, &cause) == 0)
		cause = NULL;
	if (cause != NULL) {
		line = history_format(rec);
		/* TRANSLATORS: a line break or nothing, then why (a system error message). */
		msg = xasprintf(_("%sstretchcoach: cannot save this session to history: %s\n"
		    "stretchcoach: the session record, to keep by hand: %s"),
		    rc->save_error != NULL ? rc->save_error : "", cause, line);
		free(rc->save_error);
		rc->save_error = msg;
		free(line);
		free(cause);
		status = EXIT_IOERR;
	}
	free(path);
	return status;
}

/* The streak with today's session in it, or -1 when unknown (or a preview). */
static int
run_streak(const struct run_opts *o)
{
	struct history_status hs;
	char *path = paths_history_file(), *cause = NULL;
	int streak = -1;

	if (o->speed == 1 && path != NULL &&
	    history_status_read(path, history_day_of(clock_wall()), &hs, &cause) == 0)
		streak = hs.streak;
	free(cause);
	free(path);
	return streak;
}

/* The questions about the back, and the conditions they set for every routine from now on. */
void
run_profile(struct frontend *fe, struct run_ctx *rc)
{
	cmd_profile_ask(fe, &rc->t.cfg, rc->menu);
	rc->t.o.conditions = rc->t.needs.adapt.conditions =
	    profile_conditions(&rc->t.cfg.profile, rc->t.cfg.conditions);
}

/*
 * On a first run: the safety page (Enter goes on, q back), then the
 * questions when they were never asked and someone is at the keyboard to
 * answer them (like the check-in). Returns false when the user went back.
 */
bool
run_first_pages(struct frontend *fe, struct run_ctx *rc)
{
	size_t n;
	const char *const *lines = safety_lines(&n);

	if (!rc->t.first_run || rc->safety_shown)
		return true;
	if (fe->ops->page(fe->ctx, _("Before your first session"), lines, n,
	    PAGE_GATE | (rc->t.o.no_menu ? PAGE_QUITS : 0)) != PAGE_ON)
		return false;
	rc->safety_shown = true;
	if (rc->t.cfg.source[CFG_PROFILE] == SRC_DEFAULT && isatty(0) && frontend_signal() == 0)
		run_profile(fe, rc);
	return true;
}

/*
 * Before the session: the first-run pages, then the check-in (Esc back).
 * Returns false when the user went back: nothing has started and nothing
 * is logged.
 */
static bool
run_before(struct frontend *fe, struct run_ctx *rc, int *before)
{
	*before = CHECKIN_SKIP;
	if (!run_first_pages(fe, rc))
		return false;
	if (rc->t.o.checkin && frontend_signal() == 0)
		*before = fe->ops->checkin(fe->ctx, false);
	return *before != CHECKIN_BACK;
}

/*
 * What to do after tension went up twice lately with routine id `done`: a
 * gentler routine only as today_gentler_than() finds one that runs for this
 * person, else advice alone (after an operation, the surgical team's).
 * Returns buf.
 */
static const char *
rose_advice(const struct cli *cli, const struct run_ctx *rc, const char *done, char *buf,
    size_t size)
{
	struct catalogue *c = app_load_catalogue_quiet(cli);
	const struct routine *easy = c != NULL ? today_gentler_than(c, &rc->t.needs, done) : NULL;
	char *id;

	if (easy != NULL) {
		id = text_safe(easy->id);
		/* TRANSLATORS: %s is a gentle routine's id, typed after stretchcoach run as it stands. */
		snprintf(buf, size, _("Tension went up after this routine twice in its last 3 "
		    "sessions. Try a gentler one next time, such as 'stretchcoach run %s', and see a "
		    "physiotherapist if it keeps happening."), id);
		free(id);
	} else if (rc->t.o.conditions & COND_RECENT_SURGERY)
		snprintf(buf, size, "%s", _("Tension went up after this routine twice in its last 3 "
		    "sessions. Rest and walk about gently for now, and ask your surgical team or "
		    "physiotherapist before you do it again."));
	else
		snprintf(buf, size, "%s", _("Tension went up after this routine twice in its last 3 "
		    "sessions. None of the gentle routines suits your settings today: rest, walk "
		    "about gently, and see a physiotherapist if it keeps happening."));
	catalogue_free(c);
	return buf;
}

/*
 * Coach one routine through fe: the pages before, the session, the check-in
 * after, the log, the summary. *again is set when the user asks for the
 * menu (going back before the start, or Enter on the summary when to_menu).
 * The session is logged only if a hold began or a stretch was marked hurt:
 * one left before that is no session (and, with nothing completed, never
 * counts toward a streak). A terminating signal ends the
 * session early; it is logged, and the caller raises it again once the
 * terminal is back.
 */
static int
coach_routine(const struct cli *cli, struct frontend *fe, const struct routine *r,
    struct run_ctx *rc, bool to_menu, bool *again)
{
	struct plan *p;
	struct session_opts so = { rc->t.o.breath_in * 1000, rc->t.o.breath_out * 1000 };
	struct summary_info info = { CHECKIN_SKIP, CHECKIN_SKIP, -1, to_menu, NULL, NULL };
	const struct whatworks_group *g;
	struct history_record rec;
	struct session *s;
	struct vclock clk;
	time_t started;
	int sig, status;
	char msg[320] = "", rose[512];
	bool keep;

	*again = false;
	if (!run_before(fe, rc, &info.before)) {
		*again = to_menu && frontend_signal() == 0;
		return 0;
	}
	p = plan_new(r);
	vclock_init(&clk, rc->t.o.speed);
	started = clock_wall();
	s = session_new(p, &so, vclock_now(&clk));
	clock_test_stall();
	if ((sig = frontend_signal()) == 0)
		sig = fe->ops->coach(fe->ctx, s, &clk);
	else
		session_quit(s, vclock_now(&clk));
	if (sig == 0 && rc->t.o.checkin && session_held(s))
		info.after = fe->ops->checkin(fe->ctx, true);
	record_session(&rec, s, &rc->t.o, started, vclock_now(&clk));
	rec.tension_before = info.before;
	rec.tension_after = info.after;
	/* a stretch marked hurt is kept, even when it hurt before any hold began */
	keep = session_held(s) || rec.nhurt > 0;
	status = keep ? save_record(rc, &rec) : 0;
	if (keep) {
		app_today_add(&rc->t, &rec);   /* every screen after this one knows what hurt */
		if ((g = whatworks_find(&rc->t.works, rec.routine)) != NULL && whatworks_rose(g))
			info.rose = rose_advice(cli, rc, rec.routine, rose, sizeof rose);
	}
	if (!keep && frontend_signal() == 0)
		fe->ops->note(fe->ctx, _("Nothing logged: no stretch had begun."));
	rc->t.first_run = false;
	if (session_held(s) && status == 0 && frontend_signal() == 0 &&
	    (status = app_programme_after_session(app_load_catalogue_quiet, cli, &rec,
	    &rc->t.needs, msg, sizeof msg)) == 0 && *msg != '\0')
		info.programme = msg;   /* the summary says which day it did */
	info.streak = status == 0 ? run_streak(&rc->t.o) : -1;
	if (frontend_signal() == 0)
		*again = fe->ops->summary(fe->ctx, s, vclock_now(&clk),
		    (long)(session_span_ms(s, vclock_now(&clk)) / 1000), &info) == SUMMARY_MENU;
	history_record_done(&rec);
	session_free(s);
	plan_free(p);
	return status;
}

/*
 * Coach what runs today of routine r (today_plan(): the settings, what hurt
 * lately, and fit_minutes when over 0), saying first what changed and
 * `note`. A routine with nothing left that suits is not run: from a menu the
 * note says so and *again goes back to it; otherwise it is a usage error,
 * reported once the terminal is back.
 */
int
run_routine(const struct cli *cli, struct frontend *fe, const struct routine *r,
    struct run_ctx *rc, bool to_menu, bool *again, int fit_minutes, const char *note)
{
	struct today_needs needs;
	struct today *t;
	const char *changed, *keep;
	char *said;
	int status = 0;

	*again = false;
	/* a first run's pages come first: the answers about the back (an operation) decide what runs */
	if (!run_first_pages(fe, rc)) {
		*again = to_menu && frontend_signal() == 0;
		return 0;
	}
	needs = rc->t.needs;
	needs.minutes = fit_minutes;
	t = today_plan(r, &needs);
	if (today_state(t) != TODAY_RUNS) {
		said = app_today_not_run(&rc->t, t, r, to_menu);
		if (to_menu) {
			fe->ops->note(fe->ctx, said);
			*again = true;
		} else {
			free(rc->save_error);
			rc->save_error = xasprintf("stretchcoach: %c%s\n", tolower((unsigned char)*said), said + 1);
			status = EXIT_USAGE;
		}
		free(said);
		today_free(t);
		return status;
	}
	changed = today_note(t, cli->plain || !isatty(0) || !isatty(1));
	/* from the command line, the flag that keeps them; from a menu, its preview's key */
	keep = to_menu || today_left_out(t) == 0 ? "" : ngettext("--include-hurt keeps it.",
	    "--include-hurt keeps them.", (unsigned long)today_left_out(t));
	said = xasprintf("%s%s%s%s%s", changed != NULL ? changed : "", *keep ? " " : "", keep,
	    changed != NULL && note != NULL ? " " : "", note != NULL ? note : "");
	if (*said != '\0')
		fe->ops->note(fe->ctx, said);
	free(said);
	status = coach_routine(cli, fe, today_routine(t), rc, to_menu, again);
	today_free(t);
	return status;
}

/* Close the front end, then say what could not be saved and raise a signal that ended us. */
void
run_close(struct frontend *fe, struct run_ctx *rc)
{
	fe->ops->close(fe->ctx);
	if (rc->save_error != NULL)
		fputs(rc->save_error, stderr);
	if (frontend_signal() != 0)
		frontend_signal_reraise(frontend_signal());
}

int
cmd_run_routine(const struct cli *cli, const struct routine *r, const char *note, int fit_minutes,
    bool alone)
{
	struct run_ctx rc;
	struct frontend fe;
	bool again;
	int status = run_setup(cli, &rc);

	if (status == 0) {
		frontend_signals_install();
		rc.t.o.no_menu = alone;
		fe = cmd_open_frontend(cli, &rc.t.o);
		status = run_routine(cli, &fe, r, &rc, false, &again, fit_minutes, note);
		run_close(&fe, &rc);
	}
	run_done(&rc);
	return status;
}

int
cmd_run(const struct cli *cli)
{
	const struct routine *r;
	struct catalogue *c;
	int status;

	if ((c = app_load_routine(cli, &r, &status)) == NULL)
		return status;
	status = cmd_run_routine(cli, r, NULL, cli->minutes, true);
	catalogue_free(c);
	return status;
}
