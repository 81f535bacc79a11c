/* cmd_remind_desk.c — `remind` on the desktop: the notification, and a terminal window for Start. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "catalogue.h"
#include "child.h"
#include "cli.h"
#include "diag.h"
#include "i18n.h"
#include "idle.h"
#include "notify.h"
#include "remind_int.h"
#include "text.h"

/* The most words $TERMINAL may hold ("kitty --single-instance"). */
#define TERMINAL_WORDS 8

/* notify-send failed: say it once, until a notification works again. */
static void
desktop_failed(struct remind *rm, const char *what)
{
	char *why = text_safe(*what ? what : _("notify-send failed"));

	text_cut(why, 100);
	if (!rm->notify_down)
		/* TRANSLATORS: %s is why (an error message). */
		remind_say(rm, _("Desktop notifications failed (%s): offers come to this terminal only."), why);
	rm->notify_down = true;
	free(why);
}

int
remind_read_desktop(struct remind *rm, struct notify **n, enum answer *a)
{
	enum notify_answer got = notify_read(*n);

	switch (got) {
	case NOTIFY_PENDING: return -1;
	case NOTIFY_START: *a = ANS_START; break;
	case NOTIFY_SNOOZE: *a = ANS_SNOOZE; break;
	case NOTIFY_SKIP: *a = ANS_SKIP; break;
	case NOTIFY_CLOSED:
		break;
	case NOTIFY_FAILED:
		desktop_failed(rm, notify_problem(*n));
		break;
	}
	if (got != NOTIFY_FAILED && rm->notify_down) {
		rm->notify_down = false;
		remind_say(rm, "%s", _("Desktop notifications work again."));
	}
	notify_close(*n);
	*n = NULL;
	return 0;
}

void
remind_desktop_give_up(struct remind *rm, struct notify **n)
{
	char sl[32];

	notify_close(*n);
	*n = NULL;
	/* TRANSLATORS: %s is how long the notification waited ("5 min"). */
	remind_say(rm, _("No answer on the desktop in %s: the notification is withdrawn."),
	    text_duration(sl, sizeof sl, rm->snooze));
}

struct notify *
remind_offer_desktop(struct remind *rm, const char *len)
{
	char *body, *cause = NULL, snooze[48], sl[32];
	struct notify *n;

	if (!rm->notify)
		return NULL;
	/* TRANSLATORS: the routine's name, then its length ("5 min"). */
	body = xasprintf(_("%s, %s. Start it now, or snooze or skip it."), rm->r->name, len);
	/* TRANSLATORS: %s is the snooze time ("10 min"); a button, keep it short. */
	snprintf(snooze, sizeof snooze, _("Snooze %s"), text_duration(sl, sizeof sl, rm->snooze));
	n = notify_show(_("Time for a stretch"), body, snooze, &cause);
	free(body);
	if (n == NULL) {
		/* tried again at the next offer: the notification service may come later */
		if (!rm->notify_down)
			remind_say(rm, _("No desktop notifications (%s): offers come to this terminal only."), cause);
		rm->notify_down = true;
		free(cause);
	}
	return n;
}

bool
remind_in_view(const struct remind *rm)
{
	return rm->keys && rm->pane && idle_tmux_attached();
}

const char *
remind_terminal(void)
{
	const char *t = getenv("TERMINAL");

	return t != NULL && *t != '\0' ? t : "x-terminal-emulator";
}

int
remind_open_terminal(struct remind *rm, char **cause)
{
	static char e[] = "-e", run[] = "run", cat[] = "--catalogue";
	char self[4096], *words = xstrdup(remind_terminal()), *argv[TERMINAL_WORDS + 8];
	ssize_t len = readlink("/proc/self/exe", self, sizeof self - 1);
	int n = 0;
	pid_t pid;

	if (len > 0)
		self[len] = '\0';
	else
		snprintf(self, sizeof self, "stretchcoach");
	for (char *w = strtok(words, " \t"); w != NULL && n < TERMINAL_WORDS; w = strtok(NULL, " \t"))
		argv[n++] = w;
	if (n == 0)
		argv[n++] = words;
	argv[n++] = e;
	argv[n++] = self;
	argv[n++] = run;
	argv[n++] = (char *)rm->r->id;
	if (rm->cli->catalogue != NULL) {
		argv[n++] = cat;
		argv[n++] = (char *)rm->cli->catalogue;
	}
	argv[n] = NULL;
	/* the last window's terminal, when it has ended (one that stays up is left alone) */
	if (rm->term_pid > 0 && waitpid(rm->term_pid, NULL, WNOHANG) != 0)
		rm->term_pid = 0;
	if ((pid = child_spawn(argv, -1, -1)) < 0) {
		char *safe = text_safe(argv[0]);

		*cause = xasprintf("%s: %s", safe, strerror(errno));
		free(safe);
		free(words);
		return -1;
	}
	rm->term_pid = pid;
	free(words);
	return 0;
}
