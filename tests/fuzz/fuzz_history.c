/*
 * fuzz_history.c — libFuzzer harness for one line of history.jsonl.
 *
 * The input is one line for history_parse_line() (copied so that the byte
 * after it is the '\0' the function requires, and nothing more is readable).
 * A line that parses is counted into stats, written back with
 * history_format() and parsed again: the second reading must give the same
 * record, since the program reads what it wrote.
 *
 * Oracles besides the sanitizers: a rejected line leaves the record empty
 * and gives a terminal-safe reason; a parsed record keeps history.h's ranges;
 * only sessions count in the stats; only a programme-start starts a
 * programme; the round trip is exact for times the formatter can write
 * (years 1970..9999) and the events it knows, programme events included.
 */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "history.h"
#include "history_stats.h"
#include "programme.h"
#include "text.h"
#include "whatworks.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* 1970-01-01 and 10000-01-01 in seconds: the years a line can spell. */
#define YEAR_10000 253402300800LL

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	/* the formatter writes local times: pin the zone so a run is repeatable */
	setenv("TZ", "UTC", 1);
	tzset();
	return 0;
}

static void
same_list(char **a, size_t na, char **b, size_t nb)
{
	assert(na == nb);
	for (size_t i = 0; i < na; i++)
		assert(strcmp(a[i], b[i]) == 0);
}

static void
round_trip(const struct history_record *r)
{
	struct history_record again;
	char *line = history_format(r), *cause = NULL;
	size_t n = strlen(line);

	assert(n > 0 && line[n - 1] == '\n');
	line[--n] = '\0';
	assert(memchr(line, '\n', n) == NULL);
	history_record_init(&again);
	if (history_parse_line(line, n, &again, &cause) != 0) {
		/* only a line over the length limit may fail: ids can be long */
		assert(n > HISTORY_LINE_MAX);
		free(cause);
		free(line);
		return;
	}
	assert(strcmp(again.routine, r->routine) == 0);
	assert(again.started == r->started && again.ended == r->ended);
	assert(again.planned_s == r->planned_s && again.active_s == r->active_s);
	assert(again.quit == r->quit && again.speed == r->speed);
	assert(again.tension_before == r->tension_before);
	assert(again.tension_after == r->tension_after);
	assert(again.event == r->event);
	same_list(again.completed, again.ncompleted, r->completed, r->ncompleted);
	same_list(again.skipped, again.nskipped, r->skipped, r->nskipped);
	same_list(again.hurt, again.nhurt, r->hurt, r->nhurt);
	assert((again.programme == NULL) == (r->programme == NULL));
	assert(r->programme == NULL || (strcmp(again.programme, r->programme) == 0 &&
	    again.day == r->day));
	assert((again.stretch == NULL) == (r->stretch == NULL));
	assert(r->stretch == NULL || strcmp(again.stretch, r->stretch) == 0);
	history_record_done(&again);
	free(line);
}

static int
writable(time_t t)
{
	return (long long)t >= 0 && (long long)t < YEAR_10000;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct history_record r;
	struct history_stats st;
	char *buf = malloc(size + 1), *cause = NULL;
	long today = history_days_from_civil(2026, 11, 21);

	assert(buf != NULL);
	memcpy(buf, data, size);
	buf[size] = '\0';
	history_record_init(&r);
	if (history_parse_line(buf, size, &r, &cause) != 0) {
		assert(cause != NULL && !text_has_unsafe(cause));
		assert(r.routine == NULL && r.ncompleted == 0 && r.nskipped == 0 && r.nhurt == 0);
		free(cause);
		free(buf);
		return 0;
	}
	assert(cause == NULL);
	assert(r.routine != NULL && r.routine[0] != '\0');
	assert(r.speed >= 1 && r.speed <= 1000);
	assert(r.planned_s >= 0 && r.active_s >= 0);
	assert(r.tension_before >= -1 && r.tension_before <= 10);
	assert(r.tension_after >= -1 && r.tension_after <= 10);
	assert(r.gmtoff > -86400 && r.gmtoff < 86400);
	(void)history_weekday(history_record_day(&r));

	history_stats_init(&st, today, 1 + (int)(size % 400));
	history_stats_add(&st, &r);
	history_stats_add(&st, &r);
	history_stats_finish(&st);
	/*
	 * events (reminders skipped or snoozed, or from a later version) are no
	 * sessions; a session dated after tomorrow is counted only as future, a
	 * preview as a preview, and one with nothing completed not at all
	 */
	assert(st.sessions + st.previews + st.future == (r.event == HEV_SESSION &&
	    (history_record_day(&r) > today + 1 || r.speed != 1 || history_record_counts(&r)) ?
	    2u : 0u));
	history_stats_done(&st);

	/* what works and a programme's progress take any line without harm */
	{
		struct whatworks w;
		struct programme_track t;

		whatworks_init(&w, today);
		whatworks_add(&w, &r);
		whatworks_finish(&w);
		assert(w.nroutines <= 1);
		whatworks_done(&w);
		programme_track_init(&t);
		programme_track_add(&t, &r, today);
		assert(t.id == NULL || r.event == HEV_PROGRAMME_START);
		programme_track_done(&t);
	}

	/* the program writes sessions and the reminder events it knows */
	if (writable(r.started) && writable(r.ended) && r.event != HEV_OTHER)
		round_trip(&r);
	history_record_done(&r);
	free(buf);
	return 0;
}
