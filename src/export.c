/*
 * export.c — the history as CSV (RFC 4180) and a programme as iCalendar
 * (RFC 5545). Both are built as text in a report; the command prints it.
 */
#include "export.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "history.h"
#include "report.h"

/* --- CSV -------------------------------------------------------------- */

static const char csv_columns[] =
    "started,ended,routine,planned_s,active_s,completed,skipped,hurt,quit,speed,"
    "tension_before,tension_after";

void
export_csv_head(struct report *r)
{
	report_printf(r, "%s\r\n", csv_columns);
}

/*
 * One field: quoted when it holds a comma, a quote or a line end, quotes
 * doubled. A field a spreadsheet would run as a formula (=, +, -, @) gets a
 * leading apostrophe, so a crafted history cannot run one.
 */
static void
csv_field(struct report *r, const char *s, bool last)
{
	bool quote = strpbrk(s, ",\"\r\n") != NULL;

	if (quote)
		report_puts(r, "\"");
	if (strchr("=+-@", s[0]) != NULL && s[0] != '\0')
		report_puts(r, "'");
	for (; *s != '\0'; s++)
		report_puts(r, *s == '"' ? "\"\"" : (char[]){ *s, '\0' });
	if (quote)
		report_puts(r, "\"");
	report_puts(r, last ? "\r\n" : ",");
}

/* A list of ids joined by ";" as one field. */
static void
csv_list(struct report *r, char *const *v, size_t n)
{
	struct report j = { 0 };

	for (size_t i = 0; i < n; i++)
		report_printf(&j, "%s%s", i > 0 ? ";" : "", v[i]);
	csv_field(r, report_text(&j), false);
	report_done(&j);
}

/* ISO 8601 in the offset the time was recorded in: 2026-11-21T08:12:03+01:00. */
static void
csv_time(struct report *r, time_t t, long gmtoff)
{
	time_t local = t + gmtoff;
	long off = gmtoff < 0 ? -gmtoff : gmtoff;
	struct tm tm;

	if (gmtime_r(&local, &tm) == NULL) {
		report_puts(r, ",");
		return;
	}
	report_printf(r, "%04d-%02d-%02dT%02d:%02d:%02d%c%02ld:%02ld,", tm.tm_year + 1900,
	    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, gmtoff < 0 ? '-' : '+',
	    off / 3600 % 100, off % 3600 / 60);
}

void
export_csv_row(struct report *r, const struct history_record *rec)
{
	char num[96];

	csv_time(r, rec->started, rec->gmtoff);
	csv_time(r, rec->ended, rec->gmtoff);
	csv_field(r, rec->routine != NULL ? rec->routine : "", false);
	report_printf(r, "%ld,%ld,", rec->planned_s, rec->active_s);
	csv_list(r, rec->completed, rec->ncompleted);
	csv_list(r, rec->skipped, rec->nskipped);
	csv_list(r, rec->hurt, rec->nhurt);
	snprintf(num, sizeof num, "%s,%d,", rec->quit ? "true" : "false", rec->speed);
	report_puts(r, num);
	/* a check-in not given is an empty field */
	if (rec->tension_before >= 0)
		report_printf(r, "%d", rec->tension_before);
	report_puts(r, ",");
	if (rec->tension_after >= 0)
		report_printf(r, "%d", rec->tension_after);
	report_puts(r, "\r\n");
}

/* --- iCalendar -------------------------------------------------------- */

/*
 * Append one content line, folded so that no line exceeds 75 octets (a fold
 * is CRLF and a space) and never inside a UTF-8 character.
 */
static void
ics_line(struct report *r, const char *line)
{
	size_t col = 0;

	for (const char *p = line; *p != '\0';) {
		size_t len = 1;

		while ((p[len] & 0xC0) == 0x80)
			len++;
		if (col + len > 75) {
			report_puts(r, "\r\n ");
			col = 1;
		}
		report_printf(r, "%.*s", (int)len, p);
		col += len;
		p += len;
	}
	report_puts(r, "\r\n");
}

/* NAME:VALUE with VALUE escaped as TEXT: backslash, semicolon, comma, newline. */
static void
ics_text(struct report *r, const char *name, const char *value)
{
	struct report l = { 0 };

	report_printf(&l, "%s:", name);
	for (const unsigned char *p = (const unsigned char *)value; *p != '\0'; p++) {
		if (*p == '\\' || *p == ';' || *p == ',')
			report_printf(&l, "\\%c", *p);
		else if (*p == '\n')
			report_puts(&l, "\\n");
		else if (*p >= 0x20 && *p != 0x7f)
			report_printf(&l, "%c", *p);   /* control characters have no place in TEXT */
	}
	ics_line(r, report_text(&l));
	report_done(&l);
}

void
export_ics_begin(struct report *r)
{
	ics_line(r, "BEGIN:VCALENDAR");
	ics_line(r, "VERSION:2.0");
	ics_line(r, "PRODID:-//stretchcoach//stretchcoach " SC_VERSION "//EN");
	ics_line(r, "CALSCALE:GREGORIAN");
	ics_line(r, "METHOD:PUBLISH");
}

void
export_ics_end(struct report *r)
{
	ics_line(r, "END:VCALENDAR");
}

/* "PROP:20261207T083000": calendar day plus seconds after midnight, floating time. */
static void
ics_local(struct report *r, const char *name, long day, long secs)
{
	int y, m, d;
	char line[64];

	day += secs / 86400;
	secs %= 86400;
	history_civil_from_days(day, &y, &m, &d);
	snprintf(line, sizeof line, "%s:%04d%02d%02dT%02ld%02ld%02ld", name, y, m, d, secs / 3600,
	    secs % 3600 / 60, secs % 60);
	ics_line(r, line);
}

void
export_ics_event(struct report *r, const struct export_event *e, time_t stamp)
{
	struct tm tm;
	char line[64];
	long start = e->minute * 60L;

	ics_line(r, "BEGIN:VEVENT");
	ics_text(r, "UID", e->uid);
	if (gmtime_r(&stamp, &tm) == NULL)
		memset(&tm, 0, sizeof tm);
	snprintf(line, sizeof line, "DTSTAMP:%04d%02d%02dT%02d%02d%02dZ", tm.tm_year + 1900,
	    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
	ics_line(r, line);
	ics_local(r, "DTSTART", e->day, start);
	ics_local(r, "DTEND", e->day, start + (e->seconds > 60 ? e->seconds : 60));
	ics_text(r, "SUMMARY", e->summary);
	ics_text(r, "DESCRIPTION", e->description);
	ics_line(r, "TRANSP:TRANSPARENT");
	ics_line(r, "BEGIN:VALARM");
	ics_line(r, "ACTION:DISPLAY");
	ics_line(r, "TRIGGER:PT0M");
	ics_text(r, "DESCRIPTION", e->summary);
	ics_line(r, "END:VALARM");
	ics_line(r, "END:VEVENT");
}
