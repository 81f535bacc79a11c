/*
 * history_read.c — the one reader of the history file: it opens the file
 * safely, reads it in bounded pieces (one longest line at a time forwards,
 * blocks backwards), and hands each line to its caller. The error tail
 * ("cannot read history FILE: why") is written here once.
 */
#define _GNU_SOURCE  /* memrchr */
#include "history_read.h"

#include <sys/file.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "history.h"
#include "i18n.h"
#include "text.h"

/* The forward buffer holds one longest line and its newline. */
#define READER_CAP (HISTORY_LINE_MAX + 1)
/* Backwards: the first block read from the end; each next one is twice as big, up to the most. */
#define BLOCK_FIRST (16 * 1024)
#define BLOCK_MOST (4 * 1024 * 1024)

/* --- forwards ------------------------------------------------------------- */

struct line_reader {
	int fd;
	char *buf;                /* READER_CAP + 1 bytes, room for a final NUL */
	size_t len, pos;
	bool eof;
	size_t lineno;
};

enum { LINE_OK, LINE_LONG, LINE_EOF, LINE_ERROR };

static ssize_t
read_some(int fd, char *buf, size_t n)
{
	ssize_t r;

	do
		r = read(fd, buf, n);
	while (r < 0 && errno == EINTR);
	return r;
}

/* Throw away the rest of an over-long line, keeping what follows its newline. */
static int
skip_long(struct line_reader *lr)
{
	for (;;) {
		ssize_t r = read_some(lr->fd, lr->buf, READER_CAP);
		char *nl;

		if (r < 0)
			return LINE_ERROR;
		if (r == 0) {
			lr->eof = true;
			lr->len = lr->pos = 0;
			return LINE_LONG;
		}
		nl = memchr(lr->buf, '\n', (size_t)r);
		if (nl != NULL) {
			lr->pos = (size_t)(nl - lr->buf) + 1;
			lr->len = (size_t)r;
			return LINE_LONG;
		}
	}
}

/* The next line, NUL-terminated without its newline, at *line (*n bytes). */
static int
reader_next(struct line_reader *lr, char **line, size_t *n)
{
	for (;;) {
		char *p = lr->buf + lr->pos;
		char *nl = memchr(p, '\n', lr->len - lr->pos);
		ssize_t r;

		if (nl != NULL || (lr->eof && lr->pos < lr->len)) {
			*line = p;
			*n = nl != NULL ? (size_t)(nl - p) : lr->len - lr->pos;
			p[*n] = '\0';
			lr->pos += *n + (nl != NULL);
			lr->lineno++;
			return LINE_OK;
		}
		if (lr->eof)
			return LINE_EOF;
		memmove(lr->buf, p, lr->len - lr->pos);
		lr->len -= lr->pos;
		lr->pos = 0;
		if (lr->len == READER_CAP) {
			lr->lineno++;
			lr->len = 0;
			return skip_long(lr);
		}
		if ((r = read_some(lr->fd, lr->buf + lr->len, READER_CAP - lr->len)) < 0)
			return LINE_ERROR;
		if (r == 0)
			lr->eof = true;
		lr->len += (size_t)r;
	}
}

static int
read_forwards(int fd, const struct history_reader *rd)
{
	struct line_reader lr = { .fd = fd, .buf = xmalloc(READER_CAP + 1) };
	char *line;
	size_t n;
	int rc = 0, err;

	for (;;) {
		int what = reader_next(&lr, &line, &n);

		if (what == LINE_EOF || what == LINE_ERROR) {
			rc = what == LINE_ERROR ? -1 : 0;
			break;
		}
		if (what == LINE_LONG) {
			if (rd->overlong != NULL)
				rd->overlong(rd->arg, lr.lineno, 0);
		} else {
			rd->line(rd->arg, line, n, lr.lineno);
		}
	}
	err = errno;
	free(lr.buf);
	errno = err;
	return rc;
}

/* --- backwards ------------------------------------------------------------ */

/*
 * Read n bytes at off of fd into buf, retrying after a signal; a file that
 * ends sooner (it shrank) leaves the rest as newlines: blank lines.
 */
static int
read_at(int fd, char *buf, size_t n, off_t off)
{
	size_t got = 0;

	while (got < n) {
		ssize_t r = pread(fd, buf + got, n - got, off + (off_t)got);

		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0) {
			memset(buf + got, '\n', n - got);
			break;
		}
		got += (size_t)r;
	}
	return 0;
}

/* What backwards reading carries from one block to the one before it. */
struct tail {
	const struct history_reader *rd;
	char *carry;              /* the start of a line the block read last cut in two */
	size_t ncarry;
	bool overlong;            /* the line being carried is longer than any line read */
};

static void
tail_line(struct tail *t, char *line, size_t n)
{
	if (n > HISTORY_LINE_MAX) {
		if (t->rd->overlong != NULL)
			t->rd->overlong(t->rd->arg, 0, n);
		return;
	}
	line[n] = '\0';
	t->rd->line(t->rd->arg, line, n, 0);
}

/*
 * Hand on the lines of the block just read (blen bytes at buf, which has
 * room for the carry and one byte more), newest first. The part before the
 * block's first newline is the end of a line begun further back: it is
 * carried to the next block, unless this block is the file's start.
 */
static void
tail_block(struct tail *t, char *buf, size_t blen, bool at_start)
{
	size_t total = blen + t->ncarry, end = total, first;
	bool skip_last = t->overlong;   /* the newest piece belongs to a line too long to read */
	char *nl;

	if (t->ncarry > 0)
		memcpy(buf + blen, t->carry, t->ncarry);
	nl = memchr(buf, '\n', total);
	first = nl != NULL ? (size_t)(nl - buf) : total;
	while (end > first) {
		size_t from = (size_t)((char *)memrchr(buf + first, '\n', end - first) - buf) + 1;

		if (!skip_last)
			tail_line(t, buf + from, end - from);
		else if (t->rd->overlong != NULL)
			t->rd->overlong(t->rd->arg, 0, end - from + 1);
		skip_last = false;
		end = from - 1;
	}
	t->ncarry = 0;
	t->overlong = false;
	if (at_start) {
		if (!skip_last)
			tail_line(t, buf, first);
	} else if (skip_last || first > HISTORY_LINE_MAX) {
		t->overlong = true;
		if (t->rd->overlong != NULL)
			t->rd->overlong(t->rd->arg, 0, first);
	} else {
		t->carry = xrealloc(t->carry, first + 1);
		memcpy(t->carry, buf, first);
		t->ncarry = first;
	}
}

static int
read_backwards(int fd, off_t size, const struct history_reader *rd)
{
	struct tail t = { .rd = rd };
	size_t block = rd->first > 0 ? rd->first : BLOCK_FIRST;
	size_t most = rd->most > 0 ? rd->most : BLOCK_MOST;
	off_t pos = size;
	int rc = 0, err;

	while (pos > 0) {
		off_t from = pos > (off_t)block ? pos - (off_t)block : 0;
		size_t len = (size_t)(pos - from);
		char *buf = xmalloc(len + t.ncarry + 1);

		if ((rc = read_at(fd, buf, len, from)) == 0)
			tail_block(&t, buf, len, from == 0);
		free(buf);
		pos = from;
		if (rc != 0 || (rd->block != NULL &&
		    rd->block(rd->arg, size - pos, pos == 0) == HISTORY_READ_STOP))
			break;
		if (block < most)
			block = block * 2 < most ? block * 2 : most;
	}
	err = errno;
	free(t.carry);
	errno = err;
	return rc;
}

/* --- the file ------------------------------------------------------------- */

/* Open path for reading: 1 when it does not exist, 0 when open (*fd set), -1 (errno) on error. */
static int
open_history(const char *path, int *fd, off_t *size)
{
	struct stat sb;

	/* O_NONBLOCK: a FIFO put in the history's place does not hang the open */
	*fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (*fd == -1)
		return errno == ENOENT ? 1 : -1;
	if (fstat(*fd, &sb) == -1 || !S_ISREG(sb.st_mode)) {
		close(*fd);
		*fd = -1;
		errno = EINVAL;
		return -1;
	}
	*size = sb.st_size;
	return 0;
}

int
history_read(const char *path, const struct history_reader *rd, char **cause)
{
	char *name;
	off_t size = 0;
	int fd, err, rc = open_history(path, &fd, &size);

	if (rc == 1)
		return 0;
	if (rc == 0) {
		/* A shared lock waits out an append in progress; without one, read anyway. */
		while (flock(fd, LOCK_SH) == -1 && errno == EINTR)
			;
		rc = rd->backwards ? read_backwards(fd, size, rd) : read_forwards(fd, rd);
	}
	err = errno;
	if (fd != -1)
		close(fd);
	if (rc == 0)
		return 0;
	name = text_safe(path);
	/* TRANSLATORS: the history file's path, then why (a system error message). */
	*cause = xasprintf(_("cannot read history %s: %s"), name,
	    err == EINVAL ? _("not a regular file") : strerror(err));
	free(name);
	return -1;
}
