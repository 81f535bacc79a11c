/* ui_sound.c — session sounds through libcanberra when it is there, else the bell. */
#include "ui_sound.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#ifdef HAVE_CANBERRA
#include <canberra.h>
#endif

#include "diag.h"
#include "i18n.h"

#ifdef HAVE_CANBERRA
static const char theme_words[] = N_("sound theme (libcanberra; the bell if no sound server answers)");
#endif

struct ui_sound {
	enum config_sound mode;     /* what plays now: theme, bell or off */
	char path[128];             /* ui_sound_path()'s words */
#ifdef HAVE_CANBERRA
	ca_context *ca;
	bool opened;                /* the theme is opened at its first use */
#endif
};

#ifdef HAVE_CANBERRA
/*
 * Sound libraries (ALSA above all) write their complaints to stderr, which
 * would land on the curses screen: they are sent to /dev/null while a call
 * runs. Returns the saved stderr for quiet_end(), or -1.
 */
static int
quiet_begin(void)
{
	int saved = dup(2), null = open("/dev/null", O_WRONLY | O_CLOEXEC);

	if (saved >= 0 && null >= 0)
		dup2(null, 2);
	if (null >= 0)
		close(null);
	return saved;
}

static void
quiet_end(int saved)
{
	if (saved >= 0) {
		dup2(saved, 2);
		close(saved);
	}
}

/* Fall back to the bell for good, saying why. */
static void
to_bell(struct ui_sound *s, const char *why, int err)
{
	s->mode = CONFIG_SOUND_BELL;
	snprintf(s->path, sizeof s->path, _("terminal bell (sound theme: %s: %s)"), _(why), ca_strerror(err));
	if (s->ca != NULL) {
		int q = quiet_begin();

		ca_context_destroy(s->ca);
		quiet_end(q);
		s->ca = NULL;
	}
}

static void
open_theme(struct ui_sound *s)
{
	int q, err;

	if (s->opened || s->mode != CONFIG_SOUND_THEME)
		return;
	s->opened = true;
	q = quiet_begin();
	err = ca_context_create(&s->ca);
	if (err == CA_SUCCESS)
		err = ca_context_change_props(s->ca, CA_PROP_APPLICATION_NAME, "stretchcoach",
		    CA_PROP_APPLICATION_ID, "org.stretchcoach", NULL);
	if (err == CA_SUCCESS)
		err = ca_context_open(s->ca);
	quiet_end(q);
	if (err != CA_SUCCESS)
		to_bell(s, N_("no sound driver"), err);
	else
		snprintf(s->path, sizeof s->path, "%s", _(theme_words));
}
#endif

struct ui_sound *
ui_sound_new(enum config_sound mode)
{
	struct ui_sound *s = xcalloc(1, sizeof *s);

	s->mode = mode;
	if (mode == CONFIG_SOUND_OFF)
		snprintf(s->path, sizeof s->path, "%s", _("off"));
	else if (mode == CONFIG_SOUND_BELL)
		snprintf(s->path, sizeof s->path, "%s", _("terminal bell"));
	else {
#ifdef HAVE_CANBERRA
		/* opened at the first sound: a menu never pays for it */
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
	if (s->mode == CONFIG_SOUND_THEME) {
		int q = quiet_begin();
		int err = ca_context_play(s->ca, 0, CA_PROP_EVENT_ID, sound_theme_id(ev), NULL);

		quiet_end(q);
		if (err == CA_SUCCESS)
			return false;
		to_bell(s, N_("no sound server answered"), err);
	}
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
	if (s->ca != NULL) {
		int q = quiet_begin();

		ca_context_destroy(s->ca);
		quiet_end(q);
	}
#endif
	free(s);
}
