/* session.c — the coaching engine. Pure: no I/O, no clock, no curses. */
#include "session.h"

#include <stdlib.h>

#include <string.h>

#include "diag.h"

struct session {
	const struct plan *plan;
	struct session_opts opts;
	size_t step;             /* current step; plan->nsteps once finished */
	int64_t step_start;      /* session time the step began (moved on by pauses) */
	int64_t deadline;        /* session time the step ends */
	int64_t adjust_ms;       /* every +/- adjustment so far */
	int64_t step_adjust_ms;  /* the adjustments to the current step */
	bool paused;
	int64_t paused_at;
	bool finished, quit;
	enum after_hurt after_hurt;
	size_t last_hurt;        /* the item session_hurt() marked last */
	int64_t active_ms;       /* time spent in finished work steps */
	bool held;               /* a HOLD or REPS step has begun */
	int64_t first_work;      /* session time the first hold or reps began; -1 before */
	int64_t last_work_end;   /* session time the last one left ended */
	enum item_state *items;
	size_t *last_work;       /* per item: index of its last HOLD/REPS step */
};

static bool
is_work(const struct step *st)
{
	return st->kind == STEP_HOLD || st->kind == STEP_REPS;
}

/* The time commands act at: a paused session is frozen at the pause. */
static int64_t
effective(const struct session *s, int64_t now)
{
	return s->paused ? s->paused_at : now;
}

static void
enter_step(struct session *s, size_t idx, int64_t start)
{
	/* stretches left out after a hurt, and the one that hurt, are passed over, their lead-in rest too */
	while (idx < s->plan->nsteps && (s->items[s->plan->steps[idx].item] == ITEM_LEFT_OUT ||
	    s->items[s->plan->steps[idx].item] == ITEM_HURT))
		idx = plan_item_first_step(s->plan, s->plan->steps[idx].item + 1);
	s->step = idx;
	s->step_start = start;
	s->step_adjust_ms = 0;
	if (idx >= s->plan->nsteps) {
		s->step = s->plan->nsteps;
		s->finished = true;
		s->deadline = start;
		return;
	}
	s->deadline = start + (int64_t)s->plan->steps[idx].seconds * 1000;
	if (is_work(&s->plan->steps[idx]))
		s->held = true;
	if (s->first_work < 0 && is_work(&s->plan->steps[idx]))
		s->first_work = start;
}

/* Count the time spent in the current work step up to t, as the step is left. */
static void
leave_step(struct session *s, int64_t t)
{
	const struct step *st;
	int64_t spent;

	if (s->finished)
		return;
	st = &s->plan->steps[s->step];
	if (!is_work(st))
		return;
	spent = (t < s->deadline ? t : s->deadline) - s->step_start;
	if (spent > 0)
		s->active_ms += spent;
	s->last_work_end = t < s->deadline ? t : s->deadline;
}

struct session *
session_new(const struct plan *p, const struct session_opts *o, int64_t now)
{
	struct session *s = xcalloc(1, sizeof *s);
	size_t nitems = p->routine->nitems;

	s->plan = p;
	s->opts = *o;
	if (s->opts.breath_in_ms <= 0)
		s->opts.breath_in_ms = 4000;
	if (s->opts.breath_out_ms <= 0)
		s->opts.breath_out_ms = 6000;
	s->items = xcalloc(nitems ? nitems : 1, sizeof *s->items);
	s->last_work = xcalloc(nitems ? nitems : 1, sizeof *s->last_work);
	s->first_work = -1;
	for (size_t i = 0; i < p->nsteps; i++)
		if (is_work(&p->steps[i]))
			s->last_work[p->steps[i].item] = i;
	enter_step(s, 0, now);
	return s;
}

void
session_free(struct session *s)
{
	if (s == NULL)
		return;
	free(s->items);
	free(s->last_work);
	free(s);
}

unsigned
session_tick(struct session *s, int64_t now)
{
	const struct step *st;

	if (s->finished || s->paused || now < s->deadline)
		return 0;
	st = &s->plan->steps[s->step];
	leave_step(s, s->deadline);
	if (is_work(st) && s->last_work[st->item] == s->step && s->items[st->item] != ITEM_HURT)
		s->items[st->item] = ITEM_DONE;
	/* the next step starts exactly at this one's deadline: no drift */
	enter_step(s, s->step + 1, s->deadline);
	return SESSION_EV_STEP | (s->finished ? SESSION_EV_FINISHED : 0);
}

unsigned
session_pause(struct session *s, int64_t now)
{
	if (s->finished || s->paused)
		return 0;
	s->paused = true;
	s->paused_at = now < s->deadline ? now : s->deadline;
	return 0;
}

unsigned
session_resume(struct session *s, int64_t now)
{
	int64_t shift;

	if (!s->paused)
		return 0;
	shift = now - s->paused_at;
	s->step_start += shift;
	s->deadline += shift;
	s->paused = false;
	return 0;
}

unsigned
session_toggle_pause(struct session *s, int64_t now)
{
	return s->paused ? session_resume(s, now) : session_pause(s, now);
}

/* Jump to the get-ready step of item (or finish past the last), at time t. */
static unsigned
jump_to_item(struct session *s, size_t item, int64_t t)
{
	leave_step(s, t);
	enter_step(s, plan_item_first_step(s->plan, item), t);
	return SESSION_EV_STEP | (s->finished ? SESSION_EV_FINISHED : 0);
}

/* A rest that leads into item k (not a rest between sets). */
static bool
is_lead_in(const struct step *st)
{
	return st->kind == STEP_REST && st->set == 0;
}

unsigned
session_skip(struct session *s, int64_t now)
{
	const struct step *st;

	if (s->finished)
		return 0;
	st = &s->plan->steps[s->step];
	if (is_lead_in(st))
		return jump_to_item(s, st->item, effective(s, now));
	if (s->items[st->item] == ITEM_PENDING)
		s->items[st->item] = ITEM_SKIPPED;
	return jump_to_item(s, st->item + 1, effective(s, now));
}

unsigned
session_back(struct session *s, int64_t now)
{
	size_t item;

	if (s->finished)
		return 0;
	/* back to the one before, passing over what was left out and what hurt; none: this one again */
	size_t at = s->plan->steps[s->step].item;

	for (item = at; item-- > 0;)
		if (s->items[item] != ITEM_LEFT_OUT && s->items[item] != ITEM_HURT)
			return jump_to_item(s, item, effective(s, now));
	return jump_to_item(s, at, effective(s, now));
}

size_t
session_hurt_item(const struct session *s)
{
	return s->finished ? s->plan->routine->nitems : s->plan->steps[s->step].item;
}

bool
session_skip_ends_rest(const struct session *s)
{
	return !s->finished && is_lead_in(&s->plan->steps[s->step]);
}

unsigned
session_hurt(struct session *s, int64_t now)
{
	size_t item;

	if (s->finished)
		return 0;
	/* in a rest or a get-ready, the stretch on screen is the one coming: it is marked */
	item = session_hurt_item(s);
	s->items[item] = ITEM_HURT;
	s->last_hurt = item;
	return jump_to_item(s, item + 1, effective(s, now));
}

bool
session_adjust(struct session *s, int64_t now, int delta_s)
{
	int64_t t = effective(s, now), to, floor_at = t + 1000;

	if (s->finished || s->plan->steps[s->step].kind != STEP_HOLD)
		return false;
	to = s->deadline + (int64_t)delta_s * 1000;
	if (delta_s < 0 && to < floor_at)
		to = s->deadline > floor_at ? floor_at : s->deadline;
	s->adjust_ms += to - s->deadline;
	s->step_adjust_ms += to - s->deadline;
	s->deadline = to;
	return true;
}

/* The spinal directions that say how a stretch loads the back ("neutral" loads it no way). */
static unsigned
loads(const struct stretch *x)
{
	return x->movement.spine & ~(unsigned)SPINE_NEUTRAL;
}

/* A stretch's family (its id when it has none). */
static const char *
family(const struct stretch *x)
{
	return x->family != NULL ? x->family : x->id;
}

/* Whether item i, still to come, loads the back as item hurt does. */
static bool
alike(const struct session *s, size_t hurt, size_t i)
{
	const struct stretch *x = s->plan->routine->items[i].stretch;
	const struct stretch *h = s->plan->routine->items[hurt].stretch;

	return i > hurt && s->items[i] == ITEM_PENDING &&
	    (strcmp(family(x), family(h)) == 0 || (loads(x) & loads(h)) != 0);
}

size_t
session_alike(const struct session *s, size_t item, size_t *out, size_t max)
{
	size_t n = 0;

	for (size_t i = item + 1; item < s->plan->routine->nitems && i < s->plan->routine->nitems; i++) {
		if (!alike(s, item, i))
			continue;
		if (out != NULL && n < max)
			out[n] = i;
		n++;
	}
	return n;
}

unsigned
session_after_hurt(struct session *s, enum after_hurt a, int64_t now)
{
	/* how careful each answer is: the session keeps the most careful one given */
	static const int care[] = {
		[AFTER_HURT_NONE] = 0, [AFTER_HURT_AS_PLANNED] = 1, [AFTER_HURT_WITHOUT] = 2,
		[AFTER_HURT_STOP] = 3,
	};
	size_t nitems = s->plan->routine->nitems, item;

	if (care[a] >= care[s->after_hurt])
		s->after_hurt = a;
	if (a == AFTER_HURT_STOP)
		return session_quit(s, now);
	if (a != AFTER_HURT_WITHOUT || s->finished || s->last_hurt >= nitems)
		return 0;
	for (size_t i = nitems; i-- > s->last_hurt + 1;)
		if (alike(s, s->last_hurt, i))
			s->items[i] = ITEM_LEFT_OUT;
	/* on a stretch now left out: on to the next one still to do */
	item = s->plan->steps[s->step].item;
	if (s->items[item] == ITEM_LEFT_OUT)
		return jump_to_item(s, item, effective(s, now));
	return 0;
}

enum after_hurt session_hurt_choice(const struct session *s) { return s->after_hurt; }

/* Whether the session is inside the current stretch, past its get-ready. */
static bool
mid_stretch(const struct session *s)
{
	const struct step *st = &s->plan->steps[s->step];

	return st->kind != STEP_READY && !is_lead_in(st);
}

unsigned
session_quit(struct session *s, int64_t now)
{
	int64_t t = effective(s, now);

	if (s->finished)
		return 0;
	if (mid_stretch(s) && s->items[s->plan->steps[s->step].item] == ITEM_PENDING)
		s->items[s->plan->steps[s->step].item] = ITEM_STOPPED;
	leave_step(s, t);
	s->quit = true;
	s->finished = true;
	s->paused = false;
	return SESSION_EV_FINISHED;
}

/* The shortest breath phase a hold is cut into, in ms. */
#define PHASE_MIN_MS 2000
/* How far a breath may be stretched or squeezed so a hold is whole breaths, in ms. */
#define PACE_SLACK_MS 2000

/* A hold cut into whole breaths: n breaths of in + out, the last one last_in + last_out. */
struct breaths {
	int n;
	int64_t in, out, last_in, last_out;
};

/* Split a breath of `len` ms in the proportion in:out. */
static void
split(int64_t len, int64_t in, int64_t out, int64_t *a, int64_t *b)
{
	*a = len * in / (in + out);
	/* neither half under PHASE_MIN_MS when the breath is long enough for two */
	if (len >= 2 * PHASE_MIN_MS && *a < PHASE_MIN_MS)
		*a = PHASE_MIN_MS;
	if (len >= 2 * PHASE_MIN_MS && len - *a < PHASE_MIN_MS)
		*a = len - PHASE_MIN_MS;
	*b = len - *a;
}

/*
 * Fit breaths of in + out into a hold of total ms: the same number of even
 * breaths when the pace moves by no more than PACE_SLACK_MS; otherwise
 * breaths at the pace and a last one that takes the rest (merged into the
 * one before when the rest is too short to be a breath of its own).
 */
static void
fit_breaths(int64_t total, int64_t in, int64_t out, struct breaths *b)
{
	int64_t cycle = in + out, rest;
	int n = (int)(total / cycle);

	/* fewer, slower breaths first: a stretch is no place to hurry the breath */
	for (int k = n < 1 ? 1 : n; k <= n + 1; k++) {
		int64_t per = total / k;

		if (llabs(per - cycle) <= PACE_SLACK_MS && per * in / cycle >= PHASE_MIN_MS &&
		    per - per * in / cycle >= PHASE_MIN_MS) {
			b->n = k;
			split(per, in, out, &b->in, &b->out);
			split(total - per * (k - 1), in, out, &b->last_in, &b->last_out);
			return;
		}
	}
	b->n = n;
	rest = total - (int64_t)n * cycle;
	if (n == 0 || rest >= 2 * PHASE_MIN_MS)
		b->n++;
	else
		rest += cycle;
	b->in = in;
	b->out = out;
	split(rest, in, out, &b->last_in, &b->last_out);
}

/* Set the phase of v from position pos in a breath of in + out. */
static void
set_phase(struct session_view *v, const struct stretch *x, int64_t pos, int64_t in, int64_t out)
{
	if (pos < in) {
		v->breath = BREATH_IN;
		v->phase_ms = in;
		v->phase_elapsed_ms = pos;
		v->cue = x->cue_in;
	} else {
		v->breath = BREATH_OUT;
		v->phase_ms = out;
		v->phase_elapsed_ms = pos - in;
		v->cue = x->cue_out;
	}
}

/*
 * True when each repetition is one breath: the stretch gives its own
 * breath, or it is a dynamic one (moved with the breath) or drawn breathing
 * (frames), and its repetition is long enough for two phases. Leg swings
 * are too quick to breathe with.
 */
static bool
breathed_reps(const struct stretch *x, int64_t rep_ms)
{
	return x->breath_in > 0 ||
	    ((x->kind == KIND_DYNAMIC || x->frame_in.n > 0) && rep_ms >= 2 * PHASE_MIN_MS);
}

/*
 * Repetitions at e ms: one breath each (breathed_reps()); else counted, in
 * two halves for its cues, and the breath is free.
 */
static void
reps_at(const struct step *st, int64_t e, int64_t in, int64_t out, struct session_view *v)
{
	const struct stretch *x = st->stretch;
	int64_t rep = (int64_t)st->rep_seconds * 1000, a, b;

	v->reps = st->reps;
	v->rep = (int)(e / rep) + 1;
	if (v->rep > v->reps)
		v->rep = v->reps;
	if (!breathed_reps(x, rep)) {
		/* two halves, for the cues of a swing forward and back */
		int64_t pos = e - (int64_t)(v->rep - 1) * rep, half = rep / 2;

		v->phase_ms = pos < half ? half : rep - half;
		v->phase_elapsed_ms = pos < half ? pos : pos - half;
		v->cue = pos < half ? x->cue_in : x->cue_out;
		return;
	}
	split(rep, in, out, &a, &b);
	set_phase(v, x, e - (int64_t)(v->rep - 1) * rep, a, b);
}

/* Breathing for a work step at elapsed e ms: the phase, its length and progress. */
static void
breath_at(const struct session *s, const struct step *st, int64_t e, int64_t total,
    struct session_view *v)
{
	const struct stretch *x = st->stretch;
	int64_t in = x->breath_in > 0 ? x->breath_in * 1000 : s->opts.breath_in_ms;
	int64_t out = x->breath_out > 0 ? x->breath_out * 1000 : s->opts.breath_out_ms;
	struct breaths b;
	int64_t start;

	if (st->kind == STEP_REPS) {
		reps_at(st, e, in, out, v);
		return;
	}
	fit_breaths(total, in, out, &b);
	v->breath_count = b.n;
	v->breath_n = (int)(e / (b.in + b.out)) + 1;
	if (v->breath_n >= b.n) {
		v->breath_n = b.n;
		start = (int64_t)(b.n - 1) * (b.in + b.out);
		set_phase(v, x, e - start, b.last_in, b.last_out);
	} else
		set_phase(v, x, e % (b.in + b.out), b.in, b.out);
}

/* The plan's length with every +/- so far: what the screen counts down from. */
static int64_t
planned_ms(const struct session *s)
{
	return (int64_t)s->plan->total_s * 1000 + s->adjust_ms;
}

void
session_view(const struct session *s, int64_t now, struct session_view *v)
{
	const struct plan *p = s->plan;
	int64_t t = effective(s, now), e;
	const struct step *st;

	*v = (struct session_view){ 0 };
	v->nitems = p->routine->nitems;
	v->paused = s->paused;
	v->finished = s->finished;
	v->quit = s->quit;
	v->routine_total_ms = planned_ms(s);
	for (size_t i = 0; i < v->nitems; i++)
		v->items_done += s->items[i] == ITEM_DONE;
	v->step_index = s->step;
	if (s->finished) {
		v->item = v->nitems;
		v->routine_elapsed_ms = v->routine_total_ms;
		return;
	}
	st = v->step = &p->steps[s->step];
	v->next = s->step + 1 < p->nsteps ? &p->steps[s->step + 1] : NULL;
	v->item = st->item;
	if (t > s->deadline)
		t = s->deadline;
	e = t - s->step_start;
	if (e < 0)
		e = 0;
	v->step_total_ms = s->deadline - s->step_start;
	v->step_left_ms = s->deadline - t;
	v->routine_elapsed_ms = st->start_s * 1000 + (s->adjust_ms - s->step_adjust_ms) + e;
	if (v->routine_elapsed_ms > v->routine_total_ms)
		v->routine_elapsed_ms = v->routine_total_ms;
	v->routine_left_ms = v->routine_total_ms - v->routine_elapsed_ms;
	if (is_work(st))
		breath_at(s, st, e, v->step_total_ms, v);
}

int64_t
session_next_change(const struct session *s, int64_t now)
{
	struct session_view v;
	int64_t next, left;

	if (s->finished || s->paused)
		return INT64_MAX;
	if (now >= s->deadline)
		return now;
	next = s->deadline;
	left = s->deadline - now;
	if (left > 1000) {
		/* the countdown shows whole seconds rounded up */
		int64_t sec = s->deadline - ((left - 1) / 1000) * 1000;

		if (sec < next)
			next = sec;
	}
	session_view(s, now, &v);
	if (v.breath != BREATH_NONE || v.reps > 0) {
		int64_t phase_end = now + (v.phase_ms - v.phase_elapsed_ms);

		if (phase_end < next)
			next = phase_end;
	}
	return next > now ? next : now + 1;
}

bool session_finished(const struct session *s) { return s->finished; }
const struct plan *session_plan(const struct session *s) { return s->plan; }
enum item_state session_item_state(const struct session *s, size_t item) { return s->items[item]; }
bool session_was_quit(const struct session *s) { return s->quit; }
long
session_planned_s(const struct session *s)
{
	return (long)(planned_ms(s) / 1000);   /* whole seconds, as the screen shows it */
}
bool session_held(const struct session *s) { return s->held; }

int64_t
session_active_ms(const struct session *s, int64_t now)
{
	int64_t active = s->active_ms, t = effective(s, now);

	if (!s->finished && is_work(&s->plan->steps[s->step])) {
		if (t > s->deadline)
			t = s->deadline;
		if (t > s->step_start)
			active += t - s->step_start;
	}
	return active;
}

int64_t
session_span_ms(const struct session *s, int64_t now)
{
	int64_t end = s->last_work_end, t = effective(s, now);

	if (s->first_work < 0)
		return 0;
	/* in a hold or reps now: it counts up to this moment */
	if (!s->finished && is_work(&s->plan->steps[s->step]))
		end = t < s->deadline ? t : s->deadline;
	return end > s->first_work ? end - s->first_work : 0;
}
