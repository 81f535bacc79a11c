/* ui_curses.c — the curses front end: terminal set-up and teardown, input, suspend, the ops table. */
#include <curses.h>
#include <langinfo.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "clock.h"
#include "diag.h"
#include "i18n.h"
#include "frontend.h"
#include "speech.h"
#include "text.h"
#include "text_out.h"
#include "ui_sound.h"
#include "ui_curses_int.h"

/*
 * The terminal is the one piece of global state: whether curses owns it
 * (for the atexit and fatal() guards), and Ctrl-Z noted by its handler.
 */
static bool ui_live;
static volatile sig_atomic_t ui_tstp;

static void
ui_on_tstp(int sig)
{
	(void)sig;
	ui_tstp = 1;
}

/* Note Ctrl-Z ourselves (as tmux does) instead of letting curses stop us mid-draw. */
static void
ui_tstp_install(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = ui_on_tstp;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;   /* no SA_RESTART: wgetch returns and the loop sees it */
	sigaction(SIGTSTP, &sa, NULL);
}

/*
 * A resize, noted here before curses' own handler runs: a wait that polls
 * the terminal itself (ui_read_key) asks curses first when one came, as a
 * resize wakes no poll that began after it, and curses may already hold
 * its KEY_RESIZE from an update.
 */
static volatile sig_atomic_t ui_winch;
static struct sigaction ui_winch_curses;

static void
ui_on_winch(int sig)
{
	void (*curses_handler)(int) = ui_winch_curses.sa_handler;

	ui_winch = 1;
	if ((ui_winch_curses.sa_flags & SA_SIGINFO) == 0 && curses_handler != SIG_DFL &&
	    curses_handler != SIG_IGN && curses_handler != NULL)
		curses_handler(sig);
}

/* Ours in front of the handler curses installed (newterm puts it there). */
static void
ui_winch_install(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	if (sigaction(SIGWINCH, NULL, &ui_winch_curses) != 0 ||
	    (ui_winch_curses.sa_flags & SA_SIGINFO) != 0)
		return;
	sa.sa_handler = ui_on_winch;
	sa.sa_mask = ui_winch_curses.sa_mask;
	sa.sa_flags = ui_winch_curses.sa_flags;
	sigaction(SIGWINCH, &sa, NULL);
}

/* curses' handler back, as it was before ours. */
static void
ui_winch_uninstall(void)
{
	struct sigaction now;

	if (sigaction(SIGWINCH, NULL, &now) == 0 && now.sa_handler == ui_on_winch)
		sigaction(SIGWINCH, &ui_winch_curses, NULL);
}

/* Leave curses mode if still in it; safe to call at any time, more than once. */
static void
ui_restore(void)
{
	if (ui_live && !isendwin()) {
		curs_set(1);
		endwin();
	}
}

/*
 * Keys are read through a pad of one cell, not stdscr: wget_wch() refreshes
 * the window it reads when the window has moved its cursor, and every frame
 * does, so reading stdscr ran curses' whole screen update once more after
 * every frame, changes or none. A pad is never refreshed by a read.
 */
static WINDOW *ui_keys;

/*
 * True after a read that found no key: curses then holds none typed ahead,
 * so the next wait is a poll(2) of the terminal alone, and curses is asked
 * only once there is something to read (a key, a hang-up) or a signal came
 * (a resize is curses' to report). A hold's second then runs none of
 * curses' input code.
 */
static bool ui_keys_empty;

/*
 * One key within ms (>= 0) of t0 (clock_mono_ms()): a curses key code, an ASCII character, or
 * UI_KEY_CHAR() of a wider one; ERR for none.
 */
static int
ui_read_key(int ms, int64_t t0)
{
	wint_t wc;
	int r;

	if (ui_keys_empty && ms > 0 && !ui_winch) {
		struct pollfd p = { STDIN_FILENO, POLLIN, 0 };
		int n = poll(&p, 1, ms);

		if (n == 0)
			return ERR;
		/*
		 * Something to read: curses may wait out the rest of the time for
		 * the rest of a key (a UTF-8 character split across reads). A
		 * signal: curses looks at once, and the loop sees the signal.
		 */
		ms = n > 0 ? ms - (int)(clock_mono_ms() - t0) : 0;
		if (ms < 0)
			ms = 0;
	}
	ui_winch = 0;
	wtimeout(ui_keys, ms);
	r = wget_wch(ui_keys, &wc);
	ui_keys_empty = r == ERR;
	if (r == ERR)
		return ERR;
	if (r == KEY_CODE_YES || wc < 0x80)
		return (int)wc;
	return wc <= 0x10FFFF ? UI_KEY_CHAR((int)wc) : ERR;
}

/*
 * True when the terminal has gone (hung up, closed). Curses reads its end
 * as no key at once, so a screen would redraw and wait in a busy loop.
 */
static bool
ui_term_gone(void)
{
	struct pollfd p = { STDIN_FILENO, POLLIN, 0 };

	return poll(&p, 1, 0) == 1 && (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

/*
 * Wait up to ms (at most UI_IDLE_MS; < 0 for that long) for a key. Returns
 * the key, ERR on a timeout or a signal (check frontend_signal()), or
 * UI_KEY_SUSPEND after Ctrl-Z.
 */
static int
ui_key(struct ui *ui, int ms)
{
	int64_t t0 = clock_mono_ms();
	int ch;

	(void)ui;
	if (frontend_signal() != 0)
		return ERR;
	if (ui_tstp) {
		ui_tstp = 0;
		return UI_KEY_SUSPEND;
	}
	if (ms < 0 || ms > UI_IDLE_MS)
		ms = UI_IDLE_MS;
	ch = ui_read_key(ms, t0);
	/*
	 * No key long before the time was up, and no signal: a terminal that
	 * hung up (SIGHUP ignored, or sent to a wrapper) ends the session as
	 * SIGHUP would. Only then is there a system call more.
	 */
	if (ch == ERR && frontend_signal() == 0 && clock_mono_ms() - t0 < ms / 2 && ui_term_gone())
		frontend_signal_note(SIGHUP);
	if (ui_tstp) {
		if (ch >= UI_KEY_CHAR(0))
			unget_wch((wchar_t)(ch - UI_KEY_CHAR(0)));
		else if (ch != ERR)
			ungetch(ch);
		if (ch != ERR)
			ui_keys_empty = false;   /* curses holds the key now */
		ui_tstp = 0;
		return UI_KEY_SUSPEND;
	}
	return ch;
}

void
ui_suspend(struct ui *ui)
{
	struct sigaction sa;

	(void)ui;
	curs_set(1);
	endwin();
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_DFL;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTSTP, &sa, NULL);
	kill(getpid(), SIGTSTP);
	/* `fg` brings us back here */
	ui_tstp_install();
	ui_tstp = 0;
	ui_refresh();
	curs_set(0);
	clearok(curscr, TRUE);
}

int
ui_run(struct ui *ui, const struct ui_screen *s)
{
	bool full = true;

	for (;;) {
		int ch, r;

		if (frontend_signal() != 0)
			return UI_SIGNALLED;
		if (s->tick != NULL && (r = s->tick(s->st)) != UI_STAY)
			return r;
		s->draw(s->st, full);
		/* a second in which nothing on screen changed costs no update at all */
		if (is_wintouched(stdscr) && full)
			ui_refresh();
		else if (is_wintouched(stdscr))
			ui_direct_refresh();
		full = false;
		ch = ui_key(ui, s->wait_ms != NULL ? s->wait_ms(s->st) : -1);
		switch (ch) {
		case ERR:
			break;
		case KEY_RESIZE:
			/* a tick sent before curses saw the new size (ui_direct.c) may have landed anywhere */
			clearok(curscr, TRUE);
			full = true;
			break;
		case UI_KEY_CTRL_L:
			clearok(curscr, TRUE);
			full = true;
			break;
		case UI_KEY_SUSPEND:
			if (s->suspend != NULL)
				s->suspend(s->st);
			ui_suspend(ui);
			full = true;
			break;
		default:
			if ((r = s->key(s->st, ch)) != UI_STAY)
				return r;
			break;
		}
	}
}

void
ui_play(struct ui *ui, enum sound_event ev)
{
	if (ui_sound_play(ui->sound, ev))
		beep();
}

static void
ui_note(void *ctx, const char *msg)
{
	struct ui *ui = ctx;
	char *safe = text_safe(msg);

	/* shown now, and on the next screen's message line */
	snprintf(ui->note, sizeof ui->note, "%s", safe);
	if (ui_live && !isendwin() && LINES > 0) {
		ui_clear_row(LINES - 1, 0, COLS);
		ui_put(ui, LINES - 1, 1, COLS - 2, A_BOLD, safe);
		ui_refresh();
	}
	free(safe);
}

static void
ui_close(void *ctx)
{
	struct ui *ui = ctx;

	ui_restore();
	ui_winch_uninstall();
	if (ui->screen != NULL)
		delscreen(ui->screen);   /* and its windows, the keys' pad with them */
	ui_keys = NULL;
	ui_keys_empty = false;
	ui_live = false;
	fatal_set_cleanup(NULL);
	signal(SIGTSTP, SIG_DFL);
	speech_free(ui->speech);
	ui_sound_free(ui->sound);
	ui_direct_done();
	/* a note no screen has shown yet would vanish with the screen: print it */
	if (*ui->note != '\0') {
		printf("%s\n", ui->note);
		fflush(stdout);
	}
	free(ui);
}

static void
ui_leads(void *ctx, const struct frontend_lead *lead, size_t n)
{
	frontend_set_leads(&((struct ui *)ctx)->opts, lead, n);
}

static const struct frontend_ops ui_ops = {
	.choose = ui_choose,
	.checkin = ui_checkin,
	.page = ui_page,
	.coach = ui_coach,
	.summary = ui_summary,
	.build = ui_build,
	.ask = ui_ask,
	.note = ui_note,
	.leads = ui_leads,
	.close = ui_close,
};

/* An environment size no terminal has (LINES=99999): curses cannot start with it. */
static bool
size_unusable(const char *v)
{
	char *end;
	long n;

	if (v == NULL || *v == '\0')
		return false;
	n = strtol(v, &end, 10);
	return *end != '\0' || n < 1 || n > 5000;
}

/* Why newterm() failed, naming what to change: LINES/COLUMNS when they are absurd, else TERM. */
static char *
term_fault(const char *term)
{
	const char *lines = getenv("LINES"), *cols = getenv("COLUMNS");
	char *safe, *msg;

	if (size_unusable(lines) || size_unusable(cols)) {
		char *ls = text_safe(lines ? lines : ""), *cs = text_safe(cols ? cols : "");

		/* TRANSLATORS: The values of the environment variables LINES and COLUMNS as set; keep
		   the names LINES and COLUMNS. */
		msg = xasprintf(_("LINES=%s COLUMNS=%s is no terminal size this can use "
		    "(unset them, or give the real size)"), ls, cs);
		free(ls);
		free(cs);
		return msg;
	}
	safe = text_safe(term);
	/* TRANSLATORS: %s is the value of TERM. */
	msg = xasprintf(_("cannot use terminal type \"%s\""), safe);
	free(safe);
	return msg;
}

/* Why curses cannot start here at all (allocated), or NULL to try it. */
static char *
term_refused(const char *term)
{
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
		return xstrdup(_("the full-screen coach needs a terminal"));
	if (term == NULL || *term == '\0' || strcmp(term, "dumb") == 0)
		return xstrdup(_("the full-screen coach needs a terminal type (TERM)"));
	/* an absurd size would make curses allocate (and ASan scan) a screen no terminal has */
	if (size_unusable(getenv("LINES")) || size_unusable(getenv("COLUMNS")))
		return term_fault(term);
	return NULL;
}

int
frontend_curses(const struct run_opts *o, struct frontend *fe, char **cause)
{
	static bool atexit_done;
	const char *term = getenv("TERM");
	struct ui *ui;

	if ((*cause = term_refused(term)) != NULL)
		return -1;
	ui = xcalloc(1, sizeof *ui);
	ui->opts = *o;
	ui->utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	ui->speech = speech_new(o->say, o->say_voice);
	ui->sound = ui_sound_new(o->sound);
	/* ours before curses starts, so curses leaves Ctrl-Z to us */
	ui_tstp_install();
	ui->screen = newterm(NULL, text_out_terminal(), stdin);
	if (ui->screen == NULL) {
		*cause = term_fault(term);
		speech_free(ui->speech);
		ui_sound_free(ui->sound);
		free(ui);
		signal(SIGTSTP, SIG_DFL);
		return -1;
	}
	ui_live = true;
	if (!atexit_done) {
		atexit(ui_restore);
		atexit_done = true;
	}
	fatal_set_cleanup(ui_restore);
	/* curses may have taken INT/TERM/HUP; they are the session's to handle */
	frontend_signals_install();
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	if (ui_keys == NULL && (ui_keys = newpad(1, 1)) == NULL)
		ui_keys = stdscr;   /* no memory for one cell: read stdscr, as before */
	keypad(ui_keys, TRUE);
	ui_winch_install();
	ui_keys_define();
	leaveok(stdscr, TRUE);
	curs_set(0);
	set_escdelay(25);
	/* no check for typed-ahead keys in the middle of every refresh: a poll(2) a line */
	typeahead(-1);
	ui_draw_init(ui);
	/*
	 * ncurses 6 flushes its output at every cursor move until the screen
	 * has once been left and resumed (it is still "initial"); one round
	 * makes each refresh a single write(2), a quarter of the system calls.
	 */
	endwin();
	refresh();
	fe->ops = &ui_ops;
	fe->ctx = ui;
	return 0;
}
