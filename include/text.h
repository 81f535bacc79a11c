/* text.h — text from files made safe for a terminal, and measured. */
#ifndef SC_TEXT_H
#define SC_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* True when the n bytes at s are well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF). */
bool text_utf8_valid(const char *s, size_t n);

/* Length of the longest well-formed UTF-8 prefix of the n bytes at s. */
size_t text_utf8_prefix(const char *s, size_t n);

/*
 * True when s holds a character that must never reach a terminal raw: C0
 * controls (tab included), DEL, C1 (U+0080..U+009F), the raw byte 0x9B, bidi
 * overrides and isolates (U+202A..U+202E, U+2066..U+2069), or invalid UTF-8.
 */
bool text_has_unsafe(const char *s);

/*
 * Return a copy of s with every unsafe character shown in a visible form:
 * C0 as ^@..^_, DEL as ^?, C1 and bidi controls as <U+XXXX>, invalid bytes
 * as <XX>. Safe text comes back unchanged. The caller frees the result.
 */
char *text_safe(const char *s);

/*
 * Shorten s in place to at most max characters, never inside one, marking
 * the cut with "...". s must have room for the 3 dots past the cut (strings
 * from text_safe() always do).
 */
void text_cut(char *s, size_t max);

/*
 * Decode the UTF-8 character at s (s already checked valid); sets *cp and
 * returns its length in bytes, at least 1 ('?' for a broken sequence).
 */
size_t text_utf8_next(const char *s, uint32_t *cp);

/*
 * An ASCII stand-in for code point c, for a terminal or a name that can hold
 * only ASCII: letters written out as German and Spanish do ("ä" gives "ae",
 * "ñ" "n", "ß" "ss"), typographic quotes and dashes made plain. NULL when
 * there is none (ASCII itself included).
 */
const char *text_ascii(uint32_t c);

/* Terminal columns s occupies (wcwidth per character; unsafe ones as text_safe() shows them). */
int text_width(const char *s);
/*
 * The character that starts s (n bytes there) into *cp, and its length in
 * bytes, when it is one that takes one terminal column and is shown as it
 * is (text_width counts it 1); else 0 (not UTF-8, a control, wide,
 * combining, or one text_safe() spells out).
 */
size_t text_one_column(const char *s, size_t n, uint32_t *cp);

/*
 * Word-wrap s to lines of at most width columns. Returns the number of lines
 * and sets *lines to a malloc'd array of malloc'd strings; the caller frees
 * them with text_lines_free(). s must already be safe.
 */
size_t text_wrap(const char *s, int width, char ***lines);
void text_lines_free(char **lines, size_t n);

/* Write seconds as "m:ss" (or "h:mm:ss") into buf; returns buf. */
char *text_clock(char *buf, size_t size, long seconds);
/* Write seconds as a short human length, "45 s", "6 min", "1 h 5 min"; returns buf. */
char *text_duration(char *buf, size_t size, long seconds);

/* Edits (insert, delete, change a byte, swap two) between a and b; SIZE_MAX when either is over 64 bytes. */
size_t text_distance(const char *a, const char *b);
/* True when `typed` looks like a slip for `known`: a typo or two, or its start. */
bool text_near(const char *typed, const char *known);

#endif
