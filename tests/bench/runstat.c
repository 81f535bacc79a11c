/*
 * runstat.c — run a command N times; print "MS CPU-MS MAXRSS-KB STATUS" a line per run
 * (wall time, user+system time, peak RSS, exit status).
 *
 *   runstat N ERRFILE PROG [ARG...]
 *
 * stdin and stdout are /dev/null, stderr goes to ERRFILE. A small C parent
 * matters: a child's ru_maxrss counts its memory before exec too, so a child
 * forked by a big interpreter would report the interpreter's size.
 */
#define _DEFAULT_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double
ms_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int
main(int argc, char **argv)
{
	int n;

	if (argc < 4 || (n = atoi(argv[1])) < 1) {
		fprintf(stderr, "usage: runstat N ERRFILE PROG [ARG...]\n");
		return 2;
	}
	for (int i = 0; i < n; i++) {
		struct rusage ru;
		double t0 = ms_now(), t1;
		int st;
		pid_t pid = fork();

		if (pid == -1) {
			perror("fork");
			return 1;
		}
		if (pid == 0) {
			int in = open("/dev/null", O_RDONLY), out = open("/dev/null", O_WRONLY);
			int err = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0644);

			if (in < 0 || out < 0 || err < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 ||
			    dup2(err, 2) < 0)
				_exit(126);
			execvp(argv[3], argv + 3);
			_exit(127);
		}
		if (wait4(pid, &st, 0, &ru) == -1) {
			perror("wait4");
			return 1;
		}
		t1 = ms_now();
		printf("%.3f %.3f %ld %d\n", t1 - t0,
		    (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
		    (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3, ru.ru_maxrss,
		    WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st));
	}
	return 0;
}
