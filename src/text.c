/* text.c — untrusted text made safe for a terminal, measured and wrapped. */
#include "text.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <locale.h>
#include <string.h>
#include <wchar.h>

#include "diag.h"

/*
 * Decode one UTF-8 character at s (n bytes available). Returns its length
 * and sets *cp, or 0 when the bytes are not well-formed UTF-8.
 */
static size_t
utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	uint32_t c;
	size_t len;

	if (n == 0)
		return 0;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		len = 2;
		c = s[0] & 0x1F;
	} else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		len = 3;
		c = s[0] & 0x0F;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		len = 4;
		c = s[0] & 0x07;
	} else
		return 0;
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	/* overlong forms, surrogates, past U+10FFFF */
	if ((len == 3 && c < 0x800) || (len == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
	    (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return len;
}

/*
 * What never reaches a terminal as it is: the C0 and C1 controls and DEL;
 * Unicode's whole Default_Ignorable_Code_Point set (DerivedCoreProperties.txt,
 * Unicode 15.1: soft hyphen, grapheme joiner, the Hangul and Khmer fillers,
 * Mongolian variation selectors, zero-width characters, direction marks,
 * bidi embeddings and isolates, invisible operators, variation selectors,
 * the BOM, the tag characters and the reserved ranges kept for more); the
 * line and paragraph separators (U+2028, U+2029), which a terminal may break
 * a line on; and the interlinear annotation marks (U+FFF9..U+FFFB). Sorted,
 * for a binary search.
 */
static const struct { uint32_t lo, hi; } unsafe_ranges[] = {
	{ 0x0000, 0x001F }, { 0x007F, 0x009F }, { 0x00AD, 0x00AD }, { 0x034F, 0x034F },
	{ 0x061C, 0x061C }, { 0x115F, 0x1160 }, { 0x17B4, 0x17B5 }, { 0x180B, 0x180F },
	{ 0x200B, 0x200F }, { 0x2028, 0x202E }, { 0x2060, 0x206F }, { 0x3164, 0x3164 },
	{ 0xFE00, 0xFE0F }, { 0xFEFF, 0xFEFF }, { 0xFFA0, 0xFFA0 }, { 0xFFF0, 0xFFFB },
	{ 0x1BCA0, 0x1BCA3 }, { 0x1D173, 0x1D17A }, { 0xE0000, 0xE0FFF },
};

static int
cp_unsafe(uint32_t c)
{
	size_t lo = 0, hi = sizeof unsafe_ranges / sizeof unsafe_ranges[0];

	if (c >= 0x20 && c < 0x7F)
		return 0;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (c < unsafe_ranges[mid].lo)
			hi = mid;
		else if (c > unsafe_ranges[mid].hi)
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

/* Columns of the <XX> or <U+XXXX> text_safe() writes for an unsafe c (not C0 or DEL). */
static int
unsafe_width(uint32_t c)
{
	return c <= 0x9F ? 4 : c <= 0xFFFF ? 8 : 9;
}

size_t
text_utf8_prefix(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t done = 0;
	uint32_t c;

	while (done < n) {
		size_t len;
		uint64_t w;

		/* ASCII runs are the common case: eight bytes at a time */
		if (n - done >= 8 && (memcpy(&w, p + done, 8), (w & 0x8080808080808080u) == 0)) {
			done += 8;
			continue;
		}
		if (p[done] < 0x80) {
			done++;
			continue;
		}
		len = utf8_decode(p + done, n - done, &c);
		if (len == 0)
			break;
		done += len;
	}
	return done;
}

bool
text_utf8_valid(const char *s, size_t n)
{
	return text_utf8_prefix(s, n) == n;
}

bool
text_has_unsafe(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strlen(s);
	uint32_t c;

	while (n > 0) {
		size_t len;
		uint64_t w;

		/* printable ASCII, most of any catalogue, needs no decoding: eight bytes at a time */
		if (n >= 8 && (memcpy(&w, p, 8),
		    (((w - 0x2020202020202020u) | (w + 0x0101010101010101u) | w) & 0x8080808080808080u) == 0)) {
			p += 8;
			n -= 8;
			continue;
		}
		if (*p >= 0x20 && *p < 0x7F) {
			p++;
			n--;
			continue;
		}
		len = utf8_decode(p, n, &c);
		if (len == 0 || cp_unsafe(c))
			return true;
		p += len;
		n -= len;
	}
	return false;
}

char *
text_safe(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strlen(s);
	/* worst case: every byte becomes "<XX>" */
	char *out = xmalloc(n * 4 + 1), *o = out;
	uint32_t c;

	while (n > 0) {
		size_t len = utf8_decode(p, n, &c);

		if (len == 0) {
			o += sprintf(o, "<%02X>", *p);
			len = 1;
		} else if (c < 0x20 || c == 0x7F) {
			*o++ = '^';
			*o++ = c == 0x7F ? '?' : (char)('@' + c);
		} else if (cp_unsafe(c)) {
			if (c <= 0x9F)
				o += sprintf(o, "<%02X>", (unsigned)c);
			else
				o += sprintf(o, "<U+%04X>", (unsigned)c);
		} else {
			memcpy(o, p, len);
			o += len;
		}
		p += len;
		n -= len;
	}
	*o = '\0';
	return out;
}

void
text_cut(char *s, size_t max)
{
	size_t n = 0;

	for (char *p = s; *p; p++) {
		if (((unsigned char)*p & 0xC0) != 0x80 && n++ == max) {
			strcpy(p, "...");
			return;
		}
	}
}

/*
 * The UTF-8 locale widths are counted in, whatever the user's locale: a
 * catalogue is UTF-8, and under LANG=C (cron, systemd) wcwidth() would know
 * only ASCII, making the same art line wider and the same file invalid.
 * (locale_t)0 when the system has no UTF-8 locale at all.
 */
static locale_t
utf8_locale(void)
{
	static locale_t loc;
	static bool tried;

	if (!tried) {
		tried = true;
		loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
		if (loc == (locale_t)0)
			loc = newlocale(LC_CTYPE_MASK, "en_US.UTF-8", (locale_t)0);
	}
	return loc;
}

/* Columns of one safe code point; wide CJK is 2, combining marks 0. */
static int
cp_width(uint32_t c)
{
	locale_t loc = utf8_locale(), old = (locale_t)0;
	int w;

	if (c < 0x80)
		return 1;
	if (loc != (locale_t)0)
		old = uselocale(loc);
	w = wcwidth((wchar_t)c);
	if (loc != (locale_t)0)
		uselocale(old);

	if (w >= 0)
		return w;
	/* unknown to this locale (the C locale knows only ASCII): count it as one */
	return 1;
}

size_t
text_one_column(const char *s, size_t n, uint32_t *cp)
{
	size_t len = utf8_decode((const unsigned char *)s, n, cp);

	if (len == 0 || *cp < 0x20 || (*cp >= 0x7F && *cp < 0xA0) || cp_unsafe(*cp) ||
	    cp_width(*cp) != 1)
		return 0;
	return len;
}

int
text_width(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strlen(s);
	int w = 0;
	uint32_t c;

	while (n > 0) {
		size_t len;

		/* printable ASCII: one column each, without decoding */
		if (*p >= 0x20 && *p < 0x7F) {
			w++;
			p++;
			n--;
			continue;
		}
		len = utf8_decode(p, n, &c);
		if (len == 0) {
			w += 4;
			len = 1;
		} else if (c < 0x20 || c == 0x7F)
			w += 2;
		else if (cp_unsafe(c))
			w += unsafe_width(c);
		else
			w += cp_width(c);
		p += len;
		n -= len;
	}
	return w;
}

/* Append line [b, e) to the list. */
static void
wrap_push(char ***lines, size_t *n, const char *b, const char *e)
{
	char *l = xmalloc((size_t)(e - b) + 1);

	memcpy(l, b, (size_t)(e - b));
	l[e - b] = '\0';
	*lines = xreallocarray(*lines, *n + 1, sizeof **lines);
	(*lines)[(*n)++] = l;
}

/* Columns of the n bytes at s, and the byte length of its longest prefix within width. */
static int
span_width(const char *s, size_t n, int width, size_t *fit)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t off = 0;
	int w = 0;
	uint32_t c;

	*fit = 0;
	while (off < n) {
		size_t len = utf8_decode(p + off, n - off, &c);
		int cw;

		if (len == 0) {
			len = 1;
			c = '?';
		}
		cw = cp_width(c);
		if (w + cw <= width)
			*fit = off + len;
		w += cw;
		off += len;
	}
	return w;
}

size_t
text_wrap(const char *s, int width, char ***lines)
{
	const char *line = NULL, *line_end = NULL;
	size_t n = 0;
	int col = 0;

	*lines = NULL;
	if (width < 1)
		width = 1;
	/* greedy, a word at a time; a word wider than the line is cut */
	for (const char *w = s; *w != '\0'; ) {
		size_t len, fit;
		int ww;

		const char *gap = w;

		while (*w == ' ')
			w++;
		if (*w == '\0')
			break;
		len = strcspn(w, " ");
		ww = span_width(w, len, width, &fit);
		/* the spaces between words are kept, so count every one of them */
		if (line != NULL && col + (int)(w - gap) + ww <= width) {
			line_end = w + len;
			col += (int)(w - gap) + ww;
			w += len;
			continue;
		}
		if (line != NULL)
			wrap_push(lines, &n, line, line_end);
		if (ww > width) {
			wrap_push(lines, &n, w, w + (fit ? fit : 1));
			w += fit ? fit : 1;
			line = NULL;
			col = 0;
			continue;
		}
		line = w;
		line_end = w + len;
		col = ww;
		w += len;
	}
	if (line != NULL)
		wrap_push(lines, &n, line, line_end);
	if (n == 0)
		wrap_push(lines, &n, s, s);
	return n;
}

void
text_lines_free(char **lines, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
}

char *
text_clock(char *buf, size_t size, long seconds)
{
	/* by hand: a hold formats its clocks every second, and printf's code is a good part of that second */
	char tmp[32], *p = tmp + sizeof tmp;
	long lead;

	if (seconds < 0)
		seconds = 0;
	*--p = '\0';
	*--p = (char)('0' + seconds % 10);
	*--p = (char)('0' + seconds / 10 % 6);
	*--p = ':';
	lead = seconds / 60;
	if (seconds >= 3600) {
		*--p = (char)('0' + lead % 10);
		*--p = (char)('0' + lead / 10 % 6);
		*--p = ':';
		lead = seconds / 3600;
	}
	do
		*--p = (char)('0' + lead % 10);
	while ((lead /= 10) > 0);
	if (size > 0) {
		size_t n = (size_t)(tmp + sizeof tmp - 1 - p);

		if (n >= size)
			n = size - 1;
		memcpy(buf, p, n);
		buf[n] = '\0';
	}
	return buf;
}

char *
text_duration(char *buf, size_t size, long seconds)
{
	if (seconds < 0)
		seconds = 0;
	if (seconds < 60)
		snprintf(buf, size, "%ld s", seconds);
	else {
		/* round once, to whole minutes, so 59:45 is "1 h", never "60 min" */
		long min = (seconds + 30) / 60;

		if (min < 60)
			snprintf(buf, size, "%ld min", min);
		else if (min % 60 == 0)
			snprintf(buf, size, "%ld h", min / 60);
		else
			snprintf(buf, size, "%ld h %ld min", min / 60, min % 60);
	}
	return buf;
}

size_t
text_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), w = lb + 1, *d, r;

	if (la > 64 || lb > 64)
		return (size_t)-1;   /* ids are short; a long word is never "near" */
	d = xcalloc((la + 1) * w, sizeof *d);
	for (size_t i = 0; i <= la; i++)
		d[i * w] = i;
	for (size_t j = 0; j <= lb; j++)
		d[j] = j;
	for (size_t i = 1; i <= la; i++) {
		for (size_t j = 1; j <= lb; j++) {
			size_t best = d[(i - 1) * w + j - 1] + (a[i - 1] != b[j - 1]);

			if (d[(i - 1) * w + j] + 1 < best)
				best = d[(i - 1) * w + j] + 1;
			if (d[i * w + j - 1] + 1 < best)
				best = d[i * w + j - 1] + 1;
			/* two letters swapped count as one slip */
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    d[(i - 2) * w + j - 2] + 1 < best)
				best = d[(i - 2) * w + j - 2] + 1;
			d[i * w + j] = best;
		}
	}
	r = d[la * w + lb];
	free(d);
	return r;
}

bool
text_near(const char *typed, const char *known)
{
	size_t n = strlen(typed), d = text_distance(typed, known);

	/* a typo or two, or the start of the word */
	return d <= (n <= 4 ? 1 : n <= 8 ? 2 : 3) ||
	    (n >= 3 && strncmp(typed, known, n) == 0);
}

size_t
text_utf8_next(const char *str, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t len = s[0] < 0x80 ? 1 : s[0] < 0xE0 ? 2 : s[0] < 0xF0 ? 3 : 4;
	uint32_t c = len == 1 ? s[0] : s[0] & (0x3F >> (len - 1));

	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = '?';
			return i;
		}
		c = (c << 6) | (s[i] & 0x3F);
	}
	*cp = c;
	return len;
}

const char *
text_ascii(uint32_t c)
{
	/* U+00C0..U+00FF, capitals and small letters alike, as German and Spanish write them out */
	static const char *const latin1[64] = {
		"A", "A", "A", "A", "Ae", "A", "Ae", "C", "E", "E", "E", "E", "I", "I", "I", "I",
		"D", "N", "O", "O", "O", "O", "Oe", "x", "O", "U", "U", "U", "Ue", "Y", "Th", "ss",
		"a", "a", "a", "a", "ae", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
		"d", "n", "o", "o", "o", "o", "oe", "/", "o", "u", "u", "u", "ue", "y", "th", "y",
	};

	if (c >= 0xC0 && c <= 0xFF)
		return latin1[c - 0xC0];
	switch (c) {
	case 0x152: return "OE";
	case 0x153: return "oe";
	case 0x2018: case 0x2019: case 0x2032: case 0x201A: case 0x201B:
	case 0x2039: case 0x203A: return "'";
	case 0x201C: case 0x201D: case 0x2033: case 0x201E: case 0x201F:
	case 0xAB: case 0xBB: return "\"";
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
	case 0x2500: return "-";
	case 0x2502: return "|";
	case 0x2192: return ">";
	case 0x2713: return "+";
	case 0x00B7: case 0x2022: case 0x25CF: return ".";
	case 0x2026: return "...";
	case 0x00B0: return "o";
	case 0x00A0: return " ";
	case 0xA1: return "!";
	case 0xBF: return "?";
	default: return NULL;
	}
}
