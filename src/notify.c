/* notify.c — a break offer on the desktop, answered with Start, Snooze or Skip. */
#include "notify.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "child.h"
#include "diag.h"
#include "i18n.h"

/* How long notify-send may take to close its notification when the terminal answered first. */
#define NOTIFY_CLOSE_MS 1000

struct notify {
	pid_t pid;            /* notify-send, until reaped */
	int fd;               /* its stdout and stderr */
	char out[1024];       /* what it printed */
	size_t len, seen;     /* bytes in out; bytes of whole lines looked at */
	char problem[256];    /* why it failed, for notify_problem() */
};

const char *
notify_unavailable(void)
{
	static const char *const vars[] = { "DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS" };

	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);

		if (v != NULL && *v != '\0')
			return NULL;
	}
	return _("no graphical session");
}

/* s with &, < and > escaped for the notification body's markup; caller frees. */
static char *
escape_markup(const char *s)
{
	size_t n = 1;
	char *out, *o;

	for (const char *p = s; *p != '\0'; p++)
		n += *p == '&' ? 5 : *p == '<' || *p == '>' ? 4 : 1;
	o = out = xcalloc(n, 1);
	for (const char *p = s; *p != '\0'; p++) {
		const char *e = *p == '&' ? "&amp;" : *p == '<' ? "&lt;" : *p == '>' ? "&gt;" : NULL;

		if (e != NULL) {
			memcpy(o, e, strlen(e));
			o += strlen(e);
		} else
			*o++ = *p;
	}
	return out;
}

struct notify *
notify_show(const char *title, const char *body, const char *snooze_label, char **cause)
{
	static char cmd[] = "notify-send", app[] = "--app-name=stretchcoach", wait[] = "--wait",
	    cat[] = "--category=presence";
	/* the buttons' words in the user's language; the action names stay the same */
	char *start = xasprintf("--action=start=%s", _("Start")), *skip = xasprintf("--action=skip=%s", _("Skip"));
	char *snooze = xasprintf("--action=snooze=%s", snooze_label), *b = escape_markup(body);
	char *t = escape_markup(title);
	char *argv[] = { cmd, app, cat, wait, start, snooze, skip, t, b, NULL };
	struct notify *n = xcalloc(1, sizeof *n);
	int fds[2];

	if (pipe(fds) != 0) {
		*cause = xasprintf("cannot make a pipe: %s", strerror(errno));
		free(n);
		n = NULL;
		goto done;
	}
	fcntl(fds[0], F_SETFD, FD_CLOEXEC);
	fcntl(fds[1], F_SETFD, FD_CLOEXEC);
	n->pid = child_spawn(argv, fds[1], fds[1]);
	close(fds[1]);
	if (n->pid < 0) {
		/* TRANSLATORS: %s is why (a system error message); notify-send is a program's name. */
		*cause = xasprintf(_("cannot run notify-send: %s"), strerror(errno));
		close(fds[0]);
		free(n);
		n = NULL;
		goto done;
	}
	n->fd = fds[0];
done:
	free(snooze);
	free(start);
	free(skip);
	free(b);
	free(t);
	return n;
}

int notify_fd(const struct notify *n) { return n->fd; }

const char *notify_problem(const struct notify *n) { return n->problem; }

/* The action a line of notify-send's output names, or NOTIFY_PENDING. */
static enum notify_answer
action(const char *line)
{
	return strcmp(line, "start") == 0 ? NOTIFY_START : strcmp(line, "snooze") == 0 ? NOTIFY_SNOOZE :
	    strcmp(line, "skip") == 0 ? NOTIFY_SKIP : NOTIFY_PENDING;
}

/*
 * Keep line (without its "(notify-send:PID): libnotify-WARNING **: TIME: "
 * prefix) as the problem, and say it failed.
 */
static enum notify_answer
failed(struct notify *n, const char *line)
{
	const char *p = strstr(line, "**: ");

	if (p != NULL) {
		p += 4;
		if (strspn(p, "0123456789:.") > 0 && strstr(p, ": ") != NULL)
			p = strstr(p, ": ") + 2;
		line = p;
	}
	snprintf(n->problem, sizeof n->problem, "%s", line);
	return NOTIFY_FAILED;
}

/*
 * The complete lines not yet looked at: an action name is the answer; a
 * server without actions still shows the notice (the terminal answers);
 * anything else is notify-send failing (no notification service, say).
 */
static enum notify_answer
scan_lines(struct notify *n)
{
	char *nl;

	while ((nl = memchr(n->out + n->seen, '\n', n->len - n->seen)) != NULL) {
		char *line = n->out + n->seen;
		enum notify_answer a;

		*nl = '\0';
		n->seen = (size_t)(nl - n->out) + 1;
		if ((a = action(line)) != NOTIFY_PENDING)
			return a;
		if (*line != '\0' && strncmp(line, "Actions are not supported", 25) != 0)
			return failed(n, line);
	}
	return NOTIFY_PENDING;
}

enum notify_answer
notify_read(struct notify *n)
{
	ssize_t got = read(n->fd, n->out + n->len, sizeof n->out - 1 - n->len);
	enum notify_answer a;
	int status = 0;

	if (got < 0 && (errno == EINTR || errno == EAGAIN))
		return NOTIFY_PENDING;
	if (got > 0) {
		n->len += (size_t)got;
		n->out[n->len] = '\0';
		if ((a = scan_lines(n)) != NOTIFY_PENDING)
			return a;
		if (n->len + 1 < sizeof n->out)
			return NOTIFY_PENDING;
		return failed(n, _("notify-send said too much"));
	}
	/* the end of its output: notify-send is ending (what it left behind is ended) */
	status = child_end(n->pid, 0, NOTIFY_CLOSE_MS);
	n->pid = 0;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		return failed(n, n->out + n->seen);
	a = action(n->out + n->seen);
	return a != NOTIFY_PENDING ? a : NOTIFY_CLOSED;
}

void
notify_close(struct notify *n)
{
	if (n == NULL)
		return;
	/* notify-send takes SIGINT as "close the notification"; a stuck one is killed */
	if (n->pid > 0)
		child_end(n->pid, SIGINT, NOTIFY_CLOSE_MS);
	close(n->fd);
	free(n);
}
