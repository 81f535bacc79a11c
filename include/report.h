/* report.h — a report built as text first, then printed, paged or read line by line. */
#ifndef SC_REPORT_H
#define SC_REPORT_H

#include <stddef.h>

/*
 * A growing text. The shell commands print it as it is; a screen splits it
 * into lines. Zero-initialise it ({0}) and release it with report_done().
 */
struct report {
	char *text;   /* NUL-terminated, or NULL while empty */
	size_t len, cap;
};

/* Append formatted text to r. */
void report_printf(struct report *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Append s to r. */
void report_puts(struct report *r, const char *s);
/* The text so far ("" when empty); borrowed from r. */
const char *report_text(const struct report *r);
/*
 * The text split at newlines (a last newline ends the last line): *lines gets
 * the lines, which the caller frees with text_lines_free(); returns how many.
 */
size_t report_lines(const struct report *r, char ***lines);
/* Release the text; r is empty again. */
void report_done(struct report *r);

#endif
