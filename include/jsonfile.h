/* jsonfile.h — read a whole JSON file safely and parse it with cJSON. */
#ifndef SC_JSONFILE_H
#define SC_JSONFILE_H

#include <stddef.h>

#include <cjson/cJSON.h>

struct diag;

/* Largest file jsonfile_load reads (config, history tools). */
#define JSONFILE_MAX_BYTES (8u * 1024 * 1024)
/*
 * Largest catalogue: read an entry at a time, one takes about twice its
 * size in memory, and 100 000 stretches fit.
 */
#define CATALOGUE_MAX_BYTES (32u * 1024 * 1024)
/* Deepest nesting accepted (cJSON's own limit is 1000). */
#define JSONFILE_MAX_DEPTH 64

/*
 * Read path whole and parse it as one JSON value; kind names what it should
 * be ("settings file"). Refuses, with one message in d each: a file that
 * cannot be opened, or is a directory, a FIFO or a device (66), one over
 * JSONFILE_MAX_BYTES, an empty one, a UTF-8 byte-order mark, a NUL byte,
 * invalid UTF-8, nesting past JSONFILE_MAX_DEPTH, a syntax error
 * ("FILE:LINE:COL: ..."), trailing text, or a duplicate key in any object
 * (all 65). Keys must be looked up case-sensitively by the caller.
 * Returns the tree (caller frees with cJSON_Delete) or NULL.
 */
cJSON *jsonfile_load(const char *path, const char *kind, struct diag *d);

/*
 * Parse n bytes at buf (need not be NUL-terminated) with the same checks;
 * name is used in messages. Returns the tree or NULL.
 */
cJSON *jsonfile_parse(const char *name, const char *buf, size_t n, struct diag *d);

/*
 * A JSON file read and checked whole, whose top-level object's lists are
 * parsed an element at a time: the tree of one element is all that exists
 * at once, so memory stays near the size of the text.
 */
struct jsonfile_span {
	size_t off, len;
};

struct jsonfile_list {
	char *key;
	struct jsonfile_span *v;
	size_t n;
};

struct jsonfile {
	char *name;                 /* the path, as given */
	char *buf;                  /* the text */
	size_t n;
	cJSON *top;                 /* the top-level value, each of its lists left empty */
	struct jsonfile_list *lists;
	size_t nlists;
};

/*
 * Read path (at most max bytes) with every check jsonfile_load makes, into f.
 * Returns 0, or -1 with the reason in d (f needs no jsonfile_close then).
 */
int jsonfile_open(struct jsonfile *f, const char *path, size_t max, struct diag *d);
/* Elements in the top-level list key (0 when there is none). */
size_t jsonfile_list_len(const struct jsonfile *f, const char *key);
/* Parse element i of list key; caller frees with cJSON_Delete. NULL (reported in d) on error. */
cJSON *jsonfile_list_item(const struct jsonfile *f, const char *key, size_t i, struct diag *d);
void jsonfile_close(struct jsonfile *f);

#endif
