/*
 * ui_read.c — answers read from stdin a line at a time (the plain front
 * end, remind's prompts): no endless line, no signal missed, and input
 * given up after FRONTEND_UNUSABLE_MAX answers in a row no prompt could use.
 */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <unistd.h>

#include "frontend.h"
#include "i18n.h"

/* Answers in a row that no prompt could use, and whether input was given up for it. */
static int unusable;
static bool given_up;

bool
frontend_unusable_answer(void)
{
	if (++unusable < FRONTEND_UNUSABLE_MAX || given_up)
		return given_up;
	given_up = true;
	fflush(stdout);
	fprintf(stderr, "stretchcoach: ");
	/* TRANSLATORS: %d is how many answers in a row could not be used (3). */
	fprintf(stderr, ngettext("%d answer in a row could not be used: no longer reading input "
	    "(is a program typing?)\n", "%d answers in a row could not be used: no longer reading "
	    "input (is a program typing?)\n", FRONTEND_UNUSABLE_MAX), FRONTEND_UNUSABLE_MAX);
	return true;
}

void
frontend_usable_answer(void)
{
	unusable = 0;
}

bool
frontend_input_given_up(void)
{
	return given_up;
}

int
frontend_read_line(char *buf, size_t size)
{
	size_t n = 0, seen = 0;

	if (given_up)
		return -1;
	for (;;) {
		char c;
		ssize_t r;

		/* checked at every byte: an endless line (</dev/zero) must not outlive a signal */
		if (frontend_signal() != 0)
			return -1;
		if (++seen > FRONTEND_LINE_MAX)
			return -1;   /* no newline in sight: not a person typing */
		r = read(0, &c, 1);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0 && errno == EAGAIN) {
			struct pollfd pfd = { 0, POLLIN, 0 };

			poll(&pfd, 1, -1);
			seen--;
			continue;
		}
		if (r <= 0)
			return n > 0 ? (int)n : -1;
		if (c == '\n')
			break;
		if (n + 1 < size)
			buf[n++] = c;
	}
	buf[n] = '\0';
	return (int)n;
}
