/* ui_direct.c — a frame's few changed cells sent straight, without curses' screen update. */
#include <curses.h>
#include <errno.h>
#include <langinfo.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "text_out.h"
#include "ui_curses_int.h"
/* last: its capability macros (lines, columns...) would clash with the headers above */
#include <term.h>

/*
 * Once a second a hold changes a few dozen cells: a big digit, a cell of
 * each bar, a clock, the breath dots. curses' refresh() would copy the
 * window, compare every changed line with the screen and price five ways
 * of moving the cursor to each changed run: about 130 000 instructions a
 * second, most of a hold's work. Here the drawing functions (ui_draw.c)
 * note the columns they drew on each row (ui_direct_damage); a frame that
 * drew only through them is compared with curscr over those columns alone,
 * and each run of changed cells is sent with one absolute move. What was
 * sent is kept here, in a copy of the columns these frames drew (shown),
 * and compared with there; curses' own copies of the screen (curscr and
 * newscr) are brought up to it once, before curses' next refresh (a new
 * step, a box, a resize), which so starts from the truth. Writing them at
 * every tick cost a third of a tick's work. A frame with anything unusual
 * in it (a wide or combining character, the line-drawing set, the last
 * cell of the screen, drawing the notes do not cover) is left to curses
 * whole.
 */

enum {
	RUN_GAP = UI_RUN_GAP,
	OUT_MAX = 8192   /* the most one frame sends this way; more is left to curses */
};

/* What a frame sends: tputs() and vid_puts() take a function, not a buffer. */
static char out[OUT_MAX];
static size_t out_n;
static bool out_full;

/* The runs a frame sends, and their cells, to copy into shown once all are sent. */
enum { RUNS_MAX = 64, RUN_CELLS_MAX = 1024 };
static struct { int y, x, n; } runs[RUNS_MAX];
static cchar_t run_cells[RUN_CELLS_MAX];
static int nruns, ncells;

/*
 * The screen as these frames left it, sh_lines by sh_cols cells: per row,
 * columns shown_lo..shown_hi hold what the terminal shows, which curscr and
 * newscr may not have yet (lo > hi: none).
 */
static cchar_t *shown;
static int *shown_lo, *shown_hi;
static int sh_lines, sh_cols;

static int
out_putc(int ch)
{
	if (out_n < sizeof out)
		out[out_n++] = (char)ch;
	else
		out_full = true;
	return ch;
}

void
ui_direct_done(void)
{
	ui_damage_done();
	free(shown);
	free(shown_lo);
	free(shown_hi);
	shown = NULL;
	shown_lo = shown_hi = NULL;
	sh_lines = sh_cols = 0;
}

/*
 * curscr and newscr brought up to what the frames sent, before curses
 * compares them with a new frame. After a resize the copy no longer lines
 * up with the screen: it is dropped, and curses draws the screen afresh.
 */
static void
shown_sync(void)
{
	bool resized = sh_lines != LINES || sh_cols != COLS, dropped = false;

	for (int y = 0; y < sh_lines; y++) {
		int lo = shown_lo[y], n = shown_hi[y] - lo + 1;

		if (n <= 0)
			continue;
		shown_lo[y] = INT_MAX;
		shown_hi[y] = -1;
		if (resized) {
			dropped = true;
			continue;
		}
		mvwadd_wchnstr(curscr, y, lo, shown + (size_t)y * sh_cols + lo, n);
		mvwadd_wchnstr(newscr, y, lo, shown + (size_t)y * sh_cols + lo, n);
		wtouchln(curscr, y, 1, 0);
		wtouchln(newscr, y, 1, 0);
	}
	if (dropped)
		clearok(curscr, TRUE);
}

/* A copy of the screen at its size, nothing in it yet; false when there is no memory. */
static bool
shown_ready(void)
{
	size_t cells = (size_t)LINES * (size_t)COLS;
	cchar_t *c;
	int *lo, *hi;

	if (sh_lines == LINES && sh_cols == COLS && shown != NULL)
		return true;
	if (LINES <= 0 || COLS <= 0)
		return false;
	shown_sync();
	/* no copy until all three are the new size: a failure leaves none to read */
	sh_lines = sh_cols = 0;
	if ((c = realloc(shown, cells * sizeof *c)) == NULL)
		return false;
	shown = c;
	if ((lo = realloc(shown_lo, (size_t)LINES * sizeof *lo)) == NULL)
		return false;
	shown_lo = lo;
	if ((hi = realloc(shown_hi, (size_t)LINES * sizeof *hi)) == NULL)
		return false;
	shown_hi = hi;
	for (int y = 0; y < LINES; y++) {
		shown_lo[y] = INT_MAX;
		shown_hi[y] = -1;
	}
	sh_lines = LINES;
	sh_cols = COLS;
	return true;
}

/* Columns of wc: the few glyphs a tick draws again and again, measured once. */
static int
cell_width(wchar_t wc)
{
	static wchar_t seen[8];
	static signed char width[8];
	static unsigned next;

	if (wc >= 0x20 && wc < 0x7f)
		return 1;
	for (unsigned i = 0; i < sizeof seen / sizeof seen[0]; i++)
		if (seen[i] == wc && width[i] != 0)
			return width[i];
	next = (next + 1) % (sizeof seen / sizeof seen[0]);
	seen[next] = wc;
	width[next] = (signed char)(wcwidth(wc) == 1 ? 1 : -1);
	return width[next];
}

/* A cell this path can send: one column wide, no combining marks, no line-drawing set. */
static bool
cell_plain(const cchar_t *c, wchar_t *wc, attr_t *a, short *pair)
{
	wchar_t wch[CCHARW_MAX + 1];

	if (getcchar(c, wch, a, pair, NULL) == ERR || (*a & A_ALTCHARSET) != 0)
		return false;
	*wc = wch[0];
	/* and one the locale can write as it is (curses would spell it out in an 8-bit one) */
	return wch[0] != L'\0' && wch[1] == L'\0' && cell_width(wch[0]) == 1 &&
	    (wch[0] < 0x80 || MB_CUR_MAX > 1);
}

/* True when the locale writes UTF-8: a cell is then encoded here, not by the C library's wcrtomb. */
static bool
locale_utf8(void)
{
	static int utf8 = -1;

	if (utf8 < 0)
		utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	return utf8 == 1;
}

/* wc as the locale writes it into mb; its length, or (size_t)-1. */
static size_t
cell_bytes(wchar_t wc, char *mb)
{
	mbstate_t st;
	unsigned long u = (unsigned long)wc;

	if (u < 0x80) {
		mb[0] = (char)u;
		return 1;
	}
	if (!locale_utf8() || u > 0xFFFF || (u >= 0xD800 && u <= 0xDFFF)) {
		memset(&st, 0, sizeof st);
		return wcrtomb(mb, wc, &st);
	}
	if (u < 0x800) {
		mb[0] = (char)(0xC0 | u >> 6);
		mb[1] = (char)(0x80 | (u & 0x3F));
		return 2;
	}
	mb[0] = (char)(0xE0 | u >> 12);
	mb[1] = (char)(0x80 | (u >> 6 & 0x3F));
	mb[2] = (char)(0x80 | (u & 0x3F));
	return 3;
}

static bool
cell_same(const cchar_t *a, const cchar_t *b)
{
	return memcmp(a, b, sizeof *a) == 0;
}

/*
 * The move to row y, column x. A tick's runs start where the last tick's
 * did, so the terminfo string of each is worked out once (tiparm costs
 * about 2 400 instructions).
 */
static void
send_move_cached(int y, int x)
{
	/* open addressing: a tick's dozen positions each find their own slot */
	static struct { int y, x; char s[24]; } seen[64];
	unsigned h = ((unsigned)y * 131u + (unsigned)x) % (sizeof seen / sizeof seen[0]);
	const char *s;

	for (unsigned probe = 0; probe < sizeof seen / sizeof seen[0]; probe++) {
		unsigned k = (h + probe) % (sizeof seen / sizeof seen[0]);

		if (seen[k].s[0] != '\0' && (seen[k].y != y || seen[k].x != x))
			continue;
		if (seen[k].s[0] == '\0') {
			s = tiparm(cursor_address, y, x);
			if (s == NULL || strlen(s) >= sizeof seen[k].s || strstr(s, "$<") != NULL)
				break;
			seen[k].y = y;
			seen[k].x = x;
			strcpy(seen[k].s, s);
		}
		for (s = seen[k].s; *s != '\0'; s++)
			out_putc(*s);
		return;
	}
	/* a full table, or a move with padding: tputs spells it out */
	s = tiparm(cursor_address, y, x);
	tputs(s != NULL ? s : "", 1, out_putc);
}

/* The decimal digits of v (>= 0) into out. */
static void
send_decimal(int v)
{
	char d[12];
	int n = 0;

	do
		d[n++] = (char)('0' + v % 10);
	while ((v /= 10) > 0);
	while (n > 0)
		out_putc(d[--n]);
}

static void
send_move(int y, int x)
{
	/* the ECMA-48 move nearly every terminal has (xterm, tmux, screen, the
	 * Linux console): written here, as tiparm would, without its cost */
	static int ecma = -1;

	if (ecma < 0)
		ecma = strcmp(cursor_address, "\033[%i%p1%d;%p2%dH") == 0;
	if (ecma) {
		out_putc('\033');
		out_putc('[');
		send_decimal(y + 1);
		out_putc(';');
		send_decimal(x + 1);
		out_putc('H');
		return;
	}
	send_move_cached(y, x);
}

/* The cursor to the top left: the terminal's own short way there, if it has one. */
static void
send_home(void)
{
	if (cursor_home == NULL || strlen(cursor_home) > 8 || strstr(cursor_home, "$<") != NULL) {
		send_move(0, 0);
		return;
	}
	for (const char *s = cursor_home; *s != '\0'; s++)
		out_putc(*s);
}

/*
 * Cells a..b of nb at row y, with their attributes where they change
 * (vid_puts sends the difference from what curses last set, and keeps its
 * account); the run noted, for shown.
 */
static bool
send_cells(int y, const cchar_t *nb, int a, int b, attr_t *last_at, short *last_pair)
{
	if (nruns == RUNS_MAX || ncells + (b - a + 1) > RUN_CELLS_MAX)
		return false;
	/* a move in bold or reverse is safe only where the terminal says so (msgr) */
	if (!move_standout_mode && (*last_at != A_NORMAL || *last_pair != 0)) {
		vid_puts(A_NORMAL, 0, NULL, out_putc);
		*last_at = A_NORMAL;
		*last_pair = 0;
	}
	send_move(y, a);
	for (int x = a; x <= b; x++) {
		char mb[MB_LEN_MAX];
		wchar_t wc;
		attr_t at;
		short pair;
		size_t k;

		if (!cell_plain(&nb[x - a], &wc, &at, &pair))
			return false;
		if (at != *last_at || pair != *last_pair) {
			vid_puts(at, pair, NULL, out_putc);
			*last_at = at;
			*last_pair = pair;
		}
		if ((k = cell_bytes(wc, mb)) == (size_t)-1)
			return false;
		for (size_t i = 0; i < k; i++)
			out_putc(mb[i]);
	}
	memcpy(run_cells + ncells, nb, (size_t)(b - a + 1) * sizeof *nb);
	runs[nruns].y = y;
	runs[nruns].x = a;
	runs[nruns].n = b - a + 1;
	nruns++;
	ncells += b - a + 1;
	return !out_full;
}

/* True when n cells of c are all whole: a zeroed cell stands for a wide character's second column. */
static bool
cells_whole(const cchar_t *c, int n)
{
	static const cchar_t none;

	for (int i = 0; i < n; i++)
		if (memcmp(&c[i], &none, sizeof none) == 0)
			return false;
	return true;
}

/* Columns a..b of row y copied from curscr into shown; false where they do not line up. */
static bool
shown_read(int y, int a, int b, cchar_t *buf)
{
	int n = b - a + 1;

	if (n <= 0)
		return true;
	if (mvwin_wchnstr(curscr, y, a, buf, n) == ERR || !cells_whole(buf, n))
		return false;
	memcpy(shown + (size_t)y * sh_cols + a, buf, (size_t)n * sizeof *buf);
	return true;
}

/* shown made to hold row y's columns lo..hi, from curscr where it did not. */
static bool
shown_cover(int y, int lo, int hi, cchar_t *buf)
{
	if (shown_lo[y] > shown_hi[y]) {
		if (!shown_read(y, lo, hi, buf))
			return false;
		shown_lo[y] = lo;
		shown_hi[y] = hi;
		return true;
	}
	if (lo < shown_lo[y]) {
		if (!shown_read(y, lo, shown_lo[y] - 1, buf))
			return false;
		shown_lo[y] = lo;
	}
	if (hi > shown_hi[y]) {
		if (!shown_read(y, shown_hi[y] + 1, hi, buf))
			return false;
		shown_hi[y] = hi;
	}
	return true;
}

/*
 * Row y's drawn columns lo..hi: the runs that differ from what is shown
 * into out. False when the row is curses' to do.
 */
static bool
send_row(int y, int lo, int hi, cchar_t *nb, cchar_t *ob_buf, attr_t *last_at, short *last_pair)
{
	int n = hi - lo + 1;
	const cchar_t *ob;

	/*
	 * A wide character's second column is left out of the copy, which then
	 * ends (a zeroed cell) before n: its cells no longer line up with the
	 * columns, and the row is curses' to do.
	 */
	if (mvwin_wchnstr(stdscr, y, lo, nb, n) == ERR || !cells_whole(nb, n) ||
	    !shown_cover(y, lo, hi, ob_buf))
		return false;
	ob = shown + (size_t)y * sh_cols + lo;
	for (int i = 0; i < n;) {
		int end = i, gap = 0;

		if (cell_same(&nb[i], &ob[i])) {
			i++;
			continue;
		}
		for (int j = i + 1; j < n && gap < RUN_GAP; j++) {
			gap = cell_same(&nb[j], &ob[j]) ? gap + 1 : 0;
			if (gap == 0)
				end = j;
		}
		/* the last cell of the last row would scroll a terminal with automatic margins */
		if (y == LINES - 1 && lo + end == COLS - 1)
			return false;
		if (!send_cells(y, nb + i, lo + i, lo + end, last_at, last_pair))
			return false;
		i = end + 1;
	}
	return true;
}

/* The runs sent: shown made to match them, and stdscr's rows marked as on the screen. */
static void
note_runs(void)
{
	const cchar_t *c = run_cells;

	for (int i = 0; i < nruns; c += runs[i].n, i++)
		memcpy(shown + (size_t)runs[i].y * sh_cols + runs[i].x, c, (size_t)runs[i].n * sizeof *c);
	for (int y = 0; y < LINES; y++)
		if (ui_damaged(y))
			wtouchln(stdscr, y, 1, 0);
}

/* Every changed row of stdscr drawn through the notes, and the screen as curses knows it. */
static bool
frame_direct(void)
{
	if (cursor_address == NULL || magic_cookie_glitch >= 0 || is_cleared(curscr) || is_cleared(stdscr) || LINES <= 0 || COLS <= 0 ||
	    ui_damage_rows() < LINES)
		return false;
	for (int y = 0; y < LINES; y++)
		if (is_linetouched(stdscr, y) && !ui_damaged(y))
			return false;
	return true;
}

void
ui_direct_refresh(void)
{
	static cchar_t *nb, *ob;
	static int nb_cols;
	ssize_t w = 0;
	attr_t last_at;
	short last_pair;
	bool ok;

	/* (a new size first: the copy is dropped, and curses clears the screen) */
	if (!shown_ready() || !frame_direct()) {
		ui_refresh();
		return;
	}
	if (nb_cols < COLS + 1) {
		cchar_t *a = realloc(nb, (size_t)(COLS + 1) * sizeof *a), *b;

		if (a != NULL)
			nb = a;
		if (a == NULL || (b = realloc(ob, (size_t)(COLS + 1) * sizeof *b)) == NULL) {
			ui_refresh();
			return;
		}
		ob = b;
		nb_cols = COLS + 1;
	}
	out_n = 0;
	out_full = false;
	nruns = ncells = 0;
	ok = true;
	/* from plain attributes: curses' doupdate() ends in them, and so does every frame here */
	last_at = A_NORMAL;
	last_pair = 0;
	for (int y = 0; ok && y < LINES; y++)
		for (int k = 0; ok && k < UI_DMG_SPANS; k++) {
			int lo, hi;

			if (ui_damage_span(y, k, &lo, &hi) && lo < COLS)
				ok = send_row(y, lo, hi < COLS ? hi : COLS - 1, nb, ob, &last_at, &last_pair);
		}
	if (!ok) {
		/* nothing sent: curses does the whole frame, its account of the attributes plain again */
		if (last_at != A_NORMAL || last_pair != 0)
			vid_puts(A_NORMAL, 0, NULL, out_putc);
		out_n = 0;
		ui_refresh();
		return;
	}
	if (out_n > 0) {
		if (last_at != A_NORMAL || last_pair != 0)
			vid_puts(A_NORMAL, 0, NULL, out_putc);
		/* end at the top left, where curses believes the cursor is (ui_refresh) */
		send_home();
		for (size_t done = 0; done < out_n && (w >= 0 || errno == EINTR); done += w > 0 ? (size_t)w : 0)
			w = write(fileno(text_out_terminal()), out + done, out_n - done);
	}
	note_runs();
	ui_damage_reset();
}

/*
 * curses' refresh, ending with the cursor at the top left: a frame sent
 * here ends there too, so curses' idea of where the cursor is stays true
 * without telling it anything. (The cursor is hidden; curses moves it
 * there as the last step of the same update, and only with leaveok off.)
 */
void
ui_refresh(void)
{
	shown_sync();
	leaveok(stdscr, FALSE);
	move(0, 0);
	refresh();
	leaveok(stdscr, TRUE);
	ui_damage_reset();
}
