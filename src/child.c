/* child.c — helper programs run with a deadline and ended for sure. */
#include "child.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdint.h>
#include <sys/wait.h>
#include <unistd.h>

#include "clock.h"

extern char **environ;

static int (*child_stop)(void);

void
child_set_abort(int (*stop)(void))
{
	child_stop = stop;
}

bool
child_aborted(void)
{
	return child_stop != NULL && child_stop() != 0;
}

int
child_end(pid_t pid, int sig, int grace_ms)
{
	int64_t end = clock_mono_ms() + grace_ms;
	int status = 0;
	pid_t r;

	/* the whole group, so a script's own children (sleep) go too */
	if (kill(-pid, sig) != 0)
		kill(pid, sig);
	while ((r = waitpid(pid, &status, WNOHANG)) == 0 && clock_mono_ms() < end)
		poll(NULL, 0, 10);
	if (r == 0) {
		if (kill(-pid, SIGKILL) != 0)
			kill(pid, SIGKILL);
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			continue;
	} else if (r > 0)
		kill(-pid, SIGKILL);   /* what it left running in its group */
	return status;
}

pid_t
child_spawn(char *const argv[], int out_fd, int err_fd)
{
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t attr;
	int err;
	pid_t pid;

	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	if (out_fd >= 0)
		posix_spawn_file_actions_adddup2(&fa, out_fd, 1);
	else
		posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	if (err_fd >= 0)
		posix_spawn_file_actions_adddup2(&fa, err_fd, 2);
	else
		posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	posix_spawnattr_init(&attr);
	/* its own group: the terminal's Ctrl-C is ours to pass on, and child_end ends it all */
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
	posix_spawnattr_setpgroup(&attr, 0);
	err = posix_spawnp(&pid, argv[0], &fa, &attr, argv, environ);
	posix_spawnattr_destroy(&attr);
	posix_spawn_file_actions_destroy(&fa);
	if (err != 0) {
		errno = err;
		return -1;
	}
	return pid;
}

int
child_read(char *const argv[], char *buf, size_t size, int deadline_ms)
{
	int64_t end = clock_mono_ms() + deadline_ms;
	int fds[2], status = -1;
	size_t len = 0;
	bool open = true, late = false;
	pid_t pid;

	buf[0] = '\0';
	if (pipe(fds) != 0)
		return -1;
	fcntl(fds[0], F_SETFD, FD_CLOEXEC);
	fcntl(fds[1], F_SETFD, FD_CLOEXEC);
	pid = child_spawn(argv, fds[1], -1);
	close(fds[1]);
	if (pid < 0) {
		close(fds[0]);
		return -1;
	}
	/* read until end of output, then wait for the exit, all within the deadline */
	for (;;) {
		struct pollfd p = { fds[0], POLLIN, 0 };
		int64_t left = end - clock_mono_ms();
		ssize_t n;

		if (!open && waitpid(pid, &status, WNOHANG) == pid)
			break;
		if (left <= 0 || child_aborted()) {
			status = child_end(pid, SIGTERM, CHILD_GRACE_MS);
			late = true;
			break;
		}
		if (!open) {
			poll(NULL, 0, left < 10 ? (int)left : 10);
			continue;
		}
		if (poll(&p, 1, (int)left) <= 0)
			continue;
		if ((n = read(fds[0], buf + len, size - 1 - len)) < 0 && errno == EINTR)
			continue;
		if (n <= 0 || (len += (size_t)n) + 1 >= size)
			open = false;
	}
	buf[len] = '\0';
	close(fds[0]);
	return !late && WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}
