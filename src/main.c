/* main.c — parse the command line and run the command (the table in cli.c). */
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
		fprintf(stderr, _("stretchcoach: cannot write output: %s\n"),
		    errno != 0 ? strerror(errno) : _("write error"));
		return status != 0 ? status : EXIT_IOERR;
	}
	return status;
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
	status = cli_run(&cli);
	/* plain mode stopped reading answers it could not use: the input was bad data */
	if (status == 0 && frontend_input_given_up())
		status = EXIT_DATAERR;
	return finish_output(status);
}
