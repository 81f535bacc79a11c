/* keymap.c — the session's keys, written once. */
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "keymap.h"

#define STR_(x) #x
#define STR(x) STR_(x)

static const struct keymap_entry session_keys[] = {
	{ KEY_CMD_PAUSE, { ' ', 'p', 'P', 0 }, N_("space"), N_("pause"), N_("resume"),
	    N_("space"), N_("pause or resume"), "p", N_("pause"), 1 },
	{ KEY_CMD_SKIP, { 'n', 'N', KEYMAP_RIGHT, 0 }, "n", N_("skip"), NULL,
	    N_("n or ->"), N_("skip to the next stretch"), "n", N_("next"), 3 },
	{ KEY_CMD_BACK, { 'b', 'B', KEYMAP_LEFT, 0 }, "b", N_("back"), NULL,
	    N_("b or <-"), N_("back to the previous stretch"), "b", N_("back"), 4 },
	/* "it hurts" outlasts skip on a narrow bar: stopping a stretch that hurts matters more */
	{ KEY_CMD_HURT, { 'h', 'H', 0 }, "h", N_("it hurts"), NULL,
	    "h", N_("this hurts: stop this stretch, mark it, then stop or go on"), "h", N_("this hurts"), 2 },
	{ KEY_CMD_MORE, { '+', '=', 0 }, "+/-", STR(KEYMAP_ADJUST_S) " s", NULL,
	    N_("+ or -"), N_("five seconds more or less on this hold"), "+", N_("more"), 6 },
	{ KEY_CMD_LESS, { '-', '_', 0 }, NULL, NULL, NULL,
	    NULL, NULL, "-", N_("less"), 6 },
	{ KEY_CMD_INFO, { 'i', 'I', 0 }, "i", N_("steps"), NULL,
	    "i", N_("every step and caution of this stretch"), "i", N_("steps"), 5 },
	{ KEY_CMD_HELP, { '?', 0 }, "?", N_("help"), NULL,
	    "?", N_("these keys"), NULL, NULL, 0 },
	{ KEY_CMD_QUIT, { 'q', 'Q', KEYMAP_ESC, 0 }, "q", N_("quit"), NULL,
	    "q", N_("quit (asks first; what you did is kept)"), "q", N_("quit"), 0 },
};

#define NKEYS (sizeof session_keys / sizeof session_keys[0])

static const char *
tr(const char *s)
{
	return s != NULL && s[0] != '\0' ? _(s) : s;
}

/* The table in the message language, made once (the locale is set before any key is read). */
static const struct keymap_entry *
keys(void)
{
	static struct keymap_entry shown[NKEYS];
	static bool ready;

	if (ready)
		return shown;
	for (size_t i = 0; i < NKEYS; i++) {
		shown[i] = session_keys[i];
		shown[i].bar_key = tr(shown[i].bar_key);
		shown[i].label = tr(shown[i].label);
		shown[i].label_paused = tr(shown[i].label_paused);
		shown[i].help_key = tr(shown[i].help_key);
		shown[i].help = tr(shown[i].help);
		shown[i].plain_word = tr(shown[i].plain_word);
	}
	ready = true;
	return shown;
}

const struct keymap_entry *
keymap_session(size_t *n)
{
	*n = NKEYS;
	return keys();
}

enum key_cmd
keymap_lookup(int key)
{
	for (size_t i = 0; i < NKEYS; i++)
		for (size_t k = 0; k < 4 && keys()[i].keys[k] != 0; k++)
			if (keys()[i].keys[k] == key)
				return keys()[i].cmd;
	return KEY_CMD_NONE;
}

const struct keymap_entry *
keymap_entry(enum key_cmd cmd)
{
	for (size_t i = 0; i < NKEYS; i++)
		if (keys()[i].cmd == cmd)
			return &keys()[i];
	return NULL;
}

unsigned
keymap_bar_fit(int width, int (*width_of)(const struct keymap_entry *e, bool paused), bool paused)
{
	return keymap_bar_fit_only(width, width_of, paused, ~0u);
}

unsigned
keymap_bar_fit_only(int width, int (*width_of)(const struct keymap_entry *e, bool paused),
    bool paused, unsigned rows)
{
	unsigned keep = 0;
	int used = 0, worst = 0;

	for (size_t i = 0; i < NKEYS; i++) {
		if (keys()[i].bar_key == NULL || !(rows & (1u << i)))
			continue;
		keep |= 1u << i;
		used += (used > 0 ? 2 : 0) + width_of(&keys()[i], paused);
		if (keys()[i].priority > worst)
			worst = keys()[i].priority;
	}
	/* drop the least needed rows until the bar fits */
	for (int p = worst; p > 0 && used > width; p--) {
		for (size_t i = NKEYS; i-- > 0 && used > width;) {
			if (!(keep & (1u << i)) || keys()[i].priority != p)
				continue;
			keep &= ~(1u << i);
			used -= width_of(&keys()[i], paused) + 2;
		}
	}
	return keep;
}

const char *
keymap_plain_keys(void)
{
	static char buf[256];
	size_t len = 0;

	if (*buf != '\0')
		return buf;
	for (size_t i = 0; i < NKEYS && len < sizeof buf; i++) {
		const struct keymap_entry *e = &keys()[i];

		if (e->plain == NULL)
			continue;
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s %s",
		    len > 0 ? ", " : "", e->plain, e->plain_word);
	}
	return buf;
}
