/*
 * cfloor.c — the floor of a countdown that curses updates: once a second it
 * changes what stretchcoach's hold changes (the five rows of the last big
 * digit, one cell of each of two bars, a clock), lets curses' refresh() send
 * it, and waits for a key with curses' own timed wait. Nothing else: no
 * catalogue, no breathing cue, no sound. The bench runs it beside tick.c:
 * what it adds to tick.c is the price of letting curses update the screen.
 *
 *   cfloor
 */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE
#endif
#include <curses.h>
#include <locale.h>
#include <time.h>

/* the digits as stretchcoach draws them, five rows of six cells */
static const char *const digit[10][5] = {
	{ "██████", "██  ██", "██  ██", "██  ██", "██████" },
	{ "    ██", "    ██", "    ██", "    ██", "    ██" },
	{ "██████", "    ██", "██████", "██    ", "██████" },
	{ "██████", "    ██", "██████", "    ██", "██████" },
	{ "██  ██", "██  ██", "██████", "    ██", "    ██" },
	{ "██████", "██    ", "██████", "    ██", "██████" },
	{ "██████", "██    ", "██████", "██  ██", "██████" },
	{ "██████", "    ██", "    ██", "    ██", "    ██" },
	{ "██████", "██  ██", "██████", "██  ██", "██████" },
	{ "██████", "██  ██", "██████", "    ██", "██████" },
};

int
main(void)
{
	struct timespec next, now;

	setlocale(LC_ALL, "");
	initscr();
	cbreak();
	noecho();
	leaveok(stdscr, TRUE);
	curs_set(0);
	typeahead(-1);
	clock_gettime(CLOCK_MONOTONIC, &next);
	for (int i = 0;; i++) {
		long ms;

		for (int r = 0; r < 5; r++)
			mvaddstr(5 + r, 67, digit[9 - i % 10][r]);
		mvaddstr(20, 14 + i % 35, "█");
		mvaddstr(21, 14 + i % 35, "█");
		mvprintw(21, 53, "%d:%02d", i / 60, i % 60);
		refresh();
		next.tv_sec++;
		clock_gettime(CLOCK_MONOTONIC, &now);
		ms = (next.tv_sec - now.tv_sec) * 1000 + (next.tv_nsec - now.tv_nsec) / 1000000;
		timeout(ms > 0 ? (int)ms : 0);
		if (getch() != ERR)
			break;   /* a key: done */
	}
	endwin();
	return 0;
}
