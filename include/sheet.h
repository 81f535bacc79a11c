/* sheet.h — a routine as a printable home-exercise sheet (one HTML page). */
#ifndef SC_SHEET_H
#define SC_SHEET_H

#include <stdbool.h>

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
