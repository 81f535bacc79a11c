/* idle.c — time away from the keyboard: terminal access times (utmp) and systemd-logind. */
#include "idle.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utmpx.h>

#include "clock.h"

extern char **environ;

/* How long loginctl may take before it is given up on, in milliseconds. */
#define LOGIND_WAIT_MS 1500

long
idle_tty_seconds(const char *path, time_t now)
{
	struct stat st;

	if (path == NULL || stat(path, &st) != 0 || !S_ISCHR(st.st_mode))
		return -1;
	return st.st_atime >= now ? 0 : (long)(now - st.st_atime);
}

/* The shortest idle time over the user's terminals in utmp and own_tty; -1 when none could be read. */
static long
ttys_idle(const char *own_tty, time_t now)
{
	struct passwd *pw = getpwuid(getuid());
	long best = idle_tty_seconds(own_tty, now);
	struct utmpx *u;

	if (pw == NULL)
		return best;
	setutxent();
	while ((u = getutxent()) != NULL) {
		char path[sizeof u->ut_line + 8];
		long s;

		if (u->ut_type != USER_PROCESS || strncmp(u->ut_user, pw->pw_name, sizeof u->ut_user) != 0)
			continue;
		snprintf(path, sizeof path, "/dev/%.*s", (int)sizeof u->ut_line, u->ut_line);
		if ((s = idle_tty_seconds(path, now)) >= 0 && (best < 0 || s < best))
			best = s;
	}
	endutxent();
	return best;
}

/* Run loginctl show-session for our session; its output in buf ("" when absent or slow). */
static void
loginctl_read(char *buf, size_t size)
{
	const char *id = getenv("XDG_SESSION_ID");
	static char cmd[] = "loginctl", show[] = "show-session", auto_id[] = "auto", opt[] = "-p",
	    ih[] = "IdleHint", ish[] = "IdleSinceHint", lh[] = "LockedHint";
	char *argv[] = { cmd, show, id && *id ? (char *)id : auto_id, opt, ih, opt, ish, opt, lh, NULL };
	posix_spawn_file_actions_t fa;
	int fds[2], status;
	size_t len = 0;
	int64_t end = clock_mono_ms() + LOGIND_WAIT_MS;
	pid_t pid;

	buf[0] = '\0';
	if (pipe(fds) != 0)
		return;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
	posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addclose(&fa, fds[0]);
	if (posix_spawnp(&pid, "loginctl", &fa, NULL, argv, environ) != 0)
		pid = -1;
	posix_spawn_file_actions_destroy(&fa);
	close(fds[1]);
	while (pid > 0 && len + 1 < size) {
		struct pollfd p = { fds[0], POLLIN, 0 };
		int64_t left = end - clock_mono_ms();
		ssize_t n;

		if (left <= 0 || poll(&p, 1, (int)left) <= 0)
			break;
		if ((n = read(fds[0], buf + len, size - 1 - len)) <= 0)
			break;
		len += (size_t)n;
	}
	buf[len] = '\0';
	close(fds[0]);
	if (pid > 0) {
		kill(pid, SIGTERM);   /* already gone, unless it hung */
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			continue;
		if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
			buf[0] = '\0';
	}
}

/* The value of "KEY=" in loginctl's output, or NULL. */
static const char *
prop(const char *out, const char *key)
{
	size_t n = strlen(key);

	for (const char *p = out; p != NULL && *p != '\0'; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL)
		if (strncmp(p, key, n) == 0 && p[n] == '=')
			return p + n + 1;
	return NULL;
}

/* logind's view: 0 with *idle_s (0 when active) and *locked, or -1 when it has no word on us. */
static int
logind_idle(time_t now, long *idle_s, bool *locked)
{
	char out[512];
	const char *idle, *since, *lock;

	loginctl_read(out, sizeof out);
	idle = prop(out, "IdleHint");
	since = prop(out, "IdleSinceHint");
	lock = prop(out, "LockedHint");
	if (idle == NULL || lock == NULL)
		return -1;
	*locked = strncmp(lock, "yes", 3) == 0;
	*idle_s = 0;
	if (strncmp(idle, "yes", 3) == 0 && since != NULL) {
		long long us = strtoll(since, NULL, 10);
		time_t t = (time_t)(us / 1000000);

		if (us > 0 && t < now)
			*idle_s = (long)(now - t);
	}
	return 0;
}

void
idle_check(const char *own_tty, time_t now, struct idle_report *r)
{
	const char *x = getenv("DISPLAY"), *w = getenv("WAYLAND_DISPLAY");
	bool graphical = (x != NULL && *x != '\0') || (w != NULL && *w != '\0');
	long tty = ttys_idle(own_tty, now), li = 0;

	r->locked = false;
	r->logind = logind_idle(now, &li, &r->locked) == 0;
	if (graphical)
		r->away_s = r->logind ? li : 0;
	else if (r->logind)
		r->away_s = tty >= 0 && tty < li ? tty : li;
	else
		r->away_s = tty > 0 ? tty : 0;
}
