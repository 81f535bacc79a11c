/* history_stats_int.h — what history_stats.c shares with history_status.c. */
#ifndef SC_HISTORY_STATS_INT_H
#define SC_HISTORY_STATS_INT_H

#include <stdbool.h>
#include <stddef.h>

/* Sort and deduplicate n days in place; returns the new count. */
size_t history_unique_days(long *days, size_t n);
/* True when the n bytes at s are spaces, tabs and carriage returns only. */
bool history_blank(const char *s, size_t n);

#endif
