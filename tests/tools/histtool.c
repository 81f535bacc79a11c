/*
 * histtool.c — drive the history module from shell tests.
 *
 *   histtool append FILE N [ROUTINE]   append N sessions (0: until killed); exit 74 on failure
 *   histtool check FILE                count lines; exit 1 when any non-blank line does not parse
 *
 * Built from this file and the core objects (no curses):
 *   make O=/tmp/hist /tmp/hist/history.o ... and
 *   cc -Iinclude $(pkg-config --cflags libcjson) tests/tools/histtool.c /tmp/hist/{history,diag,text,paths}.o -lcjson -lm
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "diag.h"
#include "history.h"

static int
append(const char *path, long n, const char *routine)
{
	struct history_record r;
	char *cause;

	for (long i = 0; n == 0 || i < n; i++) {
		history_record_init(&r);
		r.routine = xstrdup(routine);
		r.ended = time(NULL);
		r.started = r.ended - 300;
		r.planned_s = 300;
		r.active_s = 290 + i % 10;
		history_record_add(&r.completed, &r.ncompleted, "cat-cow");
		history_record_add(&r.completed, &r.ncompleted, "knee-to-chest");
		history_record_add(&r.skipped, &r.nskipped, "child-pose");
		r.tension_before = (int)(i % 11);
		r.tension_after = (int)((i + 3) % 11);
		if (history_append(path, &r, &cause) == -1) {
			fprintf(stderr, "stretchcoach: cannot save this session to history: %s\n", cause);
			free(cause);
			history_record_done(&r);
			return EXIT_IOERR;
		}
		history_record_done(&r);
	}
	return 0;
}

static int
check(const char *path)
{
	FILE *fp = fopen(path, "rb");
	char *line = NULL;
	size_t cap = 0, lines = 0, valid = 0, blank = 0;
	ssize_t n;

	if (fp == NULL) {
		perror(path);
		return EXIT_NOINPUT;
	}
	while ((n = getline(&line, &cap, fp)) > 0) {
		struct history_record r;
		char *cause;

		lines++;
		if (line[n - 1] == '\n')
			line[--n] = '\0';
		if (strspn(line, " \t\r") == (size_t)n) {
			blank++;
			continue;
		}
		history_record_init(&r);
		if (history_parse_line(line, (size_t)n, &r, &cause) == 0) {
			valid++;
			history_record_done(&r);
		} else {
			fprintf(stderr, "%s:%zu: %s\n", path, lines, cause);
			free(cause);
		}
	}
	free(line);
	fclose(fp);
	printf("lines %zu valid %zu blank %zu bad %zu\n", lines, valid, blank,
	    lines - valid - blank);
	return lines == valid + blank ? 0 : 1;
}

int
main(int argc, char **argv)
{
	if (argc >= 4 && strcmp(argv[1], "append") == 0)
		return append(argv[2], atol(argv[3]), argc > 4 ? argv[4] : "morning-wake-up");
	if (argc == 3 && strcmp(argv[1], "check") == 0)
		return check(argv[2]);
	fprintf(stderr, "usage: histtool append FILE N [ROUTINE] | histtool check FILE\n");
	return EXIT_USAGE;
}
