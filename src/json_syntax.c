/* json_syntax.c — a strict RFC 8259 syntax check, for exact error positions. */
#include "json_syntax.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void
json_scan_ws(struct json_scan *s)
{
	while (s->i < s->n && (s->b[s->i] == ' ' || s->b[s->i] == '\n' || s->b[s->i] == '\t' ||
	    s->b[s->i] == '\r'))
		s->i++;
}

static bool
scan_digits(struct json_scan *s)
{
	size_t start = s->i;

	while (s->i < s->n && s->b[s->i] >= '0' && s->b[s->i] <= '9')
		s->i++;
	return s->i > start;
}

static bool
scan_number(struct json_scan *s)
{
	if (s->b[s->i] == '-')
		s->i++;
	if (s->i < s->n && s->b[s->i] == '0')
		s->i++;
	else if (!scan_digits(s))
		return false;
	if (s->i < s->n && s->b[s->i] == '.') {
		s->i++;
		if (!scan_digits(s))
			return false;
	}
	if (s->i < s->n && (s->b[s->i] == 'e' || s->b[s->i] == 'E')) {
		s->i++;
		if (s->i < s->n && (s->b[s->i] == '+' || s->b[s->i] == '-'))
			s->i++;
		if (!scan_digits(s))
			return false;
	}
	return true;
}

bool
json_scan_string(struct json_scan *s)
{
	size_t high = 0;   /* where a \uD800..\uDBFF waiting for its low half began, plus one */

	for (s->i++; s->i < s->n; ) {
		unsigned char c = (unsigned char)s->b[s->i];
		unsigned long v;

		/* a high surrogate must be followed at once by a low one: cJSON refuses a lone half */
		if (high != 0 && (c != '\\' || s->i + 1 >= s->n || s->b[s->i + 1] != 'u')) {
			s->i = high - 1;
			return false;
		}
		if (c == '"') {
			s->i++;
			return true;
		}
		if (c < 0x20)
			return false;
		if (c != '\\') {
			s->i++;
			continue;
		}
		if (++s->i >= s->n)
			return false;
		if (s->b[s->i] == 'u') {
			for (int k = 1; k <= 4; k++)
				if (s->i + k >= s->n || strchr("0123456789abcdefABCDEF", s->b[s->i + k]) == NULL ||
				    s->b[s->i + k] == '\0') {
					s->i += (size_t)k;
					return false;
				}
			v = strtoul((char[5]){ s->b[s->i + 1], s->b[s->i + 2], s->b[s->i + 3],
			    s->b[s->i + 4], '\0' }, NULL, 16);
			if ((v >= 0xDC00 && v <= 0xDFFF && high == 0) ||
			    (v >= 0xD800 && v <= 0xDBFF && high != 0)) {
				s->i = high != 0 ? high - 1 : s->i - 1;   /* at the lone half's backslash */
				return false;
			}
			high = v >= 0xD800 && v <= 0xDBFF ? s->i : 0;
			s->i += 5;
		} else if (strchr("\"\\/bfnrt", s->b[s->i]) != NULL && s->b[s->i] != '\0')
			s->i++;
		else
			return false;
	}
	return false;
}

static bool check_string(struct json_scan *s);
static bool check_value_at(struct json_scan *s, int depth);

/*
 * An object or array: open, members, close. depth 0 reads it as JSON;
 * depth 1 and more checks it as json_check_value does, depth the count of
 * containers open with this one.
 */
static bool
scan_container(struct json_scan *s, char close, int depth)
{
	if (depth > JSON_CHECK_MAX_DEPTH)
		return false;
	s->i++;
	json_scan_ws(s);
	if (s->i < s->n && s->b[s->i] == close) {
		s->i++;
		return true;
	}
	for (;;) {
		json_scan_ws(s);
		if (close == '}') {
			if (s->i >= s->n || s->b[s->i] != '"' ||
			    !(depth > 0 ? check_string(s) : json_scan_string(s)))
				return false;
			json_scan_ws(s);
			if (s->i >= s->n || s->b[s->i] != ':')
				return false;
			s->i++;
		}
		if (!(depth > 0 ? check_value_at(s, depth) : json_scan_value(s)))
			return false;
		json_scan_ws(s);
		if (s->i >= s->n)
			return false;
		if (s->b[s->i] == close) {
			s->i++;
			return true;
		}
		if (s->b[s->i] != ',')
			return false;
		s->i++;
	}
}

bool
json_scan_value(struct json_scan *s)
{
	json_scan_ws(s);
	if (s->i >= s->n)
		return false;
	switch (s->b[s->i]) {
	case '{': return scan_container(s, '}', 0);
	case '[': return scan_container(s, ']', 0);
	case '"': return json_scan_string(s);
	case 't': case 'f': case 'n': {
		const char *word = s->b[s->i] == 't' ? "true" : s->b[s->i] == 'f' ? "false" : "null";
		size_t len = strlen(word);

		for (size_t k = 0; k < len; k++, s->i++)
			if (s->i >= s->n || s->b[s->i] != word[k])
				return false;
		return true;
	}
	default:
		if (s->b[s->i] == '-' || (s->b[s->i] >= '0' && s->b[s->i] <= '9'))
			return scan_number(s);
		return false;
	}
}

enum json_syntax_result
json_syntax(const char *buf, size_t n, size_t *at)
{
	struct json_scan s = { buf, n, 0 };

	if (!json_scan_value(&s)) {
		*at = s.i;
		return s.i >= n ? JSON_SYNTAX_EOF : JSON_SYNTAX_BAD;
	}
	json_scan_ws(&s);
	*at = s.i;
	return s.i == n ? JSON_SYNTAX_OK : JSON_SYNTAX_TRAILING;
}

/* --- the same check in one pass, with the raw-text checks ------------------ */

static int
hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
		return (c | 0x20) - 'a' + 10;
	return -1;
}

/* The four hex digits after s->b[s->i] ('u'), or -1 when they are not there. */
static long
escape_code(const struct json_scan *s)
{
	long v = 0;

	if (s->n - s->i < 5)
		return -1;
	for (int k = 1; k <= 4; k++) {
		int h = hex_digit(s->b[s->i + k]);

		if (h < 0)
			return -1;
		v = v * 16 + h;
	}
	return v;
}

/* Bytes from i on that need no second look in a string: none is '"', '\\' or below 0x20. */
static size_t
plain_run(const unsigned char *b, size_t i, size_t n)
{
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;

	/* eight at a time: a byte below 0x20, or equal to '"' or '\\', sets its high bit */
	while (n - i >= 8) {
		uint64_t w, q, e;

		memcpy(&w, b + i, 8);
		q = w ^ (ones * '"');
		e = w ^ (ones * '\\');
		if ((((w - ones * 0x20) | (q - ones) | (e - ones)) & ~w & highs) != 0)
			break;
		i += 8;
	}
	while (i < n && b[i] >= 0x20 && b[i] != '"' && b[i] != '\\')
		i++;
	return i;
}

/* A string as json_scan_string reads it, refusing \u0000 too; s->i at its opening quote. */
static bool
check_string(struct json_scan *s)
{
	const unsigned char *b = (const unsigned char *)s->b;
	bool high = false;   /* a \uD800..\uDBFF waits for its low half */

	for (s->i++; s->i < s->n; ) {
		unsigned char c = b[s->i];
		long v;

		if (c >= 0x20 && c != '"' && c != '\\' && !high) {
			s->i = plain_run(b, s->i + 1, s->n);
			continue;
		}
		if (high && (c != '\\' || s->i + 1 >= s->n || b[s->i + 1] != 'u'))
			return false;
		if (c == '"') {
			s->i++;
			return true;
		}
		if (c < 0x20 || ++s->i >= s->n)
			return false;
		if (b[s->i] != 'u') {
			if (strchr("\"\\/bfnrt", b[s->i]) == NULL || b[s->i] == '\0')
				return false;
			s->i++;
			continue;
		}
		if ((v = escape_code(s)) <= 0 || (v >= 0xDC00 && v <= 0xDFFF) != high)
			return false;
		high = v >= 0xD800 && v <= 0xDBFF;
		s->i += 5;
	}
	return false;
}

/* One value inside depth open containers. */
static bool
check_value_at(struct json_scan *s, int depth)
{
	json_scan_ws(s);
	if (s->i >= s->n)
		return false;
	switch (s->b[s->i]) {
	case '{': return scan_container(s, '}', depth + 1);
	case '[': return scan_container(s, ']', depth + 1);
	case '"': return check_string(s);
	default: return json_scan_value(s);
	}
}

bool
json_check_value(struct json_scan *s, int depth)
{
	return check_value_at(s, depth);
}

bool
json_check_string(struct json_scan *s)
{
	return s->i < s->n && s->b[s->i] == '"' && check_string(s);
}
