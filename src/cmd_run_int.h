/* cmd_run_int.h — what the run flow (cmd_run.c) and the menu's loop (cmd_run_menu.c) share. */
#ifndef SC_CMD_RUN_INT_H
#define SC_CMD_RUN_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"
#include "cmd_int.h"
#include "frontend.h"

struct built;
struct catalogue;
struct cli;
struct routine;

/* Everything one run needs beside the catalogue; set up by run_setup(). */
struct run_ctx {
	struct app_today t;   /* the settings, the history, and the needs every routine is planned with */
	/* the text of the main menu's lead entries */
	char lead_label[FRONTEND_LEADS][320];
	char lead_desc[FRONTEND_LEADS][1024];
	bool programme_lead;  /* the first lead entry is today's programme step */
	char *save_error;     /* what could not be saved, to print once the terminal is back */
	bool safety_shown;    /* the first-run pages were shown in this run */
	bool menu;            /* the main menu runs this (About your back there asks again) */
	struct app_swaps swaps;   /* stretches swapped for hurting twice lately (ids in works) */
	/* catalogues replaced after the Build screen saved, and routines it built */
	struct catalogue **old;
	size_t nold;
	struct built **built;
	size_t nbuilt;
};

/*
 * The settings in force and what the history says; check-ins need someone
 * at the keyboard. Returns 0, or the exit status after a bad config file.
 */
int run_setup(const struct cli *cli, struct run_ctx *rc);
/* Free what run_setup() and the run gathered. */
void run_done(struct run_ctx *rc);
/*
 * Coach what runs today of routine r (fit_minutes over 0: fitted to them),
 * saying first what changed and `note`; from a menu (to_menu) *again is set
 * when the user asks for it again. Returns the exit status.
 */
int run_routine(const struct cli *cli, struct frontend *fe, const struct routine *r,
    struct run_ctx *rc, bool to_menu, bool *again, int fit_minutes, const char *note);
/* Close the front end, then say what could not be saved and raise a signal that ended us. */
void run_close(struct frontend *fe, struct run_ctx *rc);
/* The questions about the back, and the conditions they set for every routine from now on. */
void run_profile(struct frontend *fe, struct run_ctx *rc);
/* On a first run: the safety page and the questions. Returns false when the user went back. */
bool run_first_pages(struct frontend *fe, struct run_ctx *rc);

#endif
