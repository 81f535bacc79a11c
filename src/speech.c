/* speech.c — spoken cues: spawn, never wait, report a broken command once. */
#include "speech.h"

#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/wait.h>
#include <time.h>

#include "child.h"
#include "clock.h"
#include "cue.h"
#include "diag.h"
#include "i18n.h"
#include "text.h"

/* How long one cue may be spoken before the command is taken to hang and is ended, in ms. */
#define SPEECH_DEADLINE_MS 15000

/* The most words a voice setting holds ("-v", "de", and a few more). */
#define SPEECH_VOICE_WORDS 6
/* Cues waiting for the one being spoken; past this the oldest is dropped. */
#define SPEECH_QUEUE 4
/* Words a speech command says in a second, pauses included: what fits a get-ready. */
#define SPEECH_WORDS_PER_10S 16

struct speech {
	char *cmd;
	char *voice;          /* the voice words, split in place by '\0', or NULL */
	char *words[SPEECH_VOICE_WORDS];  /* into voice: "-v", "de" */
	int nwords;
	pid_t pid;            /* the cue being spoken, or 0 */
	int64_t started;      /* when it began (clock_mono_ms) */
	char *queue[SPEECH_QUEUE];  /* cues that wait for it, oldest first */
	int nqueue;
	char *problem;        /* not yet reported */
	bool reported;        /* a problem is reported once only */
	size_t last_step;
	enum breath_phase last_breath;
	int last_rep;
	const char *last_cue;   /* the cue last said in reps breathed freely */
	bool finished;
};

/* espeak-ng (and espeak) speak English unless told: "-v de" for German messages. */
static char *
espeak_voice(const char *cmd)
{
	const char *base = strrchr(cmd, '/'), *lang = i18n_language();

	base = base != NULL ? base + 1 : cmd;
	if ((strcmp(base, "espeak-ng") != 0 && strcmp(base, "espeak") != 0) || strcmp(lang, "en") == 0)
		return NULL;
	return xasprintf("-v %s", lang);
}

/* Split sp->voice into its words, in place; words past the few a voice needs are dropped. */
static void
split_voice(struct speech *sp)
{
	for (char *w = sp->voice != NULL ? strtok(sp->voice, " \t") : NULL;
	    w != NULL && sp->nwords < SPEECH_VOICE_WORDS; w = strtok(NULL, " \t"))
		sp->words[sp->nwords++] = w;
}

struct speech *
speech_new(const char *cmd, const char *voice)
{
	struct speech *sp;

	if (cmd == NULL || cmd[0] == '\0')
		return NULL;
	sp = xcalloc(1, sizeof *sp);
	sp->cmd = xstrdup(cmd);
	sp->voice = voice != NULL ? xstrdup(voice) : espeak_voice(cmd);
	split_voice(sp);
	sp->last_step = (size_t)-1;
	return sp;
}

static void
set_problem(struct speech *sp, char *msg)
{
	if (sp->reported || sp->problem != NULL) {
		free(msg);
		return;
	}
	sp->problem = msg;
}

/* Collect the last cue's process if it has ended; true when none is running. */
static bool
reap(struct speech *sp)
{
	int status;
	pid_t r;

	if (sp->pid == 0)
		return true;
	r = waitpid(sp->pid, &status, WNOHANG);
	if (r == 0 && clock_mono_ms() - sp->started < SPEECH_DEADLINE_MS)
		return false;
	if (r == 0) {
		char *cs = text_safe(sp->cmd);

		child_end(sp->pid, SIGTERM, CHILD_GRACE_MS);
		/* TRANSLATORS: %s is the speech command as set with --say ("espeak-ng"), %d its time
		   limit in seconds. */
		set_problem(sp, xasprintf(_("the speech command '%s' took longer than %d s and was stopped"),
		    cs, SPEECH_DEADLINE_MS / 1000));
		free(cs);
		sp->pid = 0;
		return true;
	}
	if (r == sp->pid && WIFEXITED(status) && WEXITSTATUS(status) != 0) {
		char *cs = text_safe(sp->cmd);

		/* TRANSLATORS: %s is the speech command as set with --say ("espeak-ng"), %d its exit
		   status (a number). */
		set_problem(sp, xasprintf(_("the speech command '%s' failed (exit status %d)"), cs,
		    WEXITSTATUS(status)));
		free(cs);
	}
	sp->pid = 0;
	return true;
}

/* Start speaking text; the caller has made sure nothing else is being spoken. */
static void
spawn(struct speech *sp, const char *text)
{
	char *argv[SPEECH_VOICE_WORDS + 4];
	int err, n = 0;

	argv[n++] = sp->cmd;
	for (int i = 0; i < sp->nwords; i++)
		argv[n++] = sp->words[i];
	/* a cue that starts with '-' must not read as an option of the command */
	argv[n++] = (char *)"--";
	argv[n++] = (char *)text;
	argv[n] = NULL;
	/* the cue must not write over the screen or read the keyboard */
	sp->pid = child_spawn(argv, -1, -1);
	err = sp->pid < 0 ? errno : 0;
	sp->started = clock_mono_ms();
	if (err != 0) {
		char *cs = text_safe(sp->cmd);

		sp->pid = 0;
		set_problem(sp, err == ENOENT ?
		    /* TRANSLATORS: %s is the speech command as set with --say ("espeak-ng"). Keep "--say",
		       an option. */
		    xasprintf(_("the speech command '%s' was not found; install it or change --say"), cs) :
		    /* TRANSLATORS: The first %s is the speech command as set with --say ("espeak-ng"), the
		       second a system error ("Permission denied"). */
		    xasprintf(_("cannot run the speech command '%s': %s"), cs, strerror(err)));
		free(cs);
	}
}

/* When the last cue has ended, speak the next one waiting; true when nothing is being spoken. */
static bool
pump(struct speech *sp)
{
	while (reap(sp) && sp->nqueue > 0) {
		char *text = sp->queue[0];

		sp->nqueue--;
		memmove(sp->queue, sp->queue + 1, (size_t)sp->nqueue * sizeof *sp->queue);
		spawn(sp, text);
		free(text);
	}
	return sp->pid == 0;
}

static void
drop_queue(struct speech *sp)
{
	for (int i = 0; i < sp->nqueue; i++)
		free(sp->queue[i]);
	sp->nqueue = 0;
}

/*
 * The routine is over: what still waits is out of date, and what is being
 * said is cut short (briefly waited for), so the last words come now.
 */
static void
hush(struct speech *sp)
{
	drop_queue(sp);
	if (reap(sp))
		return;
	kill(sp->pid, SIGTERM);
	for (int ms = 0; ms < 500 && !reap(sp); ms += 10)
		nanosleep(&(struct timespec){ 0, 10 * 1000000L }, NULL);
}

void
speech_say(struct speech *sp, const char *text)
{
	if (sp == NULL)
		return;
	if (pump(sp)) {
		spawn(sp, text);
		return;
	}
	if (sp->nqueue == SPEECH_QUEUE) {
		free(sp->queue[0]);
		sp->nqueue--;
		memmove(sp->queue, sp->queue + 1, (size_t)sp->nqueue * sizeof *sp->queue);
	}
	sp->queue[sp->nqueue++] = xstrdup(text);
}

/*
 * A cue within a step (a breath, a rep): said only when nothing is being
 * spoken or waiting, since the next phase brings its own and a late one
 * would be wrong.
 */
static void
say_passing(struct speech *sp, const char *text)
{
	if (pump(sp))
		spawn(sp, text);
}

static int
words(const char *text)
{
	int n = 0;

	for (const char *p = text; *p != '\0'; p++)
		n += *p != ' ' && (p == text || p[-1] == ' ');
	return n;
}

/* What the coming stretch asks for: "Child's Pose, 30 seconds each side, on the floor." */
static void
say_ready(struct speech *sp, const struct session_view *v)
{
	const struct stretch *x = v->step->stretch;
	const struct step *w = v->next;
	const char *where = x->position == POS_FLOOR ? _("on the floor") :
	    x->position == POS_SEATED ? _("seated") : _("standing");
	char dose[128], buf[320];

	int fit = v->step->seconds * SPEECH_WORDS_PER_10S / 10;

	/* the plan's next step holds the amount (a hold's seconds, or the reps) */
	if (w != NULL && (w->kind == STEP_REPS || w->kind == STEP_HOLD)) {
		cue_dose(dose, sizeof dose, &(struct cue_dose){ .hold = w->seconds,
		    .reps = w->kind == STEP_REPS ? w->reps : 0, .each_side = x->each_side }, CUE_SPOKEN);
		/* TRANSLATORS: spoken; a stretch, its amount ("30 seconds each side"), where. */
		snprintf(buf, sizeof buf, _("Next: %s, %s, %s."), x->name, dose, where);
	} else
		buf[0] = '\0';
	/* said within the get-ready, so the hold's first words are heard on time: shorter if need be */
	if (buf[0] == '\0' || words(buf) > fit)
		/* TRANSLATORS: spoken; a stretch and where it is done ("on the floor"). */
		snprintf(buf, sizeof buf, _("Next: %s, %s."), x->name, where);
	if (words(buf) > fit)
		/* TRANSLATORS: spoken; the next stretch, when a longer announcement would not fit. */
		snprintf(buf, sizeof buf, _("Next: %s."), x->name);
	speech_say(sp, buf);
}

/*
 * The words that open a step. The stretch was named during its get-ready,
 * so a hold or reps opens on its first breath or rep, which is thus heard.
 */
static void
say_step(struct speech *sp, const struct session_view *v)
{
	const struct step *st = v->step;
	const char *side = cue_side(st->side);
	const char *cue = v->cue != NULL ? v->cue : v->breath != BREATH_NONE ? cue_breath(v->breath) : NULL;
	char buf[320], first[200];

	switch (st->kind) {
	case STEP_READY:
		say_ready(sp, v);
		return;
	case STEP_HOLD:
	case STEP_REPS:
		if (st->kind == STEP_REPS && cue == NULL)
			/* TRANSLATORS: spoken as reps begin without a breath cue; the count starts at one. */
			snprintf(first, sizeof first, ngettext("%d rep. One.", "%d reps. One.",
			    (unsigned long)st->reps), st->reps);
		else
			/* TRANSLATORS: said as a hold begins (the imperative, "Hold."), not the step's label. */
			snprintf(first, sizeof first, "%s.", cue != NULL ? cue : C_("spoken", "Hold"));
		if (*side != '\0')
			/* TRANSLATORS: spoken; a side ("Left side") before the first words of the hold. */
			snprintf(buf, sizeof buf, _("%s. %s"), side, first);
		else
			snprintf(buf, sizeof buf, "%s", first);
		break;
	case STEP_SWITCH:
		snprintf(buf, sizeof buf, "%s.", cue_switch());
		break;
	case STEP_REST:
		if (st->set > 1)
			snprintf(buf, sizeof buf, "%s", _("Rest."));
		else
			/* TRANSLATORS: spoken; %s is the next stretch. */
			snprintf(buf, sizeof buf, _("Rest. Then %s."), st->stretch->name);
		break;
	}
	speech_say(sp, buf);
}

void
speech_follow(struct speech *sp, const struct session_view *v)
{
	if (sp == NULL)
		return;
	pump(sp);
	if (v->finished) {
		if (!sp->finished && !v->quit) {
			hush(sp);
			speech_say(sp, _("Well done. Routine complete."));
		}
		sp->finished = true;
		return;
	}
	if (v->step_index != sp->last_step) {
		sp->last_step = v->step_index;
		sp->last_breath = v->breath;
		sp->last_rep = v->rep;
		sp->last_cue = v->cue;
		say_step(sp, v);
		return;
	}
	if (v->breath == BREATH_NONE && v->reps > 0) {
		char n[16];

		/* breathing freely: the cue of each half, or the count */
		snprintf(n, sizeof n, "%d.", v->rep);
		if (v->cue != NULL && v->cue != sp->last_cue)
			say_passing(sp, v->cue);
		else if (v->cue == NULL && v->rep != sp->last_rep)
			say_passing(sp, n);
		sp->last_rep = v->rep;
		sp->last_cue = v->cue;
		return;
	}
	if (v->breath != BREATH_NONE && (v->breath != sp->last_breath || v->rep != sp->last_rep)) {
		sp->last_breath = v->breath;
		sp->last_rep = v->rep;
		say_passing(sp, v->cue != NULL ? v->cue : cue_breath(v->breath));
	}
}

const char *
speech_problem(struct speech *sp)
{
	if (sp == NULL)
		return NULL;
	pump(sp);
	if (sp->problem == NULL || sp->reported)
		return NULL;
	sp->reported = true;
	return sp->problem;
}

void
speech_free(struct speech *sp)
{
	if (sp == NULL)
		return;
	drop_queue(sp);
	reap(sp);
	free(sp->cmd);
	free(sp->voice);
	free(sp->problem);
	free(sp);
}
