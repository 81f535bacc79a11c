/* cli.c — argument parsing and the --help text. */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "i18n.h"
#include "text.h"

static const struct {
	const char *name;
	enum command cmd;
	int min_args, max_args;
} commands[] = {
	{ "morning", CMD_MORNING, 0, 0 }, { "evening", CMD_EVENING, 0, 0 },
	{ "run", CMD_RUN, 1, 1 }, { "build", CMD_BUILD, 0, 0 },
	{ "list", CMD_LIST, 0, 0 }, { "routines", CMD_ROUTINES, 0, 0 },
	{ "show", CMD_SHOW, 1, 1 }, { "history", CMD_HISTORY, 0, 0 },
	{ "status", CMD_STATUS, 0, 0 }, { "validate", CMD_VALIDATE, 0, INT_MAX },
	{ "safety", CMD_SAFETY, 0, 0 }, { "config", CMD_CONFIG, 0, 0 },
	{ "remind", CMD_REMIND, 0, 0 }, { "programme", CMD_PROGRAMME, 0, 2 },
	{ "help", CMD_HELP, 0, 0 },
};

/* Options that only some commands take; the others are global. */
enum {
	O_MINUTES = 256, O_TIME, O_AREA, O_LEVEL, O_WITHOUT, O_AT_DESK, O_SEED,
	O_SAVE, O_RUN, O_JSON, O_DAYS, O_EVERY, O_ROUTINE, O_PLAIN, O_SPEED,
	O_BREATH, O_NO_CHECKIN, O_NO_BELL, O_NO_COLOR, O_SAY, O_WHAT_WORKS, O_SNOOZE, O_HOURS,
};

static const struct option long_opts[] = {
	{ "catalogue", required_argument, NULL, 'c' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ "plain", no_argument, NULL, O_PLAIN },
	{ "speed", required_argument, NULL, O_SPEED },
	{ "breath", required_argument, NULL, O_BREATH },
	{ "no-checkin", no_argument, NULL, O_NO_CHECKIN },
	{ "no-bell", no_argument, NULL, O_NO_BELL },
	{ "no-color", no_argument, NULL, O_NO_COLOR },
	{ "say", required_argument, NULL, O_SAY },
	{ "minutes", required_argument, NULL, O_MINUTES },
	{ "time", required_argument, NULL, O_TIME },
	{ "area", required_argument, NULL, O_AREA },
	{ "level", required_argument, NULL, O_LEVEL },
	{ "without", required_argument, NULL, O_WITHOUT },
	{ "at-desk", no_argument, NULL, O_AT_DESK },
	{ "seed", required_argument, NULL, O_SEED },
	{ "save", required_argument, NULL, O_SAVE },
	{ "run", no_argument, NULL, O_RUN },
	{ "what-works", no_argument, NULL, O_WHAT_WORKS },
	{ "json", no_argument, NULL, O_JSON },
	{ "days", required_argument, NULL, O_DAYS },
	{ "every", required_argument, NULL, O_EVERY },
	{ "routine", required_argument, NULL, O_ROUTINE },
	{ "snooze", required_argument, NULL, O_SNOOZE },
	{ "hours", required_argument, NULL, O_HOURS },
	{ NULL, 0, NULL, 0 },
};

/* Which commands take each command-specific option. */
static const struct {
	int opt;
	const char *name;
	unsigned cmds;
} scoped[] = {
	{ O_MINUTES, "--minutes", 1u << CMD_RUN | 1u << CMD_BUILD },
	{ O_TIME, "--time", 1u << CMD_BUILD | 1u << CMD_LIST | 1u << CMD_ROUTINES },
	{ O_AREA, "--area", 1u << CMD_BUILD | 1u << CMD_LIST },
	{ O_LEVEL, "--level", 1u << CMD_BUILD },
	{ O_WITHOUT, "--without", 1u << CMD_BUILD },
	{ O_AT_DESK, "--at-desk", 1u << CMD_BUILD },
	{ O_SEED, "--seed", 1u << CMD_BUILD },
	{ O_SAVE, "--save", 1u << CMD_BUILD },
	{ O_RUN, "--run", 1u << CMD_BUILD },
	{ O_WHAT_WORKS, "--what-works", 1u << CMD_BUILD },
	{ O_JSON, "--json", 1u << CMD_LIST | 1u << CMD_ROUTINES | 1u << CMD_HISTORY },
	{ O_DAYS, "--days", 1u << CMD_HISTORY | 1u << CMD_REMIND },
	{ O_EVERY, "--every", 1u << CMD_REMIND },
	{ O_ROUTINE, "--routine", 1u << CMD_REMIND },
	{ O_SNOOZE, "--snooze", 1u << CMD_REMIND },
	{ O_HOURS, "--hours", 1u << CMD_REMIND },
};

static int
parse_int(const char *s, long lo, long hi, long *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v < lo || v > hi)
		return -1;
	*out = v;
	return 0;
}

/* Set *cause to "BEFORE'ARG'AFTER", arg made safe for the terminal. */
static int
fail(char **cause, const char *fmt, const char *arg)
{
	const char *mark = strstr(fmt, "%s");
	char *safe = text_safe(arg != NULL ? arg : "");

	*cause = xasprintf("%.*s%s%s", (int)(mark - fmt), fmt, safe, mark + 2);
	free(safe);
	return -1;
}

/* Apply one option; returns 0 or -1 with *cause. */
static int
apply(struct cli *cli, int opt, const char *arg, char **cause)
{
	long v, w;
	char *colon;

	switch (opt) {
	case 'c': cli->catalogue = arg; break;
	case O_PLAIN: cli->plain = true; break;
	case O_SPEED:
		if (parse_int(arg, 1, 1000, &v) < 0)
			return fail(cause, _("--speed takes a whole number from 1 to 1000, not '%s'"), arg);
		cli->run.speed = (int)v;
		cli->given |= OPT_SPEED;
		break;
	case O_BREATH:
		colon = strchr(arg, ':');
		if (colon == NULL)
			return fail(cause, _("--breath takes IN:OUT in seconds, like 4:6, not '%s'"), arg);
		*colon = '\0';
		if (parse_int(arg, 1, 30, &v) < 0 || parse_int(colon + 1, 1, 30, &w) < 0) {
			*colon = ':';
			return fail(cause, _("--breath takes IN:OUT, each 1 to 30 seconds, not '%s'"), arg);
		}
		*colon = ':';
		cli->run.breath_in = (int)v;
		cli->run.breath_out = (int)w;
		cli->given |= OPT_BREATH;
		break;
	case O_NO_CHECKIN: cli->run.checkin = false; cli->given |= OPT_CHECKIN; break;
	case O_NO_BELL: cli->run.bell = false; cli->given |= OPT_BELL; break;
	case O_NO_COLOR: cli->run.color = false; cli->given |= OPT_COLOR; break;
	case O_SAY: cli->run.say = arg; cli->given |= OPT_SAY; break;
	case O_MINUTES:
		if (parse_int(arg, 1, 60, &v) < 0)
			return fail(cause, _("--minutes takes a whole number from 1 to 60, not '%s'"), arg);
		cli->minutes = (int)v;
		break;
	case O_TIME: cli->time = arg; break;
	case O_AREA: cli->area = arg; break;
	case O_LEVEL: cli->level = arg; break;
	case O_WITHOUT: cli->without = arg; break;
	case O_AT_DESK: cli->at_desk = true; break;
	case O_SEED:
		if (parse_int(arg, 0, LONG_MAX, &v) < 0)
			return fail(cause, _("--seed takes a whole number, not '%s'"), arg);
		cli->seed = (unsigned long)v;
		cli->seed_given = true;
		break;
	case O_SAVE: cli->save = arg; break;
	case O_RUN: cli->then_run = true; break;
	case O_WHAT_WORKS: cli->what_works = true; break;
	case O_JSON: cli->json = true; break;
	case O_DAYS: cli->days_text = arg; break;
	case O_EVERY: cli->every = arg; break;
	case O_SNOOZE: cli->snooze = arg; break;
	case O_HOURS: cli->hours = arg; break;
	case O_ROUTINE: cli->routine = arg; break;
	}
	return 0;
}

static const char *
command_name(enum command c)
{
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (commands[i].cmd == c)
			return commands[i].name;
	return "menu";
}

/* The positional arguments: the command and its operands. */
static int
parse_command(struct cli *cli, int argc, char **argv, char **cause)
{
	size_t i;

	cli->args = argv + optind;
	cli->nargs = argc - optind;
	if (cli->cmd == CMD_HELP || cli->cmd == CMD_VERSION || cli->nargs == 0)
		return 0;
	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(commands[i].name, cli->args[0]) == 0)
			break;
	if (i == sizeof commands / sizeof commands[0])
		return fail(cause, _("unknown command '%s' (see stretchcoach --help)"), cli->args[0]);
	cli->cmd = commands[i].cmd;
	cli->args++;
	cli->nargs--;
	if (cli->nargs < commands[i].min_args) {
		*cause = xasprintf(cli->cmd == CMD_RUN ?
		    _("'%s' needs a routine id, like: stretchcoach run morning-wake-up (see stretchcoach --help)") :
		    _("'%s' needs a stretch or routine id, like: stretchcoach show cat-cow (see stretchcoach --help)"),
		    commands[i].name);
		return -1;
	}
	if (cli->nargs > commands[i].max_args)
		return fail(cause, _("too many arguments: '%s'"), cli->args[commands[i].max_args]);
	return 0;
}

int
cli_parse(int argc, char **argv, struct cli *cli, char **cause)
{
	unsigned seen_scoped = 0;
	int opt;

	memset(cli, 0, sizeof *cli);
	cli->cmd = CMD_MENU;
	cli->run = (struct run_opts){ .speed = 1, .breath_in = 4, .breath_out = 6,
	    .bell = true, .color = true, .checkin = true };
	optind = 1;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, ":c:hV", long_opts, NULL)) != -1) {
		if (opt == '?') {
			if (optopt != 0)
				return fail(cause, _("unknown option '-%s' (see stretchcoach --help)"),
				    (char[]){ (char)optopt, '\0' });
			return fail(cause, _("unknown option '%s' (see stretchcoach --help)"), argv[optind - 1]);
		}
		if (opt == ':')
			return fail(cause, _("option '%s' needs a value (see stretchcoach --help)"), argv[optind - 1]);
		if (opt == 'h')
			cli->cmd = CMD_HELP;
		else if (opt == 'V')
			cli->cmd = CMD_VERSION;
		else if (apply(cli, opt, optarg, cause) < 0)
			return -1;
		for (size_t i = 0; i < sizeof scoped / sizeof scoped[0]; i++)
			if (scoped[i].opt == opt)
				seen_scoped |= 1u << i;
	}
	if (parse_command(cli, argc, argv, cause) < 0)
		return -1;
	/* --days is a count for history and weekdays for remind: read once the command is known */
	if (cli->days_text != NULL && cli->cmd == CMD_HISTORY) {
		long v;

		if (parse_int(cli->days_text, 1, 3650, &v) < 0)
			return fail(cause, _("--days takes a whole number from 1 to 3650, not '%s'"), cli->days_text);
		cli->days = (int)v;
	}
	for (size_t i = 0; i < sizeof scoped / sizeof scoped[0]; i++) {
		if ((seen_scoped & (1u << i)) && !(scoped[i].cmds & (1u << cli->cmd)) &&
		    cli->cmd != CMD_HELP && cli->cmd != CMD_VERSION) {
			*cause = xasprintf(_("%s does not apply to '%s' (see stretchcoach --help)"),
			    scoped[i].name, command_name(cli->cmd));
			return -1;
		}
	}
	return 0;
}

void
cli_usage(FILE *fp)
{
	/* TRANSLATORS: keep every line of the help within 80 columns. */
	fputs(_(
"Usage: stretchcoach [OPTIONS] [COMMAND [ARGS]]\n"
"A stretching coach for your terminal: timed holds, sides, reps and breathing cues.\n"
"\n"
"Commands:\n"
"  (none)                  main menu: morning, evening, all routines, build, history\n"
"  morning | evening       pick a routine for that time of day\n"
"  run ROUTINE-ID [--minutes N]\n"
"                          start a routine; --minutes fits it to the time you have\n"
"  build [--minutes N] [--time morning|evening] [--area A[,A...]]\n"
"        [--level gentle|moderate|deep] [--without EQUIPMENT[,...]]\n"
"        [--at-desk] [--seed N] [--save ID] [--run] [--what-works]\n"
"                          compose a routine; print it, save it, or run it;\n"
"                          --what-works prefers the routines that eased you most\n"
"  list [--area A] [--time T] [--json]\n"
"                          the stretches\n"
"  routines [--time T] [--json]\n"
"                          the routines\n"
"  show STRETCH-ID|ROUTINE-ID\n"
"                          details of one stretch or routine\n"
"  history [--days N] [--json]\n"
"                          past sessions, streak, tension trend\n"
"  status                  one short line for a shell prompt or tmux status bar\n"
"  validate [FILE...]      check catalogue files (default: those in use)\n"
"  safety                  the safety notes and the red flags\n"
"  config                  the effective settings and where each came from\n"
"  remind [--every 45m] [--routine ID] [--snooze 10m] [--hours 9-18] [--days mon-fri]\n"
"                          wait quietly, then offer a break routine; repeat\n"
"  programme [start ID | status | stop]\n"
"                          plans over days: list them, start one, see today's step\n"
"  help                    this help\n"
"\n"), fp);
	fputs(_(
"Options:\n"
"  -c, --catalogue FILE    use FILE instead of the default catalogue lookup\n"
"      --plain             line-oriented output (default when not on a terminal)\n"
"      --speed N           run the clock N times faster, to preview (1..1000)\n"
"      --breath IN:OUT     breathing pace in seconds (default 4:6)\n"
"      --no-checkin        skip the before/after tension check-in\n"
"      --no-bell           no terminal bell at transitions\n"
"      --no-color          no colours (NO_COLOR in the environment does the same)\n"
"      --say CMD           speak cues through CMD (e.g. espeak-ng), the text as one argument\n"
"  -h, --help              show this help\n"
"  -V, --version           show the version\n"
"\n"), fp);
	fputs(_(
"Keys during a session: space pause, n/right next, b/left back, h this hurts,\n"
"+/- 5 s more/less, ? help, q quit.\n"
"\n"), fp);
	fputs(_(
"Examples:\n"
"  stretchcoach morning                     pick a morning routine\n"
"  stretchcoach run evening-unwind          start a routine by id\n"
"  stretchcoach build --minutes 5 --at-desk a quick desk break\n"
"  stretchcoach run morning-wake-up --speed 60 --plain\n"
"                                           preview a routine as text\n"
"\n"), fp);
	fputs(_(
"Exit status: 0 done (also when you quit a session), 2 usage error,\n"
"65 invalid catalogue, config or history data, 66 a file cannot be opened,\n"
"70 internal error, 74 cannot write a file (the history, or build --save).\n"), fp);
}
