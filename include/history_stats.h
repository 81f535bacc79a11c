/* history_stats.h — what the history log tells: streaks, minutes, trends, status. */
#ifndef SC_HISTORY_STATS_H
#define SC_HISTORY_STATS_H

#include <stdbool.h>
#include <stddef.h>

#include "history.h"

struct diag;

/* Check-ins kept for the trend sparkline. */
#define HISTORY_CHECKINS 30
/* Progression: this many finished sessions of a routine ... */
#define HISTORY_READY_SESSIONS 5
/* ... within this many days (today included) ... */
#define HISTORY_READY_DAYS 14
/* ... with an average after-tension at most this. */
#define HISTORY_READY_TENSION 2
/* A stretch that hurt this many days back is still left out and flagged. */
#define HISTORY_HURT_DAYS 7

/*
 * Use of one routine. Window counts cover the stats window; "recent" ones the
 * last HISTORY_READY_DAYS days, finished (not quit) sessions only. Previews
 * (speed != 1) are never counted.
 */
struct history_routine_use {
	char *id;                 /* from the file: print it through text_safe() */
	int sessions;             /* in the window */
	long seconds;             /* active seconds in the window */
	int recent;               /* finished sessions in the last 14 days */
	long recent_seconds;
	int recent_after_n;       /* of those, how many gave an after-tension */
	int recent_after_sum;
};

/* One check-in: tensions 0..10, -1 where not given. */
struct history_checkin {
	signed char before, after;
	bool counts;   /* from a session that counts (history_record_counts()): the report's */
};

/*
 * Figures over a window of `days` days ending `today` (day numbers, see
 * history.h). Streaks and totals cover the whole history. Only non-preview
 * sessions (speed 1) count toward anything but `previews`.
 */
struct history_stats {
	long today;
	int days;
	long *day_seconds;        /* [days], oldest first: day today - days + 1 + i */
	int streak_current;       /* counts when its last day is today or yesterday */
	int streak_best;
	long best_end;            /* last day of the best streak (when streak_best > 0) */
	long total_seconds;       /* all time */
	long window_seconds;
	size_t sessions;          /* all time */
	size_t window_sessions;
	size_t previews;          /* all time, not counted above */
	size_t empty;             /* sessions with no stretch completed: counted nowhere */
	size_t future;            /* sessions dated after tomorrow (a wrong clock): counted nowhere */
	size_t logged;            /* session lines of any kind (previews, wrong dates); event lines never */
	size_t reminders_skipped; /* desk reminders, in the window */
	size_t reminders_snoozed;
	long first_day;           /* earliest session day (when sessions > 0) */
	/* Routines used in the window or recently, most sessions in the window first. */
	struct history_routine_use *routines;
	size_t nroutines;
	/* Tension check-ins in the window. */
	long before_sum, after_sum;
	size_t before_n, after_n;
	/* The last HISTORY_CHECKINS check-ins of all time, oldest first. */
	struct history_checkin checkins[HISTORY_CHECKINS];
	size_t ncheckins;
	/* Stretches marked "hurt" in the last HISTORY_HURT_DAYS days, each once. */
	char **hurt_recent;
	size_t nhurt_recent;
	/* Optional: every record added is also passed to also(also_arg, r). */
	void (*also)(void *also_arg, const struct history_record *r);
	void *also_arg;
	/* Internal: session days for the streaks, and the check-in ring. */
	long *sdays;
	size_t nsdays, sdays_cap;
	size_t ring_next;
};

/* Prepare empty stats for the `days` days ending `today` (days at least 1). */
void history_stats_init(struct history_stats *st, long today, int days);
/* Count one record in. */
void history_stats_add(struct history_stats *st, const struct history_record *r);
/* Take stretch id off hurt_recent (it was brought back). */
void history_stats_forget_hurt(struct history_stats *st, const char *id);
/* Finish after the last record: streaks, routine order, check-in order. */
void history_stats_finish(struct history_stats *st);
/* Free what the stats own. */
void history_stats_done(struct history_stats *st);

/*
 * Stream the history file at path into st (without finishing it), under a
 * shared lock. A missing file is an empty history. Each unreadable line is
 * skipped with one warning "FILE:LINE: ..." in d. Returns 0, or -1 with an
 * error in d (status 66) when the file cannot be read.
 */
int history_stats_load(const char *path, struct history_stats *st, struct diag *d);

/* True when a routine qualifies for progression suggestions (5 in 14 days, after-tension <= 2). */
bool history_routine_ready(const struct history_routine_use *u);

/*
 * Streaks over n sorted, distinct session days: the longest run, and the run
 * that ends on the last day when that day is today or yesterday (or later),
 * else 0. *best_end gets the last day of the longest run.
 */
void history_streaks(const long *days, size_t n, long today, int *current,
    int *best, long *best_end);

/* What `status` shows. */
struct history_status {
	int streak;
	long today_seconds;       /* counted active seconds started today */
	int today_sessions;
	bool none_recent;         /* no session among the lines read, and older lines left unread */
};

/*
 * Fill st from the end of the history file, reading backwards block by block
 * only as far as the current streak reaches (a few days past its first day):
 * the streak is exact and the cost grows with it, never with the file's
 * size (a mebibyte in a row with no readable line also ends it: what lies
 * beyond is no history to count on). Only counted sessions (history_record_counts, not previews) make
 * streak days and today's minutes; lines dated after tomorrow are left out.
 * A missing file is an empty history; unreadable lines are skipped silently.
 * Returns 0, or -1 with *cause set (caller frees) when the file cannot be read.
 */
int history_status_read(const char *path, long today, struct history_status *st,
    char **cause);

/*
 * history_status_read(), reading back at least past day back_to (a few days
 * more, for lines out of order), and passing every readable record read,
 * newest first, to also(also_arg, r) when also is not NULL.
 */
int history_status_read_also(const char *path, long today, long back_to,
    void (*also)(void *, const struct history_record *), void *also_arg,
    struct history_status *st, char **cause);

#endif
