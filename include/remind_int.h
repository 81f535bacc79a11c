/* remind_int.h — what the files of `stretchcoach remind` share. */
#ifndef SC_REMIND_INT_H
#define SC_REMIND_INT_H

#include <stdbool.h>
#include <sys/types.h>
#include <time.h>

#include "history.h"
#include "idle.h"

struct cli;
struct config;
struct routine;
struct notify;
struct ui_sound;

/* While the screen is locked, look again this often (seconds). */
#define LOCKED_RECHECK_S 60

/* What the user answered to an offer. */
enum answer {
	ANS_START, ANS_SNOOZE, ANS_SKIP, ANS_STOP,
	ANS_NONE,    /* no one could answer (no terminal, no notification): offered again after the snooze */
};

/* Everything one `remind` run keeps between offers. */
struct remind {
	const struct cli *cli;
	const struct config *cfg;
	const struct routine *r;
	long every, snooze;         /* seconds; snooze is never longer than every */
	char *tty;                  /* our terminal; NULL when none */
	bool keys;                  /* stdin is a terminal: single keys */
	bool pane;                  /* stdout is a terminal: the status line is kept up to date */
	bool status_open;           /* the status line is on screen, without its newline */
	bool prompt_open;           /* the offer's prompt waits at the end of its line */
	bool notify;                /* offers also go to the desktop */
	bool notify_down;           /* the last notification failed (said once; tried again at each offer) */
	bool stdin_eof;             /* the input has ended: only the desktop can answer */
	struct ui_sound *sound;
	time_t credited;            /* the last activity whose time away already counted */
	enum idle_source source;    /* where time away was read last */
	bool source_said;           /* ... and that has been said */
	time_t lock_from;           /* since when the locked screen has kept the user away; 0 when unlocked */
	bool lock_credited;         /* that time has counted as a break */
	pid_t term_pid;             /* the terminal window last opened for a routine, until reaped */
};

void remind_say(struct remind *rm, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Log a reminder event (skipped, snoozed, away); a failure is said but does not stop the reminders. */
void remind_log_event(struct remind *rm, enum history_event ev, time_t from, time_t to);

/* The sentence naming where time away is read (or that it cannot be). */
const char *remind_source_words(enum idle_source s);

/* Look where time away comes from, and say it when that changed (or was never said). */
void remind_name_source(struct remind *rm, const struct idle_report *idle);

/*
 * Before an offer: true when there is to be none, because the screen is
 * locked or the user has been away at least away_counts_after (that time
 * is the break: it is said and logged). *next gets the seconds to wait.
 */
bool remind_no_offer(struct remind *rm, long *next);

/* Send the offer to the desktop too; NULL when it cannot go (said once until it works again). */
struct notify *remind_offer_desktop(struct remind *rm, const char *len);

/* What the desktop answered; -1 while it has not. Once it has (or failed), *n is closed and NULL. */
int remind_read_desktop(struct remind *rm, struct notify **n, enum answer *a);

/* Withdraw a notification that had no answer in time (its service may be gone). */
void remind_desktop_give_up(struct remind *rm, struct notify **n);

/* Whether the remind pane is where the user can see it (a terminal, attached). */
bool remind_in_view(const struct remind *rm);

/* Open the routine in a new terminal window; 0, or -1 with *cause (caller frees). */
int remind_open_terminal(struct remind *rm, char **cause);

/* The terminal program a routine opens in: $TERMINAL, else x-terminal-emulator. */
const char *remind_terminal(void);

#endif
