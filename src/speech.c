/* speech.c — spoken cues: spawn, never wait, report a broken command once. */
#include "speech.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "diag.h"
#include "text.h"

extern char **environ;

struct speech {
	char *cmd;
	pid_t pid;            /* the cue being spoken, or 0 */
	char *problem;        /* not yet reported */
	bool reported;        /* a problem is reported once only */
	size_t last_step;
	enum breath_phase last_breath;
	int last_rep;
	bool finished;
};

struct speech *
speech_new(const char *cmd)
{
	struct speech *sp;

	if (cmd == NULL || cmd[0] == '\0')
		return NULL;
	sp = xcalloc(1, sizeof *sp);
	sp->cmd = xstrdup(cmd);
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
	if (r == 0)
		return false;
	if (r == sp->pid && WIFEXITED(status) && WEXITSTATUS(status) != 0) {
		char *cs = text_safe(sp->cmd);

		set_problem(sp, xasprintf("the speech command '%s' failed (exit status %d)", cs,
		    WEXITSTATUS(status)));
		free(cs);
	}
	sp->pid = 0;
	return true;
}

void
speech_say(struct speech *sp, const char *text)
{
	posix_spawn_file_actions_t fa;
	char *argv[] = { sp->cmd, (char *)text, NULL };
	int err;

	if (sp == NULL || !reap(sp))
		return;
	/* the cue must not write over the screen or read the keyboard */
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	err = posix_spawnp(&sp->pid, sp->cmd, &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (err != 0) {
		char *cs = text_safe(sp->cmd);

		sp->pid = 0;
		set_problem(sp, err == ENOENT ?
		    xasprintf("the speech command '%s' was not found; install it or change --say", cs) :
		    xasprintf("cannot run the speech command '%s': %s", cs, strerror(err)));
		free(cs);
	}
}

/* What the coming stretch asks for: "Child's Pose, 30 seconds each side, on the floor." */
static void
say_ready(struct speech *sp, const struct session_view *v)
{
	const struct step *st = v->step;
	const struct stretch *x = st->stretch;
	const char *where = x->position == POS_FLOOR ? "on the floor" :
	    x->position == POS_SEATED ? "seated" : "standing";
	const char *each = x->each_side ? " each side" : "";
	char buf[200];

	/* the plan's next step holds the amount (a hold's seconds, or the reps) */
	if (v->next != NULL && v->next->kind == STEP_REPS)
		snprintf(buf, sizeof buf, "Next: %s, %d reps%s, %s.", x->name, v->next->reps, each, where);
	else if (v->next != NULL && v->next->kind == STEP_HOLD)
		snprintf(buf, sizeof buf, "Next: %s, %d seconds%s, %s.", x->name, v->next->seconds,
		    each, where);
	else
		snprintf(buf, sizeof buf, "Next: %s, %s.", x->name, where);
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
	const char *side = st->side == SIDE_LEFT ? "Left side. " : st->side == SIDE_RIGHT ? "Right side. " : "";
	const char *cue = v->cue != NULL ? v->cue : v->breath == BREATH_IN ? "Breathe in" :
	    v->breath == BREATH_OUT ? "Breathe out" : NULL;
	char buf[200];

	switch (st->kind) {
	case STEP_READY:
		say_ready(sp, v);
		return;
	case STEP_HOLD:
	case STEP_REPS:
		if (st->kind == STEP_REPS && cue == NULL)
			snprintf(buf, sizeof buf, "%s%d reps. One.", side, st->reps);
		else
			snprintf(buf, sizeof buf, "%s%s.", side, cue != NULL ? cue : "Hold");
		break;
	case STEP_SWITCH:
		snprintf(buf, sizeof buf, "Switch sides.");
		break;
	case STEP_REST:
		if (st->set > 1)
			snprintf(buf, sizeof buf, "Rest.");
		else
			snprintf(buf, sizeof buf, "Rest. Then %s.", st->stretch->name);
		break;
	}
	speech_say(sp, buf);
}

void
speech_follow(struct speech *sp, const struct session_view *v)
{
	if (sp == NULL)
		return;
	if (v->finished) {
		if (!sp->finished && !v->quit)
			speech_say(sp, "Well done. Routine complete.");
		sp->finished = true;
		return;
	}
	if (v->step_index != sp->last_step) {
		sp->last_step = v->step_index;
		sp->last_breath = v->breath;
		sp->last_rep = v->rep;
		say_step(sp, v);
		return;
	}
	if (v->breath == BREATH_NONE && v->reps > 0 && v->rep != sp->last_rep) {
		char n[16];

		/* breathing freely: the count alone */
		snprintf(n, sizeof n, "%d.", v->rep);
		sp->last_rep = v->rep;
		speech_say(sp, n);
		return;
	}
	if (v->breath != BREATH_NONE && (v->breath != sp->last_breath || v->rep != sp->last_rep)) {
		sp->last_breath = v->breath;
		sp->last_rep = v->rep;
		speech_say(sp, v->cue != NULL ? v->cue : v->breath == BREATH_IN ? "Breathe in" : "Breathe out");
	}
}

const char *
speech_problem(struct speech *sp)
{
	if (sp == NULL)
		return NULL;
	reap(sp);
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
	reap(sp);
	free(sp->cmd);
	free(sp->problem);
	free(sp);
}
