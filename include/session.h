/* session.h — the coaching engine: a clock-driven state machine over a plan. */
#ifndef SC_SESSION_H
#define SC_SESSION_H

#include <stdbool.h>
#include <stdint.h>

#include "plan.h"

/*
 * The engine does no I/O and never reads a clock: every call takes `now`, a
 * monotonic time in milliseconds chosen by the caller (session time, already
 * scaled by --speed; see clock.h). Deadlines are absolute, so rounding never
 * accumulates, and time spent paused is never counted.
 */

struct session_opts {
	int breath_in_ms;   /* the user's pace (--breath), used unless a stretch sets its own */
	int breath_out_ms;
};

/*
 * What became of a stretch: not reached yet, done, skipped, marked hurt,
 * stopped part-way (the session ended during it), or left out after another
 * hurt (session_after_hurt()).
 */
enum item_state { ITEM_PENDING, ITEM_DONE, ITEM_SKIPPED, ITEM_HURT, ITEM_STOPPED, ITEM_LEFT_OUT };

/*
 * What the person chose after "it hurts". When more than one stretch hurt,
 * the session keeps the most careful answer (stop, then without, then as
 * planned): going on without one and later as planned with another still
 * left the first ones out, and the summary and the history say so.
 */
enum after_hurt {
	AFTER_HURT_NONE,        /* nothing hurt, or not answered yet */
	AFTER_HURT_STOP,        /* stop here: the session ends, recorded as quit */
	AFTER_HURT_WITHOUT,     /* go on without the stretches that load the same way */
	AFTER_HURT_AS_PLANNED,  /* go on as planned */
};

enum breath_phase { BREATH_NONE, BREATH_IN, BREATH_OUT };

/* Events returned by session_tick() and the commands. */
enum {
	SESSION_EV_STEP = 1u << 0,     /* the current step changed */
	SESSION_EV_FINISHED = 1u << 1, /* the session has ended (last step done, or quit) */
};

/* What a front end shows, computed for one moment. */
struct session_view {
	const struct step *step;       /* NULL once finished */
	const struct step *next;       /* the step after, or NULL */
	size_t step_index;
	int64_t step_total_ms;         /* with +/- adjustments */
	int64_t step_left_ms;
	int64_t routine_total_ms;      /* planned total with adjustments */
	int64_t routine_elapsed_ms;    /* position in the plan */
	int64_t routine_left_ms;
	size_t item, nitems;           /* the stretch in progress (0-based) and how many */
	size_t items_done;             /* items marked done */
	bool paused, finished, quit;
	/* breathing, during HOLD and REPS steps */
	enum breath_phase breath;
	int64_t phase_ms;              /* length of the current phase */
	int64_t phase_elapsed_ms;
	int breath_n, breath_count;    /* "breath 2 of 3" in a hold */
	int rep, reps;                 /* "rep 3 of 10" in a REPS step */
	const char *cue;               /* the stretch's words for this phase, or NULL */
};

struct session;

/* Start a session over plan p at time now. The plan must outlive it. Free with session_free(). */
struct session *session_new(const struct plan *p, const struct session_opts *o, int64_t now);
void session_free(struct session *s);

/*
 * Advance past at most one step deadline that `now` has reached, and return
 * the events (0 when nothing happened). Call it until it returns 0, so a
 * front end sees every step, however late it wakes.
 */
unsigned session_tick(struct session *s, int64_t now);

/* Pause or resume at now; a paused session's timers stand still. Return events. */
unsigned session_pause(struct session *s, int64_t now);
unsigned session_resume(struct session *s, int64_t now);
unsigned session_toggle_pause(struct session *s, int64_t now);
/* Leave the current stretch unfinished (marked skipped) for the next one's get-ready. */
unsigned session_skip(struct session *s, int64_t now);
/*
 * Go back to the previous stretch's get-ready, passing over the ones left
 * out and the ones that hurt (none before: this one restarts). A stretch
 * that hurt never comes again in the session.
 */
unsigned session_back(struct session *s, int64_t now);
/*
 * Mark the stretch of the current step "hurt" and move on to the one after.
 * In a rest or a get-ready that is the stretch shown coming next (see
 * session_hurt_item()).
 */
unsigned session_hurt(struct session *s, int64_t now);
/*
 * The stretches still to come after item that load the back the same way:
 * the same family, or a spinal direction in common (flexion, extension,
 * rotation, side-bend; "neutral" shares none). Up to max item indexes go
 * into out (may be NULL); returns how many there are.
 */
size_t session_alike(const struct session *s, size_t item, size_t *out, size_t max);
/*
 * The answer to "it hurts": stop (the session ends, as session_quit()),
 * go on without the stretches session_alike() names for the last one
 * marked hurt (they become ITEM_LEFT_OUT and are passed over), or go on as
 * planned. Returns the events.
 */
unsigned session_after_hurt(struct session *s, enum after_hurt a, int64_t now);
/* The most careful answer given to session_after_hurt() (AFTER_HURT_NONE: none). */
enum after_hurt session_hurt_choice(const struct session *s);
/* The item session_hurt() would mark now (nitems once finished), so a front end names it. */
size_t session_hurt_item(const struct session *s);
/* True when session_skip() now only ends the rest before the next stretch. */
bool session_skip_ends_rest(const struct session *s);
/*
 * Lengthen (delta_s > 0) or shorten the current HOLD step by delta_s seconds;
 * shortening never goes below 1 s left. Returns false (no change) outside a hold.
 */
bool session_adjust(struct session *s, int64_t now, int delta_s);
/* End the session early; a stretch in progress (past its get-ready) becomes ITEM_STOPPED. */
unsigned session_quit(struct session *s, int64_t now);

/* Fill v with what is on screen at `now`. */
void session_view(const struct session *s, int64_t now, struct session_view *v);

/*
 * The next time after now at which the view changes: a step deadline, a
 * breath phase or repetition boundary, or the whole-second countdown.
 * INT64_MAX when paused or finished (nothing changes until a key).
 */
int64_t session_next_change(const struct session *s, int64_t now);

bool session_finished(const struct session *s);
const struct plan *session_plan(const struct session *s);
enum item_state session_item_state(const struct session *s, size_t item);
/*
 * The session's own length: milliseconds of session time from the start of
 * the first hold or reps to the end of the last one done so far (pauses
 * within count, the time before and after does not); 0 before any.
 */
int64_t session_span_ms(const struct session *s, int64_t now);
/* Milliseconds spent in HOLD and REPS steps, excluding pauses. */
int64_t session_active_ms(const struct session *s, int64_t now);
bool session_was_quit(const struct session *s);
/*
 * The planned length in whole seconds with the +/- changes made so far, as
 * the session screen counts it (a - near a hold's end can leave part of a
 * second) and the history records it (planned_s): the one value the summary
 * shows.
 */
long session_planned_s(const struct session *s);
/* True once a hold or a set of reps has begun: only then is there a session to log. */
bool session_held(const struct session *s);

#endif
