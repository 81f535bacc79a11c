/*
 * ui_hurt.c — the choice after "it hurts", as both front ends ask it: stop
 * here, go on without the stretches that load the back the same way, or go
 * on as planned; and the summary's words about what was chosen.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "frontend.h"
#include "i18n.h"
#include "safety.h"
#include "session.h"

char *
frontend_state_names(const struct session *s, enum item_state st, size_t *count)
{
	const struct routine *r = session_plan(s)->routine;
	char *out = xstrdup("");

	*count = 0;
	for (size_t i = 0; i < r->nitems; i++) {
		char *next;

		if (session_item_state(s, i) != st)
			continue;
		next = xasprintf("%s%s%s", out, *count > 0 ? ", " : "", r->items[i].stretch->name);
		free(out);
		out = next;
		(*count)++;
	}
	return out;
}

/* The names of the stretches session_alike() gives for item (malloc'd), and how many. */
static char *
alike_names(const struct session *s, size_t item, size_t *count)
{
	const struct routine *r = session_plan(s)->routine;
	size_t n = session_alike(s, item, NULL, 0), *v = xreallocarray(NULL, n + 1, sizeof *v);
	char *out = xstrdup("");

	session_alike(s, item, v, n);
	for (size_t i = 0; i < n; i++) {
		char *next = xasprintf("%s%s%s", out, i > 0 ? ", " : "", r->items[v[i]].stretch->name);

		free(out);
		out = next;
	}
	free(v);
	*count = n;
	return out;
}

void
frontend_hurt_ask_init(struct frontend_hurt_ask *a, const struct session *s, size_t item)
{
	size_t n, nalike;
	const char *const *advice = safety_hurt_lines(
	    session_plan(s)->routine->items[item].stretch->areas, &n);
	char *names = alike_names(s, item, &nalike);
	size_t pending = 0;

	for (size_t i = item + 1; i < session_plan(s)->routine->nitems; i++)
		pending += session_item_state(s, i) == ITEM_PENDING;
	/* without them nothing would be left: that is stopping, and only stop says so */
	if (nalike == pending)
		nalike = 0;
	*a = (struct frontend_hurt_ask){ .nalike = nalike };
	a->lines[a->nlines++] = xstrdup(advice[0]);
	a->lines[a->nlines++] = xstrdup(_("Stop here, or go on?"));
	a->answers[a->nanswers++] = xstrdup(_("stop here: the session ends and is kept as stopped"));
	if (nalike > 0)
		a->answers[a->nanswers++] = xasprintf(
		    /* TRANSLATORS: %s names the stretches to leave out; the line is an answer chosen with w. */
		    ngettext("go on without %s: it loads your back the same way",
		    "go on without %s: they load your back the same way", (unsigned long)nalike), names);
	a->answers[a->nanswers++] = xstrdup(_("go on as planned"));
	snprintf(a->keys, sizeof a->keys, "%s", nalike > 0 ? "swg" : "sg");
	for (size_t i = 2; i < n && a->nafter < sizeof a->after / sizeof a->after[0]; i++)
		a->after[a->nafter++] = advice[i];
	free(names);
}

void
frontend_hurt_ask_done(struct frontend_hurt_ask *a)
{
	for (size_t i = 0; i < a->nlines; i++)
		free(a->lines[i]);
	for (size_t i = 0; i < a->nanswers; i++)
		free(a->answers[i]);
	*a = (struct frontend_hurt_ask){ 0 };
}

const char *
frontend_hurt_ask_keys(const struct frontend_hurt_ask *a)
{
	return a->nalike > 0 ? _("s stop   w without   g or Esc go on") : _("s stop   g or Esc go on");
}

enum after_hurt
frontend_hurt_choice(const struct frontend_hurt_ask *a, int answer)
{
	if (answer < 0 || (size_t)answer >= a->nanswers)
		return AFTER_HURT_AS_PLANNED;
	return answer == 0 ? AFTER_HURT_STOP : a->keys[answer] == 'w' ? AFTER_HURT_WITHOUT :
	    AFTER_HURT_AS_PLANNED;
}

enum after_hurt
frontend_hurt_answer(const struct frontend_hurt_ask *a, int key)
{
	const char *hit;

	if (key == '\n' || key == '\r' || key == ' ' || key == FRONTEND_KEY_ESC)
		return AFTER_HURT_AS_PLANNED;
	if (key >= '1' && (size_t)(key - '1') < a->nanswers)
		return frontend_hurt_choice(a, key - '1');
	if (key > 0 && key < 128 && (hit = strchr(a->keys, tolower(key))) != NULL)
		return frontend_hurt_choice(a, (int)(hit - a->keys));
	return AFTER_HURT_NONE;
}

char *
frontend_after_hurt_text(const struct session *s)
{
	size_t n;
	char *names, *out;

	switch (session_hurt_choice(s)) {
	case AFTER_HURT_STOP:
		return xstrdup(_("After it hurt, you chose to stop there."));
	case AFTER_HURT_AS_PLANNED:
		return xstrdup(_("After it hurt, you chose to go on as planned."));
	case AFTER_HURT_WITHOUT:
		names = frontend_state_names(s, ITEM_LEFT_OUT, &n);
		/* TRANSLATORS: %s names the stretches left out after "it hurts". */
		out = xasprintf(ngettext("After it hurt, you went on without %s, which loads your back the "
		    "same way.", "After it hurt, you went on without %s, which load your back the same way.",
		    (unsigned long)n), names);
		free(names);
		return out;
	case AFTER_HURT_NONE:
		break;
	}
	return NULL;
}
