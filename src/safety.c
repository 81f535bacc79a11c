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
	"  * Warmth helps before a deep stretch: a warm shower or a heat pack for 15 minutes.",
	"  * Little and often beats long and hard: ten minutes a day is plenty.",
	"",
	"Emergency: call your local emergency number (112, 911, 999) now if",
	"  * you feel numb around the genitals, the buttocks or the inner thighs,",
	"  * you cannot pass urine, or lose control of your bladder or bowels,",
	"  * both legs are weak, numb or painful, or one leg is getting weaker,",
	"  * or the pain began with a fall, a crash or a blow to the back.",
	"",
	"See a doctor soon (within days) if back pain comes with",
	"  * a fever, or feeling hot and unwell,",
	"  * weight loss you cannot explain,",
	"  * a history of cancer,",
	"  * pain at night that does not ease however you lie,",
	"  * pain or tingling that runs down a leg below the knee,",
	"  * or a flare-up that has not begun to settle after a few weeks.",
	"",
	"Ask your doctor or physiotherapist first if",
	"  * you are pregnant: joints loosen, so stop short of your full range; skip lying on your front and deep twists, and after the first three months do not lie flat on your back for long.",
	"  * you have osteoporosis: skip rounded or loaded forward bends, deep twists and rolling on a foam roller.",
	"  * you have had a hip replacement: skip deep hip bends and crossing the leg over (pigeon, figure-four) unless your surgeon has cleared them.",
	"",
	"In config.json, \"conditions\": [\"osteoporosis\"] (or \"pregnancy\", \"hip-replacement\") leaves the stretches to avoid out of every routine.",
	"",
	"Backing off, heat and cold",
	"  * If your back feels inflamed, sharp or suddenly worse than usual, rest, take an easy walk or try the Flare Day routine; stretch fully another day.",
	"  * For a fresh strain or swelling, use a cold pack wrapped in a cloth, 15 minutes at a time, in the first two days; after that, warmth eases stiffness.",
	"  * Never put ice or heat straight on bare skin, and never fall asleep on a heat pad.",
	"",
	"stretchcoach is a timer and a guide, not medical advice.",
};

static const char *const hurt[] = {
	"Stopped. Ease out of the position slowly and rest.",
	"Next time, go less deep or pick a gentler stretch.",
	"Numbness in the saddle area, bladder trouble or weak legs: emergency care now.",
	"Pain down a leg or pain at night: see a doctor soon. More: stretchcoach safety",
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
