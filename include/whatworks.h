/* whatworks.h — what the check-ins say works for this person: per routine, per time of day. */
#ifndef SC_WHATWORKS_H
#define SC_WHATWORKS_H

#include <stdbool.h>
#include <stddef.h>

struct history_record;

/* Figures are shown for a group only from this many paired sessions. */
#define WHATWORKS_MIN_PAIRED 3
/* The trend covers the last this many days (today included). */
#define WHATWORKS_TREND_DAYS 28
/* Guidance: before-tension at least this ... */
#define WHATWORKS_HIGH_TENSION 7
/* ... on this many sessions in a row. */
#define WHATWORKS_HIGH_RUN 3
/* Guidance: a rising trend is read over this many days ... */
#define WHATWORKS_RISE_DAYS 14
/* ... from this many check-ins ... */
#define WHATWORKS_RISE_MIN 4
/* ... rising at least this much a week (tenths of a point, 10 = 1.0). */
#define WHATWORKS_RISE_TENTHS 10

/* A stretch marked "this hurts" this many times ... */
#define WHATWORKS_SWAP_HURTS 2
/* ... within this many days (today included) is swapped for its easier variation. */
#define WHATWORKS_SWAP_DAYS 14

/* A routine after which tension rose in this many ... */
#define WHATWORKS_ROSE_TIMES 2
/* ... of its last this many paired sessions is flagged, and never listed as working. */
#define WHATWORKS_ROSE_OF 3

enum whatworks_time { WW_MORNING, WW_AFTERNOON, WW_EVENING, WW_TIMES };

/* The last marks "this hurts" of one stretch since it was last brought back. */
struct whatworks_hurt {
	char *id;
	long day[WHATWORKS_SWAP_HURTS];   /* oldest first; n of them are set */
	int n;
};

/*
 * One group of paired sessions (both check-ins given, speed 1, not from the
 * future). Sums are kept whole so the figures are exact; the trend is the
 * least-squares slope of before-tension against the day, over the paired
 * sessions of the last WHATWORKS_TREND_DAYS days.
 */
struct whatworks_group {
	char *key;                /* routine id (from the file: print through text_safe()), or a time name */
	int n;                    /* paired sessions, all time */
	long before_sum, after_sum;
	/* the trend window: count, and sums over x = day - today, y = before */
	int tn;
	double sx, sy, sxx, sxy;
	/* whether tension rose, for the last WHATWORKS_ROSE_OF paired sessions (oldest first) */
	bool rose[WHATWORKS_ROSE_OF];
	int nrose;
};

struct whatworks {
	long today;
	struct whatworks_group *routines;   /* most relief first after whatworks_finish() */
	size_t nroutines;
	struct whatworks_group times[WW_TIMES];
	/* guidance: the before-tensions of the latest sessions, and the two-week trend */
	int last_before[WHATWORKS_HIGH_RUN];
	int nlast;
	struct whatworks_group recent;      /* every check-in with a before, last 14 days */
	long advice_day;                    /* last day safety advice was shown; LONG_MIN never */
	struct whatworks_hurt *hurts;       /* every stretch ever marked hurt */
	size_t nhurts;
};

/* Prepare empty figures for calendar day `today` (see history.h). */
void whatworks_init(struct whatworks *w, long today);
/* Count one record in (in file order); events, previews and future lines are left out. */
void whatworks_add(struct whatworks *w, const struct history_record *r);
/* whatworks_add() for a history_stats `also` hook: w is a struct whatworks. */
void whatworks_feed(void *w, const struct history_record *r);
/* Order the routines: most relief on average first, ties by more sessions, then id. */
void whatworks_finish(struct whatworks *w);
void whatworks_done(struct whatworks *w);

/* The group of routine id, or NULL. */
const struct whatworks_group *whatworks_find(const struct whatworks *w, const char *id);
/* The name of a time of day group: "morning", "afternoon", "evening". */
const char *whatworks_time_name(enum whatworks_time t);
/* Whether a group has enough paired sessions to be shown. */
bool whatworks_shown(const struct whatworks_group *g);
/* Mean before, mean after, and mean change (after - before) of a group with n > 0. */
double whatworks_before(const struct whatworks_group *g);
double whatworks_after(const struct whatworks_group *g);
double whatworks_change(const struct whatworks_group *g);
/*
 * The trend: change in before-tension per week over the trend window. Returns
 * false when there are fewer than WHATWORKS_MIN_PAIRED sessions in it, or
 * they all fall on one day.
 */
bool whatworks_trend(const struct whatworks_group *g, double *per_week);

/*
 * "Evening Wind-Down: 6.1 → 3.4 on average over 5 sessions" for group g
 * called `name`; arrow is "→" or "->". Returns buf.
 */
char *whatworks_line(char *buf, size_t size, const char *name, const struct whatworks_group *g,
    const char *arrow);

/* Tension rose after WHATWORKS_ROSE_TIMES of the group's last WHATWORKS_ROSE_OF paired sessions. */
bool whatworks_rose(const struct whatworks_group *g);

/* Guidance: the last WHATWORKS_HIGH_RUN sessions with a check-in all began at 7 or more. */
bool whatworks_high_run(const struct whatworks *w);
/* Guidance: before-tension rose over the last two weeks (see WHATWORKS_RISE_*). */
bool whatworks_rising(const struct whatworks *w);

/*
 * Whether stretch id is to be swapped for its easier variation: marked
 * "this hurts" WHATWORKS_SWAP_HURTS times in the last WHATWORKS_SWAP_DAYS
 * days (previews too: a hurt is a hurt) and not brought back since (a
 * "stretch-back" event).
 */
bool whatworks_swapped(const struct whatworks *w, const char *id);
/* The ids of every stretch whatworks_swapped() says yes to, borrowed from w; the caller frees the array. */
const char **whatworks_swaps(const struct whatworks *w, size_t *n);

/*
 * The routines that helped most, best first: ids of the routines shown
 * (WHATWORKS_MIN_PAIRED or more) whose tension eased on average, and did
 * not rise lately (whatworks_rose()). Borrowed
 * from w; *n gets the count. The caller frees the array only.
 */
const char **whatworks_best(const struct whatworks *w, size_t *n);

#endif
