/* jsonfile_lists.c — a JSON file of lists, parsed an element at a time. */
#include "jsonfile.h"
#include "jsonfile_int.h"
#include "i18n.h"
#include "json_syntax.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "text.h"

_Static_assert(JSON_CHECK_MAX_DEPTH == JSONFILE_MAX_DEPTH, "one depth limit");

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

/* s->b[s->i] is c. */
static bool
at(const struct json_scan *s, char c)
{
	return s->i < s->n && s->b[s->i] == c;
}

/*
 * One value inside depth containers: read on text already checked, checked
 * (json_check_value) on text that is not (strict).
 */
static bool
split_value(struct json_scan *s, bool strict, int depth)
{
	return strict ? json_check_value(s, depth) : json_scan_value(s);
}

/*
 * The list at s (on its '['), as f's list named key (taken over): its
 * elements' spans; s ends past it. False where strict text is not JSON.
 */
static bool
scan_list(struct jsonfile *f, struct json_scan *s, char *key, bool strict)
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
	if (at(s, ']')) {
		s->i++;
		return true;
	}
	for (;;) {
		size_t e0;

		json_scan_ws(s);
		e0 = s->i;
		if (!split_value(s, strict, 2))
			return false;
		if (l->n == lcap) {
			lcap = lcap ? lcap * 2 : 64;
			l->v = xreallocarray(l->v, lcap, sizeof *l->v);
		}
		l->v[l->n++] = (struct jsonfile_span){ e0, s->i - e0 };
		json_scan_ws(s);
		if (at(s, ']')) {
			s->i++;
			return true;
		}
		if (!at(s, ','))
			return false;
		s->i++;
	}
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

static void
free_lists(struct jsonfile *f)
{
	for (size_t i = 0; i < f->nlists; i++) {
		free(f->lists[i].key);
		free(f->lists[i].v);
	}
	free(f->lists);
	f->lists = NULL;
	f->nlists = 0;
}

/* The top-level text with its lists emptied, as it is built. */
struct top_text {
	char *b;
	size_t len, cap;
};

/* The member of the top-level object at s (on its key), its list (if any) split off, into t. */
static bool
split_member(struct jsonfile *f, struct json_scan *s, struct top_text *t, bool strict)
{
	size_t k0 = s->i, k1, v0;

	if (!(strict ? json_check_string(s) : json_scan_string(s)))
		return false;
	k1 = s->i;
	json_scan_ws(s);
	if (!at(s, ':'))
		return false;
	s->i++;
	json_scan_ws(s);
	v0 = s->i;
	if (at(s, '[')) {
		if (!scan_list(f, s, list_key(s->b + k0, k1 - k0), strict))
			return false;
		add_member(&t->b, &t->len, &t->cap, s->b + k0, k1 - k0, "[]", 2);
	} else {
		if (!split_value(s, strict, 1))
			return false;
		add_member(&t->b, &t->len, &t->cap, s->b + k0, k1 - k0, s->b + v0, s->i - v0);
	}
	return true;
}

/*
 * The spans of the elements of every list directly in the top-level object
 * of f's text. Unless strict, the text has been checked (jsonfile_check_text)
 * already; strict, it is checked on the way (json_check_value), and also
 * for UTF-8, in one pass. Sets *top to the top-level text with those lists
 * emptied (caller frees) and returns 1; returns 0 when the top level is not
 * an object (then the caller parses it whole), and -1 (strict only) when the
 * text fails a check: then f's lists must be freed and the text checked
 * with the checks that name the fault.
 */
static int
split_lists(struct jsonfile *f, bool strict, char **top)
{
	struct json_scan s = { f->buf, f->n, 0 };
	struct top_text t = { NULL, 0, 256 };

	if (strict && text_utf8_prefix(f->buf, f->n) != f->n)
		return -1;
	json_scan_ws(&s);
	if (!at(&s, '{'))
		return strict ? -1 : 0;
	t.b = xmalloc(t.cap);
	t.b[t.len++] = '{';
	s.i++;
	json_scan_ws(&s);
	if (at(&s, '}'))
		s.i++;
	else
		for (;;) {
			json_scan_ws(&s);
			if (!split_member(f, &s, &t, strict))
				goto bad;
			json_scan_ws(&s);
			if (at(&s, '}')) {
				s.i++;
				break;
			}
			if (!at(&s, ','))
				goto bad;
			s.i++;
		}
	json_scan_ws(&s);
	if (strict && s.i != s.n)
		goto bad;
	t.b = xrealloc(t.b, t.len + 2);
	t.b[t.len++] = '}';
	t.b[t.len] = '\0';
	*top = t.b;
	return 1;
bad:
	free(t.b);
	return -1;
}

int
jsonfile_open(struct jsonfile *f, const char *path, size_t max, struct diag *d)
{
	char *top = NULL;
	int rc = -1, split;

	memset(f, 0, sizeof *f);
	if ((f->buf = jsonfile_read_file(path, max, N_("catalogue file"), &f->n, d)) == NULL)
		return -1;
	f->name = xstrdup(path);
	/* one pass that checks and splits; only a file it refuses is checked again, to name the fault */
	if ((split = split_lists(f, true, &top)) < 0) {
		free_lists(f);
		if (jsonfile_check_text(path, f->buf, f->n, d) < 0)
			goto out;
		split = split_lists(f, false, &top);
	}
	if (split > 0) {
		f->top = cJSON_Parse(top);
		free(top);
		if (f->top == NULL)
			jsonfile_error_at(d, path, f->buf, 0, N_("this JSON cannot be read"));
		else if (jsonfile_check_duplicates(path, f->top, NULL, d) > 0) {
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

		jsonfile_error_at(d, f->name, f->buf, off > f->n ? f->n : off, N_("this JSON cannot be read"));
		return NULL;
	}
	/* messages name it as the whole tree would: stretches[3].breath */
	list = (struct where){ NULL, key, 0 };
	elem = (struct where){ &list, NULL, (int)i };
	if (jsonfile_check_duplicates(f->name, item, &elem, d) > 0) {
		cJSON_Delete(item);
		return NULL;
	}
	return item;
}

void
jsonfile_close(struct jsonfile *f)
{
	free_lists(f);
	cJSON_Delete(f->top);
	free(f->buf);
	free(f->name);
	memset(f, 0, sizeof *f);
}
