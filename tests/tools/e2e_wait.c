/*
 * e2e_wait.c — wait until a tmux pane shows (or no longer shows) a pattern,
 * for tests/e2e/lib.sh's wait_for and wait_gone.
 *
 *   e2e_wait SOCKET TIMEOUT ERE        until a line of the pane matches ERE
 *   e2e_wait -g SOCKET TIMEOUT ERE     until no line does
 *
 * Each look is one `tmux -L SOCKET -f /dev/null capture-pane -p`, matched here
 * line by line with the syntax GNU grep -E uses (RE_SYNTAX_EGREP: a leading
 * `*` or a lone `{` is a literal, a newline separates alternatives; the
 * locale's characters). The first look is at once; then it sleeps 0.05 s,
 * 0.1 s, 0.2 s, then 0.3 s each time, and it gives up once TIMEOUT whole
 * seconds of sleeping have gone by, as e2e_poll does. A shell loop paid for a
 * subshell, tmux, grep and sleep at every look; this pays for tmux alone, and
 * the tests' waiting was most of the suite's CPU.
 *
 * Exit status: 0 when the wait ended as asked, 1 at the timeout, 2 on a bad
 * call (a pattern that does not compile, a failed start of tmux).
 */
#define _GNU_SOURCE   /* re_compile_pattern: grep -E's own syntax */
#include <errno.h>
#include <locale.h>
#include <regex.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

/* The pane's text as capture-pane prints it, NUL-terminated; NULL on failure. */
static char *
capture(const char *sock, size_t *len)
{
	static char tmux[] = "tmux", l[] = "-L", f[] = "-f", null[] = "/dev/null",
	    cap_pane[] = "capture-pane", p[] = "-p";
	char *argv[] = { tmux, l, (char *)sock, f, null, cap_pane, p, NULL };
	posix_spawn_file_actions_t fa;
	char *buf = NULL;
	size_t cap = 0;
	int fd[2], st;
	pid_t pid;

	*len = 0;
	if (pipe(fd) != 0)
		return NULL;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, fd[1], STDOUT_FILENO);
	posix_spawn_file_actions_addclose(&fa, fd[0]);
	posix_spawn_file_actions_addclose(&fa, fd[1]);
	st = posix_spawnp(&pid, "tmux", &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(fd[1]);
	if (st != 0) {
		close(fd[0]);
		errno = st;
		return NULL;
	}
	for (;;) {
		ssize_t n;

		if (cap - *len < 4096) {
			char *b = realloc(buf, cap + 65536);

			if (b == NULL)
				break;
			buf = b;
			cap += 65536;
		}
		n = read(fd[0], buf + *len, cap - *len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		*len += (size_t)n;
	}
	close(fd[0]);
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	if (buf == NULL)
		buf = calloc(1, 1);
	else
		buf[*len] = '\0';
	return buf;
}

/* Whether a line of text matches re, as grep -q would say. */
static bool
matches(struct re_pattern_buffer *re, const char *text, size_t len)
{
	const char *p = text, *end = text + len;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		regoff_t n = (regoff_t)((nl != NULL ? nl : end) - p);

		if (re_search(re, p, n, 0, n, NULL) >= 0)
			return true;
		if (nl == NULL)
			break;
		p = nl + 1;
	}
	return false;
}

int
main(int argc, char **argv)
{
	static const long naps_ms[] = { 50, 100, 200, 300 };
	struct re_pattern_buffer re;
	bool gone = false;
	long left_ms;
	const char *err;
	char *end;
	size_t k = 0;

	setlocale(LC_ALL, "");
	if (argc > 1 && strcmp(argv[1], "-g") == 0) {
		gone = true;
		argv++;
		argc--;
	}
	if (argc != 4) {
		fprintf(stderr, "usage: e2e_wait [-g] SOCKET TIMEOUT ERE\n");
		return 2;
	}
	left_ms = strtol(argv[2], &end, 10) * 1000;
	if (end == argv[2] || *end != '\0' || left_ms < 0) {
		fprintf(stderr, "e2e_wait: the timeout is whole seconds, not \"%s\"\n", argv[2]);
		return 2;
	}
	memset(&re, 0, sizeof re);
	re.fastmap = malloc(256);
	re_set_syntax(RE_SYNTAX_EGREP);
	if ((err = re_compile_pattern(argv[3], strlen(argv[3]), &re)) != NULL) {
		fprintf(stderr, "e2e_wait: %s: %s\n", argv[3], err);
		regfree(&re);
		return 2;
	}
	re.no_sub = 1;
	for (;;) {
		size_t len;
		char *text = capture(argv[1], &len);
		bool hit;
		struct timespec nap;

		if (text == NULL) {
			fprintf(stderr, "e2e_wait: tmux: %s\n", strerror(errno));
			regfree(&re);
			return 2;
		}
		hit = matches(&re, text, len);
		free(text);
		if (hit != gone)
			break;
		if (left_ms <= 0) {
			regfree(&re);
			return 1;
		}
		left_ms -= naps_ms[k];
		nap.tv_sec = 0;
		nap.tv_nsec = naps_ms[k] * 1000000L;
		while (nanosleep(&nap, &nap) != 0 && errno == EINTR)
			;
		if (k + 1 < sizeof naps_ms / sizeof *naps_ms)
			k++;
	}
	regfree(&re);
	return 0;
}
