/*
 * ui_sound.c — session sounds: the freedesktop sound theme, played by a
 * helper process started at the first sound, else the terminal bell.
 *
 * libcanberra and the sound server's libraries it loads cost a session more
 * memory than all the rest of it, so they live in the player process
 * (ui_sound_player.c), never in the session: a session that plays no sound
 * loads nothing, and one that does stays as small.
 */
#include "ui_sound.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "clock.h"
#include "diag.h"
#include "i18n.h"
#include "ui_sound_int.h"

#ifdef HAVE_CANBERRA
static const char theme_words[] = N_("sound theme (libcanberra; the bell if no sound server answers)");

/* How long the player may take to open the theme, and to start a sound. */
#define PLAYER_OPEN_MS 3000
#define PLAYER_PLAY_MS 1000
#endif

struct ui_sound {
	enum config_sound mode;     /* what plays now: theme, bell or off */
	char path[2 * PLAYER_LINE]; /* ui_sound_path()'s words */
#ifdef HAVE_CANBERRA
	bool opened;                /* the player is started at the first use */
	pid_t pid;                  /* the player, or 0 */
	int fd;                     /* our end of its socket, or -1 */
#endif
};

#ifdef HAVE_CANBERRA
/* Start the player; false (errno set) when it cannot be. */
static bool
player_start(struct ui_sound *s)
{
	int sv[2];
	pid_t pid;

	/* close-on-exec: a speech or notify command must not keep the player alive */
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
		return false;
	if ((pid = fork()) < 0) {
		int e = errno;

		close(sv[0]);
		close(sv[1]);
		errno = e;
		return false;
	}
	if (pid == 0) {
		close(sv[0]);
		ui_sound_player(sv[1]);
	}
	close(sv[1]);
	s->pid = pid;
	s->fd = sv[0];
	return true;
}

/* End the player, at once: a sound still playing stops with it. */
static void
player_stop(struct ui_sound *s)
{
	if (s->fd >= 0)
		close(s->fd);
	s->fd = -1;
	if (s->pid > 0) {
		kill(s->pid, SIGKILL);
		while (waitpid(s->pid, NULL, 0) < 0 && errno == EINTR)
			continue;
	}
	s->pid = 0;
}

/*
 * The player's next answer within ms, its words in detail; PLAYER_NO_ANSWER
 * when none comes in time, the player has gone, or the line is not one.
 */
static enum player_code
player_answer(struct ui_sound *s, int ms, char *detail, size_t size)
{
	char line[PLAYER_LINE];
	size_t n = 0;
	int64_t end = clock_mono_ms() + ms;
	char *nl;

	*detail = '\0';
	while ((nl = memchr(line, '\n', n)) == NULL) {
		struct pollfd pfd = { s->fd, POLLIN, 0 };
		int64_t left = end - clock_mono_ms();
		ssize_t r;
		int ready;

		if (left <= 0 || n == sizeof line)
			return PLAYER_NO_ANSWER;
		if ((ready = poll(&pfd, 1, (int)left)) < 0 && errno == EINTR)
			continue;
		if (ready <= 0)
			return PLAYER_NO_ANSWER;
		if ((r = read(s->fd, line + n, sizeof line - n)) < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return PLAYER_NO_ANSWER;
		n += (size_t)r;
	}
	*nl = '\0';
	if (n < 2 || line[0] < '0' || line[0] > '0' + PLAYER_NO_PLAY || line[1] != ' ')
		return PLAYER_NO_ANSWER;
	snprintf(detail, size, "%s", line + 2);
	return (enum player_code)(line[0] - '0');
}

/* Fall back to the bell for good, saying why. */
static void
to_bell(struct ui_sound *s, enum player_code code, const char *detail)
{
	static const char *const why[] = {
		[PLAYER_NO_LIBRARY] = N_("libcanberra cannot be loaded"),
		[PLAYER_NO_DRIVER] = N_("no sound driver"),
		[PLAYER_NO_PLAY] = N_("no sound server answered"),
		[PLAYER_NO_ANSWER] = N_("the sound player did not answer"),
	};
	const char *w = _(why[code == PLAYER_OK ? PLAYER_NO_ANSWER : code]);

	s->mode = CONFIG_SOUND_BELL;
	if (*detail != '\0')
		/* TRANSLATORS: the sound theme's word, then why it is not used (an error). */
		snprintf(s->path, sizeof s->path, _("terminal bell (sound theme: %s: %s)"), w, detail);
	else
		/* TRANSLATORS: %s is the sound theme's word. */
		snprintf(s->path, sizeof s->path, _("terminal bell (sound theme: %s)"), w);
	player_stop(s);
}

static void
open_theme(struct ui_sound *s)
{
	char detail[PLAYER_LINE];
	enum player_code code;

	if (s->opened || s->mode != CONFIG_SOUND_THEME)
		return;
	s->opened = true;
	if (!player_start(s)) {
		to_bell(s, PLAYER_NO_ANSWER, strerror(errno));
		return;
	}
	if ((code = player_answer(s, PLAYER_OPEN_MS, detail, sizeof detail)) != PLAYER_OK)
		to_bell(s, code, detail);
}

/* Have the player play ev; false when it could not (the player is then gone). */
static bool
theme_play(struct ui_sound *s, enum sound_event ev)
{
	unsigned char b = (unsigned char)ev;
	char detail[PLAYER_LINE] = "";
	enum player_code code = PLAYER_NO_ANSWER;

	if (send(s->fd, &b, 1, MSG_NOSIGNAL) == 1)
		code = player_answer(s, PLAYER_PLAY_MS, detail, sizeof detail);
	if (code == PLAYER_OK)
		return true;
	to_bell(s, code, detail);
	return false;
}
#endif

struct ui_sound *
ui_sound_new(enum config_sound mode)
{
	struct ui_sound *s = xcalloc(1, sizeof *s);

	s->mode = mode;
#ifdef HAVE_CANBERRA
	s->fd = -1;
#endif
	if (mode == CONFIG_SOUND_OFF)
		snprintf(s->path, sizeof s->path, "%s", _("off"));
	else if (mode == CONFIG_SOUND_BELL)
		snprintf(s->path, sizeof s->path, "%s", _("terminal bell"));
	else {
#ifdef HAVE_CANBERRA
		/* the player starts at the first sound: a menu never pays for it */
		snprintf(s->path, sizeof s->path, "%s", _(theme_words));
#else
		s->mode = CONFIG_SOUND_BELL;
		snprintf(s->path, sizeof s->path, "%s", _("terminal bell (built without libcanberra)"));
#endif
	}
	return s;
}

bool
ui_sound_play(struct ui_sound *s, enum sound_event ev)
{
	if (s == NULL || ev == SOUND_NONE || s->mode == CONFIG_SOUND_OFF)
		return false;
#ifdef HAVE_CANBERRA
	open_theme(s);
	if (s->mode == CONFIG_SOUND_THEME && theme_play(s, ev))
		return false;
#endif
	return sound_rings_bell(ev);
}

const char *
ui_sound_path(struct ui_sound *s)
{
#ifdef HAVE_CANBERRA
	open_theme(s);
#endif
	return s->path;
}

void
ui_sound_free(struct ui_sound *s)
{
	if (s == NULL)
		return;
#ifdef HAVE_CANBERRA
	player_stop(s);
#endif
	free(s);
}
