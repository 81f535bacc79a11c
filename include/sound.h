/* sound.h — which sound each moment of a session makes (no I/O: a front end plays it). */
#ifndef SC_SOUND_H
#define SC_SOUND_H

#include <stdbool.h>
#include <stdint.h>

#include "session.h"

/* The events that sound, each with its own sound from the theme. */
enum sound_event {
	SOUND_NONE,
	SOUND_HOLD_START,     /* a hold or a set of reps begins */
	SOUND_SWITCH_SIDES,   /* change to the other side */
	SOUND_LAST_SECONDS,   /* each of a hold's last 3 seconds */
	SOUND_STRETCH_END,    /* a stretch is over; the next one (or a rest) follows */
	SOUND_ROUTINE_END,    /* the routine is complete (not when quit) */
	SOUND_BREAK_OFFER,    /* remind: time for a break */
	SOUND_NEVENTS,
};

/* Seconds before a hold ends at which the countdown sounds begin. */
#define SOUND_COUNTDOWN_S 3

/* What sound_follow() remembers between calls. Start it with sound_cues_init(). */
struct sound_cues {
	const struct step *step;   /* the step of the last view */
	int64_t count;             /* the countdown second last sounded, or 0 */
	bool ended;                /* the routine's end has sounded */
};

void sound_cues_init(struct sound_cues *t);

/*
 * The sound for this view, given what sounded before: call it with every
 * view a front end computes; it returns each event once, SOUND_NONE otherwise.
 */
enum sound_event sound_follow(struct sound_cues *t, const struct session_view *v);

/* The freedesktop sound-theme event id for ev ("complete", "message"...). */
const char *sound_theme_id(enum sound_event ev);

/* True when ev rings the terminal bell where no sound theme plays (the quieter events do not). */
bool sound_rings_bell(enum sound_event ev);

#endif
