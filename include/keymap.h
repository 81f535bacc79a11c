/* keymap.h — every screen's keys: the tables the key bars, the ? boxes and the plain parsers read. */
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
#define KEYMAP_UP 0x110002
#define KEYMAP_DOWN 0x110003
#define KEYMAP_HOME 0x110004
#define KEYMAP_END 0x110005
#define KEYMAP_PGDN 0x110006
#define KEYMAP_PGUP 0x110007
#define KEYMAP_BACKSPACE 0x110008
#define KEYMAP_DELETE 0x110009
#define KEYMAP_ENTER '\n'

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

/*
 * A key of a screen outside the session (the menus, Build, My routines): the
 * screen's own action, the keys that give it, and the words about it.
 */
struct screen_key {
	int action;               /* the screen's own value, over 0 */
	int keys[12];             /* key codes (characters, KEYMAP_*), 0 ending the list */
	const char *name;         /* the key as the bar and the ? box write it: a KEYNAME_* or a literal */
	const char *ctx;          /* bar's gettext context, or NULL */
	const char *bar;          /* the key bar's word, or NULL: only in the ? box */
	const char *help;         /* the ? box's line, or NULL: only in the bar */
	bool keep;                /* kept in a narrow bar (help, the way back): others go first */
};

/* Key names written in the user's language (or drawn as arrows) by keymap_key_name(). */
#define KEYNAME_ENTER "Enter"
#define KEYNAME_ESC "Esc"
#define KEYNAME_UPDOWN "\x01updown"
#define KEYNAME_LEFTRIGHT "\x01leftright"
#define KEYNAME_DIGITS "\x01digits"   /* the numbers that pick a row: the caller's text */
#define KEYNAME_PAGES "\x01pages"     /* Page Up and Page Down */
#define KEYNAME_HOMEEND "\x01homeend" /* Home and End */

/* A screen's table: its rows and how many. */
struct screen_keys {
	const struct screen_key *rows;
	size_t n;
};

/* The main menu's and the routine lists' keys. */
enum { MENU_ACT_UP = 1, MENU_ACT_DOWN, MENU_ACT_FIRST, MENU_ACT_LAST, MENU_ACT_PGDN, MENU_ACT_PGUP,
    MENU_ACT_CHOOSE, MENU_ACT_QUIT, MENU_ACT_BACK, MENU_ACT_DIGIT, MENU_ACT_INFO, MENU_ACT_BRING,
    MENU_ACT_HELP };
struct screen_keys keymap_menu(void);
/* The Build screen's keys; Enter, s and q are its plain prompt's too. */
enum { BUILD_ACT_RUN = 1, BUILD_ACT_SAVE, BUILD_ACT_BACK, BUILD_ACT_HELP, BUILD_ACT_UP,
    BUILD_ACT_DOWN, BUILD_ACT_LESS, BUILD_ACT_MORE, BUILD_ACT_MINUTES_UP, BUILD_ACT_MINUTES_DOWN,
    BUILD_ACT_MINE, BUILD_ACT_SHUFFLE, BUILD_ACT_INFO };
struct screen_keys keymap_build(void);
/* My routines' keys. */
enum { MINE_ACT_RUN = 1, MINE_ACT_RENAME, MINE_ACT_DELETE, MINE_ACT_BACK, MINE_ACT_UP,
    MINE_ACT_DOWN, MINE_ACT_HELP };
struct screen_keys keymap_mine(void);
/*
 * A page to read (the safety notes, a report, the summary): Enter's word and
 * q's are the page's (continue or back, menu or quit), so each has its own
 * action; PAGE_ACT_LEAVE is q where the bar does not offer it.
 */
enum { PAGE_ACT_CONTINUE = 1, PAGE_ACT_GO_ON, PAGE_ACT_MENU, PAGE_ACT_CLOSE, PAGE_ACT_BACK,
    PAGE_ACT_QUIT, PAGE_ACT_LEAVE, PAGE_ACT_HELP, PAGE_ACT_DOWN, PAGE_ACT_UP, PAGE_ACT_PGDN,
    PAGE_ACT_PGUP, PAGE_ACT_TOP, PAGE_ACT_END };
struct screen_keys keymap_page(void);
/* The check-in's keys (how does your back feel, 0 to 10); after a session q skips (LEAVE). */
enum { CHECKIN_ACT_LESS = 1, CHECKIN_ACT_MORE, CHECKIN_ACT_DIGIT, CHECKIN_ACT_OK, CHECKIN_ACT_SKIP,
    CHECKIN_ACT_BACK, CHECKIN_ACT_QUIT, CHECKIN_ACT_LEAVE, CHECKIN_ACT_HELP };
struct screen_keys keymap_checkin(void);
/* A line being typed (a name): Enter takes it (the word is the caller's), Esc cancels. */
enum { EDIT_ACT_DONE = 1, EDIT_ACT_CANCEL };
struct screen_keys keymap_edit(void);

/* The action key gives in t (rows whose bit is set in `rows` only), or 0. */
int keymap_screen_action(struct screen_keys t, unsigned rows, int key);
/*
 * The key bar's pairs (key, word) of the rows in `rows` that have a word,
 * into out (room for 2 * t.n); digits is the text of KEYNAME_DIGITS
 * ("1-7"). Returns how many strings were written.
 */
size_t keymap_screen_bar(struct screen_keys t, unsigned rows, bool utf8, const char *digits,
    const char **out);
/*
 * The ? box's lines, "key<TAB>what it does", of the rows in `rows` that
 * have a help line (digits as for keymap_screen_bar()), into *lines (the caller frees with text_lines_free()).
 */
size_t keymap_screen_help(struct screen_keys t, unsigned rows, bool utf8, const char *digits,
    char ***lines);
/* A key name as it is written (KEYNAME_*: in the message language, arrows with utf8). */
const char *keymap_key_name(const char *name, bool utf8, const char *digits);
/* The bit set of the rows of t whose action is one of the n in actions. */
unsigned keymap_screen_rows(struct screen_keys t, const int *actions, size_t n);
/*
 * The rows of `rows` the key bar shows in `width` columns: when the bar of
 * them all is wider, the rows not kept (keep false) go, the last first, so
 * help and the way back stay. cols(ctx, s) measures s as drawn; the bar puts
 * a space between a key and its word and two between pairs.
 */
unsigned keymap_screen_fit(struct screen_keys t, unsigned rows, bool utf8, const char *digits,
    int width, int (*cols)(const void *ctx, const char *s), const void *ctx);
/* The row of t with this action, or NULL. */
const struct screen_key *keymap_screen_row(struct screen_keys t, int action);

#endif
