/* history.h — the append-only log of sessions, and what it tells. */
#ifndef SC_HISTORY_H
#define SC_HISTORY_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

/*
 * One session, as DESIGN.md's history contract writes it: one JSON object a
 * line in history.jsonl. The record owns its strings.
 */
struct history_record {
	char *routine;            /* routine id */
	time_t started, ended;    /* wall-clock times */
	long gmtoff;              /* UTC offset in seconds the times were recorded in */
	long planned_s, active_s;
	char **completed; size_t ncompleted;
	char **skipped;   size_t nskipped;
	char **hurt;      size_t nhurt;
	/* after "it hurts": left out because they load the back the same way ("left_out") */
	char **left_out;  size_t nleft_out;
	/* what was chosen after "it hurts": "stop", "without" or "as-planned"; NULL when nothing hurt */
	char *after_hurt;
	bool quit;
	int speed;                /* 1 = real time; anything else is a preview */
	int tension_before;       /* 0..10, or -1 when not given */
	int tension_after;
	/*
	 * What the line records: a session, or a desk reminder that was
	 * skipped or snoozed, time away that counted as the break, a programme
	 * started, a programme day done, a programme stopped, or safety advice
	 * shown (written with an "event" key; such lines are no session and count
	 * toward no streak).
	 */
	enum history_event {
		HEV_SESSION, HEV_REMIND_SKIPPED, HEV_REMIND_SNOOZED, HEV_OTHER,
		HEV_PROGRAMME_START, HEV_PROGRAMME_DAY, HEV_PROGRAMME_STOP,
		HEV_ADVICE_SHOWN,   /* the weekly "see a doctor soon" line was shown */
		HEV_REMIND_AWAY,    /* remind: time away from the keyboard counted as the break */
		HEV_STRETCH_BACK,   /* a stretch swapped out for hurting is brought back ("stretch") */
		HEV_NEXT_DAY,       /* the next-day check about the session begun at `started` ("answer") */
	} event;
	/* HEV_STRETCH_BACK: the stretch's id */
	char *stretch;
	/* Programme events: the programme's id and the day (1-based; a stop gives the last day done, 0 for none). */
	char *programme;
	int day;
	/* HEV_NEXT_DAY: enum followup_answer (followup.h); -1 otherwise */
	int answer;
};

/* The "event" names of the history contract, by enum history_event (NULL for a session). */
const char *history_event_name(enum history_event e);

/*
 * Whether r is a session that counts (streak, today's minutes, evidence, a
 * programme day): at least one stretch was completed. A preview (speed other
 * than 1) is left out by each reader as before.
 */
bool history_record_counts(const struct history_record *r);

/* Longest line history_parse_line() accepts; longer lines are skipped unread. */
#define HISTORY_LINE_MAX (64u * 1024)
/* Largest duration in seconds a line may claim (a bound against nonsense, ~115 days). */
#define HISTORY_SECONDS_MAX 10000000L
/* Longest id (routine, stretch, programme) a line may hold, in bytes. */
#define HISTORY_ID_MAX 256

/* Prepare an empty record in caller-owned storage (tensions -1, speed 1). */
void history_record_init(struct history_record *r);
/* Free what the record owns. */
void history_record_done(struct history_record *r);
/* Add a copy of id to one of the record's lists (completed, skipped, hurt, left_out). */
void history_record_add(char ***list, size_t *n, const char *id);

/*
 * Append r as one line to the history file at path, durably: the directory
 * is created 0700, the file 0600, opened O_APPEND|O_NOFOLLOW (a symlink is
 * refused), locked with flock, a newline first when the last byte is not
 * one, one write() of the whole line, fsync'd. A failed write is undone so
 * nothing partial stays and nothing already there is touched. Returns 0, or
 * -1 with *cause set to "FILE: what failed: strerror" (caller frees; the
 * caller adds its own context, e.g. "cannot save this session to history: ")
 * and exits 74 (EX_IOERR).
 */
int history_append(const char *path, const struct history_record *r, char **cause);

/*
 * Format r as its JSON line (with the trailing newline). started and ended
 * are written as local times with their own UTC offsets (localtime_r);
 * r->gmtoff is not used. The caller frees.
 */
char *history_format(const struct history_record *r);

/*
 * Parse one line (len bytes at buf, no newline; buf[len] must be '\0') into
 * r, which must be freshly initialised; r->gmtoff becomes the offset written
 * in "started". Rejects NUL bytes, invalid UTF-8, lines over
 * HISTORY_LINE_MAX, bad JSON and missing or out-of-range fields. Returns 0,
 * or -1 with *cause set to a short reason (caller frees; r is left empty).
 */
int history_parse_line(const char *buf, size_t len, struct history_record *r, char **cause);

/*
 * Calendar days. A "day" is a count of days since 1970-01-01 (negative
 * before), so consecutive dates differ by one whatever the month, year or
 * daylight-saving rules.
 */
long history_days_from_civil(int year, int month, int mday);
/* The date of day number `day`. */
void history_civil_from_days(long day, int *year, int *month, int *mday);
/* The local calendar date a record was started on, as written in its line (its own offset). */
long history_record_day(const struct history_record *r);
/* The local calendar date of t in the current time zone (localtime_r). */
long history_day_of(time_t t);
/* Day of the week of `day`, 0 = Monday .. 6 = Sunday. */
int history_weekday(long day);

#endif
