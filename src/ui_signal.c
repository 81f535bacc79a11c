/* ui_signal.c — terminating signals, noted by a handler and acted on by the loop. */
#include <signal.h>
#include <string.h>

#include "frontend.h"

static volatile sig_atomic_t noted;

static void
on_signal(int sig)
{
	if (noted == 0)
		noted = sig;
}

void
frontend_signals_install(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	/* no SA_RESTART: a blocked read or poll returns, and the loop sees the flag */
	sa.sa_flags = 0;
	for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		sigaction(sigs[i], &sa, NULL);
}

int
frontend_signal(void)
{
	return noted;
}

void
frontend_signal_reraise(int sig)
{
	struct sigaction sa;
	sigset_t set;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_DFL;
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(sig);
}
