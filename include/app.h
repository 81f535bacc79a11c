/*
 * app.h — the app layer: what the commands and the menus both show but
 * neither should compute. It sits between the commands (cmd.h) and the core
 * (catalogue, history, programme, whatworks …), calls only the core, and is
 * linked with it (the unit tests reach it without curses).
 *
 *   app_programme.c  the running programme: today's step as the menu's lead,
 *                    the status line's part, the day a session did
 *   app_guidance.c   careful suggestions from the check-ins (a gentler day,
 *                    stretches swapped for hurting) as lead entries
 *   app_whatworks.c  "What works for you" as lines and as JSON
 *   app_history.c    the history read before a session, and the next-day
 *                    answers in the `history` report
 *   app_setup.c      what every command sets up: the catalogue in use (its
 *                    errors printed), the settings in force, stdout flushed
 *   app_today.c      the needs every routine is planned with today
 *   app_suggest.c    "did you mean pigeon?" for an id not in the catalogue
 */
#ifndef SC_APP_H
#define SC_APP_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "config.h"
#include "frontend.h"
#include "history_stats.h"
#include "today.h"
#include "whatworks.h"

struct catalogue;
struct cli;
struct cJSON;
struct followup;
struct frontend_lead;
struct history_record;
struct programme;

/* " · " between the parts of a line, or " - " where the locale is not UTF-8. */
const char *app_separator(void);

/* --- app_programme.c ------------------------------------------------------ */

/*
 * Append one programme event (enum history_event kind) for day of p, dated
 * t, to the history at path; session (or NULL) gives the day's tensions.
 * On failure says why on stderr. Returns 0 or EXIT_IOERR.
 */
int app_programme_log(const char *path, int kind, const struct programme *p, int day, time_t t,
    const struct history_record *session);
/*
 * After a finished session rec (already logged): when it was today's step of
 * the running programme, log the "programme-day" event and put what to say
 * in msg (left alone otherwise); a preview of that step is said not to
 * count. load(load_arg) gives the catalogue (NULL: nothing is said), which
 * is freed here; the next step's length is what runs for needs. Returns 0
 * or EXIT_IOERR.
 */
int app_programme_after_session(struct catalogue *(*load)(const void *), const void *load_arg,
    const struct history_record *rec, const struct today_needs *needs, char *msg, size_t size);
/*
 * For `status`: append ", day 3/14 due" (or rest, done, "programme
 * complete") to the line in buf when a programme runs, and set *due when
 * today's step is still to do; nothing else. The catalogue is loaded
 * (load(load_arg), freed here) only when a programme runs.
 */
void app_programme_status(const char *path, long today, struct catalogue *(*load)(const void *),
    const void *load_arg, char *buf, size_t size, bool *due);
/*
 * The main menu's first entry while a programme runs: today's step, and
 * Enter starts its routine, its length what runs today for needs (today.h).
 * label and desc are the caller's buffers the lead points into. Returns
 * false (lead untouched) when none runs.
 */
bool app_programme_lead(const struct catalogue *c, const struct today_needs *needs,
    struct frontend_lead *lead, char *label, size_t lsize, char *desc, size_t dsize);

/* --- app_whatworks.c: what the paired check-ins say ----------------------- */

/* Whether any routine or time of day has enough paired sessions to show. */
bool app_whatworks_any(const struct whatworks *w);
/*
 * The "What works for you" section as lines (none when nothing is shown),
 * routine names from c (or NULL: ids). Free with text_lines_free().
 */
size_t app_whatworks_lines(const struct whatworks *w, const struct catalogue *c, bool utf8,
    char ***lines);
/*
 * For `build --what-works`: the stretch ids of the routines that eased the
 * back most (best first; borrowed from c; the caller frees the array), and
 * a sentence saying so, or that nothing qualifies yet, in note.
 */
const char **app_whatworks_prefer(const struct whatworks *w, const struct catalogue *c,
    size_t *n, char *note, size_t nsize);
/* Add "what_works" to the `history --json` object o. */
void app_whatworks_json(struct cJSON *o, const struct whatworks *w);

/* --- app_guidance.c: careful suggestions, as main-menu lead entries ------- */

/*
 * When the check-ins call for a gentler day (three high starts in a row, or
 * a rising two-week trend), the main menu's lead entry offering the
 * routine today_gentler() picks for needs (without one, the advice alone);
 * at most once a week its text ends with the
 * "see a doctor soon" line, and *advice says so. Returns false when there is
 * nothing to say.
 */
bool app_guidance_lead(const struct catalogue *c, const struct whatworks *w,
    const struct today_needs *needs,
    struct frontend_lead *lead, char *label, size_t lsize, char *desc, size_t dsize,
    bool *advice);
/* Note in the history that the weekly safety advice was shown. */
void app_guidance_advice_shown(void);
/* Stretches swapped for hurting twice lately (ids borrowed); n drops to 0 once brought back. */
struct app_swaps {
	const char **ids;
	size_t n;
	char names[200];   /* their names, for the menu */
	char *label;       /* the menu line, rewritten once they are back */
	size_t lsize;
	char *desc;        /* what the line says of itself, rewritten with it */
	size_t dsize;
	bool asked;        /* picked once: the next pick brings them back */
	/* told of each stretch brought back (before n drops to 0), when not NULL */
	void (*back)(void *back_arg, const char *id);
	void *back_arg;
};
/*
 * Note in the history that each of the n stretches is brought back (a
 * "stretch-back" event each): no longer swapped or left out for hurting.
 * Returns 0, or -1 when a line could not be written.
 */
int app_guidance_stretch_back(const char *const *ids, size_t n);
/*
 * The main menu's lead entry naming the swapped stretches; picking it writes
 * a "stretch-back" event for each and empties sw. Returns false when sw is
 * empty.
 */
bool app_guidance_swap_lead(const struct catalogue *c, struct app_swaps *sw,
    struct frontend_lead *lead, char *label, size_t lsize, char *desc, size_t dsize);

/* --- app_history.c -------------------------------------------------------- */

/*
 * What the history says before a session: the stretches marked hurt lately
 * (st->hurt_recent), whether this is the first run (no history yet), and
 * when ww is not NULL what works (initialised here). Warnings about
 * unreadable lines are printed on stderr. The caller frees st with
 * history_stats_done() and ww with whatworks_done().
 */
void app_recent_history(struct history_stats *st, bool *first_run, struct whatworks *ww);
/*
 * For `history`: per routine, the next-day answers beside its tension change
 * (from ww), as lines (a heading first; none when nothing was answered).
 * Returns how many; the caller frees them with text_lines_free().
 */
size_t app_followup_lines(const struct followup *f, const struct whatworks *ww,
    const struct catalogue *c, char ***lines);
/* For `history --json`: "next_day", the answers per routine, into o. */
void app_followup_json(struct cJSON *o, const struct followup *f);

/* --- app_setup.c: what every command sets up ------------------------------ */

/*
 * Load the catalogue in use (--catalogue, $STRETCHCOACH_CATALOGUE, bundled
 * plus user). On failure prints every error and returns NULL with *status
 * set (65 or 66). Warnings are printed only when `warn` is true.
 */
struct catalogue *app_load_catalogue(const struct cli *cli, bool warn, int *status);
/* app_load_catalogue(cli, false, ...) for the load callbacks below; arg is the const struct cli. NULL when it fails. */
struct catalogue *app_load_catalogue_quiet(const void *arg);
/*
 * The settings in force, from the defaults, the config file, NO_COLOR and
 * the command line (which wins), as run options. Returns 0, or 65 after
 * printing every error in the config file. cfg is the caller's to
 * config_done().
 */
int app_settings(const struct cli *cli, struct config *cfg, struct run_opts *o);
/*
 * Flush stdout. When the output cannot be written (a full disk, a closed
 * pipe): say so on stderr, then `done` (when not NULL: what was done all the
 * same, such as a routine saved), send the rest of stdout to /dev/null so the
 * failure is told once, and return 74 (EX_IOERR). Returns 0 when all is written.
 */
int app_flush(const char *done);

/* --- app_today.c ---------------------------------------------------------- */

/*
 * The needs every routine is planned with today (today.h): the settings
 * (app_settings()) and what the history says (hurt lately, swapped for
 * hurting twice, what works). o.today points at needs, so t must not move
 * once initialised.
 */
struct app_today {
	struct config cfg;
	struct run_opts o;
	struct history_stats hist;
	struct whatworks works;
	bool first_run;
	const char **swapped;      /* needs.adapt.hurt, ids borrowed from works */
	struct today_needs needs;
};
/* Read them for cli. Returns 0, or the exit status after a bad config (t is set up either way). */
int app_today_init(struct app_today *t, const struct cli *cli);
/* A session just logged: what it marked hurt counts from the next routine on. */
void app_today_add(struct app_today *t, const struct history_record *r);
/* Stretch id is brought back: no longer left out or swapped. */
void app_today_forget(struct app_today *t, const char *id);
void app_today_done(struct app_today *t);
/*
 * Why nothing of r runs today (t, planned with a's needs, not TODAY_RUNS):
 * every stretch hurt lately, a recent operation, the warm-up and calm end
 * lost, or nothing suits; worded for a menu's note line or, when not
 * to_menu, the command line, where run says it and show too. The caller frees.
 */
char *app_today_not_run(const struct app_today *a, const struct today *t, const struct routine *r,
    bool to_menu);

/* --- app_suggest.c -------------------------------------------------------- */

/*
 * "did you mean pigeon?" for an id not in c, from the stretch and/or
 * routine ids near it; NULL when none is. The caller frees.
 */
char *app_did_you_mean(const struct catalogue *c, const char *typed, bool stretches,
    bool routines);
/*
 * The catalogue in use with *r set to its routine cli->args[0] (the caller
 * frees it), or NULL with *status set after saying why: the catalogue's
 * errors, or no such routine (and which ids are near), EXIT_USAGE.
 */
struct catalogue *app_load_routine(const struct cli *cli, const struct routine **r, int *status);

#endif
