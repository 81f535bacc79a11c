/* main.c — parse the command line and dispatch. */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "cmd.h"
#include "diag.h"
#include "i18n.h"

int
main(int argc, char **argv)
{
	struct cli cli;
	char *cause = NULL;

	i18n_init();
	if (cli_parse(argc, argv, &cli, &cause) < 0) {
		fprintf(stderr, "stretchcoach: %s\n", cause);
		free(cause);
		return EXIT_USAGE;
	}
	switch (cli.cmd) {
	case CMD_HELP:
		/* `help CMD`, `CMD --help` */
		if (cli.nargs == 0) {
			cli_usage(stdout);
		} else if (cli_command_help(stdout, cli.args[0], &cause) < 0) {
			fprintf(stderr, "stretchcoach: %s\n", cause);
			free(cause);
			return EXIT_USAGE;
		}
		return 0;
	case CMD_VERSION: printf("stretchcoach %s\n", SC_VERSION); return 0;
	case CMD_MENU: case CMD_MORNING: case CMD_EVENING: return cmd_menu(&cli);
	case CMD_RUN: return cmd_run(&cli);
	case CMD_BUILD: return cmd_build(&cli);
	case CMD_LIST: return cmd_list(&cli);
	case CMD_ROUTINES: return cmd_routines(&cli);
	case CMD_SHOW: return cmd_show(&cli);
	case CMD_HISTORY: return cmd_history(&cli);
	case CMD_STATUS: return cmd_status(&cli);
	case CMD_VALIDATE: return cmd_validate(&cli);
	case CMD_SAFETY: return cmd_safety(&cli);
	case CMD_CONFIG: return cmd_config(&cli);
	case CMD_REMIND: return cmd_remind(&cli);
	case CMD_PROGRAMME: return cmd_programme(&cli);
	}
	return EXIT_SOFTWARE;
}
