/* jsonfile.h — read a whole JSON file safely and parse it with cJSON. */
#ifndef SC_JSONFILE_H
#define SC_JSONFILE_H

#include <stddef.h>

#include <cjson/cJSON.h>

struct diag;

/* Largest file any loader reads. */
#define JSONFILE_MAX_BYTES (8u * 1024 * 1024)
/* Deepest nesting accepted (cJSON's own limit is 1000). */
#define JSONFILE_MAX_DEPTH 64

/*
 * Read path whole and parse it as one JSON value. Refuses, with one message
 * in d each: a file that cannot be opened or is a directory (66), one over
 * JSONFILE_MAX_BYTES, an empty one, a UTF-8 byte-order mark, a NUL byte,
 * invalid UTF-8, nesting past JSONFILE_MAX_DEPTH, a syntax error
 * ("FILE:LINE:COL: ..."), trailing text, or a duplicate key in any object
 * (all 65). Keys must be looked up case-sensitively by the caller.
 * Returns the tree (caller frees with cJSON_Delete) or NULL.
 */
cJSON *jsonfile_load(const char *path, struct diag *d);

/*
 * Parse n bytes at buf (need not be NUL-terminated) with the same checks;
 * name is used in messages. Returns the tree or NULL.
 */
cJSON *jsonfile_parse(const char *name, const char *buf, size_t n, struct diag *d);

#endif
