/* history_report.h — the history as a report that the shell command, the plain front end and a screen all show. */
#ifndef SC_HISTORY_REPORT_H
#define SC_HISTORY_REPORT_H

#include <stdbool.h>

struct adapt_needs;
struct catalogue;
struct cJSON;
struct history_stats;
struct report;

/*
 * Append the text report of st to r: heat-map, streak, minutes, tension
 * trend, and (with c, which may be NULL) progression suggestions, each
 * deeper stretch suiting needs (the person's settings; NULL: any). UTF-8
 * shades when the locale is UTF-8, ASCII otherwise.
 */
void history_report_text(struct report *r, const struct history_stats *st,
    const struct catalogue *c, const struct adapt_needs *needs);
/* The same figures as a JSON object; the caller frees it with cJSON_Delete(). */
struct cJSON *history_report_json_new(const struct history_stats *st,
    const struct catalogue *c, const struct adapt_needs *needs);
/* True when the report is drawn with UTF-8 shades (the locale is UTF-8). */
bool history_report_utf8(void);
/* True when some routine is ready for more: the suggestions then need the catalogue. */
bool history_report_any_ready(const struct history_stats *st);
/* Calendar day as 2026-12-07 into buf; returns buf. */
char *history_report_day(char *buf, size_t size, long day);
/* Whole minutes for display: rounded, but never 0 for some stretching. */
long history_report_minutes(long seconds);

#endif
