/* sound.c — the session's events mapped to sounds you can tell apart. */
#include "sound.h"

#include <stddef.h>

#include "plan.h"

/* Ids from the freedesktop sound naming spec, each with a file in the default theme. */
static const char *const theme_ids[SOUND_NEVENTS] = {
	[SOUND_NONE] = NULL,
	[SOUND_HOLD_START] = "message-new-instant",
	[SOUND_SWITCH_SIDES] = "window-question",
	[SOUND_LAST_SECONDS] = "audio-volume-change",
	[SOUND_STRETCH_END] = "message",
	[SOUND_ROUTINE_END] = "complete",
	[SOUND_BREAK_OFFER] = "bell",
};

void
sound_cues_init(struct sound_cues *t)
{
	t->step = NULL;
	t->count = 0;
	t->ended = false;
}

static bool
is_work(const struct step *st)
{
	return st != NULL && (st->kind == STEP_HOLD || st->kind == STEP_REPS);
}

/* The sound of entering step st after step prev (NULL at the start). */
static enum sound_event
step_sound(const struct step *prev, const struct step *st)
{
	if (is_work(prev) && st->item != prev->item)
		return SOUND_STRETCH_END;
	switch (st->kind) {
	case STEP_HOLD:
	case STEP_REPS:
		return SOUND_HOLD_START;
	case STEP_SWITCH:
		return SOUND_SWITCH_SIDES;
	case STEP_READY:
	case STEP_REST:
		break;
	}
	return SOUND_NONE;
}

enum sound_event
sound_follow(struct sound_cues *t, const struct session_view *v)
{
	if (v->finished) {
		if (t->ended || v->quit)
			return SOUND_NONE;
		t->ended = true;
		return SOUND_ROUTINE_END;
	}
	if (v->step != t->step) {
		const struct step *prev = t->step;

		t->step = v->step;
		t->count = 0;
		return step_sound(prev, v->step);
	}
	/* a countdown only where it helps: a hold long enough to have one */
	if (v->step->kind == STEP_HOLD && !v->paused && v->step_total_ms > 2 * SOUND_COUNTDOWN_S * 1000 &&
	    v->step_left_ms > 0 && v->step_left_ms <= SOUND_COUNTDOWN_S * 1000) {
		int64_t count = (v->step_left_ms + 999) / 1000;

		if (count != t->count) {
			t->count = count;
			return SOUND_LAST_SECONDS;
		}
	}
	return SOUND_NONE;
}

const char *
sound_theme_id(enum sound_event ev)
{
	return ev > SOUND_NONE && ev < SOUND_NEVENTS ? theme_ids[ev] : NULL;
}

bool
sound_rings_bell(enum sound_event ev)
{
	return ev == SOUND_HOLD_START || ev == SOUND_SWITCH_SIDES || ev == SOUND_ROUTINE_END ||
	    ev == SOUND_BREAK_OFFER;
}
