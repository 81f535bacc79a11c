/*
 * builder_retry.c — a build that keeps its time: the limit on the time on
 * the back (pregnancy) may leave stretches out of a composed routine, and
 * the time with them; it is composed again without them.
 */
#include "builder.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builder_int.h"
#include "diag.h"

/* How many times a build short of its time for the limit on the back is made again. */
#define SUPINE_RETRIES 4

/* How far b's time is from target: under it counts once, over it twice. */
static long
miss(const struct built *b, long target)
{
	long t = built_total(b);

	return t <= target ? target - t : (t - target) * 2;
}

/*
 * The limit on the back left stretches out after the routine was made and
 * the time fell short (pregnancy: 8 minutes of core work came out as 1):
 * made again without them, so the time goes to stretches that keep the
 * limit; the build nearest the time asked is kept.
 */
static struct built *
build_best(const struct catalogue *c, const struct build_request *req, char **cause)
{
	struct build_request again = *req;
	const char **avoid = xcalloc(req->navoid + 1, sizeof *avoid);
	const struct stretch **lost = NULL;
	long target = (long)req->minutes * 60;
	size_t nlost = 0;
	struct built *b, *best = NULL;
	char *why = NULL;

	if (req->navoid > 0)
		memcpy(avoid, req->avoid, req->navoid * sizeof *avoid);
	again.avoid = avoid;
	for (int tries = 0;; tries++) {
		free(lost);
		lost = NULL;
		b = builder_compose(c, &again, best == NULL ? cause : &why, &lost, &nlost);
		free(why);
		why = NULL;
		if (b == NULL)
			break;
		if (best == NULL || miss(b, target) < miss(best, target)) {
			built_free(best);
			best = b;
		} else {
			built_free(b);
		}
		if (nlost == 0 || built_total(best) >= target * (1 - BUILT_UNDER) || tries == SUPINE_RETRIES)
			break;
		avoid = xreallocarray(avoid, again.navoid + nlost + 1, sizeof *avoid);
		for (size_t i = 0; i < nlost; i++)
			avoid[again.navoid++] = lost[i]->id;
		again.avoid = avoid;
	}
	free(lost);
	free(avoid);
	return best;
}

struct built *
builder_build(const struct catalogue *c, const struct build_request *req, char **cause)
{
	long target = (long)req->minutes * 60;
	struct built *b = build_best(c, req, cause);

	if (b == NULL)
		return NULL;
	built_name(b, req);
	built_finish(b, "built");
	if (b->seconds > target || b->seconds < target * (1 - BUILT_UNDER)) {
		/* what the limit on the back left out, and then how much time these constraints allow */
		char *time = built_time_note(b, req), *both;

		both = b->note == NULL ? time : xasprintf("%s %s", b->note, time);
		if (both != time)
			free(time);
		free(b->note);
		b->note = both;
	}
	return b;
}
