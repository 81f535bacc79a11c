/* plan.c — a routine expanded into timed steps. */
#include "plan.h"

#include <stdlib.h>

#include "diag.h"
#include "i18n.h"

const struct plan_pace plan_pace_default = {
	.ready = 5, .floor = 10, .setup = 5,
	.switch_s = 5, .deep_switch = 8,
	.set_rest = 5, .strength_rest = 15,
};

/* Equipment that takes setting up (a roller placed, a towel rolled, a ball found). */
#define SETUP_EQUIPMENT (EQUIP_FOAM_ROLLER | EQUIP_TOWEL | EQUIP_BLOCK | EQUIP_BALL)

struct builder_state {
	struct plan *p;
	size_t cap;
	const struct plan_pace *pace;
};

int
plan_ready_seconds(const struct routine *r, size_t i, const struct plan_pace *pace)
{
	const struct stretch *s = r->items[i].stretch;
	enum stretch_position from = i > 0 ? r->items[i - 1].stretch->position : POS_STANDING;
	unsigned had = i > 0 ? r->items[i - 1].stretch->equipment : 0;
	int t = pace->ready;

	if ((from == POS_FLOOR) != (s->position == POS_FLOOR))
		t = pace->floor;
	if (s->level == LEVEL_DEEP && s->kind == KIND_STATIC && t < pace->floor)
		t = pace->floor;   /* settling into pigeon or a lizard takes a moment */
	if (s->equipment & SETUP_EQUIPMENT & ~had)
		t += pace->setup;
	return t;
}

/* Seconds to change sides: longer where the whole body turns round. */
static int
switch_seconds(const struct stretch *s, const struct plan_pace *pace)
{
	if ((s->level == LEVEL_DEEP && s->kind == KIND_STATIC) || s->kind == KIND_RELEASE)
		return pace->deep_switch;
	return pace->switch_s;
}

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
	base.seconds = plan_ready_seconds(r, i, b->pace);
	base.set = 1;
	push(b, base);
	for (int set = 1; set <= it->sets; set++) {
		if (set > 1) {
			struct step rest = base;

			rest.kind = STEP_REST;
			rest.set = set;
			rest.seconds = s->kind == KIND_STRENGTH ? b->pace->strength_rest : b->pace->set_rest;
			push(b, rest);
		}
		for (int side = 0; side < nsides; side++) {
			struct step work = base;

			if (side == 1) {
				struct step sw = base;

				sw.kind = STEP_SWITCH;
				sw.set = set;
				sw.side = SIDE_RIGHT;
				sw.seconds = switch_seconds(s, b->pace);
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
	return plan_new_paced(r, NULL);
}

struct plan *
plan_new_paced(const struct routine *r, const struct plan_pace *pace)
{
	struct builder_state b = { xcalloc(1, sizeof *b.p), 0, pace ? pace : &plan_pace_default };

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
	/* TRANSLATORS: a step's name, also the label left of its progress bar: keep it short. */
	static const char *const names[] = { N_("Get ready"), N_("Hold"), N_("Reps"), N_("Switch sides"),
	    N_("Rest") };

	return _(names[k]);
}
