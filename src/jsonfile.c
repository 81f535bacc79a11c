/* jsonfile.c — read a whole JSON file safely and parse it with cJSON. */
#include "jsonfile.h"
#include "i18n.h"
#include "json_syntax.h"

#include <errno.h>
#include <stdbool.h>
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

static void
error_at(struct diag *d, const char *name, const char *buf, size_t off, const char *what)
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
			error_at(d, name, buf, i, N_("the file contains a NUL byte"));
			return -1;
		}
		if (in_string) {
			if (c == '\\' && i + 1 < n) {
				if (n - i >= 6 && memcmp(buf + i + 1, "u0000", 5) == 0) {
					error_at(d, name, buf, i, N_("a string contains \\u0000 (a NUL character)"));
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
				error_at(d, name, buf, i, what);
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
		error_at(d, name, buf, at, N_("unexpected text after the JSON value"));
		break;
	case JSON_SYNTAX_EOF:
		error_at(d, name, buf, n, N_("unexpected end of file (unclosed bracket or string?)"));
		break;
	case JSON_SYNTAX_BAD: {
		char what[64], ch[8] = { buf[at], '\0' };
		char *safe = text_safe(ch);

		/* TRANSLATORS: %s is the text where the JSON goes wrong. */
		snprintf(what, sizeof what, _("invalid JSON near '%s'"), safe);
		free(safe);
		error_at(d, name, buf, at, what);
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

/* Where a node is: a chain of keys and indexes up to the root, formatted only for a message. */
struct where {
	const struct where *up;
	const char *key;   /* NULL for an array index */
	int index;
};

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

/* Report the first duplicate key in every object of the tree; returns their count. */
static int
check_duplicates(const char *name, const cJSON *node, const struct where *at, struct diag *d)
{
	const cJSON *child;
	int found = 0, n = 0, idx = 0;

	cJSON_ArrayForEach(child, node)
		n++;
	if (cJSON_IsObject(node) && n > 1) {
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

			found += check_duplicates(name, child, &sub, d);
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
static int
check_text(const char *name, const char *buf, size_t n, struct diag *d)
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
		error_at(d, name, buf, 0, N_("the file starts with a byte-order mark; save it as UTF-8 without one"));
		return -1;
	}
	if (prescan(name, buf, n, d) < 0)
		return -1;
	if ((off = text_utf8_prefix(buf, n)) != n) {
		error_at(d, name, buf, off, N_("invalid UTF-8"));
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

	if (check_text(name, buf, n, d) < 0)
		return NULL;
	/* cJSON wants the terminating NUL inside the length it is given. */
	copy = xmalloc(n + 1);
	memcpy(copy, buf, n);
	copy[n] = '\0';
	root = cJSON_ParseWithLengthOpts(copy, n + 1, &end, 1);
	if (root == NULL) {
		/* valid JSON that cJSON still refuses (its own limits) */
		off = end != NULL && end >= copy ? (size_t)(end - copy) : 0;
		error_at(d, name, buf, off > n ? n : off, N_("this JSON cannot be read"));
		free(copy);
		return NULL;
	}
	free(copy);
	if (check_duplicates(name, root, NULL, d) > 0) {
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
static char *
read_file(const char *path, size_t max, const char *kind, size_t *len, struct diag *d)
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
	char *buf = read_file(path, JSONFILE_MAX_BYTES, kind, &n, d);
	cJSON *root;

	if (buf == NULL)
		return NULL;
	root = jsonfile_parse(path, buf, n, d);
	free(buf);
	return root;
}

/* --- a file of lists, an element at a time ---------------------------------- */

/* A member name as cJSON reads it (escapes decoded); caller frees. */
static char *
list_key(const char *q, size_t n)
{
	cJSON *k;
	char *out;

	if (memchr(q, '\\', n) == NULL) {
		out = xmalloc(n - 1);
		memcpy(out, q + 1, n - 2);
		out[n - 2] = '\0';
		return out;
	}
	k = cJSON_ParseWithLength(q, n);
	out = xstrdup(cJSON_IsString(k) ? k->valuestring : "");
	cJSON_Delete(k);
	return out;
}

/* The list at s (on its '['), as f's list named key (taken over): its elements' spans; s ends past it. */
static void
scan_list(struct jsonfile *f, struct json_scan *s, char *key)
{
	struct jsonfile_list *l;
	size_t lcap = 0;

	f->lists = xreallocarray(f->lists, f->nlists + 1, sizeof *f->lists);
	l = &f->lists[f->nlists++];
	l->key = key;
	l->v = NULL;
	l->n = 0;
	s->i++;
	json_scan_ws(s);
	while (s->b[s->i] != ']') {
		size_t e0;

		json_scan_ws(s);
		e0 = s->i;
		json_scan_value(s);
		if (l->n == lcap) {
			lcap = lcap ? lcap * 2 : 64;
			l->v = xreallocarray(l->v, lcap, sizeof *l->v);
		}
		l->v[l->n++] = (struct jsonfile_span){ e0, s->i - e0 };
		json_scan_ws(s);
		if (s->b[s->i] == ',')
			s->i++;
	}
	s->i++;
}

/* Append "KEY:VALUE" (the key quoted as it is written), after a comma but for the first, to *top. */
static void
add_member(char **top, size_t *len, size_t *cap, const char *key, size_t kn, const char *v,
    size_t vn)
{
	size_t need = *len + kn + vn + 3;

	if (need > *cap) {
		*cap = need * 2;
		*top = xrealloc(*top, *cap);
	}
	if (*len > 1)
		(*top)[(*len)++] = ',';
	memcpy(*top + *len, key, kn);
	*len += kn;
	(*top)[(*len)++] = ':';
	memcpy(*top + *len, v, vn);
	*len += vn;
}

/*
 * The spans of the elements of every list directly in the top-level object
 * of buf (already checked to be valid JSON); returns the top-level text with
 * those lists emptied (caller frees), or NULL when the top level is not an
 * object (then the caller parses it whole).
 */
static char *
split_lists(struct jsonfile *f)
{
	struct json_scan s = { f->buf, f->n, 0 };
	size_t cap = 256, len = 0;
	char *top;

	json_scan_ws(&s);
	if (s.i >= s.n || s.b[s.i] != '{')
		return NULL;
	top = xmalloc(cap);
	top[len++] = '{';
	s.i++;
	for (;;) {
		size_t k0, k1, v0;

		json_scan_ws(&s);
		if (s.b[s.i] == '}')
			break;
		k0 = s.i;
		json_scan_string(&s);
		k1 = s.i;
		json_scan_ws(&s);
		s.i++;                              /* ':' */
		json_scan_ws(&s);
		v0 = s.i;
		if (s.b[s.i] == '[')
			scan_list(f, &s, list_key(s.b + k0, k1 - k0));
		else
			json_scan_value(&s);
		/* the member, its list (if any) left empty */
		if (s.b[v0] == '[')
			add_member(&top, &len, &cap, s.b + k0, k1 - k0, "[]", 2);
		else
			add_member(&top, &len, &cap, s.b + k0, k1 - k0, s.b + v0, s.i - v0);
		json_scan_ws(&s);
		if (s.b[s.i] == ',')
			s.i++;
	}
	top = xrealloc(top, len + 2);
	top[len++] = '}';
	top[len] = '\0';
	return top;
}

int
jsonfile_open(struct jsonfile *f, const char *path, size_t max, struct diag *d)
{
	char *top;
	int rc = -1;

	memset(f, 0, sizeof *f);
	if ((f->buf = read_file(path, max, N_("catalogue file"), &f->n, d)) == NULL)
		return -1;
	f->name = xstrdup(path);
	if (check_text(path, f->buf, f->n, d) < 0)
		goto out;
	if ((top = split_lists(f)) != NULL) {
		f->top = cJSON_Parse(top);
		free(top);
		if (f->top == NULL)
			error_at(d, path, f->buf, 0, N_("this JSON cannot be read"));
		else if (check_duplicates(path, f->top, NULL, d) > 0) {
			cJSON_Delete(f->top);
			f->top = NULL;
		}
	} else {
		/* not an object of lists: the whole tree, as jsonfile_parse gives it */
		f->top = jsonfile_parse(path, f->buf, f->n, d);
	}
	rc = f->top != NULL ? 0 : -1;
out:
	if (rc != 0)
		jsonfile_close(f);
	return rc;
}

static const struct jsonfile_list *
find_list(const struct jsonfile *f, const char *key)
{
	for (size_t i = 0; i < f->nlists; i++)
		if (strcmp(f->lists[i].key, key) == 0)
			return &f->lists[i];
	return NULL;
}

size_t
jsonfile_list_len(const struct jsonfile *f, const char *key)
{
	const struct jsonfile_list *l = find_list(f, key);

	return l != NULL ? l->n : 0;
}

cJSON *
jsonfile_list_item(const struct jsonfile *f, const char *key, size_t i, struct diag *d)
{
	const struct jsonfile_list *l = find_list(f, key);
	const char *end = NULL;
	cJSON *item;
	struct where list, elem;

	if (l == NULL || i >= l->n)
		return NULL;
	item = cJSON_ParseWithLengthOpts(f->buf + l->v[i].off, l->v[i].len, &end, 0);
	if (item == NULL) {
		size_t off = end != NULL && end >= f->buf ? (size_t)(end - f->buf) : l->v[i].off;

		error_at(d, f->name, f->buf, off > f->n ? f->n : off, N_("this JSON cannot be read"));
		return NULL;
	}
	/* messages name it as the whole tree would: stretches[3].breath */
	list = (struct where){ NULL, key, 0 };
	elem = (struct where){ &list, NULL, (int)i };
	if (check_duplicates(f->name, item, &elem, d) > 0) {
		cJSON_Delete(item);
		return NULL;
	}
	return item;
}

void
jsonfile_close(struct jsonfile *f)
{
	for (size_t i = 0; i < f->nlists; i++) {
		free(f->lists[i].key);
		free(f->lists[i].v);
	}
	free(f->lists);
	cJSON_Delete(f->top);
	free(f->buf);
	free(f->name);
	memset(f, 0, sizeof *f);
}
