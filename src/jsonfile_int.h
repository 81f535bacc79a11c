/* jsonfile_int.h — what jsonfile.c shares with jsonfile_lists.c. */
#ifndef SC_JSONFILE_INT_H
#define SC_JSONFILE_INT_H

#include <stddef.h>

#include <cjson/cJSON.h>

struct diag;

/* Where a node is: a chain of keys and indexes up to the root, formatted only for a message. */
struct where {
	const struct where *up;
	const char *key;   /* NULL for an array index */
	int index;
};

/* Report "FILE:LINE:COL: what" (what is translated here) for byte off of buf. */
void jsonfile_error_at(struct diag *d, const char *name, const char *buf, size_t off, const char *what);
/*
 * The checks on the raw text before any parsing: empty, byte-order mark,
 * NUL bytes and depth, UTF-8, then the strict syntax. Returns 0, or -1 after
 * reporting the first problem.
 */
int jsonfile_check_text(const char *name, const char *buf, size_t n, struct diag *d);
/* Report the first duplicate key in every object of the tree; returns their count. */
int jsonfile_check_duplicates(const char *name, const cJSON *node, const struct where *at, struct diag *d);
/* Read the file at path whole, at most max bytes; the bytes (caller frees; *len set), or NULL. */
char *jsonfile_read_file(const char *path, size_t max, const char *kind, size_t *len, struct diag *d);

#endif
