/* followup.c — the next-day check, from the history's sessions and answers. */
#include "followup.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "history.h"

static const char *const answer_names[FOLLOWUP_ANSWERS] = {
	"better", "same", "worse", "skipped",
};

const char *followup_answer_name(enum followup_answer a) { return answer_names[a]; }

int
followup_answer_parse(const char *s)
{
	for (int i = 0; i < FOLLOWUP_ANSWERS; i++)
		if (strcmp(s, answer_names[i]) == 0)
			return i;
	return -1;
}

void
followup_init(struct followup *f)
{
	memset(f, 0, sizeof *f);
}

void
followup_done(struct followup *f)
{
	free(f->routine);
	free(f->programme);
	for (size_t i = 0; i < f->nreplies; i++)
		free(f->replies[i].routine);
	free(f->replies);
	followup_init(f);
}

/* A session that counts (history_record_counts: a stretch completed), not a preview. */
static bool
counted(const struct history_record *r)
{
	return history_record_counts(r) && r->speed == 1;
}

static void
add_reply(struct followup *f, const struct history_record *r)
{
	if (f->nreplies == FOLLOWUP_KEEP) {
		free(f->replies[0].routine);
		memmove(f->replies, f->replies + 1, (f->nreplies - 1) * sizeof *f->replies);
		f->nreplies--;
	}
	if (f->nreplies == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 16;
		f->replies = xreallocarray(f->replies, f->cap, sizeof *f->replies);
	}
	f->replies[f->nreplies++] = (struct followup_reply){ xstrdup(r->routine), r->started,
	    (enum followup_answer)r->answer };
}

void
followup_feed(void *arg, const struct history_record *r)
{
	struct followup *f = arg;

	if (counted(r) && (f->routine == NULL || r->ended >= f->ended)) {
		free(f->routine);
		free(f->programme);
		f->routine = xstrdup(r->routine);
		f->started = r->started;
		f->ended = r->ended;
		f->programme = NULL;
		f->day = 0;
	} else if (r->event == HEV_PROGRAMME_DAY && f->routine != NULL && r->programme != NULL &&
	    strcmp(r->routine, f->routine) == 0 && r->started >= f->started) {
		/* the day the newest session completed (logged right after it) */
		free(f->programme);
		f->programme = xstrdup(r->programme);
		f->day = r->day;
	} else if (r->event == HEV_NEXT_DAY && r->answer >= 0) {
		add_reply(f, r);
	}
}

void
followup_feed_back(void *arg, const struct history_record *r)
{
	struct followup *f = arg;

	/* the newest of equal ends is the one further on in the file: met first here */
	if (counted(r) && (f->routine == NULL || r->ended > f->ended)) {
		free(f->routine);
		f->routine = xstrdup(r->routine);
		f->started = r->started;
		f->ended = r->ended;
	} else if (r->event == HEV_NEXT_DAY && r->answer >= 0 && f->nreplies < FOLLOWUP_KEEP) {
		add_reply(f, r);
	}
}

void
followup_feed_back_done(struct followup *f)
{
	for (size_t i = 0, j = f->nreplies; i + 1 < j; i++, j--) {
		struct followup_reply tmp = f->replies[i];

		f->replies[i] = f->replies[j - 1];
		f->replies[j - 1] = tmp;
	}
}

bool
followup_due(const struct followup *f, time_t now)
{
	if (f->routine == NULL || now - f->ended < FOLLOWUP_WAIT_S ||
	    now - f->ended > FOLLOWUP_MAX_AGE_S)
		return false;
	for (size_t i = 0; i < f->nreplies; i++)
		if (f->replies[i].about == f->started && strcmp(f->replies[i].routine, f->routine) == 0)
			return false;
	return true;
}

void
followup_event(struct history_record *r, const struct followup *f, enum followup_answer a,
    time_t now)
{
	r->event = HEV_NEXT_DAY;
	r->routine = xstrdup(f->routine);
	r->started = f->started;
	r->ended = now;
	r->answer = (int)a;
	if (f->programme != NULL) {
		r->programme = xstrdup(f->programme);
		r->day = f->day;
	}
}

size_t
followup_answers(const struct followup *f, const char *routine, enum followup_answer *out,
    size_t n)
{
	size_t all = 0;

	for (size_t i = 0; i < f->nreplies; i++) {
		if (f->replies[i].answer == FOLLOWUP_SKIPPED || strcmp(f->replies[i].routine, routine) != 0)
			continue;
		if (n > 0) {
			/* keep the newest n: shift the oldest out */
			if (all >= n)
				memmove(out, out + 1, (n - 1) * sizeof *out);
			out[all < n ? all : n - 1] = f->replies[i].answer;
		}
		all++;
	}
	return all;
}

enum followup_response
followup_response(const struct followup *f, const char *routine)
{
	enum followup_answer last[3];
	size_t n = followup_answers(f, routine, last, 3);

	if (n > 3)
		n = 3;
	if (n >= 2 && last[n - 1] == FOLLOWUP_WORSE && last[n - 2] == FOLLOWUP_WORSE)
		return FOLLOWUP_EASE_OFF;
	if (n == 3 && last[0] == FOLLOWUP_BETTER && last[1] == FOLLOWUP_BETTER &&
	    last[2] == FOLLOWUP_BETTER)
		return FOLLOWUP_STEP_UP;
	return FOLLOWUP_KEEP_ON;
}
