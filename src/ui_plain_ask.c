/* ui_plain_ask.c — a question answered with one key, line by line. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "text.h"
#include "ui_plain_int.h"

/* The answer line means: an index, ASK_SKIP for nothing or q, -2 when it means nothing. */
static int
plain_answer(const struct frontend_question *q, const char *line)
{
	size_t n = q->nanswers;
	const char *hit;

	if (line[0] == '\0' || ((line[0] == 'q' || line[0] == 'Q') && line[1] == '\0' &&
	    strchr(q->keys, line[0]) == NULL))
		return ASK_SKIP;
	if (line[1] != '\0')
		return -2;
	if (line[0] >= '1' && (size_t)(line[0] - '1') < n)
		return line[0] - '1';
	if ((hit = strchr(q->keys, tolower((unsigned char)line[0]))) != NULL &&
	    (size_t)(hit - q->keys) < n)
		return (int)(hit - q->keys);
	return -2;
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
	printf("\n%s\n", q->title);
	for (size_t i = 0; i < q->nlines; i++)
		ui_plain_wrapped(q->lines[i]);
	for (size_t i = 0; i < q->nanswers; i++)
		printf("  %c. %s\n", q->keys[i], q->answers[i]);
	for (;;) {
		if (q->skip != NULL)
			/* TRANSLATORS: the keys of the answers ("s/w/g"), then what Enter alone does. */
			printf(_("Type %s and Enter, or just Enter to %s: "), keys, q->skip);
		else
			/* TRANSLATORS: the keys of the answers, "b/s/w" or "1/2/3". */
			printf(_("Type %s and Enter, or just Enter to skip: "), keys);
		fflush(stdout);
		if (frontend_signal() != 0 || frontend_read_line(line, sizeof line) < 0) {
			putchar('\n');
			return ASK_SKIP;
		}
		if (!isatty(0))
			putchar('\n');
		if ((r = plain_answer(q, line)) != -2)
			return r;
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
	struct frontend_question q = { title, (const char *const *)a->lines, a->nlines, answers,
	    a->nanswers, a->keys, _("go on as planned") };
	int r;

	for (size_t i = 0; i < a->nanswers; i++)
		answers[i] = a->answers[i];
	r = ask(&q);
	for (size_t i = 0; i < a->nafter; i++)
		ui_plain_wrapped(a->after[i]);
	/* a signal is no answer: the session ends by it, with nothing chosen */
	return frontend_signal() != 0 ? AFTER_HURT_NONE : frontend_hurt_choice(a, r);
}
