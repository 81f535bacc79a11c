/* ui_signal.c — terminating signals, noted for the input loop and raised again once the terminal is back. */
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
	/* every signal whose default is to end the program, and that nothing else handles */
	static const int sigs[] = {
		SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF,
		SIGXCPU,
	};
	struct sigaction sa, old;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	/* no SA_RESTART: a blocked read or poll returns, and the loop sees the flag */
	sa.sa_flags = 0;
	for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
		/* one ignored by whoever started us (nohup) stays ignored */
		if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
			continue;
		sigaction(sigs[i], &sa, NULL);
	}
	/* a closed pipe ends the session through EPIPE, so it is still logged */
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
}

int
frontend_signal(void)
{
	return noted;
}

void
frontend_signal_note(int sig)
{
	if (noted == 0)
		noted = sig;
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
