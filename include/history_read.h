/*
 * history_read.h — the one reader of the history file. Every module that
 * reads the history (stats, `status`, programmes) goes through
 * history_read(); none opens the file itself.
 */
#ifndef SC_HISTORY_READ_H
#define SC_HISTORY_READ_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* What a block callback returns: read on, or stop here. */
enum { HISTORY_READ_ON, HISTORY_READ_STOP };

/*
 * How to read: forwards line by line, or backwards from the end, newest line
 * first, a block at a time (first bytes, doubling up to most; 0: 16 KiB and
 * 4 MiB).
 */
struct history_reader {
	/*
	 * Each line of at most HISTORY_LINE_MAX bytes (blank ones too), without
	 * its newline and NUL-terminated, in a buffer the reader owns that the
	 * callee may write to until it returns. lineno counts from 1 forwards;
	 * backwards it is 0.
	 */
	void (*line)(void *arg, char *line, size_t n, size_t lineno);
	/*
	 * A longer line, skipped unread: forwards its number (n 0), backwards the
	 * bytes of it read (lineno 0). May be NULL.
	 */
	void (*overlong)(void *arg, size_t lineno, size_t n);
	/*
	 * Backwards: after each block, with the bytes read so far and whether
	 * they reach the file's start; HISTORY_READ_STOP ends the reading. May
	 * be NULL.
	 */
	int (*block)(void *arg, off_t done, bool at_start);
	void *arg;
	bool backwards;
	size_t first, most;
};

/*
 * Read the history file at path through rd, under a shared lock (an append
 * in progress is waited out). Only a regular file is read (a FIFO or a
 * terminal is refused: opened O_NONBLOCK, then checked with fstat). A
 * missing file is an empty history: 0, and no callback is called. Returns 0,
 * or -1 with *cause set to "cannot read history FILE: why" (caller frees).
 */
int history_read(const char *path, const struct history_reader *rd, char **cause);

#endif
