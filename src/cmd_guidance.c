/* cmd_guidance.c — careful suggestions from the check-ins, as main-menu lead entries. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "catalogue.h"
#include "cmd.h"
#include "diag.h"
#include "frontend.h"
#include "history.h"
#include "paths.h"
#include "plan.h"
#include "text.h"
#include "whatworks.h"

/* The routine a hard day is offered, when the catalogue has it. */
#define FLARE_ROUTINE "flare-day"
/* The doctor line is shown at most once in this many days. */
#define ADVICE_EVERY_DAYS 7

static const char doctor_line[] =
    "If pain runs down a leg, comes with numbness, tingling or weakness, is worse "
    "at night, or does not settle within a few days, see a doctor soon.";

/* Why the check-ins suggest a gentle day, or NULL when they do not. */
static const char *
reason(const struct whatworks *w)
{
	if (whatworks_high_run(w))
		return "Your last three check-ins began at 7 or more out of 10.";
	if (whatworks_rising(w))
		return "Your tension before sessions has been rising over the last two weeks.";
	return NULL;
}

bool
cmd_guidance_lead(const struct catalogue *c, const struct whatworks *w,
    struct frontend_lead *lead, char *label, size_t lsize, char *desc, size_t dsize,
    bool *advice)
{
	const struct routine *r = catalogue_find_routine(c, FLARE_ROUTINE);
	const char *why = reason(w);
	char len[32];
	struct plan *p;

	*advice = false;
	if (why == NULL)
		return false;
	*advice = w->advice_day == LONG_MIN || w->today - w->advice_day >= ADVICE_EVERY_DAYS;
	if (r != NULL) {
		p = plan_new(r);
		text_duration(len, sizeof len, p->total_s);
		plan_free(p);
		snprintf(label, lsize, "A gentler day: %s%s%s", r->name, cmd_separator(), len);
		snprintf(desc, dsize, "%s On days like these, slow and gentle movement usually "
		    "helps more than deep holds, and %s is made for them.%s%s", why, r->name,
		    *advice ? " " : "", *advice ? doctor_line : "");
	} else {
		snprintf(label, lsize, "A gentler day");
		snprintf(desc, dsize, "%s On days like these, pick a short, gentle routine and "
		    "stop anything that hurts.%s%s", why, *advice ? " " : "",
		    *advice ? doctor_line : "");
	}
	/* advice to read: open the menu on it */
	*lead = (struct frontend_lead){ label, desc, r, *advice };
	return true;
}

void
cmd_guidance_advice_shown(void)
{
	struct history_record rec;
	char *path = paths_history_file(), *cause;

	if (path == NULL)
		return;
	history_record_init(&rec);
	rec.event = HEV_ADVICE_SHOWN;
	rec.routine = xstrdup(FLARE_ROUTINE);
	rec.started = rec.ended = time(NULL);
	/* a note that advice was shown; not worth failing the menu for */
	if (history_append(path, &rec, &cause) == -1)
		free(cause);
	history_record_done(&rec);
	free(path);
}
