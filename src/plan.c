/* plan.c — a routine expanded into timed steps. */
#include "plan.h"

#include <stdlib.h>

#include "diag.h"

struct builder_state {
	struct plan *p;
	size_t cap;
};

static void
push(struct builder_state *b, struct step st)
{
	struct plan *p = b->p;

	if (st.seconds <= 0)
		return;
	if (p->nsteps == b->cap) {
		b->cap = b->cap ? b->cap * 2 : 32;
		p->steps = xreallocarray(p->steps, b->cap, sizeof *p->steps);
	}
	st.start_s = p->total_s;
	p->steps[p->nsteps++] = st;
	p->total_s += st.seconds;
	if (st.kind == STEP_HOLD || st.kind == STEP_REPS)
		p->work_s += st.seconds;
}

/* The steps of one item: rest (between stretches), get ready, then sets x sides. */
static void
expand_item(struct builder_state *b, const struct routine *r, size_t i)
{
	const struct routine_item *it = &r->items[i];
	const struct stretch *s = it->stretch;
	struct step base = { .stretch = s, .item = i, .sets = it->sets };
	int nsides = s->each_side ? 2 : 1;

	if (i > 0 && r->rest > 0) {
		struct step rest = base;

		rest.kind = STEP_REST;
		rest.seconds = r->rest;
		push(b, rest);
	}
	base.kind = STEP_READY;
	base.seconds = PLAN_READY_S;
	base.set = 1;
	push(b, base);
	for (int set = 1; set <= it->sets; set++) {
		if (set > 1) {
			struct step rest = base;

			rest.kind = STEP_REST;
			rest.set = set;
			rest.seconds = PLAN_SET_REST_S;
			push(b, rest);
		}
		for (int side = 0; side < nsides; side++) {
			struct step work = base;

			if (side == 1) {
				struct step sw = base;

				sw.kind = STEP_SWITCH;
				sw.set = set;
				sw.side = SIDE_RIGHT;
				sw.seconds = PLAN_SWITCH_S;
				push(b, sw);
			}
			work.set = set;
			work.side = s->each_side ? (side == 0 ? SIDE_LEFT : SIDE_RIGHT) : SIDE_NONE;
			if (it->reps > 0) {
				work.kind = STEP_REPS;
				work.reps = it->reps;
				work.rep_seconds = s->rep_seconds;
				work.seconds = it->reps * s->rep_seconds;
			} else {
				work.kind = STEP_HOLD;
				work.seconds = it->hold;
			}
			push(b, work);
		}
	}
}

struct plan *
plan_new(const struct routine *r)
{
	struct builder_state b = { xcalloc(1, sizeof *b.p), 0 };

	b.p->routine = r;
	for (size_t i = 0; i < r->nitems; i++)
		expand_item(&b, r, i);
	return b.p;
}

void
plan_free(struct plan *p)
{
	if (p == NULL)
		return;
	free(p->steps);
	free(p);
}

size_t
plan_item_first_step(const struct plan *p, size_t item)
{
	for (size_t i = 0; i < p->nsteps; i++)
		if (p->steps[i].item == item && p->steps[i].kind == STEP_READY)
			return i;
	return p->nsteps;
}

const char *
plan_step_kind_name(enum step_kind k)
{
	static const char *const names[] = { "Get ready", "Hold", "Reps", "Switch sides", "Rest" };

	return names[k];
}
