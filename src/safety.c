/*
 * safety.c — what to know before stretching, and when to stop. One entry a
 * paragraph or bullet, never wrapped by hand: each front end wraps to fit.
 */
#include "safety.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "paths.h"
#include "text.h"

/* The note on the config file: its entry in notes[] is filled in with the file's path. */
/* TRANSLATORS: %s is the config file's path, e.g. ~/.config/stretchcoach/config.json. */
static const char config_note[] = N_("In your config file, %s, \"conditions\": [\"osteoporosis\"] (or any of \"pregnancy\", \"hip-replacement\", \"knee-replacement\", \"spinal-stenosis\", \"sciatica\", \"recent-surgery\") leaves out of every routine what moves in a way to avoid with them, and says why.");
#define CONFIG_NOTE_MARK "config-note"
/* The "ask first" tier's heading: its bullets are cut short on a printed sheet. */
static const char ask_first[] = N_("Ask your doctor or physiotherapist first if");

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
	N_("  * you are pregnant: joints loosen, so stop short of your full range; skip lying on your front and deep twists, and after the first three months do not lie flat on your back for long."),
	N_("  * you have osteoporosis: skip rounded or loaded forward bends, deep twists and rolling on a foam roller."),
	N_("  * you have had a hip replacement: skip deep hip bends and crossing the leg over (pigeon, figure-four) unless your surgeon has cleared them."),
	N_("  * you have had a knee replacement: with \"knee-replacement\" set, stretchcoach leaves out kneeling and stretches that force the knee past a right angle. Ask your surgeon or physiotherapist when you may kneel and how far to bend the knee."),
	N_("  * you have spinal stenosis, or bending backwards brings on pain, tingling or numbness in the legs: with \"spinal-stenosis\" set, stretchcoach leaves out back bends and lying on your front. Ask which movements ease your symptoms and how far you may walk."),
	N_("  * you have acute sciatica, pain shooting down a leg: with \"sciatica\" set, stretchcoach leaves out straight-leg hamstring stretches and forward folds that pull on the irritated nerve. Ask your physiotherapist which gentle movements calm it."),
	N_("  * you have had an operation recently: with \"recent-surgery\" set, stretchcoach offers only walking and quiet breathing (stretchcoach run breathe-and-walk). Do no stretching until your surgical team says you may, and ask them which movements to avoid and for how long."),
	"",
	CONFIG_NOTE_MARK,
	"",
	N_("Backing off, heat and cold"),
	N_("  * On a day when your back is inflamed, sharply painful or clearly worse than usual, skip the stretching: rest, walk gently or run the Flare Day routine, and try again another day."),
	N_("  * For a fresh strain or swelling, use a cold pack wrapped in a cloth, 15 minutes at a time, in the first two days; after that, warmth eases stiffness."),
	N_("  * Never put ice or heat straight on bare skin, and never fall asleep on a heat pad."),
	"",
	N_("stretchcoach is a timer and a guide, not medical advice."),
};

static const char *const hurt[] = {
	N_("Stopped. Ease out of the position slowly and rest."),
	N_("Next time, go less deep or pick a gentler stretch."),
	N_("Numbness in the saddle area, bladder trouble or weak legs: emergency care now."),
	N_("Pain down a leg or pain at night: see a doctor soon. More: stretchcoach safety"),
};

/* The entries of a table in the message language ("" stays empty: it is no message). */
static const char *const *
translated(const char *const *v, const char **out, size_t n)
{
	for (size_t i = 0; i < n; i++)
		out[i] = v[i][0] != '\0' ? _(v[i]) : v[i];
	return out;
}

/* The config note with the path the program reads (under $HOME shown as ~/...). */
static const char *
config_line(void)
{
	static char line[1200];
	char *path = paths_config_file(), *safe;
	const char *home = getenv("HOME"), *shown = path != NULL ? path : "config.json";
	size_t hl = home != NULL ? strlen(home) : 0;
	char tilde[900];

	if (path != NULL && hl > 1 && strncmp(path, home, hl) == 0 && path[hl] == '/') {
		snprintf(tilde, sizeof tilde, "~%s", path + hl);
		shown = tilde;
	}
	safe = text_safe(shown);
	snprintf(line, sizeof line, _(config_note), safe);
	free(safe);
	free(path);
	return line;
}

const char *const *
safety_lines(size_t *n)
{
	static const char *out[sizeof notes / sizeof notes[0]];

	*n = sizeof notes / sizeof notes[0];
	translated(notes, out, *n);
	for (size_t i = 0; i < *n; i++)
		if (strcmp(notes[i], CONFIG_NOTE_MARK) == 0)
			out[i] = config_line();
	return out;
}

/* Where the tiers are in notes[]: from the emergency heading to the last "ask first" bullet. */
static void
tier_range(size_t all, size_t *first, size_t *end)
{
	for (*first = 0; *first < all && strncmp(notes[*first], "Emergency", 9) != 0; ++*first)
		;
	for (*end = *first; *end < all && strcmp(notes[*end], CONFIG_NOTE_MARK) != 0; ++*end)
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

const char *const *
safety_hurt_lines(size_t *n)
{
	static const char *out[sizeof hurt / sizeof hurt[0]];

	*n = sizeof hurt / sizeof hurt[0];
	return translated(hurt, out, *n);
}
