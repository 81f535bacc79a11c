/*
 * cmd.h — the commands main() dispatches to (each returns an exit status),
 * and what they share to read the command line and talk to the user:
 * loading the catalogue with its errors printed, the settings in force,
 * the needs of today's routines, flushing stdout. What both the commands
 * and the menus show is computed in the app layer (app.h).
 */
#ifndef SC_CMD_H
#define SC_CMD_H

#include "cli.h"
#include "config.h"
#include "history_stats.h"
#include "today.h"
#include "whatworks.h"

struct catalogue;

/*
 * Load the catalogue in use (--catalogue, $STRETCHCOACH_CATALOGUE, bundled
 * plus user). On failure prints every error and returns NULL with *status
 * set (65 or 66). Warnings are printed only when `warn` is true.
 */
struct catalogue *cmd_load_catalogue(const struct cli *cli, bool warn, int *status);

/*
 * cmd_suggest.c: "did you mean pigeon?" for an id not in c, from the
 * stretch and/or routine ids near it; NULL when none is. The caller frees.
 */
char *cmd_did_you_mean(const struct catalogue *c, const char *typed, bool stretches,
    bool routines);
/*
 * The catalogue in use with *r set to its routine cli->args[0] (the caller
 * frees it), or NULL with *status set after saying why: the catalogue's
 * errors, or no such routine (and which ids are near), EXIT_USAGE.
 */
struct catalogue *cmd_load_routine(const struct cli *cli, const struct routine **r, int *status);

/* cmd_info.c */
int cmd_list(const struct cli *cli);
int cmd_routines(const struct cli *cli);
int cmd_show(const struct cli *cli);
int cmd_validate(const struct cli *cli);
int cmd_safety(const struct cli *cli);

/* cmd_run.c: menus and sessions, in the plain or curses front end */
int cmd_menu(const struct cli *cli);      /* no command, morning, evening */
int cmd_run(const struct cli *cli);       /* run ROUTINE-ID [--minutes N] */
/*
 * Coach routine r in the front end the command line asks for, adapted to the
 * kneel, floor and conditions settings, then fitted to fit_minutes when that
 * is over 0; note (or NULL) is said first.
 */
int cmd_run_routine(const struct cli *cli, const struct routine *r, const char *note, int fit_minutes);

/*
 * cmd_run.c: the front end the command line asks for: plain when asked or
 * when stdout is not a terminal, curses otherwise (plain when it cannot).
 */
struct frontend cmd_open_frontend(const struct cli *cli, const struct run_opts *o);

/* cmd_profile.c: the first-visit questions */
struct built;
struct config;
struct profile;
/*
 * The answers as `config` shows them, each into a buffer of size bytes:
 * the area in the config file's word (or "(not answered)", and then the
 * other two empty), "leg symptoms: no", "eased by: bending-backward".
 */
void cmd_profile_rows(const struct profile *p, char *area, char *leg, char *eases, size_t size);
/* The conditions in bits, in the checklist's words, sep between them; "" for none. */
void cmd_profile_conditions(unsigned conds, const char *sep, char *buf, size_t size);
/*
 * Ask the four questions (where, down a leg, what eases it, the conditions
 * to allow for) through fe, starting from the answers in cfg: each can be
 * skipped or gone back to, and Esc leaves them. The answers given are kept
 * in cfg and the config file ("profile", and "conditions" once the
 * checklist is answered); a note says so, or why they could not be saved.
 * Returns false when a terminating signal ended them: nothing changed.
 */
bool cmd_profile_ask(struct frontend *fe, struct config *cfg);
/* `profile`: the questions again. */
int cmd_profile(const struct cli *cli);

/* cmd_followup.c: the next-day check */
/*
 * On launch: the next-day check when it is due, logged as a "next-day"
 * event, then what the answers call for. Returns a routine to start now
 * (from c, or made into *made for the caller to built_free()), or NULL.
 */
const struct routine *cmd_followup_check(struct frontend *fe, const struct catalogue *c,
    const struct today_needs *needs, struct built **made);
/* cmd_build.c */
int cmd_build(const struct cli *cli);

/*
 * cmd_config.c: the settings in force, from the defaults, the config file,
 * NO_COLOR and the command line (which wins), as run options. Returns 0, or
 * 65 after printing every error in the config file. cfg is the caller's to
 * config_done().
 */
struct config;
int cmd_settings(const struct cli *cli, struct config *cfg, struct run_opts *o);
/* `config`; and `remind` (cmd_remind.c) */
int cmd_config(const struct cli *cli);
int cmd_remind(const struct cli *cli);

/* cmd_programme.c: `programme`, `programme start ID | status | stop` */
int cmd_programme(const struct cli *cli);
/*
 * cmd_programme.c: cmd_load_catalogue(cli, false, ...) for the app layer's
 * load callbacks (app.h); arg is the const struct cli. NULL when it fails.
 */
struct catalogue *cmd_load_catalogue_quiet(const void *arg);
/*
 * Flush stdout. When the output cannot be written (a full disk, a closed
 * pipe): say so on stderr, then `done` (when not NULL: what was done all the
 * same, such as a routine saved), send the rest of stdout to /dev/null so the
 * failure is told once, and return 74 (EX_IOERR). Returns 0 when all is written.
 */
int cmd_flush(const char *done);

/*
 * cmd_build.c: the ids a build must leave out: the `hurt` ones and those that
 * do not suit needs (kneel, floor, conditions). Borrows the ids; the caller
 * frees the array. Sets *n.
 */
struct adapt_needs;
const char **cmd_build_avoid(const struct catalogue *c, const char *const *hurt, size_t nhurt,
    const struct adapt_needs *needs, size_t *n);
/*
 * cmd_today.c: the needs every routine is planned with today (today.h):
 * the settings (cmd_settings()) and what the history says (hurt lately,
 * swapped for hurting twice, what works). o.today points at needs, so t
 * must not move once initialised.
 */
struct cmd_today {
	struct config cfg;
	struct run_opts o;
	struct history_stats hist;
	struct whatworks works;
	bool first_run;
	const char **swapped;      /* needs.adapt.hurt, ids borrowed from works */
	struct today_needs needs;
};
/* Read them for cli. Returns 0, or the exit status after a bad config (t is set up either way). */
int cmd_today_init(struct cmd_today *t, const struct cli *cli);
/* A session just logged: what it marked hurt counts from the next routine on. */
void cmd_today_add(struct cmd_today *t, const struct history_record *r);
/* Stretch id is brought back: no longer left out or swapped. */
void cmd_today_forget(struct cmd_today *t, const char *id);
void cmd_today_done(struct cmd_today *t);

/* cmd_history.c */
int cmd_history(const struct cli *cli);
/*
 * The history report `history` prints (text, or JSON with cli->json) for
 * cli->days, appended to r; `empty` is its line when there are no sessions.
 * c gives the catalogue for the suggestions (NULL: loaded when they need
 * it). Skipped lines are warnings in d. Returns 0, or -1 with the errors in
 * d (d->status the exit status).
 */
struct report;
struct diag;
int cmd_history_report(const struct cli *cli, const struct catalogue *c, const char *empty,
    struct report *r, struct diag *d);
/* cmd_status.c: `status [--format F]` */
int cmd_status(const struct cli *cli);

/* cmd_sheet.c: `sheet ROUTINE-ID [--html|--pdf] [-o FILE]` */
int cmd_sheet(const struct cli *cli);
/* `history --report [--days N] [-o FILE]`: the log for a physiotherapist, as HTML */
int cmd_history_sheet(const struct cli *cli);

/* cmd_export.c: `history --csv` and `programme calendar [ID]` */
int cmd_history_csv(const struct cli *cli);
int cmd_programme_calendar(const struct cli *cli, const char *id);

#endif
