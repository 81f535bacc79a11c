/* keymap.c — the session's keys, written once. */
#include <stdio.h>
#include <string.h>

#include "keymap.h"

#define STR_(x) #x
#define STR(x) STR_(x)

static const struct keymap_entry session_keys[] = {
	{ KEY_CMD_PAUSE, { ' ', 'p', 'P', 0 }, "space", "pause", "resume",
	    "space", "pause or resume", "p", "pause", 1 },
	{ KEY_CMD_SKIP, { 'n', 'N', KEYMAP_RIGHT, 0 }, "n", "skip", NULL,
	    "n or ->", "skip to the next stretch", "n", "next", 2 },
	{ KEY_CMD_BACK, { 'b', 'B', KEYMAP_LEFT, 0 }, "b", "back", NULL,
	    "b or <-", "back to the previous stretch", "b", "back", 4 },
	{ KEY_CMD_HURT, { 'h', 'H', 0 }, "h", "it hurts", NULL,
	    "h", "this hurts: stop this stretch and mark it", "h", "this hurts", 3 },
	{ KEY_CMD_MORE, { '+', '=', 0 }, "+/-", STR(KEYMAP_ADJUST_S) " s", NULL,
	    "+ or -", "five seconds more or less on this hold", "+", "more", 6 },
	{ KEY_CMD_LESS, { '-', '_', 0 }, NULL, NULL, NULL,
	    NULL, NULL, "-", "less", 6 },
	{ KEY_CMD_INFO, { 'i', 'I', 0 }, "i", "steps", NULL,
	    "i", "every step and caution of this stretch", "i", "steps", 5 },
	{ KEY_CMD_HELP, { '?', 0 }, "?", "help", NULL,
	    "?", "these keys", NULL, NULL, 0 },
	{ KEY_CMD_QUIT, { 'q', 'Q', KEYMAP_ESC, 0 }, "q", "quit", NULL,
	    "q", "quit (asks first; what you did is kept)", "q", "quit", 0 },
};

#define NKEYS (sizeof session_keys / sizeof session_keys[0])

const struct keymap_entry *
keymap_session(size_t *n)
{
	*n = NKEYS;
	return session_keys;
}

enum key_cmd
keymap_lookup(int key)
{
	for (size_t i = 0; i < NKEYS; i++)
		for (size_t k = 0; k < 4 && session_keys[i].keys[k] != 0; k++)
			if (session_keys[i].keys[k] == key)
				return session_keys[i].cmd;
	return KEY_CMD_NONE;
}

const struct keymap_entry *
keymap_entry(enum key_cmd cmd)
{
	for (size_t i = 0; i < NKEYS; i++)
		if (session_keys[i].cmd == cmd)
			return &session_keys[i];
	return NULL;
}

unsigned
keymap_bar_fit(int width, int (*width_of)(const struct keymap_entry *e, bool paused), bool paused)
{
	unsigned keep = 0;
	int used = 0, worst = 0;

	for (size_t i = 0; i < NKEYS; i++) {
		if (session_keys[i].bar_key == NULL)
			continue;
		keep |= 1u << i;
		used += (used > 0 ? 2 : 0) + width_of(&session_keys[i], paused);
		if (session_keys[i].priority > worst)
			worst = session_keys[i].priority;
	}
	/* drop the least needed rows until the bar fits */
	for (int p = worst; p > 0 && used > width; p--) {
		for (size_t i = NKEYS; i-- > 0 && used > width;) {
			if (!(keep & (1u << i)) || session_keys[i].priority != p)
				continue;
			keep &= ~(1u << i);
			used -= width_of(&session_keys[i], paused) + 2;
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
		const struct keymap_entry *e = &session_keys[i];

		if (e->plain == NULL)
			continue;
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s %s",
		    len > 0 ? ", " : "", e->plain, e->plain_word);
	}
	return buf;
}
