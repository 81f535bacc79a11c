/* keymap.h — the session's keys: the one table the curses screen, its key bar, the help overlay and the plain parser read. */
#ifndef SC_KEYMAP_H
#define SC_KEYMAP_H

#include <stdbool.h>
#include <stddef.h>

/* What a key asks the session to do. */
enum key_cmd {
	KEY_CMD_NONE,
	KEY_CMD_PAUSE,   /* pause or resume */
	KEY_CMD_SKIP,    /* on to the next stretch */
	KEY_CMD_BACK,    /* back to the previous stretch */
	KEY_CMD_HURT,    /* "this hurts": stop this stretch and mark it */
	KEY_CMD_MORE,    /* KEYMAP_ADJUST_S more on this hold */
	KEY_CMD_LESS,    /* KEYMAP_ADJUST_S less */
	KEY_CMD_INFO,    /* every step and caution of the stretch */
	KEY_CMD_HELP,    /* the keys */
	KEY_CMD_QUIT,    /* end the session (asks first on a screen) */
};

/* Seconds that + and - add to or take from a hold. */
#define KEYMAP_ADJUST_S 5

/* Keys that are not characters, as a front end hands them to keymap_lookup(). */
#define KEYMAP_ESC 27
#define KEYMAP_LEFT 0x110000
#define KEYMAP_RIGHT 0x110001

/* One row of the table: a command, the keys that give it, and the words about it. */
struct keymap_entry {
	enum key_cmd cmd;
	int keys[4];              /* the key codes, 0 ending the list */
	const char *bar_key;      /* the key as the key bar writes it: "space" */
	const char *label;        /* the key bar's word: "pause" */
	const char *label_paused; /* the word while the session is paused, or NULL */
	const char *help_key;     /* the key as the help lists it: "n or ->" */
	const char *help;         /* the help's line about it */
	const char *plain;        /* what to type in the plain front end, or NULL */
	const char *plain_word;   /* its word in the plain front end's key list */
	int priority;             /* 0: always in the key bar; higher numbers go first */
};

/* The session's keys, in the order the key bar and the help list them; *n gets how many. */
const struct keymap_entry *keymap_session(size_t *n);
/* The command a key (a character or KEYMAP_*) gives during a session, or KEY_CMD_NONE. */
enum key_cmd keymap_lookup(int key);
/* The row for a command, or NULL. */
const struct keymap_entry *keymap_entry(enum key_cmd cmd);
/*
 * Which rows the key bar shows in `width` columns: *keep gets a bit per row
 * (1u << index). width_of measures a row as drawn ("key label" and two spaces
 * between rows). Rows go in the order of their priority, highest number first,
 * until the rest fit; priority 0 rows always stay.
 */
unsigned keymap_bar_fit(int width, int (*width_of)(const struct keymap_entry *e, bool paused),
    bool paused);
/* The same over the rows in the bit set rows only (a key that does nothing now is not offered). */
unsigned keymap_bar_fit_only(int width, int (*width_of)(const struct keymap_entry *e, bool paused),
    bool paused, unsigned rows);
/* The plain front end's list of keys: "p pause, n next, ..." (static storage). */
const char *keymap_plain_keys(void);

#endif
