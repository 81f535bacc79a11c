/* report.c — text reports: built first, printed or shown afterwards. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "report.h"

static void
report_grow(struct report *r, size_t more)
{
	size_t cap = r->cap > 0 ? r->cap : 256;

	while (cap < r->len + more + 1)
		cap *= 2;
	if (cap != r->cap || r->text == NULL) {
		r->text = xrealloc(r->text, cap);
		r->cap = cap;
	}
}

void
report_printf(struct report *r, const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	report_puts(r, s);
	free(s);
}

void
report_puts(struct report *r, const char *s)
{
	size_t n = strlen(s);

	report_grow(r, n);
	memcpy(r->text + r->len, s, n + 1);
	r->len += n;
}

const char *
report_text(const struct report *r)
{
	return r->text != NULL ? r->text : "";
}

size_t
report_lines(const struct report *r, char ***lines)
{
	const char *p = report_text(r);
	size_t n = 0;

	*lines = NULL;
	while (*p != '\0') {
		const char *nl = strchr(p, '\n');
		size_t len = nl != NULL ? (size_t)(nl - p) : strlen(p);

		*lines = xreallocarray(*lines, n + 1, sizeof **lines);
		(*lines)[n] = xmalloc(len + 1);
		memcpy((*lines)[n], p, len);
		(*lines)[n][len] = '\0';
		n++;
		p += len + (nl != NULL);
	}
	return n;
}

void
report_done(struct report *r)
{
	free(r->text);
	r->text = NULL;
	r->len = r->cap = 0;
}
