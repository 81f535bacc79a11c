/* cli_help.c — the help the command table prints: --help, `help CMD`, `help --commands`. */
#include "cli.h"
#include "cli_int.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "diag.h"
#include "i18n.h"
#include "keymap.h"
#include "text.h"

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

/*
 * An option's argument as the user reads it: a placeholder in capitals
 * (EQUIPMENT, FILE) translated; a value list without one ("morning|evening")
 * is shown as it is typed, never as its translation as a word.
 */
static const char *
placeholder_text(const char *text)
{
	return strpbrk(text, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != NULL ? _(text) : text;
}

int
cli_command_help(FILE *fp, const char *name, char **cause)
{
	const struct command_entry *e = NULL;
	bool any = false;

	size_t nc, ns;
	const struct command_entry *commands = cli_command_table(&nc);
	const struct scoped_option *scoped = cli_option_table(&ns);

	for (size_t i = 0; i < nc; i++)
		if (strcmp(commands[i].name, name) == 0)
			e = &commands[i];
	if (e == NULL)
		return cli_unknown_command(name, cause);
	/* TRANSLATORS: %s is the command's synopsis, "run ROUTINE-ID [--minutes N]"; keep [OPTIONS] aligned with the general usage line. */
	fprintf(fp, _("Usage: stretchcoach [OPTIONS] %s\n"), C_("synopsis", e->synopsis));
	put_wrapped(fp, _(e->about), 0, 79);
	fputc('\n', fp);
	for (size_t i = 0; i < ns; i++) {
		char left[64];

		if (!(scoped[i].cmds & (1u << e->cmd)))
			continue;
		if (!any)
			fputs(_("Options:\n"), fp);
		any = true;
		snprintf(left, sizeof left, "%s%s%s", scoped[i].name, scoped[i].arg ? " " : "",
		    scoped[i].arg ? placeholder_text(scoped[i].arg) : "");
		/* padded by columns, not bytes: a translated placeholder (ZUBEHÖR) has wider letters */
		if (text_width(left) > 26)
			fprintf(fp, "  %s\n%29s", left, "");
		else
			fprintf(fp, "  %s%*s ", left, 26 - text_width(left), "");
		put_wrapped(fp, _(scoped[i].help), 29, 50);
	}
	if (any)
		fputc('\n', fp);
	fputs(_("Options for every command (--catalogue, --plain, --speed...):\n"
	    "see stretchcoach --help\n\nExamples:\n"), fp);
	put_lines(fp, e->examples);
	return 0;
}

/* `help --commands`: each command and its --help line, a tab between (the completions read it). */
static void
list_commands(FILE *fp)
{
	size_t n;
	const struct command_entry *commands = cli_command_table(&n);

	for (size_t i = 0; i < n; i++)
		fprintf(fp, "%s\t%s\n", commands[i].name, _(commands[i].brief));
}

/* `help`, `help CMD`, `CMD --help`, `help --commands`. */
int
cmd_help(const struct cli *cli)
{
	char *cause = NULL;

	if (cli->list_commands)
		list_commands(stdout);
	else if (cli->nargs == 0)
		cli_usage(stdout);
	else if (cli_command_help(stdout, cli->args[0], &cause) < 0) {
		fprintf(stderr, "stretchcoach: %s\n", cause);
		free(cause);
		return EXIT_USAGE;
	}
	return 0;
}

/* "  LEFT" padded to column 26 by display width, or LEFT alone on its line when it is longer. */
static void
put_left(FILE *fp, const char *left)
{
	int w = text_width(left);

	if (w > 23)
		fprintf(fp, "  %s\n%26s", left, "");
	else
		fprintf(fp, "  %s%*s", left, 24 - w, "");
}

/* --help's list of commands, from the table: the synopsis, then its line of help at column 26. */
static void
usage_commands(FILE *fp)
{
	size_t n;
	const struct command_entry *commands = cli_command_table(&n);

	fputs(_("Commands:\n"), fp);
	/* TRANSLATORS: --help's first command, the program alone; the text after it is wrapped at 53 columns. */
	put_left(fp, C_("no command", "(none)"));
	put_wrapped(fp, _("the main menu: routines, build, history, safety"), 26, 53);
	for (size_t i = 0; i < n; i++) {
		put_left(fp, C_("synopsis", commands[i].synopsis));
		put_wrapped(fp, _(commands[i].brief), 26, 53);
	}
	fputc('\n', fp);
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
"stretchcoach profile asks which of them apply, as the first launch does.\n"
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
"\n"), fp);
	usage_commands(fp);
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
