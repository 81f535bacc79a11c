/* cue.h — the words that describe a step, written once and translated here. */
#ifndef SC_CUE_H
#define SC_CUE_H

#include <stdbool.h>
#include <stddef.h>

#include "plan.h"
#include "session.h"

/*
 * Every front end (curses, plain, speech) and every listing describes a
 * step through these functions, so that one wording, in the user's
 * language, reaches the screen, the text output and the voice alike.
 * Returned strings are static or the caller's buf; none is allocated.
 */

/* How much of a stretch: the numbers any dose text is made from. */
struct cue_dose {
	int hold;        /* seconds per side per set, when reps is 0 */
	int reps;        /* repetitions; 0 for a timed hold */
	bool each_side;
	int sets;
};

enum cue_style {
	CUE_SHORT,   /* "30 s each side, 2 sets", "10 reps" */
	CUE_HOLD,    /* "Hold 30 s each side, 2 sets", "10 reps" */
	CUE_SPOKEN,  /* "30 seconds each side", "10 reps" (no sets) */
};

/* The dose d in the given style, into buf; returns buf. */
char *cue_dose(char *buf, size_t size, const struct cue_dose *d, enum cue_style style);
/* "Left side", "Right side", or "" for a stretch without sides. */
const char *cue_side(enum step_side side);
/* The side within a line: ", left side", ", right side", or "". */
const char *cue_side_clause(enum step_side side);
/* "Breathe in" or "Breathe out" ("" with no breath). */
const char *cue_breath(enum breath_phase b);
/* "Switch sides". */
const char *cue_switch(void);
/* "Rep 3 of 10" into buf; returns buf. */
char *cue_rep(char *buf, size_t size, int rep, int reps);
/* "Set 2 of 2" into buf; returns buf. */
char *cue_set(char *buf, size_t size, int set, int sets);
/* The set within a line: ", set 2 of 2", or "" for a single set; returns buf. */
char *cue_set_clause(char *buf, size_t size, int set, int sets);
/*
 * What to do to get ready for stretch `to` when `from` came before it (NULL:
 * the session's start, standing), by their start positions: "roll onto your
 * back", "stay on all fours", "sit down on a chair"; never "down on the
 * floor" to someone already there. A stretch without a start goes by its
 * position.
 */
const char *cue_get_into(const struct stretch *from, const struct stretch *to);

#endif
