/* app_guidance.c — careful suggestions from the check-ins, as main-menu lead entries. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "catalogue.h"
#include "clock.h"
#include "diag.h"
#include "frontend.h"
#include "history.h"
#include "i18n.h"
#include "paths.h"
#include "text.h"
#include "today.h"
#include "whatworks.h"

/* The tag of the weekly advice's history event. */
#define FLARE_ROUTINE "flare-day"
/* The doctor line is shown at most once in this many days. */
#define ADVICE_EVERY_DAYS 7

static const char doctor_line[] =
    N_("See a doctor soon if pain or tingling runs down a leg below the knee, pain at night "
    "does not ease however you lie, or a flare-up has not begun to settle after a few "
    "weeks (more: stretchcoach safety).");

/* Why the check-ins suggest a gentle day, or NULL when they do not. */
static const char *
reason(const struct whatworks *w)
{
	if (whatworks_high_run(w))
		return _("Your last three check-ins began at 7 or more out of 10.");
	if (whatworks_rising(w))
		return _("Your tension before sessions has been rising over the last two weeks.");
	return NULL;
}

bool
app_guidance_lead(const struct catalogue *c, const struct whatworks *w,
    const struct today_needs *needs,
    struct frontend_lead *lead, char *label, size_t lsize, char *desc, size_t dsize,
    bool *advice)
{
	const struct routine *r = today_gentler(c, needs);   /* what runs for this person */
	const char *why = reason(w);
	char len[32];
	struct today *p;

	*advice = false;
	if (why == NULL)
		return false;
	*advice = w->advice_day == LONG_MIN || w->today - w->advice_day >= ADVICE_EVERY_DAYS;
	if (r != NULL) {
		p = today_plan(r, needs);
		text_duration(len, sizeof len, today_seconds(p));
		today_free(p);
		/* TRANSLATORS: A line of the main menu. The first %s is a gentle routine's name, the
		   second a separator (" · " or " - "), the third its length ("8 min"). Keep it short:
		   it is cut at the menu's width. */
		snprintf(label, lsize, _("A gentler day: %s%s%s"), r->name, app_separator(), len);
		/* TRANSLATORS: The first %s is a sentence saying why ("Your last three check-ins began
		   at 7 or more out of 10."), the second the gentle routine's name; the last two are a
		   space and a sentence of advice to see a physiotherapist or doctor, or both empty. */
		snprintf(desc, dsize, _("%s On days like these, slow and gentle movement usually "
		    "helps more than deep holds, and %s is made for them.%s%s"), why, r->name,
		    *advice ? " " : "", *advice ? _(doctor_line) : "");
	} else {
		snprintf(label, lsize, "%s", _("A gentler day"));
		/* TRANSLATORS: The first %s is a sentence saying why ("Your last three check-ins began
		   at 7 or more out of 10."); the last two are a space and a sentence of advice to see
		   a physiotherapist or doctor, or both empty. */
		snprintf(desc, dsize, _("%s On days like these, pick a short, gentle routine and "
		    "stop anything that hurts.%s%s"), why, *advice ? " " : "",
		    *advice ? _(doctor_line) : "");
	}
	/* advice to read: open the menu on it */
	*lead = (struct frontend_lead){ label, desc, r, *advice, NULL, NULL };
	return true;
}

void
app_guidance_advice_shown(void)
{
	struct history_record rec;
	char *path = paths_history_file(), *cause;

	if (path == NULL)
		return;
	history_record_init(&rec);
	rec.event = HEV_ADVICE_SHOWN;
	rec.routine = xstrdup(FLARE_ROUTINE);
	rec.started = rec.ended = clock_wall();
	/* a note that advice was shown; not worth failing the menu for */
	if (history_append(path, &rec, &cause) == -1)
		free(cause);
	history_record_done(&rec);
	free(path);
}

int
app_guidance_stretch_back(const char *const *ids, size_t n)
{
	char *path = paths_history_file(), *cause = NULL;
	int failed = path == NULL ? -1 : 0;

	for (size_t i = 0; path != NULL && i < n; i++) {
		struct history_record rec;

		history_record_init(&rec);
		rec.event = HEV_STRETCH_BACK;
		rec.routine = xstrdup(ids[i]);
		rec.stretch = xstrdup(ids[i]);
		rec.started = rec.ended = clock_wall();
		if (history_append(path, &rec, &cause) == -1) {
			free(cause);
			cause = NULL;
			failed = -1;
		}
		history_record_done(&rec);
	}
	free(path);
	return failed;
}

/* s without a character cut short at its end (snprintf cuts by bytes). */
static void
whole(char *s)
{
	s[text_utf8_prefix(s, strlen(s))] = '\0';
}

/* Bring every swapped stretch back: a stretch-back event each; *arg is the struct app_swaps. */
static const char *
bring_back(void *arg)
{
	struct app_swaps *sw = arg;

	if (sw->n == 0)
		return _("Already back in your routines.");
	if (!sw->asked) {
		/* one key, maybe the habit of a first line, must not undo what two hurts decided */
		sw->asked = true;
		if (sw->label != NULL)
			/* TRANSLATORS: the menu line after it was picked once; %s is the stretch names. */
			snprintf(sw->label, sw->lsize, ngettext("Bring back %s? Pick this line again to "
			    "confirm", "Bring back %s? Pick this line again to confirm", sw->n), sw->names);
		if (sw->label != NULL)
			whole(sw->label);
		return ngettext("It hurt twice lately. Pick this line again to bring it back.",
		    "They hurt twice lately. Pick this line again to bring them back.", sw->n);
	}
	if (app_guidance_stretch_back(sw->ids, sw->n) == -1)
		return _("Could not note that in the history; the swap stays for now.");
	if (sw->back != NULL)
		for (size_t i = 0; i < sw->n; i++)
			sw->back(sw->back_arg, sw->ids[i]);
	sw->n = 0;   /* from the next routine on, this run too */
	if (sw->label != NULL) {
		snprintf(sw->label, sw->lsize, _("Brought back: %s"), sw->names);
		whole(sw->label);
	}
	if (sw->desc != NULL)
		snprintf(sw->desc, sw->dsize, "%s", _("Back in your routines from the next one. Go "
		    "gently, and stop at once if it hurts."));
	return _("Back in your routines from the next one. Go gently, and stop at once if it hurts.");
}

bool
app_guidance_swap_lead(const struct catalogue *c, struct app_swaps *sw,
    struct frontend_lead *lead, char *label, size_t lsize, char *desc, size_t dsize)
{
	char *names = sw->names;
	size_t used = 0;

	names[0] = '\0';
	for (size_t i = 0; i < sw->n && used < sizeof sw->names; i++) {
		const struct stretch *s = catalogue_find_stretch(c, sw->ids[i]);
		char *safe = text_safe(s != NULL ? s->name : sw->ids[i]);

		used += (size_t)snprintf(names + used, sizeof sw->names - used, "%s%s",
		    i == 0 ? "" : i + 1 == sw->n ? _(" and ") : ", ", safe);
		free(safe);
	}
	whole(names);
	if (sw->n == 0)
		return false;
	/* TRANSLATORS: A line of the main menu. %s is the names of the stretches that were
	   swapped (the plural follows how many). Keep it short: it is cut at the menu's width. */
	snprintf(label, lsize, ngettext("Swapped for an easier one: %s (pick twice to bring it back)",
	    "Swapped for an easier one: %s (pick twice to bring them back)", sw->n), names);
	/* TRANSLATORS: %s is the names of the stretches (the plural follows how many). "this
	   hurts" is the session's key of that name: use the same words as its translation. */
	snprintf(desc, dsize, ngettext("%s was marked \"this hurts\" twice in the last two weeks, so every "
	    "routine uses an easier variation instead, or leaves it out. Picking this line twice "
	    "brings it back.", "%s were marked \"this hurts\" twice in the last two weeks, so every "
	    "routine uses an easier variation instead, or leaves them out. Picking this line twice "
	    "brings them back.", sw->n), names);
	whole(label);
	whole(desc);
	sw->label = label;
	sw->lsize = lsize;
	sw->desc = desc;
	sw->dsize = dsize;
	sw->asked = false;
	*lead = (struct frontend_lead){ label, desc, NULL, false, bring_back, sw };
	return true;
}
