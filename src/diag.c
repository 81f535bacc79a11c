/* diag.c — collected messages, fatal errors and allocation that cannot fail. */
#define _GNU_SOURCE  /* vasprintf */
#include "diag.h"
#include "i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void (*fatal_cleanup)(void);

void
diag_init(struct diag *d)
{
	memset(d, 0, sizeof *d);
}

void
diag_done(struct diag *d)
{
	for (size_t i = 0; i < d->n; i++)
		free(d->msg[i]);
	memset(d, 0, sizeof *d);
}

static void
diag_add(struct diag *d, int is_error, const char *fmt, va_list ap)
    __attribute__((format(printf, 3, 0)));

static void
diag_add(struct diag *d, int is_error, const char *fmt, va_list ap)
{
	if (d->n < DIAG_MAX) {
		d->msg[d->n] = xvasprintf(fmt, ap);
		d->is_error[d->n] = (char)is_error;
		d->n++;
	}
}

void
diag_error(struct diag *d, int status, const char *fmt, ...)
{
	va_list ap;

	/* A file that cannot be read at all outranks bad data in another. */
	if (d->status == 0 || (status == EXIT_NOINPUT && d->status == EXIT_DATAERR))
		d->status = status;
	d->errors++;
	va_start(ap, fmt);
	diag_add(d, 1, fmt, ap);
	va_end(ap);
}

void
diag_warn(struct diag *d, const char *fmt, ...)
{
	va_list ap;

	d->warnings++;
	va_start(ap, fmt);
	diag_add(d, 0, fmt, ap);
	va_end(ap);
}

void
diag_print(const struct diag *d, FILE *fp)
{
	size_t shown_err = 0, shown_warn = 0;

	for (size_t i = 0; i < d->n; i++) {
		fprintf(fp, "stretchcoach: %s%s\n", d->is_error[i] ? "" : _("warning: "), d->msg[i]);
		if (d->is_error[i])
			shown_err++;
		else
			shown_warn++;
	}
	if (d->errors > shown_err)
		/* TRANSLATORS: %zu is the count of errors not shown. */
		fprintf(fp, ngettext("stretchcoach: ... and %zu more error\n",
		    "stretchcoach: ... and %zu more errors\n", d->errors - shown_err), d->errors - shown_err);
	if (d->warnings > shown_warn)
		/* TRANSLATORS: %zu is the count of warnings not shown. */
		fprintf(fp, ngettext("stretchcoach: ... and %zu more warning\n",
		    "stretchcoach: ... and %zu more warnings\n", d->warnings - shown_warn),
		    d->warnings - shown_warn);
}

void
fatal_set_cleanup(void (*fn)(void))
{
	fatal_cleanup = fn;
}

void
fatal(const char *fmt, ...)
{
	va_list ap;

	if (fatal_cleanup != NULL)
		fatal_cleanup();
	fputs("stretchcoach: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(EXIT_SOFTWARE);
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		fatal("out of memory (%zu bytes)", n);
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		fatal("out of memory (%zu x %zu bytes)", n, size);
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (q == NULL)
		fatal("out of memory (%zu bytes)", n);
	return q;
}

void *
xreallocarray(void *p, size_t n, size_t size)
{
	if (size != 0 && n > (size_t)-1 / size)
		fatal("out of memory (%zu x %zu bytes)", n, size);
	return xrealloc(p, n * size);
}

char *
xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xmalloc(n), s, n);
}

char *
xvasprintf(const char *fmt, va_list ap)
{
	char *s;

	if (vasprintf(&s, fmt, ap) < 0)
		fatal("out of memory formatting a message");
	return s;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	return s;
}
