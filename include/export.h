/* export.h — the history as CSV and a programme as iCalendar, for other programs to read. */
#ifndef SC_EXPORT_H
#define SC_EXPORT_H

#include <stddef.h>
#include <time.h>

struct history_record;
struct report;
struct routine;

/* The CSV header row (RFC 4180: CRLF line ends), appended to r. */
void export_csv_head(struct report *r);
/* One session as a CSV row, its fields quoted where they need to be. */
void export_csv_row(struct report *r, const struct history_record *rec);

/* One calendar event: a programme day. Strings are borrowed. */
struct export_event {
	const char *uid;          /* unique and stable, e.g. "two-week-reset-day-3-20261207@stretchcoach" */
	long day;                 /* calendar day (days since 1970-01-01, local) */
	int minute;               /* start, minutes after local midnight */
	long seconds;             /* how long it takes */
	const char *summary;      /* "Day 3 of 14 · Morning Wake-Up" */
	const char *description;  /* may hold newlines */
};

/* "BEGIN:VCALENDAR" and its properties, appended to r. */
void export_ics_begin(struct report *r);
/*
 * One VEVENT (with a reminder at its start) in floating local time; stamp is
 * the wall-clock time of writing. Text is escaped and lines folded at 75
 * octets as RFC 5545 asks.
 */
void export_ics_event(struct report *r, const struct export_event *e, time_t stamp);
void export_ics_end(struct report *r);

#endif
