/* followup.h — the next-day check: when to ask, what was answered, and what it calls for. */
#ifndef SC_FOLLOWUP_H
#define SC_FOLLOWUP_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

struct history_record;

/* The answers, as the history's "answer" field spells them (followup_answer_name()). */
enum followup_answer { FOLLOWUP_BETTER, FOLLOWUP_SAME, FOLLOWUP_WORSE, FOLLOWUP_SKIPPED };
#define FOLLOWUP_ANSWERS 4

/* The check is asked this long after a session ended at the earliest ... */
#define FOLLOWUP_WAIT_S (2 * 3600)
/* ... and never about a session older than this. */
#define FOLLOWUP_MAX_AGE_S (3 * 24 * 3600)
/* Answers remembered, newest kept. */
#define FOLLOWUP_KEEP 256

/* One answer given: about which routine's session (its start), and what. */
struct followup_reply {
	char *routine;
	time_t about;
	enum followup_answer answer;
};

/*
 * What the history says for the next-day check, fed a record at a time in
 * file order. The newest counted session (speed 1, a stretch completed)
 * and, when it was a programme's day, that programme and day.
 */
struct followup {
	char *routine;              /* NULL when there is no counted session */
	time_t started, ended;
	char *programme;            /* the programme it was a day of, or NULL */
	int day;
	struct followup_reply *replies;   /* oldest first */
	size_t nreplies, cap;
};

void followup_init(struct followup *f);
void followup_done(struct followup *f);
/* Count one record in; arg is the struct followup (history_stats' `also` hook). */
void followup_feed(void *arg, const struct history_record *r);

/*
 * The same, fed newest record first (history_status_read_also()): the
 * newest counted session and the newest FOLLOWUP_KEEP answers, without the
 * programme day. Call followup_feed_back_done() after the last record to put
 * the answers oldest first.
 */
void followup_feed_back(void *arg, const struct history_record *r);
void followup_feed_back_done(struct followup *f);

/* "better", "same", "worse", "skipped", and back (-1 when unknown). */
const char *followup_answer_name(enum followup_answer a);
int followup_answer_parse(const char *s);

/*
 * True when the next-day check is due at wall-clock time now: the newest
 * counted session ended FOLLOWUP_WAIT_S to FOLLOWUP_MAX_AGE_S ago and no
 * answer (a skip included) was given about it.
 */
bool followup_due(const struct followup *f, time_t now);

/*
 * The "next-day" event answering about f's newest session at time now. r
 * must be freshly initialised; the caller frees it with history_record_done().
 */
void followup_event(struct history_record *r, const struct followup *f,
    enum followup_answer a, time_t now);

/* What the answers after one routine call for. */
enum followup_response {
	FOLLOWUP_KEEP_ON,    /* nothing to change */
	FOLLOWUP_EASE_OFF,   /* "worse" twice in a row: something easier, and see a physio */
	FOLLOWUP_STEP_UP,    /* "better" three times in a row: the next step */
};
/* The response the last answers about routine call for (skips are passed over). */
enum followup_response followup_response(const struct followup *f, const char *routine);

/*
 * The answers about routine, newest last, written into out (up to n), as
 * history shows them beside the tension; returns how many there were in all.
 */
size_t followup_answers(const struct followup *f, const char *routine,
    enum followup_answer *out, size_t n);

#endif
