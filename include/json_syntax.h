/* json_syntax.h — a strict JSON syntax check that names the character at fault. */
#ifndef SC_JSON_SYNTAX_H
#define SC_JSON_SYNTAX_H

#include <stdbool.h>
#include <stddef.h>

enum json_syntax_result {
	JSON_SYNTAX_OK,
	JSON_SYNTAX_BAD,       /* the byte at *at is not allowed there */
	JSON_SYNTAX_EOF,       /* the text ends inside a value */
	JSON_SYNTAX_TRAILING,  /* a whole value, then more text at *at */
};

/*
 * Check that the n bytes at buf are one JSON value (RFC 8259, strictly: no
 * 01, no 1., no raw control characters in strings), and set *at to the
 * offset of the first fault. cJSON's error pointer is approximate and it
 * accepts a little more than JSON, hence this. Nesting must already be
 * bounded by the caller (the check recurses once per level).
 */
enum json_syntax_result json_syntax(const char *buf, size_t n, size_t *at);

/*
 * A cursor over JSON text, for walking text json_syntax() has accepted (the
 * catalogue reader finds its list elements this way). Each step moves i past
 * what it reads; the scans return false where the text is not JSON.
 */
struct json_scan {
	const char *b;
	size_t n, i;
};

/* Skip white space. */
void json_scan_ws(struct json_scan *s);
/* Read a string, s->i at its opening quote. */
bool json_scan_string(struct json_scan *s);
/* Read one value (after any white space), containers whole. */
bool json_scan_value(struct json_scan *s);

/*
 * The same reads, stricter: false also where jsonfile's raw-text checks
 * would refuse the text (nesting past JSON_CHECK_MAX_DEPTH containers, a
 * \u0000 escape; a NUL byte is never JSON). depth is how many containers
 * are open around the value. They name no fault: a caller that meets false
 * runs the checks that do.
 */
#define JSON_CHECK_MAX_DEPTH 64
bool json_check_value(struct json_scan *s, int depth);
/* A string, s->i at its opening quote (false when there is none). */
bool json_check_string(struct json_scan *s);

#endif
