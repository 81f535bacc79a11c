/*
 * ui_sound_player.c — the sound player process: the one place libcanberra is
 * loaded (dlopen), so a session keeps its memory whether sounds play or not.
 */
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <canberra.h>

#include "loadsym.h"
#include "sound.h"
#include "ui_sound_int.h"

/* libcanberra's soname since its first release. */
#define CANBERRA_SONAME "libcanberra.so.0"

/* The calls the player makes, looked up in the loaded library. */
struct ca_api {
	int (*create)(ca_context **);
	int (*change_props)(ca_context *, ...);
	int (*open)(ca_context *);
	int (*play)(ca_context *, uint32_t, ...);
	const char *(*strerror)(int);
};

/* Write the answer line; a parent that has gone away ends the player. */
static void
answer(int fd, enum player_code code, const char *detail)
{
	char line[PLAYER_LINE];
	int n = snprintf(line, sizeof line, "%d %.*s\n", (int)code, PLAYER_LINE - 8,
	    detail != NULL ? detail : "");

	for (const char *p = line; n > 0;) {
		ssize_t w = write(fd, p, (size_t)n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			_exit(1);
		p += w;
		n -= (int)w;
	}
}

static int
load(struct ca_api *a)
{
	void *h = dlopen(CANBERRA_SONAME, RTLD_NOW | RTLD_LOCAL);

	if (h == NULL)
		return -1;
	if (loadsym(h, "ca_context_create", &a->create, sizeof a->create) != 0 ||
	    loadsym(h, "ca_context_change_props", &a->change_props, sizeof a->change_props) != 0 ||
	    loadsym(h, "ca_context_open", &a->open, sizeof a->open) != 0 ||
	    loadsym(h, "ca_context_play", &a->play, sizeof a->play) != 0 ||
	    loadsym(h, "ca_strerror", &a->strerror, sizeof a->strerror) != 0)
		return -1;
	return 0;
}

/*
 * Close every descriptor above 3, reading which are open from /proc (a loop
 * to a limit of a million descriptors would take the player seconds).
 */
static void
close_above_3(void)
{
	DIR *d = opendir("/proc/self/fd");
	struct dirent *e;

	if (d == NULL) {
		for (int i = 4; i < 1024; i++)
			close(i);
		return;
	}
	while ((e = readdir(d)) != NULL) {
		int i = atoi(e->d_name);

		if (i > 3 && i != dirfd(d))
			close(i);
	}
	closedir(d);
}

/*
 * Leave the session's terminal and signals: no controlling terminal, so no
 * Ctrl-C or Ctrl-Z reaches the player; the default action for every signal;
 * /dev/null for the standard streams, where sound drivers write their
 * complaints; and no descriptor of the session's but the socket, moved to 3
 * (a history lock must not outlive the session). Returns the socket.
 */
static int
detach(int fd)
{
	int null = open("/dev/null", O_RDWR);
	sigset_t none;

	setsid();
	for (int sig = 1; sig < NSIG; sig++)
		signal(sig, SIG_DFL);
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	for (int i = 0; i < 3 && null >= 0; i++)
		dup2(null, i);
	if (fd != 3 && (dup2(fd, 3) != 3))
		_exit(1);
	close_above_3();
	return 3;
}

_Noreturn void
ui_sound_player(int fd)
{
	struct ca_api a;
	ca_context *ca = NULL;
	unsigned char ev;
	ssize_t r;
	int err;

	fd = detach(fd);
	if (load(&a) != 0) {
		const char *why = dlerror();

		answer(fd, PLAYER_NO_LIBRARY, why != NULL ? why : CANBERRA_SONAME);
		_exit(1);
	}
	err = a.create(&ca);
	if (err == CA_SUCCESS)
		err = a.change_props(ca, CA_PROP_APPLICATION_NAME, "stretchcoach",
		    CA_PROP_APPLICATION_ID, "org.stretchcoach", NULL);
	if (err == CA_SUCCESS)
		err = a.open(ca);
	if (err != CA_SUCCESS) {
		answer(fd, PLAYER_NO_DRIVER, a.strerror(err));
		_exit(1);
	}
	answer(fd, PLAYER_OK, "");
	while ((r = read(fd, &ev, 1)) == 1 || (r < 0 && errno == EINTR)) {
		const char *id = r == 1 ? sound_theme_id((enum sound_event)ev) : NULL;

		if (r != 1)
			continue;
		err = id != NULL ? a.play(ca, 0, CA_PROP_EVENT_ID, id, NULL) : CA_ERROR_INVALID;
		if (err != CA_SUCCESS) {
			answer(fd, PLAYER_NO_PLAY, a.strerror(err));
			_exit(1);
		}
		answer(fd, PLAYER_OK, "");
	}
	/* the session has ended: so does the player, and any sound still playing */
	_exit(0);
}
