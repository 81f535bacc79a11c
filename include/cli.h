/* cli.h — the command line, parsed. */
#ifndef SC_CLI_H
#define SC_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "frontend.h"

enum command {
	CMD_MENU, CMD_MORNING, CMD_EVENING, CMD_RUN, CMD_BUILD, CMD_LIST,
	CMD_ROUTINES, CMD_SHOW, CMD_HISTORY, CMD_STATUS, CMD_VALIDATE,
	CMD_SAFETY, CMD_CONFIG, CMD_REMIND, CMD_PROGRAMME, CMD_SHEET, CMD_HELP, CMD_VERSION,
	CMD_PROFILE,
};

/* Which run options were given on the command line (config fills the rest). */
enum {
	OPT_BREATH = 1u << 0, OPT_BELL = 1u << 1, OPT_COLOR = 1u << 2,
	OPT_CHECKIN = 1u << 3, OPT_SAY = 1u << 4, OPT_SPEED = 1u << 5,
	OPT_KNEEL = 1u << 6, OPT_FLOOR = 1u << 7,
};

/* Everything the command line says. Strings point into argv. */
struct cli {
	enum command cmd;
	const char *catalogue;     /* -c, --catalogue */
	bool plain;                /* --plain */
	struct run_opts run;       /* --speed, --breath, --no-bell, --no-color, --no-checkin, --say,
	                              --no-kneel, --no-floor */
	unsigned given;            /* OPT_* bits set on the command line */
	/* run, build */
	int minutes;               /* --minutes; 0 when not given */
	const char *time;          /* --time morning|evening */
	const char *area;          /* --area A[,A...] */
	const char *level;         /* --level */
	const char *without;       /* --without E[,E...] */
	const char *with;          /* --with E[,E...] */
	bool include_hurt;         /* --include-hurt */
	bool at_desk;              /* --at-desk */
	bool seed_given;
	unsigned long seed;        /* --seed */
	const char *save;          /* --save ID */
	bool then_run;             /* build --run */
	bool what_works;           /* build --what-works */
	/* list, routines, history */
	bool json;                 /* --json */
	int days;                  /* history --days; 0 when not given */
	const char *days_text;     /* --days as given (history: a count; remind: weekdays) */
	/* remind */
	const char *every;         /* --every 45m */
	const char *routine;       /* remind --routine ID */
	const char *snooze;        /* remind --snooze 10m */
	const char *hours;         /* remind --hours 9-18 */
	/* status */
	const char *format;        /* status --format json|waybar|i3blocks|tmux */
	/* history, sheet */
	bool csv;                  /* history --csv */
	bool list_commands;        /* help --commands */
	bool report;               /* history --report (also --sheet) */
	bool pdf;                  /* sheet --pdf (--html is the default) */
	const char *output;        /* sheet, history --report: -o, --output FILE */
	/* positional arguments after the command */
	char **args;
	int nargs;
};

/*
 * Parse argv into cli (defaults filled in: speed 1, breath 4:6, bell, colour
 * and check-in on). Returns 0, or -1 with *cause set to a one-line usage
 * error (the caller frees it; exit 2).
 */
int cli_parse(int argc, char **argv, struct cli *cli, char **cause);

/* Run the command cli names: its row's function in the command table. Returns the exit status. */
int cli_run(const struct cli *cli);

/* Print the --help text to fp. */
void cli_usage(FILE *fp);
/*
 * Print command `name`'s help to fp: its usage, what it does, its options
 * and examples, from the command table. Returns 0, or -1 with *cause set
 * (the caller frees) when there is no such command.
 */
int cli_command_help(FILE *fp, const char *name, char **cause);

#endif
