/* history_report_int.h — what history_report.c shares with history_report_json.c. */
#ifndef HISTORY_REPORT_INT_H
#define HISTORY_REPORT_INT_H

#include <cjson/cJSON.h>

#include "adapt.h"
#include "catalogue.h"
#include "history_stats.h"

/* The routines ready for more, with their deeper stretches, into o's "progression". */
void history_report_json_progression(cJSON *o, const struct history_stats *st,
    const struct catalogue *c, const struct adapt_needs *needs);

#endif
