/* cmd_run_menu.c — the main menu's loop: what each row opens, through one path for pages. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "adapt.h"
#include "app.h"
#include "builder.h"
#include "catalogue.h"
#include "clock.h"
#include "cmd_int.h"
#include "cmd_run_int.h"
#include "conditions.h"
#include "diag.h"
#include "home.h"
#include "i18n.h"
#include "profile.h"
#include "text.h"
#include "today.h"
#include "whatworks.h"

/* What the menu's loop carries from one pick to the next. */
struct menu_loop {
	const struct cli *cli;
	struct frontend *fe;
	struct run_ctx *rc;
	struct catalogue *c;
	struct build_request breq;   /* Build's choices, kept between visits */
	int status;                  /* a session that could not be saved keeps its status to the end */
};

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
	req.prefer = prefer = app_whatworks_prefer(&rc->t.works, *c, &req.nprefer, note, sizeof note);
	*again = true;
	how = fe->ops->build(fe->ctx, *c, &req, &b, &saved, &run_id);
	req.avoid = req.prefer = NULL;
	req.navoid = req.nprefer = 0;
	*breq = req;
	free(prefer);
	free(avoid);
	if ((saved || run_id != NULL) &&
	    (fresh = app_load_catalogue(cli, false, &load_status)) != NULL) {
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

/*
 * After a session, or an answer to the next-day check: today's programme
 * step again, its words and what picking it starts ("Day 1 of 14 done ·
 * day 2 is tomorrow" once it is done; day 1 again after "worse").
 */
static void
refresh_programme_lead(struct run_ctx *rc, const struct catalogue *c, struct frontend *fe)
{
	struct frontend_lead fresh;

	if (rc->programme_lead && app_programme_lead(c, &rc->t.needs, &fresh, rc->lead_label[0],
	    sizeof rc->lead_label[0], rc->lead_desc[0], sizeof rc->lead_desc[0])) {
		fresh.open_on = rc->t.o.lead[0].open_on;
		rc->t.o.lead[0] = fresh;
		fe->ops->leads(fe->ctx, rc->t.o.lead, rc->t.o.nlead);
	}
}

/* The main menu's first entries: today's programme step, then a gentler day when called for. */
static void
add_leads(struct run_ctx *rc, const struct catalogue *c)
{
	bool advice;

	if ((rc->programme_lead = app_programme_lead(c, &rc->t.needs, &rc->t.o.lead[rc->t.o.nlead],
	    rc->lead_label[rc->t.o.nlead], sizeof rc->lead_label[0], rc->lead_desc[rc->t.o.nlead],
	    sizeof rc->lead_desc[0])))
		rc->t.o.nlead++;
	if (app_guidance_lead(c, &rc->t.works, &rc->t.needs, &rc->t.o.lead[rc->t.o.nlead],
	    rc->lead_label[rc->t.o.nlead], sizeof rc->lead_label[0], rc->lead_desc[rc->t.o.nlead],
	    sizeof rc->lead_desc[0], &advice)) {
		rc->t.o.nlead++;
		if (advice)
			app_guidance_advice_shown();
	}
	if (app_guidance_swap_lead(c, &rc->swaps, &rc->t.o.lead[rc->t.o.nlead],
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
	refresh_programme_lead(rc, c, fe);
	return again && frontend_signal() == 0;
}

/* A page row: its model's lines, shown by the front end; the menu comes back. */
static bool
open_page(struct menu_loop *ml, const struct home_row *row)
{
	struct home_env env = { ml->cli, ml->c };
	char **lines;
	size_t n = row->page(&env, &lines);

	ml->fe->ops->page(ml->fe->ctx, _(row->label), (const char *const *)lines, n, row->how);
	text_lines_free(lines, n);
	return true;
}

/*
 * After an operation Build makes nothing, as the command line's build says
 * (conditions_may_build()): a page says so, and Enter starts the walking and
 * breathing that runs for this person instead. False: the program ends.
 */
static bool
build_after_surgery(struct menu_loop *ml)
{
	const struct routine *walk = today_gentler(ml->c, &ml->rc->t.needs);
	const char *lines[2] = {
		_("After an operation, Build makes nothing until your surgical team says you may stretch."),
		NULL,
	};
	char *until;
	bool again = true, go;
	int st;

	if (walk == NULL) {
		ml->fe->ops->page(ml->fe->ctx, _("Build a routine"), lines, 1, 0);
		return true;
	}
	/* TRANSLATORS: %s is the name of the walking and breathing routine (Breathe and Walk). */
	until = xasprintf(_("Until then, %s offers easy walking and calm breathing: Enter starts it, "
	    "q goes back."), walk->name);
	lines[1] = until;
	go = ml->fe->ops->page(ml->fe->ctx, _("Build a routine"), lines, 2, PAGE_GATE) == PAGE_ON;
	free(until);
	if (go && (st = run_routine(ml->cli, ml->fe, walk, ml->rc, true, &again, 0, NULL)) != 0)
		ml->status = st;
	return again;
}

/* Build: after a built routine, Enter on its summary comes back to Build. False: the program ends. */
static bool
open_build(struct menu_loop *ml)
{
	bool again, ran;
	int st;

	if (!conditions_may_build(ml->rc->t.o.conditions))
		return build_after_surgery(ml);
	do {
		st = run_build(ml->cli, ml->fe, ml->rc, &ml->c, &ml->breq, &again, &ran);
		ml->status = st != 0 ? st : ml->status;
	} while (again && ran);
	return again;
}

static bool
open_profile(struct menu_loop *ml)
{
	run_profile(ml->fe, ml->rc);
	return true;
}

/* The screens with a model of their own, by home_form. */
static bool (*const forms[])(struct menu_loop *) = {
	[HOME_FORM_BUILD] = open_build, [HOME_FORM_PROFILE] = open_profile,
};

/* Open what a main-menu row points at. False: the program ends. */
static bool
open_row(struct menu_loop *ml, const struct home_row *row)
{
	return row->kind == HOME_PAGE ? open_page(ml, row) : forms[row->form](ml);
}

/* The menus from scope on, until the user leaves them. */
static void
menu_loop(struct menu_loop *ml, enum menu_scope scope)
{
	enum menu_scope cur = scope;

	for (;;) {
		const struct routine *r = NULL;
		const struct home_row *row = NULL;
		enum menu_scope from = cur;
		enum menu_choice ch = ml->fe->ops->choose(ml->fe->ctx, ml->c, cur, &r, &from, &row);
		bool again = false;
		int st;

		if (ch == CHOICE_ROUTINE) {
			st = run_routine(ml->cli, ml->fe, r, ml->rc, true, &again, 0, NULL);
			ml->status = st != 0 ? st : ml->status;
			refresh_programme_lead(ml->rc, ml->c, ml->fe);
			cur = from;
			if (!again)
				return;
		} else if (ch == CHOICE_SCREEN) {
			if (!open_row(ml, row))
				return;
		} else if (ch == CHOICE_QUIT && cur != scope) {
			cur = scope;   /* back from the menu a routine came from */
		} else {
			return;
		}
	}
}

int
cmd_menu(const struct cli *cli)
{
	enum menu_scope scope = cli->cmd == CMD_MORNING ? MENU_MORNING :
	    cli->cmd == CMD_EVENING ? MENU_EVENING : MENU_MAIN;
	struct run_ctx rc;
	struct frontend fe;
	struct menu_loop ml = { .cli = cli, .fe = &fe, .rc = &rc };

	if ((ml.status = run_setup(cli, &rc)) != 0 ||
	    (ml.c = app_load_catalogue(cli, false, &ml.status)) == NULL) {
		run_done(&rc);
		return ml.status;
	}
	ml.breq = (struct build_request){ .minutes = rc.t.cfg.build_minutes,
	    .seed = (unsigned long)clock_wall() ^ ((unsigned long)getpid() << 16) };
	if (scope == MENU_MAIN)
		add_leads(&rc, ml.c);
	rc.menu = scope == MENU_MAIN;   /* only the main menu has About your back */
	frontend_signals_install();
	fe = cmd_open_frontend(cli, &rc.t.o);
	/*
	 * a first launch at a keyboard opens on the safety page and the
	 * questions, then the menu; q there goes to the menu, and the page
	 * comes again before the first session
	 */
	if (isatty(0))
		run_first_pages(&fe, &rc);
	if (run_followup(cli, &fe, &rc, ml.c, &ml.status))
		menu_loop(&ml, scope);
	run_close(&fe, &rc);
	catalogue_free(ml.c);
	run_done(&rc);
	return ml.status;
}
