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

/* The words that open a step. */
static void
say_step(struct speech *sp, const struct session_view *v)
{
	const struct step *st = v->step;
	const char *side = st->side == SIDE_LEFT ? "Left side. " : st->side == SIDE_RIGHT ? "Right side. " : "";
	char buf[200];

	switch (st->kind) {
	case STEP_READY:
		snprintf(buf, sizeof buf, "Next: %s.", st->stretch->name);
		break;
	case STEP_HOLD:
		snprintf(buf, sizeof buf, "%s%s, %d seconds.", side, st->stretch->name, st->seconds);
		break;
	case STEP_REPS:
		snprintf(buf, sizeof buf, "%s%s, %d reps.", side, st->stretch->name, st->reps);
		break;
	case STEP_SWITCH:
		snprintf(buf, sizeof buf, "Switch sides.");
		break;
	case STEP_REST:
		snprintf(buf, sizeof buf, "Rest.");
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
