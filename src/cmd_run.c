/* cmd_run.c — menus and sessions: the flow both front ends follow. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "adapt.h"
#include "builder.h"
#include "catalogue.h"
#include "clock.h"
#include "config.h"
#include "cmd.h"
#include "diag.h"
#include "history.h"
#include "history_stats.h"
#include "i18n.h"
#include "report.h"
#include "paths.h"
#include "plan.h"
#include "profile.h"
#include "safety.h"
#include "session.h"
#include "text.h"
#include "today.h"
#include "whatworks.h"

/* Everything one run needs beside the catalogue; set up by run_setup(). */
struct run_ctx {
	struct cmd_today t;   /* the settings, the history, and the needs every routine is planned with */
	/* the text of the main menu's lead entries */
	char lead_label[FRONTEND_LEADS][160];
	char lead_desc[FRONTEND_LEADS][512];
	bool programme_lead;  /* the first lead entry is today's programme step */
	char *save_error;     /* what could not be saved, to print once the terminal is back */
	bool safety_shown;    /* the first-run pages were shown in this run */
	struct cmd_swaps swaps;   /* stretches swapped for hurting twice lately (ids in works) */
	/* catalogues replaced after the Build screen saved, and routines it built */
	struct catalogue **old;
	size_t nold;
	struct built **built;
	size_t nbuilt;
};

/* Take id off what is left out or swapped for hurting; *arg is the struct run_ctx. */
static void
run_forget_hurt(void *arg, const char *id)
{
	cmd_today_forget(&((struct run_ctx *)arg)->t, id);
}

/*
 * Bring the n stretches back from a preview: noted in the history, and no
 * longer left out or swapped from the next run on. Returns what to say.
 */
static const char *
run_bring_back(void *arg, const char *const *ids, size_t n)
{
	struct run_ctx *rc = arg;
	struct cmd_swaps *sw = &rc->swaps;
	char **copy = xcalloc(n + 1, sizeof *copy);

	/* the ids may be borrowed from what is about to change */
	for (size_t i = 0; i < n; i++)
		copy[i] = xstrdup(ids[i]);
	if (cmd_guidance_stretch_back((const char *const *)copy, n) == -1) {
		text_lines_free(copy, n);
		return _("Could not note that in the history; nothing changed.");
	}
	for (size_t i = 0; i < n; i++) {
		size_t k = 0;

		run_forget_hurt(rc, copy[i]);
		for (size_t j = 0; j < sw->n; j++)
			if (strcmp(sw->ids[j], copy[i]) != 0)
				sw->ids[k++] = sw->ids[j];
		if (k == 0 && sw->n > 0 && sw->label != NULL)
			/* TRANSLATORS: %s names the stretches brought back, comma-separated. */
			snprintf(sw->label, sw->lsize, _("Brought back: %s"), sw->names);
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
static int
run_setup(const struct cli *cli, struct run_ctx *rc)
{
	int status = cmd_today_init(&rc->t, cli);

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

static void
run_done(struct run_ctx *rc)
{
	cmd_today_done(&rc->t);
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
static void
run_profile(struct frontend *fe, struct run_ctx *rc)
{
	cmd_profile_ask(fe, &rc->t.cfg);
	rc->t.o.conditions = rc->t.needs.adapt.conditions = rc->t.cfg.conditions;
}

/*
 * On a first run: the safety page (Enter goes on, q back), then the
 * questions when they were never asked and someone is at the keyboard to
 * answer them (like the check-in). Returns false when the user went back.
 */
static bool
run_first_pages(struct frontend *fe, struct run_ctx *rc)
{
	size_t n;
	const char *const *lines = safety_lines(&n);

	if (!rc->t.first_run || rc->safety_shown)
		return true;
	if (fe->ops->page(fe->ctx, _("Before your first session"), lines, n, PAGE_GATE) != PAGE_ON)
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
	char msg[320] = "";
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
		cmd_today_add(&rc->t, &rec);   /* every screen after this one knows what hurt */
		if ((g = whatworks_find(&rc->t.works, rec.routine)) != NULL && whatworks_rose(g))
			info.rose = _("Tension went up after this routine twice in its last 3 sessions. "
			    "Try a gentler one next time, such as 'stretchcoach run flare-day', and see a "
			    "physiotherapist if it keeps happening.");
	}
	if (!keep && frontend_signal() == 0)
		fe->ops->note(fe->ctx, _("Nothing logged: no stretch had begun."));
	rc->t.first_run = false;
	if (session_held(s) && status == 0 && frontend_signal() == 0 &&
	    (status = cmd_programme_after_session(cli, &rec, msg, sizeof msg)) == 0 && *msg != '\0')
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
static int
run_routine(const struct cli *cli, struct frontend *fe, const struct routine *r,
    struct run_ctx *rc, bool to_menu, bool *again, int fit_minutes, const char *note)
{
	struct today_needs needs = rc->t.needs;
	struct today *t;
	const char *changed, *keep;
	char *said;
	int status = 0;

	*again = false;
	needs.minutes = fit_minutes;
	t = today_plan(r, &needs);
	if (today_state(t) != TODAY_RUNS) {
		said = xasprintf(today_state(t) == TODAY_ALL_HURT ? _("Every stretch left in '%s' was "
		    "marked hurt in the last 7 days; bring them back from its preview, or try another "
		    "routine.") :
		    /* TRANSLATORS: %s is the routine's id, as it is typed after stretchcoach run. */
		    (rc->t.o.conditions & COND_RECENT_SURGERY) ? _("'%s' is not for you yet: after an "
		    "operation, wait for your surgical team to say you may stretch. Until then, "
		    "'stretchcoach run breathe-and-walk' offers easy walking and calm breathing, "
		    "and nothing else.") :
		    to_menu ?
		    /* TRANSLATORS: %s is the routine's name, as the lists show it. */
		    _("Nothing in %s suits your health conditions or your kneeling and floor "
		    "settings; pick another routine.") :
		    /* TRANSLATORS: %s is the routine's name; 'stretchcoach build' is a command, typed as it stands. */
		    _("Nothing in %s suits your health conditions or your kneeling and floor "
		    "settings; try another routine, or 'stretchcoach build' for one made for you."),
		    today_state(t) == TODAY_NONE_SUITS && !(rc->t.o.conditions & COND_RECENT_SURGERY) ?
		    r->name : r->id);
		if (to_menu && today_state(t) == TODAY_NONE_SUITS &&
		    (rc->t.o.conditions & COND_RECENT_SURGERY)) {
			free(said);
			/* TRANSLATORS: a menu line (at most 78 columns); Breathe and Walk is the routine's name. */
			said = xstrdup(_("After an operation, wait for your surgical team. For now: Breathe and Walk."));
		}
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
static void
run_close(struct frontend *fe, struct run_ctx *rc)
{
	fe->ops->close(fe->ctx);
	if (rc->save_error != NULL)
		fputs(rc->save_error, stderr);
	if (frontend_signal() != 0)
		frontend_signal_reraise(frontend_signal());
}

/*
 * Build from the main menu: the Build screen with req (the choices made last
 * time), then the routine it made when asked to run it (*ran set). A
 * catalogue that changed (a routine saved, renamed, deleted) is loaded
 * again; the old one is kept for what still borrows it. *again is false
 * only when the program should end (q on the summary).
 */
static int
run_build(const struct cli *cli, struct frontend *fe, struct run_ctx *rc,
    struct catalogue **c, struct build_request *breq, bool *again, bool *ran)
{
	struct build_request req = *breq;
	const char **prefer, **avoid;
	char note[400];
	struct built *b = NULL;
	char *run_id = NULL;
	enum build_exit how;
	struct adapt_needs needs = { !rc->t.o.kneel, !rc->t.o.floor, rc->t.o.conditions, NULL, 0 };
	struct catalogue *fresh;
	bool saved = false;
	int status = 0, load_status;

	/* what hurt lately (unless --include-hurt) and what does not suit the settings is left out */
	req.with = rc->t.cfg.equipment;
	req.conditions = needs.conditions;   /* the preview keeps pregnancy's time on the back, as the run does */
	req.weigh = profile_weigh;   /* what suits the first-visit answers comes first */
	req.weigh_arg = &rc->t.cfg.profile;
	req.avoid = avoid = cmd_build_avoid(*c, rc->t.needs.include_hurt ? NULL : rc->t.o.hurt,
	    rc->t.needs.include_hurt ? 0 : rc->t.o.nhurt, &needs, &req.navoid);
	/* the stretches of the routines that eased most, for the screen's What works field */
	req.prefer = prefer = cmd_whatworks_prefer(&rc->t.works, *c, &req.nprefer, note, sizeof note);
	*again = true;
	how = fe->ops->build(fe->ctx, *c, &req, &b, &saved, &run_id);
	req.avoid = req.prefer = NULL;
	req.navoid = req.nprefer = 0;
	*breq = req;
	free(prefer);
	free(avoid);
	if ((saved || run_id != NULL) &&
	    (fresh = cmd_load_catalogue(cli, false, &load_status)) != NULL) {
		rc->old = xreallocarray(rc->old, rc->nold + 1, sizeof *rc->old);
		rc->old[rc->nold++] = *c;
		*c = fresh;
	}
	*ran = how != BUILD_BACK;
	if (how == BUILD_RUN)
		status = run_routine(cli, fe, built_routine(b), rc, true, again, 0, NULL);
	else if (how == BUILD_RUN_SAVED && catalogue_find_routine(*c, run_id) != NULL)
		status = run_routine(cli, fe, catalogue_find_routine(*c, run_id), rc, true, again,
		    0, NULL);
	free(run_id);
	rc->built = xreallocarray(rc->built, rc->nbuilt + 1, sizeof *rc->built);
	rc->built[rc->nbuilt++] = b;
	return status;
}

/* History from the main menu: the report `history` prints, on a page. */
static void
run_history(struct frontend *fe, const struct cli *cli, const struct catalogue *c)
{
	struct report r = { 0 };
	struct diag d;
	char **lines, **all;
	size_t n, k = 0;

	diag_init(&d);
	cmd_history_report(cli, c, _("No sessions yet: pick a routine and your first one "
	    "shows up here."), &r, &d);
	n = report_lines(&r, &lines);
	all = xcalloc(d.n + n + 1, sizeof *all);
	for (size_t i = 0; i < d.n; i++)
		all[k++] = xasprintf("%s%s", d.is_error[i] ? "" : _("warning: "), d.msg[i]);
	for (size_t i = 0; i < n; i++)
		all[k++] = lines[i];
	fe->ops->page(fe->ctx, _("History"), (const char *const *)all, k, PAGE_VERBATIM);
	for (size_t i = 0; i < d.n; i++)
		free(all[i]);
	free(all);
	text_lines_free(lines, n);
	report_done(&r);
	diag_done(&d);
}

/*
 * After a session: today's programme step again, into the text the menu
 * shows ("Day 1 of 14 done · day 2 is tomorrow" once it is done).
 */
static void
refresh_programme_lead(struct run_ctx *rc, const struct catalogue *c)
{
	struct frontend_lead fresh;

	if (rc->programme_lead)
		cmd_programme_lead(c, &rc->t.needs, &fresh, rc->lead_label[0], sizeof rc->lead_label[0],
		    rc->lead_desc[0], sizeof rc->lead_desc[0]);
}

/* The main menu's first entries: today's programme step, then a gentler day when called for. */
static void
add_leads(struct run_ctx *rc, const struct catalogue *c)
{
	bool advice;

	if ((rc->programme_lead = cmd_programme_lead(c, &rc->t.needs, &rc->t.o.lead[rc->t.o.nlead],
	    rc->lead_label[rc->t.o.nlead], sizeof rc->lead_label[0], rc->lead_desc[rc->t.o.nlead],
	    sizeof rc->lead_desc[0])))
		rc->t.o.nlead++;
	if (cmd_guidance_lead(c, &rc->t.works, &rc->t.needs, &rc->t.o.lead[rc->t.o.nlead],
	    rc->lead_label[rc->t.o.nlead], sizeof rc->lead_label[0], rc->lead_desc[rc->t.o.nlead],
	    sizeof rc->lead_desc[0], &advice)) {
		rc->t.o.nlead++;
		if (advice)
			cmd_guidance_advice_shown();
	}
	if (cmd_guidance_swap_lead(c, &rc->swaps, &rc->t.o.lead[rc->t.o.nlead],
	    rc->lead_label[rc->t.o.nlead], sizeof rc->lead_label[0], rc->lead_desc[rc->t.o.nlead],
	    sizeof rc->lead_desc[0]))
		rc->t.o.nlead++;
}

/*
 * The next-day check on launch, and the routine its answers offer when the
 * user takes it. Returns false when the program should end.
 */
static bool
run_followup(const struct cli *cli, struct frontend *fe, struct run_ctx *rc,
    const struct catalogue *c, int *status)
{
	struct built *made;
	const struct routine *r = cmd_followup_check(fe, c, &rc->t.needs, &made);
	bool again = true;

	if (r != NULL)
		*status = run_routine(cli, fe, r, rc, true, &again, 0, NULL);
	built_free(made);
	return again && frontend_signal() == 0;
}

int
cmd_menu(const struct cli *cli)
{
	enum menu_scope scope = cli->cmd == CMD_MORNING ? MENU_MORNING :
	    cli->cmd == CMD_EVENING ? MENU_EVENING : MENU_MAIN, cur = scope;
	struct run_ctx rc;
	struct catalogue *c = NULL;
	struct frontend fe;
	int status = run_setup(cli, &rc);
	struct build_request breq = { .minutes = rc.t.cfg.build_minutes,
	    .seed = (unsigned long)clock_wall() ^ ((unsigned long)getpid() << 16) };
	bool ran;

	if (status != 0 || (c = cmd_load_catalogue(cli, false, &status)) == NULL) {
		run_done(&rc);
		return status;
	}
	if (scope == MENU_MAIN)
		add_leads(&rc, c);
	frontend_signals_install();
	fe = cmd_open_frontend(cli, &rc.t.o);
	/*
	 * a first launch at a keyboard opens on the safety page and the
	 * questions, then the menu; q there goes to the menu, and the page
	 * comes again before the first session
	 */
	if (isatty(0))
		run_first_pages(&fe, &rc);
	if (!run_followup(cli, &fe, &rc, c, &status))
		goto out;
	for (;;) {
		const struct routine *r = NULL;
		enum menu_scope from = cur;
		enum menu_choice ch = fe.ops->choose(fe.ctx, c, cur, &r, &from);
		bool again = false;
		int st = 0;

		/* a session that could not be saved keeps its status to the end */
		if (ch == CHOICE_ROUTINE) {
			st = run_routine(cli, &fe, r, &rc, true, &again, 0, NULL);
			status = st != 0 ? st : status;
			refresh_programme_lead(&rc, c);
			cur = from;
			if (!again)
				break;
		} else if (ch == CHOICE_SAFETY) {
			size_t n;
			const char *const *lines = safety_lines(&n);

			fe.ops->page(fe.ctx, _("Safety notes"), lines, n, 0);
		} else if (ch == CHOICE_PROFILE) {
			run_profile(&fe, &rc);
		} else if (ch == CHOICE_HISTORY) {
			run_history(&fe, cli, c);
		} else if (ch == CHOICE_BUILD) {
			/* after a built routine, Enter on its summary comes back to Build */
			do {
				st = run_build(cli, &fe, &rc, &c, &breq, &again, &ran);
				status = st != 0 ? st : status;
			} while (again && ran);
			if (!again)
				break;
		} else if (ch == CHOICE_QUIT && cur != scope) {
			cur = scope;   /* back from the menu a routine came from */
		} else {
			break;
		}
	}
out:
	run_close(&fe, &rc);
	catalogue_free(c);
	run_done(&rc);
	return status;
}

int
cmd_run_routine(const struct cli *cli, const struct routine *r, const char *note, int fit_minutes)
{
	struct run_ctx rc;
	struct frontend fe;
	bool again;
	int status = run_setup(cli, &rc);

	if (status == 0) {
		frontend_signals_install();
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

	if ((c = cmd_load_catalogue(cli, false, &status)) == NULL)
		return status;
	if ((r = catalogue_find_routine(c, cli->args[0])) == NULL) {
		char *id = text_safe(cli->args[0]), *near = cmd_did_you_mean(c, id, false, true);

		if (near != NULL)
			/* TRANSLATORS: %s is the id given, then a hint ("did you mean morning-quick"). */
			fprintf(stderr, _("stretchcoach: no routine '%s'; %s\n"), id, near);
		else
			/* TRANSLATORS: %s is the id given. */
			fprintf(stderr, _("stretchcoach: no routine '%s' (see stretchcoach routines)\n"), id);
		free(near);
		free(id);
		catalogue_free(c);
		return EXIT_USAGE;
	}
	status = cmd_run_routine(cli, r, NULL, cli->minutes);
	catalogue_free(c);
	return status;
}
