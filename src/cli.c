/* cli.c — argument parsing and the --help text. */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "i18n.h"
#include "keymap.h"
#include "text.h"

/*
 * The commands: a name, its argument bounds, and its help (a synopsis after
 * "stretchcoach ", what it does, and examples, one a line). `CMD --help` and
 * `help CMD` print a row; the general --help lists them all.
 */
static const struct command_entry {
	const char *name;
	enum command cmd;
	int min_args, max_args;
	const char *synopsis;
	const char *about;
	const char *examples;
} commands[] = {
	{ "morning", CMD_MORNING, 0, 0, "morning",
	    N_("Pick a morning routine from a menu and start it."),
	    "stretchcoach morning\nstretchcoach morning --no-checkin" },
	{ "evening", CMD_EVENING, 0, 0, "evening",
	    N_("Pick an evening routine from a menu and start it."),
	    "stretchcoach evening" },
	{ "run", CMD_RUN, 1, 1, "run ROUTINE-ID [--minutes N]",
	    N_("Start one routine directly; --minutes fits it to the time you have, with holds "
	    "scaled within sane bounds."),
	    "stretchcoach run evening-unwind\nstretchcoach run morning-wake-up --minutes 5\n"
	    "stretchcoach run desk-break --speed 60 --plain" },
	{ "build", CMD_BUILD, 0, 0, "build [OPTIONS]",
	    N_("Compose a routine from the time you have, the areas to work, the level and the "
	    "equipment at hand; print it, save it to your catalogue, or run it."),
	    "stretchcoach build --minutes 5 --at-desk\n"
	    "stretchcoach build --minutes 15 --time evening --area hips,glutes --run\n"
	    "stretchcoach build --minutes 8 --seed 7 --save my-morning" },
	{ "list", CMD_LIST, 0, 0, "list [--area A] [--time T] [--json]",
	    N_("List the stretches, with their areas, level and position."),
	    "stretchcoach list\nstretchcoach list --area lower-back --time evening" },
	{ "routines", CMD_ROUTINES, 0, 0, "routines [--time T] [--json]",
	    N_("List the routines, with their length and time of day."),
	    "stretchcoach routines\nstretchcoach routines --time morning --json" },
	{ "show", CMD_SHOW, 1, 1, "show STRETCH-ID|ROUTINE-ID",
	    N_("Show one stretch (steps, cautions, picture) or one routine (its stretches and "
	    "doses)."),
	    "stretchcoach show pigeon\nstretchcoach show evening-unwind" },
	{ "history", CMD_HISTORY, 0, 0, "history [--days N] [--json|--csv|--report]",
	    N_("Past sessions as a heat-map, the streak, minutes, the tension trend, and "
	    "suggestions when a routine has become easy."),
	    "stretchcoach history\nstretchcoach history --days 365\nstretchcoach history --json\n"
	    "stretchcoach history --csv > sessions.csv\n"
	    "stretchcoach history --report -o for-my-physio.html" },
	{ "status", CMD_STATUS, 0, 0, "status [--format json|waybar|i3blocks|tmux]",
	    N_("One short line for a shell prompt or a tmux status bar, or the same for "
	    "waybar, i3blocks or tmux with colour."),
	    "stretchcoach status\nstretchcoach status --format waybar\n"
	    "stretchcoach status --format tmux" },
	{ "validate", CMD_VALIDATE, 0, INT_MAX, "validate [FILE...]",
	    N_("Check catalogue files and report every problem (default: the catalogues in "
	    "use)."),
	    "stretchcoach validate\nstretchcoach validate my-catalogue.json" },
	{ "safety", CMD_SAFETY, 0, 0, "safety",
	    N_("The safety notes: when to ease off, and the red flags that mean stop and see a "
	    "professional."),
	    "stretchcoach safety" },
	{ "config", CMD_CONFIG, 0, 0, "config",
	    N_("The settings in force and where each one came from."),
	    "stretchcoach config" },
	{ "remind", CMD_REMIND, 0, 0, "remind [OPTIONS]",
	    N_("Wait quietly, then offer a break routine; repeat."),
	    "stretchcoach remind --every 45m\n"
	    "stretchcoach remind --every 1h --hours 9-18 --days mon-fri" },
	{ "programme", CMD_PROGRAMME, 0, 2, "programme [start ID|status|stop|calendar [ID]]",
	    N_("Plans over days: list them, start one, see today's step, stop it, or write the "
	    "days still to come as an iCalendar file for your calendar."),
	    "stretchcoach programme\nstretchcoach programme start PROGRAMME-ID\n"
	    "stretchcoach programme status\nstretchcoach programme calendar > plan.ics" },
	{ "sheet", CMD_SHEET, 1, 1, "sheet ROUTINE-ID [--html|--pdf] [-o FILE]",
	    N_("Write a printable home-exercise sheet of a routine, to hand to a physiotherapist "
	    "or to pin up: each stretch's picture, steps, dose, breathing and cautions."),
	    "stretchcoach sheet evening-unwind -o unwind.html\n"
	    "stretchcoach sheet morning-wake-up --pdf -o wake-up.pdf" },
	{ "profile", CMD_PROFILE, 0, 0, "profile",
	    N_("Answer the questions about your back again: where it is, whether it goes down a "
	    "leg, what eases it. The answers steer what is offered; they are no diagnosis."),
	    "stretchcoach profile\nstretchcoach profile --plain" },
	{ "help", CMD_HELP, 0, 1, "help [COMMAND]",
	    N_("The general help, or one command's."),
	    "stretchcoach help\nstretchcoach help run" },
};

/* Options that only some commands take; the others are global. */
enum {
	O_MINUTES = 256, O_TIME, O_AREA, O_LEVEL, O_WITHOUT, O_AT_DESK, O_SEED,
	O_SAVE, O_RUN, O_JSON, O_DAYS, O_EVERY, O_ROUTINE, O_PLAIN, O_SPEED,
	O_BREATH, O_NO_CHECKIN, O_NO_BELL, O_NO_COLOR, O_SAY, O_WHAT_WORKS, O_SNOOZE, O_HOURS,
	O_NO_KNEEL, O_NO_FLOOR, O_WITH, O_INCLUDE_HURT, O_FORMAT, O_CSV, O_HTML, O_PDF, O_REPORT,
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
	{ NULL, 0, NULL, 0 },
};

/* Which commands take each command-specific option, and what it does. */
static const struct {
	int opt;
	const char *name;
	unsigned cmds;
	const char *arg;
	const char *help;
} scoped[] = {
	{ O_MINUTES, "--minutes", 1u << CMD_RUN | 1u << CMD_BUILD, "N",
	    N_("the minutes you have, 1 to 60") },
	{ O_TIME, "--time", 1u << CMD_BUILD | 1u << CMD_LIST | 1u << CMD_ROUTINES,
	    "morning|evening", N_("for that time of day") },
	{ O_AREA, "--area", 1u << CMD_BUILD | 1u << CMD_LIST, "A[,A...]",
	    N_("areas to work: neck, shoulders, upper-back, mid-back, lower-back, hips, glutes, "
	    "hamstrings, core, chest, wrists, calves, quads") },
	{ O_LEVEL, "--level", 1u << CMD_BUILD, "gentle|moderate|deep",
	    N_("nothing deeper than this") },
	{ O_WITHOUT, "--without", 1u << CMD_BUILD, "EQUIPMENT[,...]",
	    N_("leave out what needs it: wall, foam-roller, towel, block, ball, mat") },
	{ O_WITH, "--with", 1u << CMD_BUILD, "EQUIPMENT[,...]",
	    N_("what you have: a foam-roller, ball or block is used only when named") },
	{ O_AT_DESK, "--at-desk", 1u << CMD_BUILD, NULL, N_("seated and standing moves only") },
	{ O_SEED, "--seed", 1u << CMD_BUILD, "N", N_("the same choices again") },
	{ O_SAVE, "--save", 1u << CMD_BUILD, "ID", N_("keep it in your catalogue under ID") },
	{ O_RUN, "--run", 1u << CMD_BUILD, NULL, N_("start it at once") },
	{ O_WHAT_WORKS, "--what-works", 1u << CMD_BUILD, NULL,
	    N_("prefer the stretches of the routines that eased you most") },
	{ O_JSON, "--json", 1u << CMD_LIST | 1u << CMD_ROUTINES | 1u << CMD_HISTORY, NULL,
	    N_("JSON instead of text") },
	{ O_DAYS, "--days", 1u << CMD_HISTORY | 1u << CMD_REMIND, "N|D1-D2",
	    N_("history: the last N days; remind: the weekdays, like mon-fri") },
	{ O_EVERY, "--every", 1u << CMD_REMIND, "45m", N_("how long between breaks") },
	{ O_ROUTINE, "--routine", 1u << CMD_REMIND, "ID", N_("the routine to offer") },
	{ O_SNOOZE, "--snooze", 1u << CMD_REMIND, "10m", N_("how long a snooze lasts") },
	{ O_HOURS, "--hours", 1u << CMD_REMIND, "A-B", N_("remind only between these hours") },
	{ O_FORMAT, "--format", 1u << CMD_STATUS, "json|waybar|i3blocks|tmux",
	    N_("for a status bar: JSON, waybar's JSON, i3blocks' three lines, or tmux with colour") },
	{ O_CSV, "--csv", 1u << CMD_HISTORY, NULL,
	    N_("every session in the window as CSV, one row each") },
	{ O_HTML, "--html", 1u << CMD_SHEET, NULL, N_("a web page to open and print (the default)") },
	{ O_PDF, "--pdf", 1u << CMD_SHEET, NULL, N_("a PDF, printed by Chromium") },
	{ O_REPORT, "--report", 1u << CMD_HISTORY, NULL,
	    N_("the last 30 days (or --days N) as a web page for your physiotherapist") },
	{ 'o', "--output", 1u << CMD_SHEET | 1u << CMD_HISTORY, "FILE",
	    N_("write to FILE instead of the standard output") },
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

/* Apply one option; returns 0 or -1 with *cause. */
static int
apply(struct cli *cli, int opt, const char *arg, char **cause)
{
	long v;

	switch (opt) {
	case 'c': cli->catalogue = arg; break;
	case O_PLAIN: cli->plain = true; break;
	case O_SPEED:
		if (parse_int(arg, 1, 1000, &v) < 0)
			/* TRANSLATORS: %s is what was given; keep --speed as it is typed. */
			return fail(cause, _("--speed takes a whole number from 1 to 1000, not '%s'"), arg);
		cli->run.speed = (int)v;
		cli->given |= OPT_SPEED;
		break;
	case O_BREATH: return apply_breath(cli, arg, cause);
	case O_NO_CHECKIN: cli->run.checkin = false; cli->given |= OPT_CHECKIN; break;
	case O_NO_BELL: cli->run.bell = false; cli->given |= OPT_BELL; break;
	case O_NO_COLOR: cli->run.color = false; cli->given |= OPT_COLOR; break;
	case O_NO_KNEEL: cli->run.kneel = false; cli->given |= OPT_KNEEL; break;
	case O_NO_FLOOR: cli->run.floor = false; cli->given |= OPT_FLOOR; break;
	case O_SAY: cli->run.say = arg; cli->given |= OPT_SAY; break;
	case O_MINUTES:
		if (parse_int(arg, 1, 60, &v) < 0)
			/* TRANSLATORS: %s is what was given; keep --minutes as it is typed. */
			return fail(cause, _("--minutes takes a whole number from 1 to 60, not '%s'"), arg);
		cli->minutes = (int)v;
		break;
	case O_TIME: cli->time = arg; break;
	case O_AREA: cli->area = arg; break;
	case O_LEVEL: cli->level = arg; break;
	case O_WITHOUT: cli->without = arg; break;
	case O_WITH: cli->with = arg; break;
	case O_INCLUDE_HURT: cli->include_hurt = true; break;
	case O_AT_DESK: cli->at_desk = true; break;
	case O_SEED:
		if (parse_int(arg, 0, LONG_MAX, &v) < 0)
			/* TRANSLATORS: %s is what was given; keep --seed as it is typed. */
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
	case O_FORMAT:
		if (strcmp(arg, "json") != 0 && strcmp(arg, "waybar") != 0 &&
		    strcmp(arg, "i3blocks") != 0 && strcmp(arg, "tmux") != 0 && strcmp(arg, "plain") != 0)
			/* TRANSLATORS: %s is what was given; keep --format and its values as they are typed. */
			return fail(cause, _("--format takes json, waybar, i3blocks or tmux, not '%s'"), arg);
		cli->format = arg;
		break;
	case O_CSV: cli->csv = true; break;
	case O_REPORT: cli->report = true; break;
	case O_HTML: cli->pdf = false; break;
	case O_PDF: cli->pdf = true; break;
	case 'o': cli->output = arg; break;
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
static int
unknown_command(const char *typed, char **cause)
{
	const char *near = NULL;
	char *safe = text_safe(typed);

	for (size_t i = 0; i < sizeof commands / sizeof commands[0] && near == NULL; i++)
		if (text_near(typed, commands[i].name))
			near = commands[i].name;
	if (near != NULL)
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
		return unknown_command(cli->args[0], cause);
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

/* Print text wrapped to 80 columns, `indent` spaces before every line but the first. */
static void
put_wrapped(FILE *fp, const char *text, int indent, int width)
{
	char **lines;
	size_t n = text_wrap(text, width, &lines);

	for (size_t i = 0; i < n; i++)
		fprintf(fp, "%*s%s\n", i == 0 ? 0 : indent, "", lines[i]);
	text_lines_free(lines, n);
}

/* Print one indented line per line of text. */
static void
put_lines(FILE *fp, const char *text)
{
	while (*text != '\0') {
		size_t n = strcspn(text, "\n");

		fprintf(fp, "  %.*s\n", (int)n, text);
		text += n + (text[n] == '\n');
	}
}

int
cli_command_help(FILE *fp, const char *name, char **cause)
{
	const struct command_entry *e = NULL;
	bool any = false;

	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(commands[i].name, name) == 0)
			e = &commands[i];
	if (e == NULL)
		return unknown_command(name, cause);
	/* TRANSLATORS: %s is the command's synopsis, "run ROUTINE-ID [--minutes N]"; keep [OPTIONS] aligned with the general usage line. */
	fprintf(fp, _("Usage: stretchcoach [OPTIONS] %s\n"), e->synopsis);
	put_wrapped(fp, _(e->about), 0, 79);
	fputc('\n', fp);
	for (size_t i = 0; i < sizeof scoped / sizeof scoped[0]; i++) {
		char left[64];

		if (!(scoped[i].cmds & (1u << e->cmd)))
			continue;
		if (!any)
			fputs(_("Options:\n"), fp);
		any = true;
		snprintf(left, sizeof left, "%s%s%s", scoped[i].name, scoped[i].arg ? " " : "",
		    scoped[i].arg ? scoped[i].arg : "");
		if (strlen(left) > 26)
			fprintf(fp, "  %s\n%29s", left, "");
		else
			fprintf(fp, "  %-26s ", left);
		put_wrapped(fp, _(scoped[i].help), 29, 50);
	}
	if (any)
		fputc('\n', fp);
	fputs(_("Options for every command (--catalogue, --plain, --speed...): see --help\n"
	    "\nExamples:\n"), fp);
	put_lines(fp, e->examples);
	return 0;
}

/* The session keys, from the key table: "space pause, n or -> skip, ...". */
static void
usage_keys(FILE *fp)
{
	size_t n, col;
	const struct keymap_entry *k = keymap_session(&n);

	col = (size_t)fprintf(fp, "%s", _("Keys during a session:"));
	for (size_t i = 0; i < n; i++) {
		char item[64];
		int len;

		if (k[i].help_key == NULL)
			continue;
		len = snprintf(item, sizeof item, " %s %s%s", k[i].help_key, k[i].label,
		    i + 1 < n ? "," : ".");
		if (col + (size_t)len > 79) {
			fputc('\n', fp);
			col = 0;
		}
		col += (size_t)fprintf(fp, "%s", col == 0 ? item + 1 : item);
	}
	fputs("\n\n", fp);
}

/* The end of the general help: the exit status. */
static void
usage_tail(FILE *fp)
{
	fputs(_(
"Exit status: 0 done (also when you quit a session), 2 usage error,\n"
"65 invalid catalogue, config or history data, 66 a file cannot be opened,\n"
"70 internal error, 74 cannot write a file (the history, or build --save).\n"), fp);
}

/* The conditions setting: what it takes and what it does. */
static void
usage_conditions(FILE *fp)
{
	fputs(_(
"Health conditions: \"conditions\" in the config file takes any of pregnancy,\n"
"osteoporosis, hip-replacement, knee-replacement, spinal-stenosis (cannot bend\n"
"backwards), sciatica (acute) and recent-surgery; every stretch that moves in\n"
"a way to avoid with them is swapped or left out, and the session says why.\n"
"See stretchcoach safety, and ask your doctor or physiotherapist.\n"
"\n"), fp);
}

static void
usage_examples(FILE *fp)
{
	fputs(_(
"Examples:\n"
"  stretchcoach morning                     pick a morning routine\n"
"  stretchcoach run evening-unwind          start a routine by id\n"
"  stretchcoach build --minutes 5 --at-desk a quick desk break\n"
"  stretchcoach run morning-wake-up --speed 60 --plain\n"
"                                           preview a routine as text\n"
"\n"), fp);
}

void
cli_usage(FILE *fp)
{
	/* TRANSLATORS: keep every line of the help within 80 columns. */
	fputs(_(
"Usage: stretchcoach [OPTIONS] [COMMAND [ARGS]]\n"
"A stretching coach for your terminal: timed holds, sides, reps and breathing.\n"
"\n"
"Commands:\n"
"  (none)                  the main menu: routines, build, history, safety\n"
"  morning | evening       pick a routine for that time of day\n"
"  run ROUTINE-ID [--minutes N]\n"
"                          start a routine; --minutes fits it to your time\n"
"  build [--minutes N] [--time morning|evening] [--area A[,A...]]\n"
"        [--level gentle|moderate|deep] [--with EQUIPMENT[,...]]\n"
"        [--without EQUIPMENT[,...]] [--at-desk] [--seed N] [--save ID] [--run]\n"
"        [--what-works]\n"
"                          compose a routine; print it, save it, or run it;\n"
"                          --what-works prefers the routines that eased you most\n"
"  list [--area A] [--time T] [--json]\n"
"                          the stretches\n"
"  routines [--time T] [--json]\n"
"                          the routines\n"
"  show STRETCH-ID|ROUTINE-ID\n"
"                          details of one stretch or routine\n"
"  history [--days N] [--json|--csv|--report [-o FILE]]\n"
"                          past sessions, streak, tension trend; --csv: a row\n"
"                          per session; --report: a page for your physio\n"
"  status [--format json|waybar|i3blocks|tmux]\n"
"                          one short line for a shell prompt or a status bar\n"
"  validate [FILE...]      check catalogue files (default: those in use)\n"
"  safety                  the safety notes and the red flags\n"
"  config                  the effective settings and where each came from\n"
"  remind [--every 45m] [--routine ID] [--snooze 10m] [--hours 9-18]\n"
"         [--days mon-fri]\n"
"                          wait quietly, then offer a break routine; repeat\n"
"  programme [start ID | status | stop | calendar [ID]]\n"
"                          plans over days: list, start one, see today's step;\n"
"                          calendar: the days to come as iCalendar (.ics)\n"
"  sheet ROUTINE-ID [--html|--pdf] [-o|--output FILE]\n"
"                          a printable home-exercise sheet of a routine\n"
"  help [COMMAND]          this help, or one command's (also: COMMAND --help)\n"
"\n"), fp);
	fputs(_(
"Options:\n"
"  -c, --catalogue FILE    use FILE instead of the default catalogue lookup\n"
"      --plain             line-oriented output (default when not on a terminal)\n"
"      --speed N           run the clock N times faster, to preview (1..1000)\n"
"      --breath IN:OUT     breathing pace in seconds (default 4:6)\n"
"      --no-checkin        skip the before/after tension check-in\n"
"      --no-bell           no sounds and no bell at transitions\n"
"      --no-color          no colours (NO_COLOR in the environment does the same)\n"
"      --say CMD           speak cues through CMD (e.g. espeak-ng): CMD -- TEXT\n"
"      --no-kneel          no kneeling: easier variations instead, or left out\n"
"      --no-floor          no floor work: seated or standing ones, or left out\n"
"      --include-hurt      keep stretches marked hurt in the last 7 days\n"
"  -h, --help              show this help\n"
"  -V, --version           show the version\n"
"\n"), fp);
	usage_keys(fp);
	usage_examples(fp);
	usage_conditions(fp);
	usage_tail(fp);
}
