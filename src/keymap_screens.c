/* keymap_screens.c — the keys of the screens outside the session, each screen's written once. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "keymap.h"
#include "diag.h"

#define ESC KEYMAP_ESC
#define BACK_CTX "leave a screen"

/* In the key bar's order: as many as fit are drawn, the first first. */
static const struct screen_key menu_keys[] = {
	{ MENU_ACT_UP, { KEYMAP_UP, 'k', 0 }, KEYNAME_UPDOWN, NULL, N_("move"), N_("move up and down"),
	    false },
	{ MENU_ACT_CHOOSE, { KEYMAP_ENTER, '\r', KEYMAP_RIGHT, 0 }, KEYNAME_ENTER, NULL, N_("choose"),
	    N_("open the highlighted entry"), false },
	{ MENU_ACT_QUIT, { 'q', 'Q', ESC, KEYMAP_LEFT, KEYMAP_BACKSPACE, 0 }, "q", NULL, N_("quit"),
	    N_("quit stretchcoach"), true },
	{ MENU_ACT_BACK, { 'q', 'Q', ESC, KEYMAP_LEFT, KEYMAP_BACKSPACE, 0 }, "q", BACK_CTX,
	    /* TRANSLATORS: "back" out of this screen; the session's "back" (a stretch) is another message. */
	    NC_("leave a screen", "back"), N_("back to the menu before"), true },
	/* ? before the digits: a narrow bar keeps the way to every key */
	{ MENU_ACT_HELP, { '?', 0 }, "?", NULL, N_("help"), NULL, true },
	{ MENU_ACT_DIGIT, { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 0 }, KEYNAME_DIGITS, NULL,
	    N_("pick"), N_("pick the entry with that number"), false },
	{ MENU_ACT_DIGIT, { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 0 }, KEYNAME_DIGITS, NULL,
	    N_("go to"), N_("go to the entry with that number; Enter picks it"), false },
	{ MENU_ACT_INFO, { 'i', 'I', 0 }, "i", NULL, N_("all stretches"),
	    N_("every stretch of the highlighted routine"), false },
	{ MENU_ACT_INFO, { 'i', 'I', 0 }, "i", NULL, N_("read all"),
	    N_("the whole text of the highlighted entry, where the pane cuts it"), false },
	{ MENU_ACT_BRING, { 'u', 'U', 0 }, "u", NULL, N_("bring back"),
	    N_("bring back what was left out for hurting"), false },
	{ MENU_ACT_DOWN, { KEYMAP_DOWN, 'j', 0 }, NULL, NULL, NULL, NULL, false },
	{ MENU_ACT_FIRST, { KEYMAP_HOME, 'g', 0 }, NULL, NULL, NULL, NULL, false },
	{ MENU_ACT_LAST, { KEYMAP_END, 'G', 0 }, NULL, NULL, NULL, NULL, false },
	{ MENU_ACT_PGDN, { KEYMAP_PGDN, 0 }, NULL, NULL, NULL, NULL, false },
	{ MENU_ACT_PGUP, { KEYMAP_PGUP, 0 }, NULL, NULL, NULL, NULL, false },
};

static const struct screen_key build_keys[] = {
	{ BUILD_ACT_RUN, { KEYMAP_ENTER, '\r', 0 }, KEYNAME_ENTER, NULL, N_("run"),
	    N_("run the routine shown"), false },
	{ BUILD_ACT_SAVE, { 's', 0 }, "s", NULL, N_("save"),
	    N_("save it under a name (My routines, All routines)"), false },
	{ BUILD_ACT_BACK, { 'q', 'Q', ESC, 0 }, "q", BACK_CTX, NC_("leave a screen", "back"),
	    N_("back to the menu"), true },
	{ BUILD_ACT_HELP, { '?', 0 }, "?", NULL, N_("help"), NULL, true },
	{ BUILD_ACT_UP, { KEYMAP_UP, 'k', 0 }, KEYNAME_UPDOWN, NULL, N_("field"),
	    N_("the field to change"), false },
	{ BUILD_ACT_LESS, { KEYMAP_LEFT, 'h', 0 }, KEYNAME_LEFTRIGHT, NULL, N_("change"),
	    N_("change its value (space too)"), false },
	{ BUILD_ACT_MINE, { 'm', 0 }, "m", NULL, N_("my routines"),
	    N_("my routines: run, rename or delete a saved one"), false },
	{ BUILD_ACT_SHUFFLE, { 'r', 0 }, "r", NULL, N_("shuffle"),
	    N_("shuffle: another routine for the same choices"), false },
	{ BUILD_ACT_MINUTES_UP, { '+', 0 }, "+ -", NULL, NULL, N_("five minutes more or less"), false },
	{ BUILD_ACT_MINUTES_DOWN, { '-', 0 }, NULL, NULL, NULL, NULL, false },
	/* last: a small screen's preview says i itself ("… i reads it all") */
	{ BUILD_ACT_INFO, { 'i', 'I', 0 }, "i", NULL, N_("read all"),
	    N_("the choices and the preview whole"), false },
	{ BUILD_ACT_DOWN, { KEYMAP_DOWN, 'j', '\t', 0 }, NULL, NULL, NULL, NULL, false },
	{ BUILD_ACT_MORE, { KEYMAP_RIGHT, 'l', ' ', 0 }, NULL, NULL, NULL, NULL, false },
};

static const struct screen_key mine_keys[] = {
	{ MINE_ACT_RUN, { KEYMAP_ENTER, '\r', 0 }, KEYNAME_ENTER, NULL, N_("run"),
	    N_("run the highlighted routine"), false },
	{ MINE_ACT_RENAME, { 'r', 'R', 0 }, "r", NULL, N_("rename"), N_("give it another name"), false },
	{ MINE_ACT_DELETE, { 'd', 'D', KEYMAP_DELETE, 0 }, "d", NULL, N_("delete"),
	    N_("delete it (asks first)"), false },
	{ MINE_ACT_BACK, { 'q', 'Q', ESC, KEYMAP_LEFT, 0 }, "q", BACK_CTX, NC_("leave a screen", "back"),
	    N_("back to Build"), true },
	{ MINE_ACT_HELP, { '?', 0 }, "?", NULL, N_("help"), NULL, true },
	{ MINE_ACT_UP, { KEYMAP_UP, 'k', 0 }, KEYNAME_UPDOWN, NULL, NULL, N_("move up and down"), false },
	{ MINE_ACT_DOWN, { KEYMAP_DOWN, 'j', 0 }, NULL, NULL, NULL, NULL, false },
};

/* The word Enter takes is the caller's (save, rename): the bar pairs it by hand. */
static const struct screen_key edit_keys[] = {
	{ EDIT_ACT_DONE, { KEYMAP_ENTER, '\r', 0 }, KEYNAME_ENTER, NULL, NULL, NULL, false },
	{ EDIT_ACT_CANCEL, { ESC, 0 }, KEYNAME_ESC, NULL, N_("cancel"), NULL, true },
};

/*
 * Enter goes on (its word the page's), q goes back or quits; the arrows,
 * the page keys, Home and End scroll a page longer than the screen.
 */
static const struct screen_key page_keys[] = {
	{ PAGE_ACT_CONTINUE, { KEYMAP_ENTER, '\r', 0 }, KEYNAME_ENTER, NULL, N_("continue"),
	    N_("go on from this page"), true },
	/* TRANSLATORS: Enter (and q) go on from a note read on the way, to the next question. */
	{ PAGE_ACT_GO_ON, { KEYMAP_ENTER, '\r', 0 }, KEYNAME_ENTER, NULL, N_("go on"),
	    N_("go on from this page (q and Esc too)"), true },
	{ PAGE_ACT_MENU, { KEYMAP_ENTER, '\r', 0 }, KEYNAME_ENTER, NULL, N_("menu"),
	    N_("back to the menu"), true },
	{ PAGE_ACT_CLOSE, { KEYMAP_ENTER, '\r', 0 }, KEYNAME_ENTER, NULL, N_("close"),
	    N_("close stretchcoach (q and Esc too)"), true },
	{ PAGE_ACT_BACK, { 'q', 'Q', ESC, KEYMAP_LEFT, 0 }, "q", BACK_CTX, NC_("leave a screen", "back"),
	    N_("leave this page"), true },
	{ PAGE_ACT_QUIT, { 'q', 'Q', ESC, KEYMAP_LEFT, 0 }, "q", NULL, N_("quit"),
	    N_("quit stretchcoach"), true },
	{ PAGE_ACT_LEAVE, { 'q', 'Q', ESC, KEYMAP_LEFT, 0 }, NULL, NULL, NULL, NULL, false },
	{ PAGE_ACT_HELP, { '?', 0 }, "?", NULL, N_("help"), NULL, true },
	{ PAGE_ACT_DOWN, { KEYMAP_DOWN, 'j', 0 }, KEYNAME_UPDOWN, NULL, N_("scroll"),
	    N_("scroll a line"), false },
	{ PAGE_ACT_UP, { KEYMAP_UP, 'k', 0 }, NULL, NULL, NULL, NULL, false },
	{ PAGE_ACT_PGDN, { KEYMAP_PGDN, ' ', 0 }, KEYNAME_PAGES, NULL, NULL,
	    N_("scroll a page (space and b too)"), false },
	{ PAGE_ACT_PGUP, { KEYMAP_PGUP, 'b', 0 }, NULL, NULL, NULL, NULL, false },
	{ PAGE_ACT_TOP, { KEYMAP_HOME, 'g', 0 }, KEYNAME_HOMEEND, NULL, NULL,
	    N_("the top or the end (g and G too)"), false },
	{ PAGE_ACT_END, { KEYMAP_END, 'G', 0 }, NULL, NULL, NULL, NULL, false },
};

/* Before a session q goes back to the menu; after it, q skips as s does. */
static const struct screen_key checkin_keys[] = {
	{ CHECKIN_ACT_LESS, { KEYMAP_LEFT, 'h', KEYMAP_DOWN, 0 }, KEYNAME_LEFTRIGHT, NULL, N_("move"),
	    N_("a lower or a higher number (the up and down arrows too)"), false },
	{ CHECKIN_ACT_MORE, { KEYMAP_RIGHT, 'l', KEYMAP_UP, 0 }, NULL, NULL, NULL, NULL, false },
	{ CHECKIN_ACT_OK, { KEYMAP_ENTER, '\r', 0 }, KEYNAME_ENTER, NULL, N_("ok"),
	    N_("take the number shown"), true },
	{ CHECKIN_ACT_SKIP, { 's', 'S', 0 }, "s", "a question", NC_("a question", "skip"),
	    N_("skip the question"), true },
	{ CHECKIN_ACT_BACK, { 'q', 'Q', ESC, 0 }, "q", BACK_CTX, NC_("leave a screen", "back"),
	    N_("leave this page"), true },
	{ CHECKIN_ACT_QUIT, { 'q', 'Q', ESC, 0 }, "q", NULL, N_("quit"), N_("quit stretchcoach"), true },
	{ CHECKIN_ACT_LEAVE, { 'q', 'Q', ESC, 0 }, NULL, NULL, NULL, NULL, false },
	{ CHECKIN_ACT_HELP, { '?', 0 }, "?", NULL, N_("help"), NULL, true },
	{ CHECKIN_ACT_DIGIT, { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 0 }, KEYNAME_DIGITS,
	    NULL, NULL, N_("that number (1 then 0 for 10)"), false },
};

#define TABLE(t) ((struct screen_keys){ t, sizeof t / sizeof t[0] })

struct screen_keys keymap_menu(void) { return TABLE(menu_keys); }
struct screen_keys keymap_build(void) { return TABLE(build_keys); }
struct screen_keys keymap_mine(void) { return TABLE(mine_keys); }
struct screen_keys keymap_edit(void) { return TABLE(edit_keys); }
struct screen_keys keymap_page(void) { return TABLE(page_keys); }
struct screen_keys keymap_checkin(void) { return TABLE(checkin_keys); }

const char *
keymap_key_name(const char *name, bool utf8, const char *digits)
{
	if (name == NULL)
		return "";
	if (strcmp(name, KEYNAME_ENTER) == 0)
		return C_("key", "Enter");
	if (strcmp(name, KEYNAME_ESC) == 0)
		return C_("key", "Esc");
	if (strcmp(name, KEYNAME_UPDOWN) == 0)
		return utf8 ? "\u2191\u2193" : "j/k";
	if (strcmp(name, KEYNAME_LEFTRIGHT) == 0)
		return utf8 ? "\u2190\u2192" : "h/l";
	if (strcmp(name, KEYNAME_DIGITS) == 0)
		return digits != NULL ? digits : "1-9";
	/* TRANSLATORS: the Page Up and Page Down keys as the keyboard labels them, short. */
	if (strcmp(name, KEYNAME_PAGES) == 0)
		return C_("key", "PgUp PgDn");
	/* TRANSLATORS: the Home and End keys as the keyboard labels them, short. */
	if (strcmp(name, KEYNAME_HOMEEND) == 0)
		return C_("key", "Home End");
	return name;
}

int
keymap_screen_action(struct screen_keys t, unsigned rows, int key)
{
	for (size_t i = 0; i < t.n; i++)
		for (size_t k = 0; (rows & (1u << i)) && k < 12 && t.rows[i].keys[k] != 0; k++)
			if (t.rows[i].keys[k] == key)
				return t.rows[i].action;
	return 0;
}

const struct screen_key *
keymap_screen_row(struct screen_keys t, int action)
{
	for (size_t i = 0; i < t.n; i++)
		if (t.rows[i].action == action)
			return &t.rows[i];
	return NULL;
}

unsigned
keymap_screen_rows(struct screen_keys t, const int *actions, size_t n)
{
	unsigned rows = 0;

	for (size_t i = 0; i < t.n; i++)
		for (size_t k = 0; k < n; k++)
			if (t.rows[i].action == actions[k])
				rows |= 1u << i;
	return rows;
}

/* A row's word in the key bar, in the message language. */
static const char *
keymap_word(const struct screen_key *k)
{
	return k->ctx != NULL ? C_(k->ctx, k->bar) : _(k->bar);
}

size_t
keymap_screen_bar(struct screen_keys t, unsigned rows, bool utf8, const char *digits,
    const char **out)
{
	size_t n = 0;

	for (size_t i = 0; i < t.n; i++) {
		if (!(rows & (1u << i)) || t.rows[i].name == NULL || t.rows[i].bar == NULL)
			continue;
		out[n++] = keymap_key_name(t.rows[i].name, utf8, digits);
		out[n++] = keymap_word(&t.rows[i]);
	}
	return n;
}

size_t
keymap_screen_help(struct screen_keys t, unsigned rows, bool utf8, const char *digits,
    char ***lines)
{
	char **out = xcalloc(t.n + 1, sizeof *out);
	size_t n = 0;

	for (size_t i = 0; i < t.n; i++)
		if ((rows & (1u << i)) && t.rows[i].name != NULL && t.rows[i].help != NULL)
			out[n++] = xasprintf("%s\t%s", keymap_key_name(t.rows[i].name, utf8, digits),
			    _(t.rows[i].help));
	*lines = out;
	return n;
}

/* The columns the bar of `rows` takes. */
static int
bar_cols(struct screen_keys t, unsigned rows, bool utf8, const char *digits,
    int (*cols)(const void *ctx, const char *s), const void *ctx)
{
	const char *pairs[64];
	size_t n = keymap_screen_bar(t, rows, utf8, digits, pairs);
	int w = 0;

	for (size_t i = 0; i + 1 < n; i += 2)
		w += (w > 0 ? 2 : 0) + cols(ctx, pairs[i]) +
		    (pairs[i + 1][0] != '\0' ? 1 + cols(ctx, pairs[i + 1]) : 0);
	return w;
}

unsigned
keymap_screen_fit(struct screen_keys t, unsigned rows, bool utf8, const char *digits,
    int width, int (*cols)(const void *ctx, const char *s), const void *ctx)
{
	for (size_t i = t.n; i-- > 0 && bar_cols(t, rows, utf8, digits, cols, ctx) > width;)
		if (!t.rows[i].keep && t.rows[i].bar != NULL)
			rows &= ~(1u << i);
	return rows;
}
