/*
 * safety.c — what to know before stretching, and when to stop. One entry a
 * paragraph or bullet, never wrapped by hand: each front end wraps to fit.
 */
#include "safety.h"

static const char *const notes[] = {
	"Before you start",
	"  * Move slowly into every stretch and hold it still: never bounce.",
	"  * Mild pulling is the point; sharp pain is a signal to stop at once.",
	"  * Keep breathing. Holding your breath tightens the very muscles you want to ease.",
	"  * If you are stiff or cold, warm up first: a short walk or the gentle moves of a morning routine.",
	"  * Little and often beats long and hard: ten minutes a day is plenty.",
	"",
	"Back off when",
	"  * your back feels inflamed, sharp or suddenly worse than usual. Rest, use ice, or take an easy walk instead, and try again another day.",
	"",
	"Red flags: stop and see a doctor or physiotherapist if",
	"  * pain runs down a leg,",
	"  * you feel numbness or tingling,",
	"  * the pain gets worse at night,",
	"  * or a sudden flare-up does not settle within a few days.",
	"",
	"stretchcoach is a timer and a guide, not medical advice.",
};

static const char *const hurt[] = {
	"Stopped. Ease out of the position slowly and rest.",
	"Next time, go less deep or pick a gentler stretch.",
	"Pain down a leg, numbness, or pain worse at night: see a professional.",
};

const char *const *
safety_lines(size_t *n)
{
	*n = sizeof notes / sizeof notes[0];
	return notes;
}

const char *const *
safety_hurt_lines(size_t *n)
{
	*n = sizeof hurt / sizeof hurt[0];
	return hurt;
}
