/* plan.c — a routine expanded into timed steps. */
#include "plan.h"

#include <stdbool.h>
#include <stdlib.h>

#include "diag.h"
#include "i18n.h"

const struct plan_pace plan_pace_default = {
	.ready = 5, .floor = 10, .setup = 5,
	.switch_s = 5, .deep_switch = 8,
	.set_rest = 5, .strength_rest = 15,
	.turn = 10,
};

/* Equipment that takes setting up (a roller placed, a towel rolled, a ball found). */
#define SETUP_EQUIPMENT (EQUIP_FOAM_ROLLER | EQUIP_TOWEL | EQUIP_BLOCK | EQUIP_BALL)

struct builder_state {
	struct plan *p;
	size_t cap;
	const struct plan_pace *pace;
};

/*
 * Changes of start position that turn the whole body over on the floor, or
 * get up from it or down to it: these take `turn`, the rest `ready`. Rows
 * are where the last stretch started, columns the next one's (enum
 * stretch_start; START_NONE's are unused: a stretch without a start goes by
 * its position alone).
 */
static const bool turns_over[START_COUNT][START_COUNT] = {
	/*          none back front side fours kneel seated standing */
	[START_BACK] =      { 0, 0, 1, 0, 1, 1, 1, 1 },
	[START_FRONT] =     { 0, 1, 0, 0, 1, 1, 1, 1 },
	[START_SIDE] =      { 0, 0, 0, 0, 1, 1, 1, 1 },
	[START_ALL_FOURS] = { 0, 1, 1, 1, 0, 0, 1, 1 },
	[START_KNEELING] =  { 0, 1, 1, 1, 0, 0, 1, 1 },
	[START_SEATED] =    { 0, 1, 1, 1, 1, 1, 0, 0 },
	[START_STANDING] =  { 0, 1, 1, 1, 1, 1, 0, 0 },
};

int
plan_ready_seconds(const struct routine *r, size_t i, const struct plan_pace *pace)
{
	const struct stretch *s = r->items[i].stretch;
	const struct stretch *prev = i > 0 ? r->items[i - 1].stretch : NULL;
	enum stretch_position from = prev != NULL ? prev->position : POS_STANDING;
	enum stretch_start start = prev != NULL ? prev->start : START_STANDING;
	unsigned had = prev != NULL ? prev->equipment : 0;
	int t = pace->ready;

	if ((from == POS_FLOOR) != (s->position == POS_FLOOR))
		t = pace->floor;
	if (start != START_NONE && s->start != START_NONE && turns_over[start][s->start] &&
	    t < pace->turn)
		t = pace->turn;   /* from all fours onto the back, say */
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

/* Whether s is done lying on the back. */
static bool
on_back(const struct stretch *s)
{
	return s->movement.lying == LYING_BACK || s->start == START_BACK;
}

bool
plan_step_supine(const struct plan *p, size_t k)
{
	const struct step *st = &p->steps[k];
	const struct routine *r = p->routine;

	if (st->kind == STEP_REST && st->set == 0)   /* between stretches: still lying there */
		return st->item > 0 && on_back(r->items[st->item - 1].stretch);
	return on_back(st->stretch);
}

size_t
plan_supine_over(const struct plan *p, int limit)
{
	long run = 0;

	for (size_t k = 0; limit > 0 && k < p->nsteps; k++) {
		const struct step *st = &p->steps[k];

		if (!plan_step_supine(p, k)) {
			run = 0;
			continue;
		}
		run += st->seconds;
		if (run > limit)
			return st->kind == STEP_REST && st->set == 0 ? st->item - 1 : st->item;
	}
	return p->routine->nitems;
}

long
plan_longest_supine(const struct plan *p)
{
	long run = 0, most = 0;

	for (size_t k = 0; k < p->nsteps; k++) {
		run = plan_step_supine(p, k) ? run + p->steps[k].seconds : 0;
		if (run > most)
			most = run;
	}
	return most;
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
