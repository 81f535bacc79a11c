/*
 * catalogue_json_get.c — reading one value of a catalogue entry: an integer,
 * a string, a name from a list, a set, a list of lines, a picture; each wrong
 * value reported at the entry's place with what was found.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "catalogue_int.h"
#include "diag.h"
#include "i18n.h"
#include "text.h"
#include "num.h"


static void
verror(struct ctx *x, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));

static void
verror(struct ctx *x, const char *fmt, va_list ap)
{
	/* every catalogue_json_error() message is marked by xgettext's keyword catalogue_json_error:2 */
	char *msg = xvasprintf(_(fmt), ap);

	diag_error(x->d, EXIT_DATAERR, "%s: %s", x->where, msg);
	free(msg);
	x->errors++;
}

void
catalogue_json_error(struct ctx *x, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	verror(x, fmt, ap);
	va_end(ap);
}

/* "got ..." words for a value of the wrong shape. */
void
catalogue_json_describe(const cJSON *v, char *buf, size_t size)
{
	if (cJSON_IsNumber(v)) {
		double n = v->valuedouble;

		if (!isfinite(n) || fabs(n) > 1e15)
			snprintf(buf, size, "%s", _("a number out of range"));
		else if (num_whole(n))
			snprintf(buf, size, "%.0f", n);
		else
			snprintf(buf, size, "%g", n);
	} else if (cJSON_IsString(v))
		snprintf(buf, size, "%s", _("a string"));
	else if (cJSON_IsBool(v))
		snprintf(buf, size, "%s", cJSON_IsTrue(v) ? "true" : "false");
	else if (cJSON_IsNull(v))
		snprintf(buf, size, "null");
	else if (cJSON_IsArray(v))
		snprintf(buf, size, "%s", _("a list"));
	else
		snprintf(buf, size, "%s", _("an object"));
}

size_t
catalogue_json_chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

const cJSON *
catalogue_json_member(const cJSON *obj, const char *key)
{
	const cJSON *e;

	if (obj == NULL || key == NULL)
		return NULL;
	for (e = obj->child; e != NULL && e->string != NULL; e = e->next)
		if (e->string[0] == key[0] && strcmp(e->string, key) == 0)
			return e;
	return NULL;
}

/* Warn about keys this schema does not know. */
void
catalogue_json_keys(struct ctx *x, const cJSON *obj, const char *const *known)
{
	const cJSON *k;

	cJSON_ArrayForEach(k, obj) {
		size_t i;

		for (i = 0; known[i] != NULL; i++)
			if (k->string[0] == known[i][0] && strcmp(k->string, known[i]) == 0)
				break;
		if (known[i] == NULL) {
			char *ks = text_safe(k->string);

			text_cut(ks, 40);
			diag_warn(x->d, "%s: unknown key \"%s\" ignored", x->where, ks);
			free(ks);
		}
	}
}

/* An integer in lo..hi; absent gives def (or an error when def < lo and required). */
int
catalogue_json_int(struct ctx *x, const cJSON *obj, const char *key, int lo, int hi, int def, int required)
{
	const cJSON *v = catalogue_json_member(obj, key);
	char got[64];

	if (v == NULL) {
		if (required)
			/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"); %d..%d the allowed range. */
			catalogue_json_error(x, "%s is missing (an integer %d..%d)", key, lo, hi);
		return def;
	}
	if (cJSON_IsNumber(v) && isfinite(v->valuedouble) && num_whole(v->valuedouble) &&
	    v->valuedouble >= lo && v->valuedouble <= hi)
		return (int)v->valuedouble;
	catalogue_json_describe(v, got, sizeof got);
	/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"); %d..%d the allowed range; the last %s the value found (a number, or "a string"). */
	catalogue_json_error(x, "%s must be an integer %d..%d, got %s", key, lo, hi, got);
	return def;
}

/* Check a string value s; returns 0 when it is acceptable text of 1..max characters. */
int
catalogue_json_text(struct ctx *x, const char *what, const char *s, size_t max)
{
	size_t n = catalogue_json_chars(s);

	if (text_has_unsafe(s)) {
		/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"). */
		catalogue_json_error(x, "%s contains a control, escape, bidi or invisible character", what);
		return -1;
	}
	if (n == 0 || n > max) {
		/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"); %zu the most characters, then the count found. */
		catalogue_json_error(x, "%s must be 1..%zu characters, got %zu", what, max, n);
		return -1;
	}
	return 0;
}

const char *
catalogue_json_str(struct ctx *x, const cJSON *obj, const char *key, size_t max, int required)
{
	const cJSON *v = catalogue_json_member(obj, key);
	char got[64];

	if (v == NULL) {
		if (required)
			/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"). */
			catalogue_json_error(x, "%s is missing", key);
		return NULL;
	}
	if (!cJSON_IsString(v)) {
		catalogue_json_describe(v, got, sizeof got);
		/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"), then what was found instead ("a number", "a list"). */
		catalogue_json_error(x, "%s must be a string, got %s", key, got);
		return NULL;
	}
	if (catalogue_json_text(x, key, v->valuestring, max) < 0)
		return NULL;
	return arena_strdup(&x->c->arena, v->valuestring);
}

int
catalogue_json_id(const char *s)
{
	size_t n = strlen(s);

	if (n == 0 || n > ID_MAX)
		return 0;
	return strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789-") == n;
}

void
catalogue_json_each(struct ctx *x, const cJSON *list, const char *key,
    void (*read)(struct ctx *, const cJSON *, size_t, void *), void *arg)
{
	const char *saved = x->where;
	const cJSON *e;
	size_t i = 0;

	cJSON_ArrayForEach(e, list) {
		char *sub = xasprintf("%s: %s[%zu]", saved, key, i);

		x->where = sub;
		read(x, e, i++, arg);
		x->where = saved;
		free(sub);
	}
}

const char *
catalogue_json_entry_id(struct ctx *x, const cJSON *obj)
{
	const char *id = catalogue_json_str(x, obj, "id", ID_MAX, 1);

	if (id != NULL && !catalogue_json_id(id)) {
		/* TRANSLATORS: A catalogue or translation error, after the entry's place (file:
		   stretches[3]): its "id" is not 1 to 48 characters of lowercase ASCII letters, digits
		   and hyphens. Keep "id" (a JSON key) and "a-z, 0-9 and -" as written. */
		catalogue_json_error(x, "id must be 1..48 of a-z, 0-9 and -");
		return NULL;
	}
	return id;
}

/* One of names[0..n); returns its index or -1. */
int
catalogue_json_enum(struct ctx *x, const cJSON *obj, const char *key, const char *const *names, int n,
    int def, int required)
{
	const cJSON *v = catalogue_json_member(obj, key);
	char list[160] = "", got[64];

	if (v != NULL && cJSON_IsString(v))
		for (int i = 0; i < n; i++)
			if (strcmp(v->valuestring, names[i]) == 0)
				return i;
	if (v == NULL && !required)
		return def;
	/* a message: spell out the choices */
	for (int i = 0; i < n; i++)
		snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", i ? "|" : "", names[i]);
	if (v == NULL)
		/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"), then its allowed values joined with |. */
		catalogue_json_error(x, "%s is missing (%s)", key, list);
	else if (cJSON_IsString(v)) {
		char *vs = text_safe(v->valuestring);

		text_cut(vs, 40);
		/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"), then its allowed values joined with |, then the value found. */
		catalogue_json_error(x, "%s must be %s, got \"%s\"", key, list, vs);
		free(vs);
	} else {
		catalogue_json_describe(v, got, sizeof got);
		/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"), then its allowed values joined with |, then what was found ("a number"). */
		catalogue_json_error(x, "%s must be %s, got %s", key, list, got);
	}
	return -1;
}

/* The allowed names, spelled out into list the first time a message needs them. */
const char *
catalogue_json_allowed(char *list, size_t size, unsigned count, const char *(*name)(unsigned))
{
	if (*list == '\0')
		catalogue_join_names(list, size, (1u << count) - 1, name, ", ");
	return list;
}

/* A list of names from parse(), as a bit set; at least min of them. */
unsigned
catalogue_json_set(struct ctx *x, const cJSON *obj, const char *key, int (*parse)(const char *, unsigned *),
    const char *(*name)(unsigned), unsigned count, int min)
{
	const cJSON *v = catalogue_json_member(obj, key), *e;
	unsigned set = 0, bit;
	char list[200] = "";
	int n = 0;

	if (v == NULL) {
		if (min > 0)
			/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"), then the allowed values, comma-separated. */
			catalogue_json_error(x, "%s is missing (a list of: %s)", key, catalogue_json_allowed(list, sizeof list, count, name));
		return 0;
	}
	if (!cJSON_IsArray(v)) {
		/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"), then the allowed values, comma-separated. */
		catalogue_json_error(x, "%s must be a list of: %s", key, catalogue_json_allowed(list, sizeof list, count, name));
		return 0;
	}
	cJSON_ArrayForEach(e, v) {
		if (!cJSON_IsString(e) || parse(e->valuestring, &bit) < 0) {
			if (cJSON_IsString(e)) {
				char *es = text_safe(e->valuestring);

				text_cut(es, 40);
				/* TRANSLATORS: %s[%d] is a catalogue field name as the file spells it (English, e.g. "hold") and a position in its list; then the allowed values and the value found. */
				catalogue_json_error(x, "%s[%d] must be one of: %s, got \"%s\"", key, n,
				    catalogue_json_allowed(list, sizeof list, count, name), es);
				free(es);
			} else {
				char got[64];

				catalogue_json_describe(e, got, sizeof got);
				/* TRANSLATORS: %s[%d] is a catalogue field name as the file spells it (English, e.g. "hold") and a position in its list; then the allowed values and what was found ("a number"). */
				catalogue_json_error(x, "%s[%d] must be one of: %s, got %s", key, n,
				    catalogue_json_allowed(list, sizeof list, count, name), got);
			}
		} else
			set |= bit;
		n++;
	}
	if (n < min)
		/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"), %d how many it must name at least, then the allowed values. */
		catalogue_json_error(x, "%s must name at least %d of: %s", key, min, catalogue_json_allowed(list, sizeof list, count, name));
	return set;
}

/* A list of min..max strings, each 1..maxlen characters. */
struct str_list
catalogue_json_list(struct ctx *x, const cJSON *obj, const char *key, int min, int max, size_t maxlen)
{
	const cJSON *v = catalogue_json_member(obj, key), *e;
	struct str_list out = { NULL, 0 };
	const char **arr;
	int n, i = 0;

	if (v == NULL) {
		if (min > 0)
			/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"); %d..%d how many strings the list takes. */
			catalogue_json_error(x, "%s is missing (a list of %d..%d strings)", key, min, max);
		return out;
	}
	if (!cJSON_IsArray(v) || (n = cJSON_GetArraySize(v)) < min || n > max) {
		/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"); %d..%d how many strings the list takes. */
		catalogue_json_error(x, "%s must be a list of %d..%d strings", key, min, max);
		return out;
	}
	arr = arena_alloc(&x->c->arena, (size_t)(n ? n : 1) * sizeof *arr);
	cJSON_ArrayForEach(e, v) {
		char what[64];

		if (cJSON_IsString(e) && !text_has_unsafe(e->valuestring) &&
		    *e->valuestring != '\0' && catalogue_json_chars(e->valuestring) <= maxlen) {
			arr[i++] = arena_strdup(&x->c->arena, e->valuestring);
			continue;
		}
		/* a message: name the element */
		snprintf(what, sizeof what, "%s[%d]", key, i);
		if (!cJSON_IsString(e))
			/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold") with its position, e.g. "steps[2]". */
			catalogue_json_error(x, "%s must be a string", what);
		else if (catalogue_json_text(x, what, e->valuestring, maxlen) == 0)
			arr[i] = arena_strdup(&x->c->arena, e->valuestring);
		i++;
	}
	out.v = arr;
	out.n = (size_t)n;
	return out;
}

/* A picture at key (art, or a breath frame): up to 12 lines of up to 32 columns; blank lines are allowed. */
struct str_list
catalogue_json_art(struct ctx *x, const cJSON *obj, const char *key)
{
	const cJSON *v = catalogue_json_member(obj, key), *e;
	struct str_list out = { NULL, 0 };
	const char **arr;
	int n, i = 0;

	if (v == NULL)
		return out;
	if (!cJSON_IsArray(v) || (n = cJSON_GetArraySize(v)) > ART_MAX_LINES) {
		/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold") ("art"); %d the most lines a picture has. */
		catalogue_json_error(x, "%s must be a list of at most %d lines", key, ART_MAX_LINES);
		return out;
	}
	arr = arena_alloc(&x->c->arena, (size_t)(n ? n : 1) * sizeof *arr);
	cJSON_ArrayForEach(e, v) {
		if (!cJSON_IsString(e))
			/* TRANSLATORS: %s[%d] is a catalogue field name as the file spells it (English, e.g. "hold") ("art") and a line's position. */
			catalogue_json_error(x, "%s[%d] must be a string", key, i);
		else if (text_has_unsafe(e->valuestring))
			/* TRANSLATORS: %s[%d] is a catalogue field name as the file spells it (English, e.g. "hold") ("art") and a line's position. */
			catalogue_json_error(x, "%s[%d] contains a control, escape, bidi or invisible character", key, i);
		else if (text_width(e->valuestring) > ART_MAX_COLS)
			/* TRANSLATORS: %s[%d] is a catalogue field name as the file spells it (English, e.g. "hold") and a line's position; then its width and the limit, in columns. */
			catalogue_json_error(x, "%s[%d] is %d columns wide; the limit is %d", key, i,
			    text_width(e->valuestring), ART_MAX_COLS);
		else
			arr[i] = arena_strdup(&x->c->arena, e->valuestring);
		i++;
	}
	out.v = arr;
	out.n = (size_t)n;
	return out;
}

