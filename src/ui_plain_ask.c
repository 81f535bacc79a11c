/* ui_plain_ask.c — a question answered with one key, line by line. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "text.h"
#include "ui_plain_int.h"

/* What ui_plain_ask's reading makes of a line that means nothing. */
#define PLAIN_UNUSABLE (-9)

/* The index of the answer one character names (its key or digit), or -1. */
static int
plain_one(const struct frontend_question *q, int ch)
{
	size_t n = q->nanswers;
	const char *hit;

	if (ch >= '1' && ch <= '9' && (size_t)(ch - '1') < n)
		return ch - '1';
	if (ch != '\0' && (hit = strchr(q->keys, tolower(ch))) != NULL && (size_t)(hit - q->keys) < n)
		return (int)(hit - q->keys);
	return -1;
}

/* A checklist's line: its answers' keys, separated by spaces or commas, into *marks; false when one means nothing. */
static bool
plain_marks(const struct frontend_question *q, const char *line, unsigned *marks)
{
	unsigned m = 0, last = 1u << (q->nanswers - 1);
	int i;

	for (; *line != '\0'; line++) {
		if (*line == ' ' || *line == ',')
			continue;
		if ((i = plain_one(q, (unsigned char)*line)) < 0)
			return false;
		m |= 1u << i;
	}
	/* "none of these" with another is no answer */
	if ((m & last) && m != last)
		return false;
	*marks = m;
	return true;
}

/* The answer line means: an index, ASK_SKIP, ASK_PREV, ASK_LEAVE, or PLAIN_UNUSABLE. */
static int
plain_answer(const struct frontend_question *q, const char *line)
{
	bool q_free = strchr(q->keys, 'q') == NULL;
	int i;

	if (line[0] == '\0')
		return ASK_SKIP;
	if ((line[0] == 'q' || line[0] == 'Q') && line[1] == '\0' && q_free)
		return q->steps ? ASK_LEAVE : ASK_SKIP;
	if (q->steps && (line[0] == 'b' || line[0] == 'B') && line[1] == '\0' &&
	    strchr(q->keys, 'b') == NULL)
		return ASK_PREV;
	if (q->marks != NULL)
		return plain_marks(q, line, q->marks) ? 0 : PLAIN_UNUSABLE;
	if (line[1] != '\0')
		return PLAIN_UNUSABLE;
	i = plain_one(q, (unsigned char)line[0]);
	return i >= 0 ? i : PLAIN_UNUSABLE;
}

/* The prompt: which keys answer, and what Enter, b and q do. */
static void
plain_prompt(const struct frontend_question *q, const char *keys)
{
	if (q->marks != NULL && q->steps && q->first)
		/* TRANSLATORS: the keys of the answers, "1/2/3"; the first question: there is none before it. */
		printf(_("Type the numbers that apply (%s, with spaces between), q to leave, or just "
		    "Enter to skip: "), keys);
	else if (q->marks != NULL)
		/* TRANSLATORS: the keys of the answers, "1/2/3". */
		printf(_("Type the numbers that apply (%s, with spaces between), b for the question "
		    "before, q to leave, or just Enter to skip: "), keys);
	else if (q->steps && q->first)
		/* TRANSLATORS: the keys of the answers, "1/2/3"; the first question, with none before it; q is the key the code reads (it stays q). */
		printf(_("Type %s and Enter, q to leave the questions, or just Enter to skip: "), keys);
	else if (q->steps)
		/* TRANSLATORS: the keys of the answers, "1/2/3"; b and q are the keys the code reads (they stay b and q). */
		printf(_("Type %s and Enter, b for the question before, q to leave the questions, "
		    "or just Enter to skip: "), keys);
	else if (q->skip != NULL)
		/* TRANSLATORS: the keys of the answers ("s/w/g"), then what Enter alone does. */
		printf(_("Type %s and Enter, or just Enter to %s: "), keys, q->skip);
	else
		/* TRANSLATORS: the keys of the answers, "b/s/w" or "1/2/3". */
		printf(_("Type %s and Enter, or just Enter to skip: "), keys);
	fflush(stdout);
}

/* The question, what it is for, and its answers. */
static void
plain_show(const struct frontend_question *q)
{
	printf("\n%s\n", q->title);
	for (size_t i = 0; i < q->nlines; i++)
		ui_plain_wrapped(q->lines[i]);
	for (size_t i = 0; i < q->nanswers; i++) {
		if (q->marks != NULL)
			printf("  %c. [%c] %s\n", q->keys[i], (*q->marks >> i) & 1u ? 'x' : ' ',
			    q->answers[i]);
		else if (q->steps && (int)i == q->given)
			/* TRANSLATORS: an answer's key, then the answer given before. */
			printf(_("  %c. %s (your answer)\n"), q->keys[i], q->answers[i]);
		else
			printf("  %c. %s\n", q->keys[i], q->answers[i]);
	}
	for (size_t i = 0; i < q->nafter; i++)
		ui_plain_wrapped(q->after[i]);
}

/* Ask q; Enter alone does q->skip when given ("go on as planned"), else skips. */
static int
ask(const struct frontend_question *q)
{
	char line[64], keys[32] = "";
	int r;

	/* "b/s/w": the keys of the answers there are */
	for (size_t i = 0; i < q->nanswers && q->keys[i] != '\0' && i < 15; i++)
		snprintf(keys + strlen(keys), sizeof keys - strlen(keys), "%s%c", i ? "/" : "",
		    q->keys[i]);
	plain_show(q);
	for (;;) {
		plain_prompt(q, keys);
		if (frontend_signal() != 0 || frontend_read_line(line, sizeof line) < 0) {
			putchar('\n');
			return q->steps ? ASK_LEAVE : ASK_SKIP;
		}
		if (!isatty(0))
			putchar('\n');
		if ((r = plain_answer(q, line)) != PLAIN_UNUSABLE)
			return r;
		/* TRANSLATORS: %s is the letters of the answers ("a, b, c"), which stay as they are;
		   Enter alone skips the question. */
		printf(_("Please type one of %s, or just Enter.\n"), keys);
	}
}

int
ui_plain_ask(void *ctx, const struct frontend_question *q)
{
	struct frontend_question plain = *q;

	(void)ctx;
	plain.skip = NULL;   /* this front end's own word for Enter alone */
	return ask(&plain);
}

enum after_hurt
ui_plain_after_hurt(const struct frontend_hurt_ask *a, const char *title)
{
	const char *answers[3];
	/* the red flags under the answers, before the prompt, as the curses box shows them */
	struct frontend_question q = { .title = title, .lines = (const char *const *)a->lines,
	    .nlines = a->nlines, .answers = answers, .nanswers = a->nanswers, .keys = a->keys,
	    .skip = _("go on as planned"), .given = -1, .after = a->after, .nafter = a->nafter };
	int r;

	for (size_t i = 0; i < a->nanswers; i++)
		answers[i] = a->answers[i];
	r = ask(&q);
	/* a signal is no answer: the session ends by it, with nothing chosen */
	return frontend_signal() != 0 ? AFTER_HURT_NONE : frontend_hurt_choice(a, r);
}
