/* cue.c — the words that describe a step, in the user's language. */
#include "cue.h"

#include <stdio.h>

#include "i18n.h"

char *
cue_dose(char *buf, size_t size, const struct cue_dose *d, enum cue_style style)
{
	char amount[64], sided[128], dose[192];

	if (d->reps > 0)
		snprintf(amount, sizeof amount, ngettext("%d rep", "%d reps", (unsigned long)d->reps), d->reps);
	else if (style == CUE_SPOKEN)
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
	snprintf(buf, size, _("Rep %d of %d"), rep, reps);
	return buf;
}

char *
cue_set(char *buf, size_t size, int set, int sets)
{
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
