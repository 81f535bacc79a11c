/* ui_rawkey.c — the remind prompt's single-key mode (termios), restored on every way out. */
#include "ui_rawkey.h"

#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

#include "frontend.h"

/* What the handlers need: which terminal, and its two states. Only one prompt runs at a time. */
static int raw_fd = -1;
static struct termios saved, raw;

/* Ctrl-Z: give the terminal back, stop; after `fg`, take it again. Async-signal-safe only. */
static void
on_tstp(int sig)
{
	int e = errno;
	struct sigaction mine = { .sa_handler = on_tstp };

	tcsetattr(raw_fd, TCSADRAIN, &saved);
	/* stop here (its steps are async-signal-safe) until `fg` continues us */
	frontend_signal_reraise(sig);
	sigemptyset(&mine.sa_mask);
	sigaction(sig, &mine, NULL);
	if (raw_fd >= 0)
		tcsetattr(raw_fd, TCSADRAIN, &raw);
	errno = e;
}

int
ui_rawkey_begin(int fd)
{
	static bool registered;
	struct sigaction sa = { .sa_handler = on_tstp };

	if (!isatty(fd) || tcgetattr(fd, &saved) != 0)
		return -1;
	raw = saved;
	raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
	raw.c_iflag &= ~(tcflag_t)ICRNL;
	raw.c_cc[VMIN] = 1;
	raw.c_cc[VTIME] = 0;
	if (!registered) {
		atexit(ui_rawkey_end);
		registered = true;
	}
	raw_fd = fd;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTSTP, &sa, NULL);
	if (tcsetattr(fd, TCSADRAIN, &raw) != 0) {
		ui_rawkey_end();
		return -1;
	}
	return 0;
}

void
ui_rawkey_end(void)
{
	struct sigaction sa = { .sa_handler = SIG_DFL };

	if (raw_fd < 0)
		return;
	tcsetattr(raw_fd, TCSADRAIN, &saved);
	raw_fd = -1;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTSTP, &sa, NULL);
}
