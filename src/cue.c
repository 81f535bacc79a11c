/* cue.c — the words that describe a step, in the user's language. */
#include "cue.h"

#include <stdbool.h>
#include <stdio.h>

#include "i18n.h"

char *
cue_dose(char *buf, size_t size, const struct cue_dose *d, enum cue_style style)
{
	char amount[64], sided[128], dose[192];

	if (d->reps > 0)
		/* TRANSLATORS: %d is the number of repetitions (10): the dose of a stretch, on screen
		   and said aloud. */
		snprintf(amount, sizeof amount, ngettext("%d rep", "%d reps", (unsigned long)d->reps), d->reps);
	else if (style == CUE_SPOKEN)
		/* TRANSLATORS: %d is the seconds of a hold (30), said aloud by the speech command:
		   write the word out, no abbreviation. */
		snprintf(amount, sizeof amount, ngettext("%d second", "%d seconds", (unsigned long)d->hold),
		    d->hold);
	else
		/* TRANSLATORS: seconds of a hold, as shown on screen ("30 s"). */
		snprintf(amount, sizeof amount, _("%d s"), d->hold);
	if (d->each_side)
		/* TRANSLATORS: %s is an amount, "30 s" or "10 reps". */
		snprintf(sided, sizeof sided, _("%s each side"), amount);
	else
		snprintf(sided, sizeof sided, "%s", amount);
	if (style == CUE_HOLD && d->reps == 0)
		/* TRANSLATORS: %s is "30 s" or "30 s each side". */
		snprintf(dose, sizeof dose, _("Hold %s"), sided);
	else
		snprintf(dose, sizeof dose, "%s", sided);
	if (d->sets > 1 && style != CUE_SPOKEN)
		/* TRANSLATORS: %s is the amount per set, "30 s each side"; %d the number of sets. */
		snprintf(buf, size, ngettext("%s, %d set", "%s, %d sets", (unsigned long)d->sets), dose,
		    d->sets);
	else
		snprintf(buf, size, "%s", dose);
	return buf;
}

const char *
cue_side(enum step_side side)
{
	return side == SIDE_LEFT ? _("Left side") : side == SIDE_RIGHT ? _("Right side") : "";
}

const char *
cue_side_clause(enum step_side side)
{
	/* TRANSLATORS: added to a line such as "Hold 30 s"; keep the leading comma and space. */
	return side == SIDE_LEFT ? _(", left side") : side == SIDE_RIGHT ? _(", right side") : "";
}

const char *
cue_breath(enum breath_phase b)
{
	return b == BREATH_IN ? _("Breathe in") : b == BREATH_OUT ? _("Breathe out") : "";
}

const char *
cue_switch(void)
{
	return _("Switch sides");
}

char *
cue_rep(char *buf, size_t size, int rep, int reps)
{
	/* TRANSLATORS: The current repetition, then how many there are ("Rep 3 of 10"): the
	   heading of the coaching screen, and the plain session's lines. */
	snprintf(buf, size, _("Rep %d of %d"), rep, reps);
	return buf;
}

char *
cue_set(char *buf, size_t size, int set, int sets)
{
	/* TRANSLATORS: The current set, then how many there are ("Set 2 of 3"): the heading of
	   the coaching screen. */
	snprintf(buf, size, _("Set %d of %d"), set, sets);
	return buf;
}

char *
cue_set_clause(char *buf, size_t size, int set, int sets)
{
	if (sets > 1)
		/* TRANSLATORS: added to a line such as "Hold 30 s, left side"; keep the leading comma. */
		snprintf(buf, size, _(", set %d of %d"), set, sets);
	else if (size > 0)
		*buf = '\0';
	return buf;
}

/*
 * Getting into a start position, by where the stretch before left the
 * person: [0] from the floor, [1] from a chair or standing (seated here is
 * sitting on the floor; a chair stretch is said apart).
 */
static const char *const get_into[START_COUNT][2] = {
	[START_BACK] = { N_("roll onto your back"), N_("lie down on your back") },
	[START_FRONT] = { N_("turn onto your front"), N_("lie down on your front") },
	[START_SIDE] = { N_("roll onto your side"), N_("lie down on your side") },
	[START_ALL_FOURS] = { N_("come onto all fours"), N_("get down onto all fours") },
	[START_KNEELING] = { N_("come up to kneeling"), N_("kneel down on the floor") },
	[START_SEATED] = { N_("sit up on the floor"), N_("sit down on the floor") },
	[START_STANDING] = { N_("stand up"), N_("stand up") },
};

/* Staying where the stretch before left the person. */
static const char *const stay_in[START_COUNT] = {
	[START_BACK] = N_("stay on your back"), [START_FRONT] = N_("stay on your front"),
	[START_SIDE] = N_("stay on your side"), [START_ALL_FOURS] = N_("stay on all fours"),
	[START_KNEELING] = N_("stay kneeling"), [START_SEATED] = N_("stay seated"),
	[START_STANDING] = N_("stay standing"),
};

/* Without a start position ("start" not given): by the position alone. */
static const char *
get_into_position(const struct stretch *from, const struct stretch *to)
{
	bool floor = from != NULL && from->position == POS_FLOOR;

	if (to->position == POS_FLOOR)
		return floor ? _("stay on the floor") : _("down on the floor");
	return to->position == POS_SEATED ? _("sit down") : _("stand up");
}

const char *
cue_get_into(const struct stretch *from, const struct stretch *to)
{
	enum stretch_start was = from != NULL ? from->start : START_STANDING;
	enum stretch_position pos = from != NULL ? from->position : POS_STANDING;

	if (to->start == START_NONE || (from != NULL && was == START_NONE))
		return get_into_position(from, to);
	if (from != NULL && was == to->start && pos == to->position)
		return _(stay_in[to->start]);
	if (to->start == START_SEATED && to->position == POS_SEATED)
		return _("sit down on a chair");
	return _(get_into[to->start][pos == POS_FLOOR ? 0 : 1]);
}
