/* ui_signal.c — what both front ends share: signals noted for the loop, hurt flags. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "frontend.h"
#include "history_stats.h"
#include "i18n.h"
#include "profile.h"
#include "session.h"
#include "text.h"
#include "today.h"

static volatile sig_atomic_t noted;

static void
on_signal(int sig)
{
	if (noted == 0)
		noted = sig;
}

void
frontend_signals_install(void)
{
	/* every signal whose default is to end the program, and that nothing else handles */
	static const int sigs[] = {
		SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF,
		SIGXCPU,
	};
	struct sigaction sa, old;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	/* no SA_RESTART: a blocked read or poll returns, and the loop sees the flag */
	sa.sa_flags = 0;
	for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
		/* one ignored by whoever started us (nohup) stays ignored */
		if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
			continue;
		sigaction(sigs[i], &sa, NULL);
	}
	/* a closed pipe ends the session through EPIPE, so it is still logged */
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
}

int
frontend_signal(void)
{
	return noted;
}

void
frontend_signal_note(int sig)
{
	if (noted == 0)
		noted = sig;
}

void
frontend_signal_reraise(int sig)
{
	struct sigaction sa;
	sigset_t set;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_DFL;
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(sig);
}

struct today *
frontend_today(const struct run_opts *o, const struct routine *r)
{
	return today_plan(r, o->today);
}

size_t
frontend_drop_unsuited(const struct run_opts *o, const struct routine **list, size_t n,
    size_t *dropped)
{
	size_t kept = 0;

	for (size_t i = 0; i < n; i++) {
		struct today *t = frontend_today(o, list[i]);

		if (today_state(t) != TODAY_NONE_SUITS)
			list[kept++] = list[i];
		today_free(t);
	}
	*dropped = n - kept;
	return kept;
}

void
frontend_order(const struct run_opts *o, const struct routine **list, size_t n, int scope)
{
	enum routine_time own = scope == MENU_MORNING ? RTIME_MORNING :
	    scope == MENU_EVENING ? RTIME_EVENING : RTIME_ANY;
	const struct routine **rest = xcalloc(n + 1, sizeof *rest);
	size_t k = 0, nrest = 0;

	for (size_t i = 0; i < n; i++) {
		if (own == RTIME_ANY || list[i]->time == own)
			list[k++] = list[i];
		else
			rest[nrest++] = list[i];
	}
	memcpy(list + k, rest, nrest * sizeof *rest);
	free(rest);
	profile_suiting_first(o->profile, list, k, o->today);
	profile_suiting_first(o->profile, list + k, n - k, o->today);
}

const char *
frontend_dropped_line(const struct run_opts *o, size_t dropped, char *buf, size_t size)
{
	bool surgery = o->today != NULL && (o->today->adapt.conditions & COND_RECENT_SURGERY);

	if (surgery)
		/* TRANSLATORS: %zu counts the routines not shown in the list. */
		snprintf(buf, size, ngettext("%zu routine left out: after an operation only walking "
		    "and breathing, until your surgical team says more.", "%zu routines left out: after "
		    "an operation only walking and breathing, until your surgical team says more.",
		    (unsigned long)dropped), dropped);
	else
		/* TRANSLATORS: %zu counts the routines not shown in the list. */
		snprintf(buf, size, ngettext("%zu routine left out: none of its stretches suits your "
		    "health conditions or your kneeling and floor settings.", "%zu routines left out: "
		    "none of their stretches suits your health conditions or your kneeling and floor "
		    "settings.", (unsigned long)dropped), dropped);
	return buf;
}

bool
frontend_stretch_hurt(const struct run_opts *o, const char *id)
{
	const char *const *hurt = o->today != NULL ? o->today->hurt : o->hurt;
	size_t n = o->today != NULL ? o->today->nhurt : o->nhurt;

	for (size_t k = 0; k < n; k++)
		if (strcmp(id, hurt[k]) == 0)
			return true;
	return false;
}

bool
frontend_routine_suits(const struct run_opts *o, const struct routine *r)
{
	return profile_suits_today(o->profile, r, o->today);   /* what runs, as it runs */
}

bool
frontend_routine_hurt(const struct run_opts *o, const struct routine *r, const char **which)
{
	for (size_t i = 0; i < r->nitems; i++) {
		if (frontend_stretch_hurt(o, r->items[i].stretch->id)) {
			if (which != NULL)
				*which = r->items[i].stretch->name;
			return true;
		}
	}
	return false;
}

/* The stretch of item i of s's routine, or NULL past the end. */
static const struct stretch *
item_stretch(const struct session *s, size_t i)
{
	const struct routine *r = session_plan(s)->routine;

	return i < r->nitems ? r->items[i].stretch : NULL;
}

void
frontend_hurt_message(char *buf, size_t size, const struct session *s)
{
	const struct stretch *x = item_stretch(s, session_hurt_item(s));

	/* TRANSLATORS: %s is a stretch, %d the days it is left out of routines (7). */
	snprintf(buf, size, _("%s is marked \"hurt\" and left out for %d days."),
	    x != NULL ? x->name : _("This stretch"), HISTORY_HURT_DAYS);
}

void
frontend_time_line(char *buf, size_t size, const struct session *s, int64_t now, long span_s,
    int speed)
{
	const struct plan *p = session_plan(s);
	/* the time is counted from the first hold on: so is the plan it is set against */
	long plan_s = p->total_s - (p->nsteps > 0 && p->steps[0].kind == STEP_READY ? p->steps[0].seconds : 0);
	char span[16], planned[16], active[16], sim[48] = "";

	if (speed != 1)
		/* TRANSLATORS: after the session's time at --speed N: " simulated at 10x speed". */
		snprintf(sim, sizeof sim, _(" simulated at %dx speed"), speed);
	/* TRANSLATORS: the session's time, the simulated note, the planned time, the time stretching. */
	snprintf(buf, size, _("%s%s (planned %s, %s of it stretching)"),
	    text_clock(span, sizeof span, span_s), sim,
	    text_clock(planned, sizeof planned, plan_s),
	    text_clock(active, sizeof active, (long)(session_active_ms(s, now) / 1000)));
}

void
frontend_skip_message(char *buf, size_t size, const struct session *s)
{
	const struct stretch *x = item_stretch(s, session_hurt_item(s));

	if (x == NULL)
		*buf = '\0';
	else if (session_skip_ends_rest(s))
		/* TRANSLATORS: %s is the next stretch's name. */
		snprintf(buf, size, _("Rest skipped: on to %s"), x->name);
	else
		/* TRANSLATORS: %s is the stretch skipped. */
		snprintf(buf, size, _("Skipped %s"), x->name);
}

/* Answers in a row that no prompt could use, and whether input was given up for it. */
static int unusable;
static bool given_up;

bool
frontend_unusable_answer(void)
{
	if (++unusable < FRONTEND_UNUSABLE_MAX || given_up)
		return given_up;
	given_up = true;
	fflush(stdout);
	fprintf(stderr, "stretchcoach: ");
	/* TRANSLATORS: %d is how many answers in a row could not be used (3). */
	fprintf(stderr, ngettext("%d answer in a row could not be used: no longer reading input "
	    "(is a program typing?)\n", "%d answers in a row could not be used: no longer reading "
	    "input (is a program typing?)\n", FRONTEND_UNUSABLE_MAX), FRONTEND_UNUSABLE_MAX);
	return true;
}

void
frontend_usable_answer(void)
{
	unusable = 0;
}

bool
frontend_input_given_up(void)
{
	return given_up;
}

int
frontend_read_line(char *buf, size_t size)
{
	size_t n = 0, seen = 0;

	if (given_up)
		return -1;
	for (;;) {
		char c;
		ssize_t r;

		/* checked at every byte: an endless line (</dev/zero) must not outlive a signal */
		if (frontend_signal() != 0)
			return -1;
		if (++seen > FRONTEND_LINE_MAX)
			return -1;   /* no newline in sight: not a person typing */
		r = read(0, &c, 1);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0 && errno == EAGAIN) {
			struct pollfd pfd = { 0, POLLIN, 0 };

			poll(&pfd, 1, -1);
			seen--;
			continue;
		}
		if (r <= 0)
			return n > 0 ? (int)n : -1;
		if (c == '\n')
			break;
		if (n + 1 < size)
			buf[n++] = c;
	}
	buf[n] = '\0';
	return (int)n;
}

char *
frontend_tension_text(char *buf, size_t size, int before, int after, const char *arrow)
{
	char b[16] = "-", a[16] = "-";

	if (before >= 0)
		snprintf(b, sizeof b, "%d", before);
	if (after >= 0)
		snprintf(a, sizeof a, "%d", after);
	snprintf(buf, size, "%s %s %s", b, arrow, a);
	return buf;
}

char *
frontend_streak_text(char *buf, size_t size, int streak)
{
	/* TRANSLATORS: The summary's Streak row: %d is the days in a row with a session (5). */
	snprintf(buf, size, ngettext("%d day in a row", "%d days in a row", (unsigned long)streak), streak);
	return buf;
}
