/* cmd_followup.c — the next-day check, and what its answers lead to. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>


#include "builder.h"
#include "catalogue.h"
#include "clock.h"
#include "cmd_int.h"
#include "config.h"
#include "diag.h"
#include "followup.h"
#include "history.h"
#include "history_stats.h"
#include "i18n.h"
#include "paths.h"
#include "profile.h"
#include "text.h"
#include "today.h"
#include "whatworks.h"

/* Read the history into f; false when there is none to read. */
static bool
load_followup(struct followup *f, const char *path)
{
	struct history_stats st;
	struct diag d;
	int rc;

	followup_init(f);
	if (path == NULL)
		return false;
	diag_init(&d);
	history_stats_init(&st, history_day_of(clock_wall()), 1);
	st.also = followup_feed;
	st.also_arg = f;
	rc = history_stats_load(path, &st, &d);
	history_stats_done(&st);
	diag_done(&d);   /* the menu's own reading reports what is wrong with the file */
	return rc == 0;
}

/* "Since Morning Wake-Up yesterday: better, same or worse?" */
static void
question_text(char *buf, size_t size, const char *name, time_t started, time_t now)
{
	long back = history_day_of(now) - history_day_of(started);
	struct tm tm;
	char date[64];

	if (back <= 0)
		/* TRANSLATORS: The question of the next-day check; %s is the routine's name. "better",
		   "the same" and "worse" are the three answers listed below it: use the same words as
		   those answers. */
		snprintf(buf, size, _("Since %s earlier today: is your back better, the same or "
		    "worse?"), name);
	else if (back == 1)
		/* TRANSLATORS: The question of the next-day check; %s is the routine's name. "better",
		   "the same" and "worse" are the three answers listed below it: use the same words as
		   those answers. */
		snprintf(buf, size, _("Since %s yesterday: is your back better, the same or worse?"),
		    name);
	else {
		localtime_r(&started, &tm);
		strftime(date, sizeof date, "%Y-%m-%d", &tm);
		/* TRANSLATORS: a routine's name, then a date. */
		snprintf(buf, size, _("Since %s on %s: is your back better, the same or worse?"),
		    name, date);
	}
}

/* The next-day screen; the answer, or FOLLOWUP_SKIPPED. */
static enum followup_answer
ask_next_day(struct frontend *fe, const struct catalogue *c, const struct followup *f,
    time_t now)
{
	const struct routine *r = catalogue_find_routine(c, f->routine);
	char *name = text_safe(r != NULL ? r->name : f->routine), line[512];
	const char *answers[] = { _("Better"), _("The same"), _("Worse") };
	const char *lines[] = { line, _("One key is enough. What you say shapes what comes "
	    "next; you are asked once about each session.") };
	/* TRANSLATORS: one key for each answer, "Better", "The same", "Worse": three different letters. */
	const char *keys = _("bsw");
	struct frontend_question q = { _("The next-day check"), lines, 2, answers, 3, keys,
	    C_("a question", "skip"), false, -1, NULL, false, NULL, 0 };
	int a;

	question_text(line, sizeof line, name, f->started, now);
	free(name);
	if (strlen(q.keys) != 3)
		q.keys = "bsw";
	a = fe->ops->ask(fe->ctx, &q);
	return a < 0 ? FOLLOWUP_SKIPPED : (enum followup_answer)a;
}

/*
 * "Worse" twice after routine `done`: an easier day, offered only as a routine
 * that runs for this person today and is not `done` itself
 * (today_gentler_than()), or advice alone when none does.
 * Returns the routine to start, or NULL.
 */
static const struct routine *
ease_off(struct frontend *fe, const struct catalogue *c, const struct today_needs *needs,
    const char *done, const char *name)
{
	const struct routine *easy = today_gentler_than(c, needs, done);
	char one[512], go[256];
	const char *lines[] = { one, _("If it keeps getting worse, or you are unsure, see a "
	    "physiotherapist or doctor."), go };

	if (easy == NULL) {
		/* TRANSLATORS: %s is the routine's name; no gentler routine suits the person's
		   conditions, so the advice comes alone. */
		snprintf(one, sizeof one, _("Twice in a row your back felt worse after %s. "
		    "Take it easier for a few days: rest, walk about gently, and leave out what "
		    "hurts."), name);
		fe->ops->page(fe->ctx, _("Take it easier"), lines, 2, 0);
		return NULL;
	}
	/* TRANSLATORS: The first %s is the routine's name, the second the name of a gentle
	   routine to try instead. */
	snprintf(one, sizeof one, _("Twice in a row your back felt worse after %s. "
	    "Take it easier for a few days: %s is gentler, or rest and walk about gently."),
	    name, easy->name);
	/* TRANSLATORS: %s is a routine's name. Enter and q are the keys the page reads: keep q
	   as it is (the key does not change with the language). */
	snprintf(go, sizeof go, _("Enter starts %s; q goes to the menu."), easy->name);
	return fe->ops->page(fe->ctx, _("Take it easier"), lines, 3, PAGE_GATE) == PAGE_ON ?
	    easy : NULL;
}

/*
 * What the answers call for: an easier day after "worse" twice, the next
 * step after "better" three times. Returns the routine to start (from c or
 * made into *made, the caller's to free), or NULL.
 */
static const struct routine *
respond(struct frontend *fe, const struct catalogue *c, const struct today_needs *needs,
    const struct followup *f, struct built **made)
{
	enum followup_response resp = followup_response(f, f->routine);
	const struct routine *r = catalogue_find_routine(c, f->routine);
	char *name = text_safe(r != NULL ? r->name : f->routine), one[512], two[512], go[256];
	const char *lines[] = { one, two, go };

	*made = NULL;
	if (resp == FOLLOWUP_EASE_OFF) {
		r = ease_off(fe, c, needs, f->routine, name);
	} else if (resp == FOLLOWUP_STEP_UP && r != NULL) {
		*made = builder_step_up(r, c);
		/* TRANSLATORS: %s is the routine's name. */
		snprintf(one, sizeof one, _("Three times in a row your back felt better after "
		    "%s. It may be ready for the next step."), name);
		snprintf(two, sizeof two, "%s", built_note(*made) != NULL ? built_note(*made) :
		    _("It is already at its longest holds: keep it as it is."));
		/* TRANSLATORS: %s is the routine's name; "one step up" is the same routine with longer
		   holds. Enter and q are the keys the page reads: keep q as it is. */
		snprintf(go, sizeof go, _("Enter starts %s one step up; q goes to the menu."), name);
		r = built_note(*made) != NULL &&
		    fe->ops->page(fe->ctx, _("Ready for the next step"), lines, 3, PAGE_GATE) ==
		    PAGE_ON ? built_routine(*made) : NULL;
	} else {
		r = NULL;
	}
	free(name);
	return r;
}

const struct routine *
cmd_followup_check(struct frontend *fe, const struct catalogue *c, const struct today_needs *needs,
    struct built **made)
{
	struct followup f;
	struct history_record ev;
	char *path = paths_history_file(), *cause = NULL;
	const struct routine *r = NULL;
	time_t now = clock_wall();
	enum followup_answer a;

	*made = NULL;
	followup_init(&f);
	/* like the check-in, the question needs someone at the keyboard */
	if (!isatty(0) || !load_followup(&f, path) || !followup_due(&f, now)) {
		followup_done(&f);
		free(path);
		return NULL;
	}
	a = ask_next_day(fe, c, &f, now);
	history_record_init(&ev);
	followup_event(&ev, &f, a, now);
	if (frontend_signal() == 0 && history_append(path, &ev, &cause) == -1) {
		/* TRANSLATORS: %s is why, a system error such as "No space left on device". One line
		   at the bottom of the screen. */
		char *msg = xasprintf(_("Your answer could not be saved: %s"), cause);

		fe->ops->note(fe->ctx, msg);
		free(msg);
		free(cause);
	} else if (a != FOLLOWUP_SKIPPED) {
		followup_feed(&f, &ev);
		r = respond(fe, c, needs, &f, made);
	}
	history_record_done(&ev);
	followup_done(&f);
	free(path);
	return r;
}
