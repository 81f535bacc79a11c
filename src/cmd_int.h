/*
 * cmd_int.h — what the commands' files share that is not a command of the
 * table: the front end a command opens and the routine it coaches there,
 * the first-visit questions and the next-day check (which talk to the user
 * through a front end, so they are not the app layer's), and the parts of
 * one command another calls (`history --csv`, `programme calendar`). It
 * brings cmd.h and app.h with it.
 */
#ifndef SC_CMD_INT_H
#define SC_CMD_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"
#include "cmd.h"

struct adapt_needs;
struct built;
struct catalogue;
struct cli;
struct config;
struct diag;
struct frontend;
struct profile;
struct report;
struct routine;
struct run_opts;
struct today_needs;

/*
 * cmd_run.c: coach routine r in the front end the command line asks for,
 * adapted to the kneel, floor and conditions settings, then fitted to
 * fit_minutes when that is over 0; note (or NULL) is said first. alone: the
 * program ends after it (run ROUTINE, build --run), so q before the session
 * quits and says so; false where the caller goes on (remind).
 */
int cmd_run_routine(const struct cli *cli, const struct routine *r, const char *note, int fit_minutes,
    bool alone);
/*
 * cmd_run.c: the front end the command line asks for: plain when asked or
 * when stdout is not a terminal, curses otherwise (plain when it cannot).
 */
struct frontend cmd_open_frontend(const struct cli *cli, const struct run_opts *o);

/* cmd_profile.c: the first-visit questions */
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
 * menu: a main menu follows, whose About your back asks again (else the
 * note names the profile command).
 */
bool cmd_profile_ask(struct frontend *fe, struct config *cfg, bool menu);

/*
 * cmd_followup.c: on launch, the next-day check when it is due, logged as a
 * "next-day" event, then what the answers call for. Returns a routine to
 * start now (from c, or made into *made for the caller to built_free()), or
 * NULL.
 */
const struct routine *cmd_followup_check(struct frontend *fe, const struct catalogue *c,
    const struct today_needs *needs, struct built **made);

/*
 * cmd_build.c: the ids a build must leave out: the `hurt` ones and those that
 * do not suit needs (kneel, floor, conditions). Borrows the ids; the caller
 * frees the array. Sets *n.
 */
const char **cmd_build_avoid(const struct catalogue *c, const char *const *hurt, size_t nhurt,
    const struct adapt_needs *needs, size_t *n);

/*
 * cmd_history.c: the history report `history` prints (text, or JSON with
 * cli->json) for cli->days, appended to r; `empty` is its line when there
 * are no sessions. c gives the catalogue for the suggestions (NULL: loaded
 * when they need it). Skipped lines are warnings in d. Returns 0, or -1
 * with the errors in d (d->status the exit status).
 */
int cmd_history_report(const struct cli *cli, const struct catalogue *c, const char *empty,
    struct report *r, struct diag *d);
/* cmd_sheet.c: `history --report [--days N] [-o FILE]`: the log for a physiotherapist, as HTML */
int cmd_history_sheet(const struct cli *cli);
/* cmd_export.c: `history --csv` and `programme calendar [ID]` */
int cmd_history_csv(const struct cli *cli);
int cmd_programme_calendar(const struct cli *cli, const char *id);
/*
 * Whether a programme may start or be written out for these conditions: not
 * after an operation, as build makes nothing then (said on stderr).
 */
bool cmd_programme_may_run(unsigned conditions);

#endif
