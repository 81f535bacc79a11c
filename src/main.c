/* main.c — parse the command line and dispatch. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "cmd.h"
#include "diag.h"
#include "frontend.h"
#include "i18n.h"

/*
 * A standard descriptor that was closed (>&-) gets /dev/null opened read-only
 * on it: a file opened later cannot take its number (and so receive our
 * output), and a write to it still fails, so the failure is reported.
 */
static void
hold_std_fds(void)
{
	for (int fd = 0; fd <= 2; fd++) {
		if (fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
			int n = open("/dev/null", O_RDONLY);

			if (n >= 0 && n != fd) {
				dup2(n, fd);
				close(n);
			}
		}
	}
}

/* Every command's output must have reached stdout: a full disk or a closed pipe is exit 74. */
static int
finish_output(int status)
{
	if (fflush(stdout) == EOF || ferror(stdout)) {
		/* TRANSLATORS: %s is why (a system error message). */
		fprintf(stderr, _("stretchcoach: cannot write output: %s\n"),
		    errno != 0 ? strerror(errno) : _("write error"));
		return status != 0 ? status : EXIT_IOERR;
	}
	return status;
}

static int
dispatch(struct cli *cli)
{
	char *cause = NULL;

	switch (cli->cmd) {
	case CMD_HELP:
		/* `help CMD`, `CMD --help` */
		if (cli->nargs == 0) {
			cli_usage(stdout);
		} else if (cli_command_help(stdout, cli->args[0], &cause) < 0) {
			fprintf(stderr, "stretchcoach: %s\n", cause);
			free(cause);
			return EXIT_USAGE;
		}
		return 0;
	case CMD_VERSION: printf("stretchcoach %s\n", SC_VERSION); return 0;
	case CMD_MENU: case CMD_MORNING: case CMD_EVENING: return cmd_menu(cli);
	case CMD_RUN: return cmd_run(cli);
	case CMD_BUILD: return cmd_build(cli);
	case CMD_LIST: return cmd_list(cli);
	case CMD_ROUTINES: return cmd_routines(cli);
	case CMD_SHOW: return cmd_show(cli);
	case CMD_HISTORY: return cmd_history(cli);
	case CMD_STATUS: return cmd_status(cli);
	case CMD_VALIDATE: return cmd_validate(cli);
	case CMD_SAFETY: return cmd_safety(cli);
	case CMD_CONFIG: return cmd_config(cli);
	case CMD_REMIND: return cmd_remind(cli);
	case CMD_PROGRAMME: return cmd_programme(cli);
	case CMD_SHEET: return cmd_sheet(cli);
	case CMD_PROFILE: return cmd_profile(cli);
	}
	return EXIT_SOFTWARE;
}

int
main(int argc, char **argv)
{
	struct cli cli;
	char *cause = NULL;
	int status;

	hold_std_fds();
	i18n_init();
	if (cli_parse(argc, argv, &cli, &cause) < 0) {
		fprintf(stderr, "stretchcoach: %s\n", cause);
		free(cause);
		return EXIT_USAGE;
	}
	status = dispatch(&cli);
	/* plain mode stopped reading answers it could not use: the input was bad data */
	if (status == 0 && frontend_input_given_up())
		status = EXIT_DATAERR;
	return finish_output(status);
}
