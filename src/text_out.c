/*
 * text_out.c — stdout and stderr in a locale that is not UTF-8: every
 * character goes out as ASCII (a stand-in for text, \uXXXX in JSON), so an
 * 8-bit terminal never receives a byte it would take as a C1 control.
 */
#define _GNU_SOURCE  /* fopencookie */
#include "text_out.h"

#include <errno.h>
#include <langinfo.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "text.h"

/* What one filtered stream writes to, and the start of a character a write cut in two. */
struct out {
	int fd;
	enum text_out_mode mode;
	unsigned char part[4];
	size_t npart;
	bool discard;             /* after a failed write: take everything, write nothing */
};

static struct out out_std = { 1, TEXT_OUT_PLAIN, { 0 }, 0, false };
static struct out out_err = { 2, TEXT_OUT_PLAIN, { 0 }, 0, false };
static FILE *terminal;     /* the stdout stdio made, kept for curses */
static bool filtering;

/* Length of the UTF-8 character that starts with byte b; 0 when b cannot start one. */
static size_t
lead_len(unsigned char b)
{
	return b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
}

/* Decode the len-byte character at s; -1 when it is not well-formed. */
static long
decode(const unsigned char *s, size_t len)
{
	uint32_t c = s[0] & (0x7F >> len);

	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return -1;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if ((len == 3 && c < 0x800) || (len == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
	    (c >= 0xD800 && c <= 0xDFFF))
		return -1;
	return (long)c;
}

/* Write n bytes at p to fd whole; -1 with errno set when it cannot. */
static int
put(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			if (w == 0)
				errno = EIO;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Append code point c (not ASCII) to buf at *n as o's mode shows it. */
static void
show(const struct out *o, long c, char *buf, size_t *n)
{
	if (c < 0) {
		buf[(*n)++] = '?';
	} else if (o->mode != TEXT_OUT_JSON) {
		const char *t = text_ascii((uint32_t)c);

		/* a stand-in is at most a few letters ("ue", "..."); none is '?' */
		t = t != NULL ? t : "?";
		memcpy(buf + *n, t, strlen(t));
		*n += strlen(t);
	} else if (c > 0xFFFF) {
		c -= 0x10000;
		*n += (size_t)sprintf(buf + *n, "\\u%04lX\\u%04lX", 0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF));
	} else {
		*n += (size_t)sprintf(buf + *n, "\\u%04lX", c);
	}
}

static ssize_t
out_write(void *cookie, const char *data, size_t size)
{
	struct out *o = cookie;
	const unsigned char *p = (const unsigned char *)data;
	char buf[4096 + 16];
	size_t n = 0, i = 0;

	if (o->discard)
		return (ssize_t)size;
	if (o->mode == TEXT_OUT_RAW)
		return put(o->fd, data, size) == 0 ? (ssize_t)size : -1;
	while (i < size) {
		if (o->npart == 0 && p[i] < 0x80) {
			buf[n++] = (char)p[i++];
		} else if (o->npart == 0 && lead_len(p[i]) == 0) {
			buf[n++] = '?';     /* a byte no character starts with: 0x9B alone among them */
			i++;
		} else {
			size_t len;

			if (o->npart == 0)
				o->part[o->npart++] = p[i++];
			len = lead_len(o->part[0]);
			while (o->npart < len && i < size && (p[i] & 0xC0) == 0x80)
				o->part[o->npart++] = p[i++];
			if (o->npart < len && i == size)
				break;      /* the rest comes with the next write */
			show(o, o->npart < len ? -1 : decode(o->part, len), buf, &n);
			o->npart = 0;
		}
		if (n >= 4096) {
			if (put(o->fd, buf, n) < 0)
				return -1;
			n = 0;
		}
	}
	return n == 0 || put(o->fd, buf, n) == 0 ? (ssize_t)size : -1;
}

/* A stream writing to o, buffered as stdio buffers fd. */
static FILE *
out_open(struct out *o, int mode)
{
	cookie_io_functions_t io = { NULL, out_write, NULL, NULL };
	FILE *fp = fopencookie(o, "w", io);

	if (fp != NULL)
		setvbuf(fp, NULL, mode, BUFSIZ);
	return fp;
}

bool
text_out_init(void)
{
	const char *cs = nl_langinfo(CODESET);
	FILE *o, *e;

	if (filtering || (cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0)))
		return filtering;
	o = out_open(&out_std, isatty(1) ? _IOLBF : _IOFBF);
	e = out_open(&out_err, _IONBF);
	if (o == NULL || e == NULL) {
		if (o != NULL)
			fclose(o);
		if (e != NULL)
			fclose(e);
		return false;
	}
	fflush(stdout);
	fflush(stderr);
	terminal = stdout;
	stdout = o;
	stderr = e;
	filtering = true;
	return true;
}

void
text_out_set(enum text_out_mode mode)
{
	if (!filtering)
		return;
	fflush(stdout);
	out_std.mode = mode;
}

void
text_out_discard(void)
{
	if (!filtering) {
		if (freopen("/dev/null", "w", stdout) == NULL)
			clearerr(stdout);
		return;
	}
	/* a stream of our own cannot be reopened: it stops writing instead */
	out_std.discard = true;
	fflush(stdout);
	clearerr(stdout);
}

FILE *
text_out_terminal(void)
{
	return filtering ? terminal : stdout;
}
