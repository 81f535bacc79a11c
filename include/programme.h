/* programme.h — where a person is in a programme, worked out from the history's events. */
#ifndef SC_PROGRAMME_H
#define SC_PROGRAMME_H

#include <stdbool.h>
#include <stddef.h>

struct catalogue;
struct history_record;
struct programme;
struct routine;

/*
 * The running programme as its events in the history say: the last
 * "programme-start" not followed by a "programme-stop", and how far its
 * "programme-day" events got. Previews and sessions are not events: only a
 * finished session at speed 1 ever leads to a "programme-day" line.
 */
struct programme_track {
	char *id;            /* running programme's id; NULL when none */
	long start_day;      /* calendar day it was started */
	int done;            /* the last day done (0 before day 1) */
	long step_day;       /* calendar day of the last day done, or start_day - 1 */
	bool rose;           /* the last day done ended with more tension than it began */
	bool worse;          /* the next-day check after the last day done said "worse" */
	int calm;            /* days done since a "worse" answer (many when none) */
};

void programme_track_init(struct programme_track *t);
void programme_track_done(struct programme_track *t);
/*
 * Count one history record in (records in file order). Events dated after
 * `today` are ignored, like every other line from the future.
 */
void programme_track_add(struct programme_track *t, const struct history_record *r, long today);

/* programme_track_load() reads the file from its end, this many bytes at a time. */
#define PROGRAMME_SCAN_BLOCK (256u * 1024)
/* The most of the history's end a programme's events are looked for in: a programme begun further back is long over. */
#define PROGRAMME_SCAN_MOST (1024 * 1024)

/*
 * Feed the programme events of the history file at path into t: read from
 * the end back to the last start or stop, which is all that matters. A
 * missing file is an empty history; unreadable lines are skipped. Returns 0, or -1
 * with *cause set (caller frees) when the file cannot be read.
 */
int programme_track_load(const char *path, long today, struct programme_track *t, char **cause);

enum programme_state {
	PROG_DUE,            /* day `day` is a routine day, to do today */
	PROG_REST,           /* today is rest day `day` */
	PROG_DONE_TODAY,     /* day `day` was done today; the next one is tomorrow */
	PROG_FINISHED,       /* every day is behind */
};

/* Why a day repeats instead of advancing. */
enum programme_hold {
	PROG_HOLD_NONE,
	PROG_HOLD_TENSION,   /* the day ended with more tension than it began */
	PROG_HOLD_WORSE,     /* the next-day check after it said worse */
	PROG_HOLD_DEEP,      /* the next day goes deep, and comes after two days without "worse" */
};
/* A deep day waits for this many days done since the last "worse". */
#define PROGRAMME_CALM_DAYS 2

/* Today's step of programme p, tracked by t. */
struct programme_today {
	enum programme_state state;
	int day;                        /* 1-based; for PROG_FINISHED the last day */
	const struct routine *routine;  /* PROG_DUE: the routine to do */
	const char *note;               /* the day's note, "" when none */
	int missed;                     /* PROG_DUE: days it waited for (0 when on time) */
	enum programme_hold held;       /* PROG_DUE: why day `day` comes again (NONE: it does not) */
};

/* Work out today's step of p (whose id is t->id) for calendar day `today`. */
void programme_today(const struct programme_track *t, const struct programme *p, long today,
    struct programme_today *out);

/*
 * Whether a session of routine_id that was finished at speed 1 completes
 * today's step; *day gets the day it completes.
 */
bool programme_session_counts(const struct programme_today *pt, const char *routine_id,
    int speed, bool quit, int *day);

/*
 * Today's step in a line: "Day 3 of 14 · Morning Wake-Up · 6 min", "Day 4 of
 * 14 · rest day", "Day 3 of 14 done · day 4 is tomorrow", "Two-Week Back
 * Reset complete: 14 of 14 days". sep goes between the parts (" · ", or
 * " - " where UTF-8 cannot be shown). Returns buf.
 */
struct today_needs;
/*
 * The length is what runs today for needs (today.h; NULL: the routine as
 * written); a day whose routine does not run for needs names no length.
 */
char *programme_headline(char *buf, size_t size, const struct programme *p,
    const struct programme_today *pt, const char *sep, const struct today_needs *needs);

/*
 * What to say when a day waited for the person (pt->missed > 0), in one
 * sentence, or "" when it did not. Returns buf.
 */
char *programme_resume_text(char *buf, size_t size, const struct programme_today *pt);

/* Why today's day repeats, in one sentence, or "" when it does not. Returns buf. */
char *programme_hold_text(char *buf, size_t size, const struct programme_today *pt);

/* The programme running now and today's step in it, as programme_current() finds them. */
struct programme_now {
	struct programme_track track;
	const struct programme *p;    /* NULL when none runs, or its id is not in the catalogue */
	struct programme_today today;
	long day;                     /* the calendar day it was worked out for */
};

/*
 * Read the history file at path and find the programme running on calendar
 * day `today` in catalogue c. Returns 0 (now->p NULL when none runs), or -1
 * with *cause set (caller frees). Free with programme_now_done().
 */
int programme_current(const struct catalogue *c, const char *path, long today,
    struct programme_now *now, char **cause);
void programme_now_done(struct programme_now *now);

/*
 * The event line for programme p: kind is HEV_PROGRAMME_START, _DAY or
 * _STOP, day the day it concerns, at wall-clock time t. r must be freshly
 * initialised; the caller frees it with history_record_done().
 */
void programme_event(struct history_record *r, int kind, const struct programme *p,
    int day, long t);

#endif
