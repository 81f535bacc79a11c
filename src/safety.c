/*
 * safety.c — what to know before stretching, and when to stop. One entry a
 * paragraph or bullet, never wrapped by hand: each front end wraps to fit.
 */
#include "safety.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "conditions.h"
#include "i18n.h"

/*
 * How to tell the app about a condition: after the "ask first" tier, where
 * it ends (the printed sheet stops there).
 */
static const char how_to_set[] = N_("Tick the ones that apply under About your back in the main menu (or run stretchcoach profile): every routine then leaves out what they say to skip, and says why.");
/* The "ask first" tier's heading: its bullets are cut short on a printed sheet. */
static const char ask_first[] = N_("Ask your doctor or physiotherapist first with any of these");

/*
 * The "ask first" bullets, one a condition, each opening with the
 * condition as the first-run checklist names it (conditions_checklist()).
 */
/* TRANSLATORS: %s is the checklist's "Pregnancy, after the first 3 months"; keep the two spaces and the star. */
static const char ask_pregnancy[] = N_("  * %s: joints loosen, so stop short of your full range; stretchcoach leaves out lying on your front, deep twists and stretches to the end of the range, and keeps you flat on your back for no more than about three minutes at a time; if you feel dizzy, faint or sick lying on your back, roll onto your left side. Earlier in a pregnancy, ask your midwife or doctor which moves suit you.");
/* TRANSLATORS: %s is the checklist's "Osteoporosis". */
static const char ask_osteoporosis[] = N_("  * %s: stretchcoach leaves out rounded or loaded forward bends and twists, and rolling on a foam roller. Ask which moves strengthen your bones safely.");
/* TRANSLATORS: %s is the checklist's "A hip replacement". */
static const char ask_hip[] = N_("  * %s: stretchcoach leaves out deep hip bends, crossing the leg over and turning the hip in (pigeon, figure-four). Ask your surgeon when they are cleared.");
/* TRANSLATORS: %s is the checklist's "A knee replacement". */
static const char ask_knee[] = N_("  * %s: stretchcoach leaves out kneeling and stretches that force the knee past a right angle. Ask your surgeon or physiotherapist when you may kneel and how far to bend the knee.");
/* TRANSLATORS: %s is the checklist's "Spinal stenosis (bending back hurts)". */
static const char ask_stenosis[] = N_("  * %s: stretchcoach leaves out back bends held still, under your weight or to the end of the range, and lying on your front. Tick it, too, when bending backwards brings on pain, tingling or numbness in your legs, and ask which movements ease them and how far you may walk.");
/* TRANSLATORS: %s is the checklist's "Sciatica that flared up lately". */
static const char ask_sciatica[] = N_("  * %s, pain shooting down a leg: stretchcoach leaves out straight-leg hamstring stretches and forward folds that pull on the irritated nerve. Ask your physiotherapist which gentle movements calm it.");
/* TRANSLATORS: %s is the checklist's "Surgery in the last 3 months". */
static const char ask_surgery[] = N_("  * %s: stretchcoach offers only walking and quiet breathing (stretchcoach run breathe-and-walk). Do no stretching until your surgical team says you may, and ask them which movements to avoid and for how long.");

/* Each bullet and the condition it opens with. */
static const struct {
	const char *text;
	unsigned cond;
} ask_bullets[] = {
	{ ask_pregnancy, COND_PREGNANCY }, { ask_osteoporosis, COND_OSTEOPOROSIS },
	{ ask_hip, COND_HIP_REPLACEMENT }, { ask_knee, COND_KNEE_REPLACEMENT },
	{ ask_stenosis, COND_SPINAL_STENOSIS }, { ask_sciatica, COND_SCIATICA },
	{ ask_surgery, COND_RECENT_SURGERY },
};
#define NASK (sizeof ask_bullets / sizeof ask_bullets[0])

static const char *const notes[] = {
	N_("Before you start"),
	/* TRANSLATORS: a bullet starts with two spaces and a star; keep them. */
	N_("  * Move slowly into every stretch and hold it still: never bounce."),
	N_("  * Mild pulling is the point; sharp pain is a signal to stop at once."),
	N_("  * Keep breathing. Holding your breath tightens the very muscles you want to ease."),
	N_("  * If you are stiff or cold, warm up first: a short walk or the gentle moves of a morning routine."),
	N_("  * Warmth helps before a deep stretch: a warm shower or a heat pack for 15 minutes."),
	N_("  * Little and often beats long and hard: ten minutes a day is plenty."),
	"",
	N_("Emergency: call your local emergency number (112, 911, 999) now if"),
	N_("  * you feel numb around the genitals, the buttocks or the inner thighs,"),
	N_("  * you cannot pass urine, or lose control of your bladder or bowels,"),
	N_("  * both legs are weak, numb or painful, or one leg is getting weaker,"),
	N_("  * back pain comes with chest pain or shortness of breath,"),
	N_("  * you feel a pulsing or throbbing pain in your belly,"),
	N_("  * with neck pain or after a neck stretch you feel dizzy, see double, suddenly drop to the ground, have trouble speaking or swallowing, or an arm turns weak or your hands clumsy,"),
	N_("  * or the pain began with a fall, a crash or a blow to the back."),
	"",
	N_("See a doctor soon (within days) if back pain comes with"),
	N_("  * a fever, or feeling hot and unwell,"),
	N_("  * weight loss you cannot explain,"),
	N_("  * a history of cancer,"),
	N_("  * pain at night that does not ease however you lie,"),
	N_("  * pain or tingling that runs down a leg below the knee,"),
	N_("  * or a flare-up that has not begun to settle after a few weeks."),
	"",
	N_("See a doctor soon, too, if you have back pain and"),
	N_("  * you take steroid tablets or medicine that suppresses the immune system,"),
	N_("  * you have ever injected drugs,"),
	N_("  * it is new and you are under 20 or over 50,"),
	N_("  * you have osteoporosis and the pain began suddenly: a bone may have cracked,"),
	N_("  * you have had an operation in the last few weeks,"),
	N_("  * or your back is stiff for more than half an hour each morning and eases as you move."),
	"",
	ask_first,
	ask_pregnancy, ask_osteoporosis, ask_hip, ask_knee, ask_stenosis, ask_sciatica, ask_surgery,
	"",
	how_to_set,
	"",
	N_("Backing off, heat and cold"),
	N_("  * On a day when your back is inflamed, sharply painful or clearly worse than usual, skip the stretching: rest, walk gently or run the Flare Day routine, and try again another day."),
	N_("  * For a fresh strain or swelling, use a cold pack wrapped in a cloth, 15 minutes at a time, in the first two days; after that, warmth eases stiffness."),
	N_("  * Never put ice or heat straight on bare skin, and never fall asleep on a heat pad."),
	"",
	N_("stretchcoach is a timer and a guide, not medical advice."),
};

static const char *const hurt[] = {
	/* not "Stopped.": the question after "it hurts" asks whether to stop */
	N_("Ease out of the position slowly and rest."),
	N_("Next time, go less deep or pick a gentler stretch."),
};
/* The red flags after "it hurts" on a stretch of the back, hips or legs. */
static const char *const hurt_back[] = {
	N_("Numbness in the saddle area, bladder trouble or weak legs: emergency care now."),
	N_("Pain down a leg or pain at night: see a doctor soon. More: stretchcoach safety"),
};
/* The red flags after "it hurts" on a neck stretch (the safety page's neck bullet). */
static const char *const hurt_neck[] = {
	N_("Dizziness, double vision, a sudden fall, trouble speaking or swallowing, a weak arm or clumsy hands: emergency care now."),
	N_("Pain at night, a fever or weight loss you cannot explain: see a doctor soon. More: stretchcoach safety"),
};

/* The entries of a table in the message language ("" stays empty: it is no message). */
static const char *const *
translated(const char *const *v, const char **out, size_t n)
{
	for (size_t i = 0; i < n; i++)
		out[i] = v[i][0] != '\0' ? _(v[i]) : v[i];
	return out;
}

/* An "ask first" bullet with its condition named as the checklist names it, or NULL for another entry. */
static const char *
ask_line(const char *entry)
{
	static char lines[NASK][1200];

	for (size_t i = 0; i < NASK; i++)
		if (entry == ask_bullets[i].text) {
			/* the one %s spliced in: the format is a translation, never printf's */
			const char *fmt = _(entry), *at = strstr(fmt, "%s");

			if (at == NULL)
				return fmt;
			snprintf(lines[i], sizeof lines[i], "%.*s%s%s", (int)(at - fmt), fmt,
			    conditions_checklist(ask_bullets[i].cond), at + 2);
			return lines[i];
		}
	return NULL;
}

const char *const *
safety_lines(size_t *n)
{
	static const char *out[sizeof notes / sizeof notes[0]];
	const char *line;

	*n = sizeof notes / sizeof notes[0];
	translated(notes, out, *n);
	for (size_t i = 0; i < *n; i++)
		if ((line = ask_line(notes[i])) != NULL)
			out[i] = line;
	return out;
}

/* Where the tiers are in notes[]: from the emergency heading to the last "ask first" bullet. */
static void
tier_range(size_t all, size_t *first, size_t *end)
{
	for (*first = 0; *first < all && strncmp(notes[*first], "Emergency", 9) != 0; ++*first)
		;
	for (*end = *first; *end < all && notes[*end] != how_to_set; ++*end)
		;
	while (*end > *first && notes[*end - 1][0] == '\0')
		--*end;
}

const char *const *
safety_tier_lines(size_t *n)
{
	size_t all, first, end;
	const char *const *v = safety_lines(&all);

	tier_range(all, &first, &end);
	*n = end - first;
	return v + first;
}

/* A bullet of the "ask first" tier up to its colon: who should ask, not what to skip. */
static const char *
who_asks(const char *bullet, char *buf, size_t size)
{
	const char *colon = strchr(bullet, ':');
	size_t len = colon != NULL ? (size_t)(colon - bullet) : strlen(bullet);

	if (colon == NULL || len >= size)
		return bullet;
	memcpy(buf, bullet, len);
	buf[len] = '\0';
	return buf;
}

const char *const *
safety_sheet_lines(size_t *n)
{
	static const char *out[sizeof notes / sizeof notes[0]];
	static char cut[sizeof notes / sizeof notes[0]][400];
	size_t all, first, end;
	const char *const *v = safety_lines(&all);
	int ask = 0;

	tier_range(all, &first, &end);
	for (size_t i = first; i < end; i++) {
		if (notes[i][0] != ' ')
			ask = notes[i] == ask_first;
		out[i - first] = ask && notes[i][0] == ' ' ? who_asks(v[i], cut[i], sizeof cut[i]) : v[i];
	}
	*n = end - first;
	return out;
}

/* The upper body: a neck stretch working nothing below it gets the neck's red flags alone. */
#define NECK_ONLY (AREA_NECK | AREA_SHOULDERS | AREA_UPPER_BACK | AREA_CHEST | AREA_WRISTS)

const char *const *
safety_hurt_lines(unsigned areas, size_t *n)
{
	static const char *out[2 + 2 + 2];
	bool neck = (areas & AREA_NECK) != 0, back = !neck || (areas & ~NECK_ONLY) != 0;

	*n = 0;
	for (size_t i = 0; i < 2; i++)
		out[(*n)++] = _(hurt[i]);
	for (size_t i = 0; neck && i < 2; i++)
		out[(*n)++] = _(hurt_neck[i]);
	for (size_t i = 0; back && i < 2; i++)
		out[(*n)++] = _(hurt_back[i]);
	return out;
}
