/* diag.h — collected error messages, and the fatal/xmalloc family. */
#ifndef SC_DIAG_H
#define SC_DIAG_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

/* Exit codes (sysexits), as DESIGN.md fixes them. */
enum {
	EXIT_USAGE = 2,
	EXIT_DATAERR = 65,
	EXIT_NOINPUT = 66,
	EXIT_SOFTWARE = 70,
	EXIT_IOERR = 74,
};

/* Messages kept at most; further errors are counted, not stored. */
#define DIAG_MAX 50

/*
 * A list of user-facing messages, errors and warnings, gathered by loaders
 * so that every problem in a file is reported, not only the first. Deep code
 * adds messages; main or a front end prints them. Messages must already be
 * safe for a terminal (pass untrusted text through text_safe()).
 */
struct diag {
	char  *msg[DIAG_MAX];
	char   is_error[DIAG_MAX];
	size_t n;          /* stored messages */
	size_t errors;     /* all errors, stored or not */
	size_t warnings;   /* all warnings, stored or not */
	int    status;     /* exit status of the worst error: 65, 66, 74...; 0 if none */
};

/* Prepare an empty list in caller-owned storage. */
void diag_init(struct diag *d);
/* Free the messages; the list may be reused after diag_init(). */
void diag_done(struct diag *d);
/* Add an error; status is the exit code it calls for (the highest-priority wins: 66 over 65). */
void diag_error(struct diag *d, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Add a warning (never changes the exit status). */
void diag_warn(struct diag *d, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Print every message to fp as "stretchcoach: MSG" (warnings "stretchcoach: warning: MSG"), then a count of any dropped. */
void diag_print(const struct diag *d, FILE *fp);

/*
 * The fatal family. fatal() runs the registered cleanup (the curses front end
 * registers one that calls endwin()), prints "stretchcoach: MSG" and exits 70.
 */
void fatal_set_cleanup(void (*fn)(void));
_Noreturn void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* malloc/calloc/realloc/strdup that never return NULL (fatal on exhaustion). */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
void *xreallocarray(void *p, size_t n, size_t size);
char *xstrdup(const char *s);
/* vasprintf/asprintf that never fail. The result is the caller's to free. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

#endif
