/* cli.c — the command table and argument parsing (the help it prints: cli_help.c). */
#include "cli.h"
#include "cli_int.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "diag.h"
#include "i18n.h"
#include "keymap.h"
#include "text.h"

/*
 * The commands: a name, the function that runs it, its argument bounds, and
 * its help (a synopsis after "stretchcoach ", a line for --help's list, what
 * it does, and examples, one a line). main() runs a row's function;
 * `CMD --help` and `help CMD` print a row; the general --help lists them all,
 * and `help --commands` feeds the shell completions. A new command is a
 * cmd_*.c file and a row here (docs/architecture.md).
 */
/* TRANSLATORS: in a synopsis ("run ROUTINE-ID [--minutes N]"), translate only
   the placeholders in capitals; command and option names stay as they are. */
static const struct command_entry commands[] = {
	{ "morning", CMD_MORNING, cmd_menu, 0, 0, NC_("synopsis", "morning"),
	    N_("pick a morning routine"),
	    N_("Pick a morning routine from a menu and start it."),
	    "stretchcoach morning\nstretchcoach morning --no-checkin" },
	{ "evening", CMD_EVENING, cmd_menu, 0, 0, NC_("synopsis", "evening"),
	    N_("pick an evening routine"),
	    N_("Pick an evening routine from a menu and start it."),
	    "stretchcoach evening" },
	{ "run", CMD_RUN, cmd_run, 1, 1, NC_("synopsis", "run ROUTINE-ID [--minutes N]"),
	    N_("start a routine; --minutes fits it to your time"),
	    N_("Start one routine directly; --minutes fits it to the time you have, with holds "
	    "scaled within sane bounds."),
	    "stretchcoach run evening-unwind\nstretchcoach run morning-wake-up --minutes 5\n"
	    "stretchcoach run desk-break --speed 60 --plain" },
	{ "build", CMD_BUILD, cmd_build, 0, 0, NC_("synopsis", "build [OPTIONS]"),
	    N_("compose a routine; print it, save it, or run it"),
	    N_("Compose a routine from the time you have, the areas to work, the level and the "
	    "equipment at hand; print it, save it to your catalogue, or run it."),
	    "stretchcoach build --minutes 5 --at-desk\n"
	    "stretchcoach build --minutes 15 --time evening --area hips,glutes --run\n"
	    "stretchcoach build --minutes 8 --seed 7 --save my-morning" },
	{ "list", CMD_LIST, cmd_list, 0, 0, NC_("synopsis", "list [--area A] [--time T] [--json]"),
	    N_("the stretches"),
	    N_("List the stretches, with their areas, level and position."),
	    "stretchcoach list\nstretchcoach list --area lower-back --time evening" },
	{ "routines", CMD_ROUTINES, cmd_routines, 0, 0, NC_("synopsis", "routines [--time T] [--json]"),
	    N_("the routines"),
	    N_("List the routines, with their length and time of day."),
	    "stretchcoach routines\nstretchcoach routines --time morning --json" },
	{ "show", CMD_SHOW, cmd_show, 1, 1, NC_("synopsis", "show STRETCH-ID|ROUTINE-ID"),
	    N_("details of one stretch or routine"),
	    N_("Show one stretch (steps, cautions, picture) or one routine (its stretches and "
	    "doses)."),
	    "stretchcoach show pigeon\nstretchcoach show evening-unwind" },
	{ "history", CMD_HISTORY, cmd_history, 0, 0, NC_("synopsis", "history [--days N] [--json|--csv|--report]"),
	    N_("past sessions, streak, tension trend; --csv: a row per session; --report: a page for your physio"),
	    N_("Past sessions as a heat-map, the streak, minutes, the tension trend, and "
	    "suggestions when a routine has become easy."),
	    "stretchcoach history\nstretchcoach history --days 365\nstretchcoach history --json\n"
	    "stretchcoach history --csv > sessions.csv\n"
	    "stretchcoach history --report -o for-my-physio.html" },
	{ "status", CMD_STATUS, cmd_status, 0, 0, NC_("synopsis", "status [--format json|waybar|i3blocks|tmux]"),
	    N_("one short line for a shell prompt or a status bar"),
	    N_("One short line for a shell prompt or a tmux status bar, or the same for "
	    "waybar, i3blocks or tmux with colour."),
	    "stretchcoach status\nstretchcoach status --format waybar\n"
	    "stretchcoach status --format tmux" },
	{ "validate", CMD_VALIDATE, cmd_validate, 0, INT_MAX, NC_("synopsis", "validate [FILE...]"),
	    N_("check catalogue files (default: those in use)"),
	    N_("Check catalogue files and report every problem (default: the catalogues in "
	    "use)."),
	    "stretchcoach validate\nstretchcoach validate my-catalogue.json" },
	{ "safety", CMD_SAFETY, cmd_safety, 0, 0, NC_("synopsis", "safety"),
	    N_("the safety notes and the red flags"),
	    N_("The safety notes: when to ease off, and the red flags that mean stop and see a "
	    "professional."),
	    "stretchcoach safety" },
	{ "config", CMD_CONFIG, cmd_config, 0, 0, NC_("synopsis", "config"),
	    N_("the effective settings and where each came from"),
	    N_("The settings in force and where each one came from."),
	    "stretchcoach config" },
	{ "remind", CMD_REMIND, cmd_remind, 0, 0, NC_("synopsis", "remind [OPTIONS]"),
	    N_("wait quietly, then offer a break routine; repeat"),
	    N_("Wait quietly, then offer a break routine; repeat."),
	    "stretchcoach remind --every 45m\n"
	    "stretchcoach remind --every 1h --hours 9-18 --days mon-fri" },
	{ "programme", CMD_PROGRAMME, cmd_programme, 0, 2, NC_("synopsis", "programme [start ID|status|stop|calendar [ID]]"),
	    N_("plans over days: list, start one, see today's step; calendar: the days to come as iCalendar (.ics)"),
	    N_("Plans over days: list them, start one, see today's step, stop it, or write the "
	    "days still to come as an iCalendar file for your calendar."),
	    "stretchcoach programme\nstretchcoach programme start PROGRAMME-ID\n"
	    "stretchcoach programme status\nstretchcoach programme calendar > plan.ics" },
	{ "sheet", CMD_SHEET, cmd_sheet, 1, 1, NC_("synopsis", "sheet ROUTINE-ID [--html|--pdf] [-o FILE]"),
	    N_("a printable home-exercise sheet of a routine"),
	    N_("Write a printable home-exercise sheet of a routine, to hand to a physiotherapist "
	    "or to pin up: each stretch's picture, steps, dose, breathing and cautions."),
	    "stretchcoach sheet evening-unwind -o unwind.html\n"
	    "stretchcoach sheet morning-wake-up --pdf -o wake-up.pdf" },
	{ "profile", CMD_PROFILE, cmd_profile, 0, 0, NC_("synopsis", "profile"),
	    N_("the questions about your back, again"),
	    N_("Answer the questions about your back again: where it is, whether it goes down a "
	    "leg, what eases it, which conditions apply. The answers steer what is offered; "
	    "they are no diagnosis."),
	    "stretchcoach profile\nstretchcoach profile --plain" },
	{ "help", CMD_HELP, cmd_help, 0, 1, NC_("synopsis", "help [COMMAND]"),
	    N_("this help, or one command's (also: COMMAND --help)"),
	    N_("The general help, or one command's."),
	    "stretchcoach help\nstretchcoach help run" },
};

/* Options that only some commands take; the others are global. */
enum {
	O_MINUTES = 256, O_TIME, O_AREA, O_LEVEL, O_WITHOUT, O_AT_DESK, O_SEED,
	O_SAVE, O_RUN, O_JSON, O_DAYS, O_EVERY, O_ROUTINE, O_PLAIN, O_SPEED,
	O_BREATH, O_NO_CHECKIN, O_NO_BELL, O_NO_COLOR, O_SAY, O_WHAT_WORKS, O_SNOOZE, O_HOURS,
	O_NO_KNEEL, O_NO_FLOOR, O_WITH, O_INCLUDE_HURT, O_FORMAT, O_CSV, O_HTML, O_PDF, O_REPORT,
	O_COMMANDS,
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
	{ "no-kneel", no_argument, NULL, O_NO_KNEEL },
	{ "no-floor", no_argument, NULL, O_NO_FLOOR },
	{ "minutes", required_argument, NULL, O_MINUTES },
	{ "time", required_argument, NULL, O_TIME },
	{ "area", required_argument, NULL, O_AREA },
	{ "level", required_argument, NULL, O_LEVEL },
	{ "without", required_argument, NULL, O_WITHOUT },
	{ "with", required_argument, NULL, O_WITH },
	{ "include-hurt", no_argument, NULL, O_INCLUDE_HURT },
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
	{ "format", required_argument, NULL, O_FORMAT },
	{ "csv", no_argument, NULL, O_CSV },
	{ "report", no_argument, NULL, O_REPORT },
	{ "html", no_argument, NULL, O_HTML },
	{ "pdf", no_argument, NULL, O_PDF },
	{ "output", required_argument, NULL, 'o' },
	{ "commands", no_argument, NULL, O_COMMANDS },
	{ NULL, 0, NULL, 0 },
};

/* Which commands take each command-specific option, and what it does. */
static const struct scoped_option scoped[] = {
	{ O_MINUTES, "--minutes", 1u << CMD_RUN | 1u << CMD_BUILD, "N",
	    N_("the minutes you have, 1 to 60") },
	{ O_TIME, "--time", 1u << CMD_BUILD | 1u << CMD_LIST | 1u << CMD_ROUTINES,
	    "morning|evening", N_("for that time of day") },
	{ O_AREA, "--area", 1u << CMD_BUILD | 1u << CMD_LIST, N_("A[,A...]"),
	    N_("areas to work: neck, shoulders, upper-back, mid-back, lower-back, hips, glutes, "
	    "hamstrings, core, chest, wrists, calves, quads") },
	{ O_LEVEL, "--level", 1u << CMD_BUILD, "gentle|moderate|deep",
	    N_("nothing deeper than this") },
	{ O_WITHOUT, "--without", 1u << CMD_BUILD, N_("EQUIPMENT[,...]"),
	    N_("leave out what needs it: wall, foam-roller, towel, block, ball, mat") },
	{ O_WITH, "--with", 1u << CMD_BUILD, N_("EQUIPMENT[,...]"),
	    N_("what you have: a foam-roller, ball or block is used only when named") },
	{ O_AT_DESK, "--at-desk", 1u << CMD_BUILD, NULL, N_("seated and standing moves only") },
	{ O_SEED, "--seed", 1u << CMD_BUILD, "N", N_("the same choices again") },
	{ O_SAVE, "--save", 1u << CMD_BUILD, N_("ID"), N_("keep it in your catalogue under ID") },
	{ O_RUN, "--run", 1u << CMD_BUILD, NULL, N_("start it at once") },
	{ O_WHAT_WORKS, "--what-works", 1u << CMD_BUILD, NULL,
	    N_("prefer the stretches of the routines that eased you most") },
	{ O_JSON, "--json", 1u << CMD_LIST | 1u << CMD_ROUTINES | 1u << CMD_HISTORY, NULL,
	    N_("JSON instead of text") },
	{ O_DAYS, "--days", 1u << CMD_HISTORY | 1u << CMD_REMIND, N_("N|D1-D2"),
	    N_("history: the last N days; remind: the weekdays, like mon-fri") },
	{ O_EVERY, "--every", 1u << CMD_REMIND, "45m", N_("how long between breaks") },
	{ O_ROUTINE, "--routine", 1u << CMD_REMIND, N_("ID"), N_("the routine to offer") },
	{ O_SNOOZE, "--snooze", 1u << CMD_REMIND, "10m", N_("how long a snooze lasts") },
	{ O_HOURS, "--hours", 1u << CMD_REMIND, N_("A-B"), N_("remind only between these hours") },
	{ O_FORMAT, "--format", 1u << CMD_STATUS, "json|waybar|i3blocks|tmux",
	    N_("for a status bar: JSON, waybar's JSON, i3blocks' three lines, or tmux with colour") },
	{ O_CSV, "--csv", 1u << CMD_HISTORY, NULL,
	    N_("every session in the window as CSV, one row each") },
	{ O_HTML, "--html", 1u << CMD_SHEET, NULL, N_("a web page to open and print (the default)") },
	{ O_PDF, "--pdf", 1u << CMD_SHEET, NULL, N_("a PDF, printed by Chromium") },
	{ O_REPORT, "--report", 1u << CMD_HISTORY, NULL,
	    N_("the last 30 days (or --days N) as a web page for your physiotherapist") },
	{ 'o', "--output", 1u << CMD_SHEET | 1u << CMD_HISTORY, N_("FILE"),
	    N_("write to FILE instead of the standard output") },
	{ O_COMMANDS, "--commands", 1u << CMD_HELP, NULL,
	    N_("every command and its line of help, a tab between them (for shell completion)") },
};

static int
parse_int(const char *s, long lo, long hi, long *out)
{
	char *end;
	long v;

	/* digits only: strtol alone would take leading spaces and a sign */
	if (*s < '0' || *s > '9')
		return -1;
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

/* --breath IN:OUT, each 1..30 s. */
static int
apply_breath(struct cli *cli, const char *arg, char **cause)
{
	const char *colon = strchr(arg, ':');
	char in[16];
	size_t n;
	long v, w;

	if (colon == NULL)
		/* TRANSLATORS: %s is what was given; keep --breath, IN:OUT and 4:6 as they are typed. */
		return fail(cause, _("--breath takes IN:OUT in seconds, like 4:6, not '%s'"), arg);
	n = (size_t)(colon - arg);
	if (n < sizeof in) {
		memcpy(in, arg, n);
		in[n] = '\0';
	}
	if (n >= sizeof in || parse_int(in, 1, 30, &v) < 0 || parse_int(colon + 1, 1, 30, &w) < 0)
		/* TRANSLATORS: %s is what was given; keep --breath and IN:OUT as they are typed. */
		return fail(cause, _("--breath takes IN:OUT, each 1 to 30 seconds, not '%s'"), arg);
	cli->run.breath_in = (int)v;
	cli->run.breath_out = (int)w;
	cli->given |= OPT_BREATH;
	return 0;
}

/* Apply one option whose value is checked here (a number, a format); 0 or -1 with *cause. */
static int
apply_checked(struct cli *cli, int opt, const char *arg, char **cause)
{
	long v;

	switch (opt) {
	case O_SPEED:
		if (parse_int(arg, 1, 1000, &v) < 0)
			/* TRANSLATORS: %s is what was given; keep --speed as it is typed. */
			return fail(cause, _("--speed takes a whole number from 1 to 1000, not '%s'"), arg);
		cli->run.speed = (int)v;
		cli->given |= OPT_SPEED;
		break;
	case O_MINUTES:
		if (parse_int(arg, 1, 60, &v) < 0)
			/* TRANSLATORS: %s is what was given; keep --minutes as it is typed. */
			return fail(cause, _("--minutes takes a whole number from 1 to 60, not '%s'"), arg);
		cli->minutes = (int)v;
		break;
	case O_SEED:
		if (parse_int(arg, 0, LONG_MAX, &v) < 0)
			/* TRANSLATORS: %s is what was given; keep --seed as it is typed. */
			return fail(cause, _("--seed takes a whole number, not '%s'"), arg);
		cli->seed = (unsigned long)v;
		cli->seed_given = true;
		break;
	case O_FORMAT:
		if (strcmp(arg, "json") != 0 && strcmp(arg, "waybar") != 0 &&
		    strcmp(arg, "i3blocks") != 0 && strcmp(arg, "tmux") != 0 && strcmp(arg, "plain") != 0)
			/* TRANSLATORS: %s is what was given; keep --format and its values as they are typed. */
			return fail(cause, _("--format takes json, waybar, i3blocks or tmux, not '%s'"), arg);
		cli->format = arg;
		break;
	}
	return 0;
}

/* Apply one option; returns 0 or -1 with *cause. */
static int
apply(struct cli *cli, int opt, const char *arg, char **cause)
{
	switch (opt) {
	case 'c': cli->catalogue = arg; break;
	case O_PLAIN: cli->plain = true; break;
	case O_SPEED: case O_MINUTES: case O_SEED: case O_FORMAT:
		return apply_checked(cli, opt, arg, cause);
	case O_BREATH: return apply_breath(cli, arg, cause);
	case O_NO_CHECKIN: cli->run.checkin = false; cli->given |= OPT_CHECKIN; break;
	case O_NO_BELL: cli->run.bell = false; cli->given |= OPT_BELL; break;
	case O_NO_COLOR: cli->run.color = false; cli->given |= OPT_COLOR; break;
	case O_NO_KNEEL: cli->run.kneel = false; cli->given |= OPT_KNEEL; break;
	case O_NO_FLOOR: cli->run.floor = false; cli->given |= OPT_FLOOR; break;
	case O_SAY: cli->run.say = arg; cli->given |= OPT_SAY; break;
	case O_TIME: cli->time = arg; break;
	case O_AREA: cli->area = arg; break;
	case O_LEVEL: cli->level = arg; break;
	case O_WITHOUT: cli->without = arg; break;
	case O_WITH: cli->with = arg; break;
	case O_INCLUDE_HURT: cli->include_hurt = true; break;
	case O_AT_DESK: cli->at_desk = true; break;
	case O_SAVE: cli->save = arg; break;
	case O_RUN: cli->then_run = true; break;
	case O_WHAT_WORKS: cli->what_works = true; break;
	case O_JSON: cli->json = true; break;
	case O_DAYS: cli->days_text = arg; break;
	case O_EVERY: cli->every = arg; break;
	case O_SNOOZE: cli->snooze = arg; break;
	case O_HOURS: cli->hours = arg; break;
	case O_ROUTINE: cli->routine = arg; break;
	case O_CSV: cli->csv = true; break;
	case O_REPORT: cli->report = true; break;
	case O_HTML: cli->pdf = false; break;
	case O_PDF: cli->pdf = true; break;
	case 'o': cli->output = arg; break;
	case O_COMMANDS: cli->list_commands = true; break;
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

/* "unknown command 'hisory'; did you mean history?" */
int
cli_unknown_command(const char *typed, char **cause)
{
	const char *near = NULL;
	char *safe = text_safe(typed);

	for (size_t i = 0; i < sizeof commands / sizeof commands[0] && near == NULL; i++)
		if (text_near(typed, commands[i].name))
			near = commands[i].name;
	if (near != NULL)
		/* TRANSLATORS: The first %s is the word typed, the second the command it looks like
		   ("show"), as it is typed. Keep "stretchcoach --help" as it is typed. */
		*cause = xasprintf(_("unknown command '%s'; did you mean %s? (see stretchcoach "
		    "--help)"), safe, near);
	else
		/* TRANSLATORS: %s is the command given; keep "stretchcoach --help" as it is typed. */
		*cause = xasprintf(_("unknown command '%s' (see stretchcoach --help)"), safe);
	free(safe);
	return -1;
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
		return cli_unknown_command(cli->args[0], cause);
	cli->cmd = commands[i].cmd;
	cli->args++;
	cli->nargs--;
	if (cli->nargs < commands[i].min_args) {
		*cause = xasprintf(cli->cmd == CMD_RUN ?
		    /* TRANSLATORS: %s is the command typed ("run"). Keep the example command and
		       "stretchcoach --help" exactly as they are typed. */
		    _("'%s' needs a routine id, like: stretchcoach run morning-wake-up (see stretchcoach --help)") :
		    /* TRANSLATORS: %s is the command typed ("show"). Keep the example command and
		       "stretchcoach --help" exactly as they are typed. */
		    _("'%s' needs a stretch or routine id, like: stretchcoach show cat-cow (see stretchcoach --help)"),
		    commands[i].name);
		return -1;
	}
	if (cli->nargs > commands[i].max_args)
		/* TRANSLATORS: %s is the first argument too many. */
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
	    .bell = true, .color = true, .checkin = true, .kneel = true, .floor = true };
	optind = 1;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, ":c:hVo:", long_opts, NULL)) != -1) {
		if (opt == '?') {
			if (optopt != 0)
				/* TRANSLATORS: %s is the option letter given (after its dash); keep "stretchcoach --help" as typed. */
				return fail(cause, _("unknown option '-%s' (see stretchcoach --help)"),
				    (char[]){ (char)optopt, '\0' });
			/* TRANSLATORS: %s is the option given; keep "stretchcoach --help" as it is typed. */
			return fail(cause, _("unknown option '%s' (see stretchcoach --help)"), argv[optind - 1]);
		}
		if (opt == ':')
			/* TRANSLATORS: %s is the option given; keep "stretchcoach --help" as it is typed. */
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
	if (cli->json + cli->csv + cli->report > 1) {
		*cause = xasprintf("%s", _("--json, --csv and --report cannot be used together"));
		return -1;
	}
	/* --days is a count for history and weekdays for remind: read once the command is known */
	if (cli->days_text != NULL && cli->cmd == CMD_HISTORY) {
		long v;

		if (parse_int(cli->days_text, 1, 3650, &v) < 0)
			/* TRANSLATORS: %s is what was given; keep --days as it is typed. */
			return fail(cause, _("--days takes a whole number from 1 to 3650, not '%s'"), cli->days_text);
		cli->days = (int)v;
	}
	for (size_t i = 0; i < sizeof scoped / sizeof scoped[0]; i++) {
		if ((seen_scoped & (1u << i)) && !(scoped[i].cmds & (1u << cli->cmd)) &&
		    cli->cmd != CMD_HELP && cli->cmd != CMD_VERSION) {
			/* TRANSLATORS: the option (--minutes), then the command it does not go with (list). */
			*cause = xasprintf(_("%s does not apply to '%s' (see stretchcoach --help)"),
			    scoped[i].name, command_name(cli->cmd));
			return -1;
		}
	}
	return 0;
}

int
cli_run(const struct cli *cli)
{
	if (cli->cmd == CMD_MENU)
		return cmd_menu(cli);
	if (cli->cmd == CMD_VERSION) {
		printf("stretchcoach %s\n", SC_VERSION);
		return 0;
	}
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (commands[i].cmd == cli->cmd)
			return commands[i].run(cli);
	return EXIT_SOFTWARE;
}

const struct command_entry *
cli_command_table(size_t *n)
{
	*n = sizeof commands / sizeof commands[0];
	return commands;
}

const struct scoped_option *
cli_option_table(size_t *n)
{
	*n = sizeof scoped / sizeof scoped[0];
	return scoped;
}
