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
#include "paths.h"
#include "text_out.h"

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

/*
 * Say once, on stderr, that the language asked for is installed but its
 * locale is not, and how to make it; remembered in the data directory by
 * the locale's name. In English on purpose: it is shown only when the
 * messages cannot be translated.
 */
static void
locale_note(void)
{
	char asked[64], seen[64] = "", *dir, *mark;
	FILE *fp;

	if (!i18n_missing_locale(asked, sizeof asked) || (dir = paths_data_dir()) == NULL)
		return;
	mark = xasprintf("%s/locale-note", dir);
	if ((fp = fopen(mark, "r")) != NULL) {
		if (fgets(seen, sizeof seen, fp) != NULL)
			seen[strcspn(seen, "\n")] = '\0';
		fclose(fp);
	}
	if (strcmp(seen, asked) != 0) {
		if (strcmp(asked, "C") == 0)
			fputs("stretchcoach: LANGUAGE is ignored in the C locale, so the messages are in "
			    "English; set LANG=C.UTF-8 as well, or a locale such as de_DE.UTF-8.\n", stderr);
		else
			fprintf(stderr, "stretchcoach: the locale %s is not installed, so the messages are in "
			    "English; generate it with 'sudo dpkg-reconfigure locales' (or add it to "
			    "/etc/locale.gen and run 'sudo locale-gen').\n", asked);
		if (paths_mkdir_p(dir, 0700) == 0 && (fp = fopen(mark, "w")) != NULL) {
			fprintf(fp, "%s\n", asked);
			fclose(fp);
		}
	}
	free(mark);
	free(dir);
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

#ifdef SC_TEST_CLOCK
/*
 * Test builds: with SC_TEST_READ_REPORT set, the bytes this process read
 * (/proc/self/io's rchar) are written to that file at exit, so a test can
 * show that a command reads only the end of a huge file whatever the load.
 */
static void
report_bytes_read(void)
{
	const char *to = getenv("SC_TEST_READ_REPORT");
	char line[128];
	FILE *io, *out;

	if (to == NULL || (io = fopen("/proc/self/io", "r")) == NULL)
		return;
	if ((out = fopen(to, "w")) != NULL) {
		while (fgets(line, sizeof line, io) != NULL)
			if (strncmp(line, "rchar: ", 7) == 0)
				fputs(line + 7, out);
		fclose(out);
	}
	fclose(io);
}
#endif

int
main(int argc, char **argv)
{
	struct cli cli;
	char *cause = NULL;
	int status;

	hold_std_fds();
#ifdef SC_TEST_CLOCK
	atexit(report_bytes_read);
#endif
	i18n_init();
	locale_note();
	text_out_init();
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
