/* jsonfile.c — read a whole JSON file safely and parse it with cJSON. */
#include "jsonfile.h"
#include "jsonfile_int.h"
#include "i18n.h"
#include "json_syntax.h"

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "text.h"

/* Line and column (1-based, counted in characters) of byte offset off. */
static void
position(const char *buf, size_t off, size_t *line, size_t *col)
{
	*line = 1;
	*col = 1;
	for (size_t i = 0; i < off; i++) {
		if (buf[i] == '\n') {
			(*line)++;
			*col = 1;
		} else if (((unsigned char)buf[i] & 0xC0) != 0x80)
			(*col)++;
	}
}

void
jsonfile_error_at(struct diag *d, const char *name, const char *buf, size_t off, const char *what)
{
	size_t line, col;
	char *safe = text_safe(name);

	position(buf, off, &line, &col);
	diag_error(d, EXIT_DATAERR, "%s:%zu:%zu: %s", safe, line, col, _(what));
	free(safe);
}

/*
 * One pass over the raw text, outside cJSON: nesting depth, NUL bytes and
 * the \u0000 escape (which cJSON would silently cut a string at).
 */
static int
prescan(const char *name, const char *buf, size_t n, struct diag *d)
{
	int depth = 0, in_string = 0;

	for (size_t i = 0; i < n; i++) {
		char c = buf[i];

		if (c == '\0') {
			jsonfile_error_at(d, name, buf, i, N_("the file contains a NUL byte"));
			return -1;
		}
		if (in_string) {
			if (c == '\\' && i + 1 < n) {
				if (n - i >= 6 && memcmp(buf + i + 1, "u0000", 5) == 0) {
					jsonfile_error_at(d, name, buf, i, N_("a string contains \\u0000 (a NUL character)"));
					return -1;
				}
				i++;
			} else if (c == '"')
				in_string = 0;
		} else if (c == '"')
			in_string = 1;
		else if (c == '[' || c == '{') {
			if (++depth > JSONFILE_MAX_DEPTH) {
				char what[64];

				/* TRANSLATORS: %d is the deepest nesting read. */
				snprintf(what, sizeof what, _("nesting deeper than %d levels"), JSONFILE_MAX_DEPTH);
				jsonfile_error_at(d, name, buf, i, what);
				return -1;
			}
		} else if (c == ']' || c == '}')
			depth--;
	}
	return 0;
}

/* Check the syntax; on an error report its exact place and return -1. */
static int
check_syntax(const char *name, const char *buf, size_t n, struct diag *d)
{
	size_t at;

	switch (json_syntax(buf, n, &at)) {
	case JSON_SYNTAX_OK:
		return 0;
	case JSON_SYNTAX_TRAILING:
		jsonfile_error_at(d, name, buf, at, N_("unexpected text after the JSON value"));
		break;
	case JSON_SYNTAX_EOF:
		jsonfile_error_at(d, name, buf, n, N_("unexpected end of file (unclosed bracket or string?)"));
		break;
	case JSON_SYNTAX_BAD: {
		char what[64], ch[8] = { buf[at], '\0' };
		char *safe = text_safe(ch);

		/* TRANSLATORS: %s is the text where the JSON goes wrong. */
		snprintf(what, sizeof what, _("invalid JSON near '%s'"), safe);
		free(safe);
		jsonfile_error_at(d, name, buf, at, what);
		break;
	}
	}
	return -1;
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}


/* Format the path, its keys made safe and cut short, into a malloc'd string. */
static char *
where_str(const struct where *w)
{
	char *up, *key, *s;

	if (w == NULL)
		return xstrdup("");
	up = where_str(w->up);
	if (w->key == NULL)
		s = xasprintf("%s[%d]", up, w->index);
	else {
		key = text_safe(w->key);
		text_cut(key, 40);
		s = xasprintf("%s%s%s", up, *up ? "." : "", key);
		free(key);
	}
	free(up);
	return s;
}

/*
 * False when no key of object node is there twice; true when one may be (two
 * keys fall on one bit of a 4096-bit table), and the sort below decides.
 */
static bool
maybe_duplicate(const cJSON *node)
{
	uint64_t seen[64] = { 0 };

	for (const cJSON *child = node->child; child != NULL; child = child->next) {
		uint32_t h = 2166136261u;   /* FNV-1a */

		for (const unsigned char *p = (const unsigned char *)child->string; *p != '\0'; p++)
			h = (h ^ *p) * 16777619u;
		h &= 4095;
		if (seen[h / 64] & (UINT64_C(1) << (h % 64)))
			return true;
		seen[h / 64] |= UINT64_C(1) << (h % 64);
	}
	return false;
}

/* Report the first duplicate key in every object of the tree; returns their count. */
int
jsonfile_check_duplicates(const char *name, const cJSON *node, const struct where *at, struct diag *d)
{
	const cJSON *child;
	int found = 0, n = 0, idx = 0;

	cJSON_ArrayForEach(child, node)
		n++;
	if (cJSON_IsObject(node) && n > 1 && maybe_duplicate(node)) {
		const char **keys = xreallocarray(NULL, (size_t)n, sizeof *keys);
		int i = 0;

		cJSON_ArrayForEach(child, node)
			keys[i++] = child->string;
		qsort(keys, (size_t)n, sizeof *keys, name_cmp);
		for (i = 1; i < n; i++) {
			if (strcmp(keys[i - 1], keys[i]) == 0) {
				char *fs = text_safe(name), *path = where_str(at);
				struct where k = { NULL, keys[i], 0 };
				char *ks = where_str(&k);

				/* TRANSLATORS: the file, a place in it (or nothing) with its separator, then the key given twice. */
				diag_error(d, EXIT_DATAERR, _("%s: %s%sduplicate key \"%s\""),
				    fs, path, *path ? ": " : "", ks);
				free(fs);
				free(path);
				free(ks);
				found++;
				break;
			}
		}
		free(keys);
	}
	cJSON_ArrayForEach(child, node) {
		if (cJSON_IsObject(child) || cJSON_IsArray(child)) {
			struct where sub = { at, cJSON_IsArray(node) ? NULL : child->string, idx };

			found += jsonfile_check_duplicates(name, child, &sub, d);
		}
		idx++;
	}
	return found;
}

/*
 * The checks on the raw text before any parsing: empty, byte-order mark,
 * NUL bytes and depth, UTF-8, then the strict syntax. Returns 0, or -1 after
 * reporting the first problem.
 */
int
jsonfile_check_text(const char *name, const char *buf, size_t n, struct diag *d)
{
	size_t off = 0;

	while (off < n && buf[off] != '\0' && strchr(" \t\r\n", buf[off]) != NULL)
		off++;
	if (off == n) {
		char *fs = text_safe(name);

		/* TRANSLATORS: %s is the file's path. */
		diag_error(d, EXIT_DATAERR, _("%s: the file is empty"), fs);
		free(fs);
		return -1;
	}
	if (n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
		jsonfile_error_at(d, name, buf, 0, N_("the file starts with a byte-order mark; save it as UTF-8 without one"));
		return -1;
	}
	if (prescan(name, buf, n, d) < 0)
		return -1;
	if ((off = text_utf8_prefix(buf, n)) != n) {
		jsonfile_error_at(d, name, buf, off, N_("invalid UTF-8"));
		return -1;
	}
	return check_syntax(name, buf, n, d);
}

cJSON *
jsonfile_parse(const char *name, const char *buf, size_t n, struct diag *d)
{
	char *copy;
	const char *end = NULL;
	cJSON *root;
	size_t off;

	if (jsonfile_check_text(name, buf, n, d) < 0)
		return NULL;
	/* cJSON wants the terminating NUL inside the length it is given. */
	copy = xmalloc(n + 1);
	memcpy(copy, buf, n);
	copy[n] = '\0';
	root = cJSON_ParseWithLengthOpts(copy, n + 1, &end, 1);
	if (root == NULL) {
		/* valid JSON that cJSON still refuses (its own limits) */
		off = end != NULL && end >= copy ? (size_t)(end - copy) : 0;
		jsonfile_error_at(d, name, buf, off > n ? n : off, N_("this JSON cannot be read"));
		free(copy);
		return NULL;
	}
	free(copy);
	if (jsonfile_check_duplicates(name, root, NULL, d) > 0) {
		cJSON_Delete(root);
		return NULL;
	}
	return root;
}

/*
 * True when fd (stat st) is the pipe on our standard input and the user named
 * it as such (validate /dev/stdin): its writer is already there, so reading
 * it ends. It is made blocking again. A file that only links to standard
 * input (a settings file -> /dev/stdin) is refused like any other FIFO: its
 * pipe may stay silent for ever, and a session must not wait on it.
 */
static bool
piped_stdin(const char *path, int fd, const struct stat *st)
{
	struct stat in;

	if (strcmp(path, "/dev/stdin") != 0 && strcmp(path, "/dev/fd/0") != 0 &&
	    strcmp(path, "/proc/self/fd/0") != 0)
		return false;
	if (!S_ISFIFO(st->st_mode) || fstat(0, &in) != 0 || in.st_dev != st->st_dev ||
	    in.st_ino != st->st_ino)
		return false;
	return fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) == 0;
}

/*
 * Open the file at path for reading (fs: its name made safe), refusing a
 * directory, anything but a regular file (a FIFO would wait for a writer
 * forever, so the open does not block) and a file over max bytes. kind names
 * what the file should be ("catalogue file"). Returns the descriptor (*st
 * set), or -1 after reporting why.
 */
static int
open_file(const char *path, const char *fs, size_t max, const char *kind, struct stat *st,
    struct diag *d)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);

	if (fd < 0) {
		/* TRANSLATORS: the file's path, then why (a system error message). */
		diag_error(d, EXIT_NOINPUT, _("%s: cannot open: %s"), fs, strerror(errno));
		return -1;
	}
	if (fstat(fd, st) < 0) {
		/* TRANSLATORS: the file's path, then why (a system error message). */
		diag_error(d, EXIT_NOINPUT, _("%s: cannot read: %s"), fs, strerror(errno));
	} else if (!S_ISREG(st->st_mode) && !piped_stdin(path, fd, st)) {
		/* TRANSLATORS: the file's path, then what it should be ("catalogue", "config file"). */
		diag_error(d, EXIT_NOINPUT, S_ISDIR(st->st_mode) ? _("%s: is a directory, not a %s") :
		    /* TRANSLATORS: the file's path, then what it should be ("catalogue", "config file"). */
		    S_ISFIFO(st->st_mode) ? _("%s: is a FIFO, not a %s") :
		    /* TRANSLATORS: The file's path, then what it should be ("catalogue", "config file"). */
		    _("%s: is a device or socket, not a %s"),
		    fs, _(kind));
	} else if (S_ISREG(st->st_mode) && (size_t)st->st_size > max) {
		/* TRANSLATORS: the file's path, its size in bytes, then the limit in MiB. */
		diag_error(d, EXIT_DATAERR, _("%s: the file is too large (%lld bytes; the limit is %zu MiB)"),
		    fs, (long long)st->st_size, max / (1024 * 1024));
	} else
		return fd;
	close(fd);
	return -1;
}

/*
 * Read fd (stat st) to its end, up to max bytes: a file that grows past max
 * while it is read is caught. Returns the bytes (caller frees; *len set), or
 * NULL after reporting why.
 */
static char *
read_all(int fd, const struct stat *st, const char *fs, size_t max, size_t *len, struct diag *d)
{
	/* the size it has now, plus room to see it grow past max */
	size_t cap = S_ISREG(st->st_mode) && st->st_size > 0 ? (size_t)st->st_size + 1 : 65536, n = 0;
	char *buf = xmalloc(cap);

	for (;;) {
		ssize_t r;

		if (n == cap) {
			if (cap > max)
				break;
			cap *= 2;
			buf = xrealloc(buf, cap);
		}
		r = read(fd, buf + n, cap - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			diag_error(d, EXIT_NOINPUT, _("%s: cannot read: %s"), fs, strerror(errno));
			free(buf);
			return NULL;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	if (n > max) {
		/* TRANSLATORS: the file's path, then the limit in MiB. */
		diag_error(d, EXIT_DATAERR, _("%s: the file is too large (the limit is %zu MiB)"),
		    fs, max / (1024 * 1024));
		free(buf);
		return NULL;
	}
	*len = n;
	return buf;
}

/* Read the file at path whole (open_file(), read_all()); the bytes, caller frees, or NULL. */
char *
jsonfile_read_file(const char *path, size_t max, const char *kind, size_t *len, struct diag *d)
{
	struct stat st;
	char *fs = text_safe(path), *buf = NULL;
	int fd = open_file(path, fs, max, kind, &st, d);

	if (fd >= 0) {
		buf = read_all(fd, &st, fs, max, len, d);
		close(fd);
	}
	free(fs);
	return buf;
}

cJSON *
jsonfile_load(const char *path, const char *kind, struct diag *d)
{
	size_t n;
	char *buf = jsonfile_read_file(path, JSONFILE_MAX_BYTES, kind, &n, d);
	cJSON *root;

	if (buf == NULL)
		return NULL;
	root = jsonfile_parse(path, buf, n, d);
	free(buf);
	return root;
}
