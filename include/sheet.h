/* sheet.h — a routine as a printable home-exercise sheet (one HTML page). */
#ifndef SC_SHEET_H
#define SC_SHEET_H

#include <stdbool.h>
#include <stddef.h>

struct report;
struct routine;

/* What goes on the sheet. Everything is borrowed. */
struct sheet_input {
	const struct routine *routine;  /* as it runs for this person (adapted) */
	const char *adapted;            /* what was swapped or left out and why, or NULL */
	unsigned conditions;            /* COND_* from the config */
	bool no_kneel, no_floor;
	int breath_in, breath_out;      /* the person's breathing pace, seconds */
	const char *lang;               /* "en", "de", "es": the page's language */
	const char *date;               /* the day it was made, "2026-12-07" */
};

/*
 * Append the sheet as one self-contained HTML5 document (inline CSS with a
 * print stylesheet that fits A4 and Letter and keeps each stretch on one
 * page). Catalogue text is escaped and stripped of control characters.
 */
void sheet_html(struct report *out, const struct sheet_input *in);

#endif

/* Text as HTML: control characters shown as text_safe() shows them, markup escaped. */
void sheet_put_text(struct report *out, const char *s);
/* <tag class="cls">text</tag>, the text escaped. */
void sheet_put_elem(struct report *out, const char *tag, const char *cls, const char *text);
/* The person's conditions (COND_*), and no kneeling or floor work, a paragraph each. */
void sheet_put_needs(struct report *out, unsigned conditions, bool no_kneel, bool no_floor);

/* One session as the physiotherapist's log shows it. Strings are borrowed. */
struct sheet_session {
	long day;                  /* calendar day, local */
	int minute;                /* start, minutes after local midnight */
	const char *routine;       /* its name (or id when the catalogue lacks it) */
	long active_s;
	int before, after;         /* tension 0..10, -1 when not given */
	const char *hurt;          /* names of the stretches marked hurt, ", "-joined; "" for none */
	bool quit;                 /* ended early */
	bool preview;              /* at --speed: not counted, listed for what it marked hurt */
};

/* What goes on the log: the window's sessions, oldest first, and the person's settings. */
struct sheet_log {
	long first, last;          /* the window's calendar days */
	const struct sheet_session *sessions;
	size_t n;
	unsigned conditions;       /* COND_* */
	bool no_kneel, no_floor;
	const char *lang;
	const char *date;          /* the day it was made */
};

/*
 * Append the last days' log for a physiotherapist as one self-contained HTML
 * page: how often, how long, tension before and after, what hurt, and the
 * person's conditions. Text is escaped.
 */
void sheet_log_html(struct report *out, const struct sheet_log *log);
