/* builder_step.c — the next step of a routine that has gone well: longer holds, harder moves. */
#include "builder.h"
#include "builder_int.h"

#include <stdlib.h>

#include "diag.h"
#include "i18n.h"

/* The harder variation of item it, with that stretch's own dose; it itself when there is none. */
static struct routine_item
harder_item(const struct catalogue *c, const struct routine_item *it, bool *swapped)
{
	const struct stretch *h = it->stretch->harder != NULL ?
	    catalogue_find_stretch(c, it->stretch->harder) : NULL;

	*swapped = h != NULL;
	if (h == NULL)
		return *it;
	return (struct routine_item){ h, h->hold, h->reps, h->sets };
}

struct built *
builder_step_up(const struct routine *r, const struct catalogue *c)
{
	struct built *b = built_new(r->nitems);
	char *harder = NULL;
	int longer = 0;

	b->routine.time = r->time;
	b->routine.rest = r->rest;
	for (size_t i = 0; i < r->nitems; i++) {
		bool swapped;
		struct routine_item it = harder_item(c, &r->items[i], &swapped);
		int lo, hi;

		if (swapped) {
			built_add_name(&harder, it.stretch->name);
		} else if (built_is_hold(&it)) {
			builder_hold_bounds(it.stretch, it.hold, &lo, &hi);
			if (it.hold + BUILDER_HOLD_STEP <= hi) {
				it.hold += BUILDER_HOLD_STEP;
				longer++;
			}
		}
		built_insert(b, b->n, it, it.hold);
	}
	b->name = xstrdup(r->name);
	b->description = xstrdup(r->description);
	built_finish(b, r->id);
	if (harder != NULL)
		/* TRANSLATORS: %d is the seconds added to each hold (5); %s is a list of the harder
		   variations' names. */
		b->note = xasprintf(_("One step up: holds %d s longer where the stretch allows it, "
		    "and the harder variation: %s."), BUILDER_HOLD_STEP, harder);
	else if (longer > 0)
		/* TRANSLATORS: %d is the seconds added to each hold (5). */
		b->note = xasprintf(_("One step up: holds %d s longer where the stretch allows it."),
		    BUILDER_HOLD_STEP);
	free(harder);
	return b;
}
