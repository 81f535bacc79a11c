/* translation_file.c — find a catalogue's translation files and read each, list by list: every id once, every entry covered. */
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cjson/cJSON.h>

#include "catalogue_int.h"
#include "diag.h"
#include "i18n.h"
#include "jsonfile.h"
#include "text.h"
#include "translation.h"
#include "translation_int.h"

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/*
 * An id translated twice is an error, in use as in validate: which of two
 * texts (and two sets of cautions) is meant cannot be guessed.
 */
static void
check_twice(struct tr *t, const char *key)
{
	if (t->nseen > 0)
		qsort(t->seen, t->nseen, sizeof *t->seen, cmp_str);
	for (size_t i = 1; i < t->nseen; i++)
		if (strcmp(t->seen[i - 1], t->seen[i]) == 0 &&
		    (i < 2 || strcmp(t->seen[i - 2], t->seen[i]) != 0))
			/* TRANSLATORS: A translation file error: the list ("stretches", a JSON key), then the
			   id given twice. */
			catalogue_json_error(&t->x, "%s: \"%s\" is translated more than once", key,
			    t->seen[i]);
}

/* Validating: warn about entries of source left out (t->seen is sorted); key is the list's. */
static void
check_coverage(struct tr *t, const char *key, size_t n,
    const char *(*id_source)(const struct catalogue *, size_t, const char **))
{
	char *fs = text_safe(t->source);

	for (size_t i = 0; i < n; i++) {
		const char *src, *id = id_source(t->x.c, i, &src);

		if (strcmp(src, t->source) != 0 || (t->nseen > 0 &&
		    bsearch(&id, t->seen, t->nseen, sizeof *t->seen, cmp_str) != NULL))
			continue;
		if (strcmp(key, "stretches") == 0)
			/* TRANSLATORS: validate's warning about a translation file: its name, the id of a
			   stretch of the catalogue it leaves out, then the catalogue's file name. */
			diag_warn(t->x.d, _("%s: stretch \"%s\" of %s is not translated"), t->x.where, id, fs);
		else if (strcmp(key, "routines") == 0)
			/* TRANSLATORS: validate's warning about a translation file: its name, the id of a
			   routine of the catalogue it leaves out, then the catalogue's file name. */
			diag_warn(t->x.d, _("%s: routine \"%s\" of %s is not translated"), t->x.where, id, fs);
		else
			/* TRANSLATORS: validate's warning about a translation file: its name, the id of a
			   programme of the catalogue it leaves out, then the catalogue's file name. */
			diag_warn(t->x.d, _("%s: programme \"%s\" of %s is not translated"), t->x.where, id,
			    fs);
	}
	free(fs);
}

static const char *
stretch_at(const struct catalogue *c, size_t i, const char **src)
{
	*src = c->stretches[i]->source;
	return c->stretches[i]->id;
}

static const char *
routine_at(const struct catalogue *c, size_t i, const char **src)
{
	*src = c->routines[i]->source;
	return c->routines[i]->id;
}

static const char *
programme_at(const struct catalogue *c, size_t i, const char **src)
{
	*src = c->programmes[i]->source;
	return c->programmes[i]->id;
}

/* One list of the file; what it translates is read by read, an entry at a time. */
struct list_kind {
	const char *key;
	void (*read)(struct tr *, const cJSON *);
	const char *(*at)(const struct catalogue *, size_t, const char **);
};

static void
read_list(struct tr *t, const struct jsonfile *f, const char *file, const struct list_kind *k,
    size_t count)
{
	const cJSON *list = cJSON_GetObjectItemCaseSensitive(f->top, k->key);
	const char *top = t->x.where;
	size_t n = jsonfile_list_len(f, k->key);

	if (list != NULL && !cJSON_IsArray(list)) {
		/* TRANSLATORS: A translation file error: %s is the JSON key ("stretches", "routines",
		   "programmes"). */
		catalogue_json_error(&t->x, "%s must be a list", k->key);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		cJSON *e = jsonfile_list_item(f, k->key, i, t->x.d);

		if (e == NULL) {
			t->x.errors++;
			continue;
		}
		t->x.where = catalogue_json_label(t->x.c, file, k->key, i, e);
		if (!cJSON_IsObject(e))
			/* TRANSLATORS: A translation file error, after the entry's place. "id" is a JSON key:
			   keep it in English. */
			catalogue_json_error(&t->x, "must be an object with \"id\" and text");
		else
			k->read(t, e);
		cJSON_Delete(e);
	}
	t->x.where = top;
	check_twice(t, k->key);
	if (t->check)
		check_coverage(t, k->key, count, k->at);
	free(t->seen);
	t->seen = NULL;
	t->nseen = 0;
}

/* Read the translation at path of the entries that came from source, into c. */
static int
read_translation(struct catalogue *c, const char *path, const char *source, bool check,
    struct diag *d)
{
	static const struct list_kind kinds[] = {
		{ "stretches", translation_read_stretch, stretch_at },
		{ "routines", translation_read_routine, routine_at },
		{ "programmes", translation_read_programme, programme_at },
	};
	size_t counts[] = { c->nstretches, c->nroutines, c->nprogrammes };
	struct jsonfile f;
	char *fs, *tag;
	struct tr t = { .source = source, .check = check };

	if (jsonfile_open(&f, path, CATALOGUE_MAX_BYTES, d) < 0)
		return -1;
	fs = text_safe(path);
	t.x = (struct ctx){ c, d, fs, 0, NULL };
	if ((tag = translation_tag(path)) == NULL)
		tag = xstrdup("?");
	if (translation_read_top(&t, f.top, tag) == 0)
		for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
			read_list(&t, &f, path, &kinds[k], counts[k]);
	free(tag);
	free(fs);
	jsonfile_close(&f);
	return t.x.errors == 0 ? 0 : -1;
}

/* The distinct files c's entries came from. Caller frees the array. */
static size_t
sources(const struct catalogue *c, const char ***out)
{
	size_t n = 0, total = c->nstretches + c->nroutines + c->nprogrammes;
	const char **v = xcalloc(total + 1, sizeof *v);

	for (size_t i = 0; i < total; i++) {
		const char *s = i < c->nstretches ? c->stretches[i]->source
		    : i < c->nstretches + c->nroutines ? c->routines[i - c->nstretches]->source
		    : c->programmes[i - c->nstretches - c->nroutines]->source;
		size_t k;

		for (k = 0; k < n && strcmp(v[k], s) != 0; k++)
			;
		if (k == n)
			v[n++] = s;
	}
	*out = v;
	return n;
}

int
translation_apply(struct catalogue *c, const char *const *tags, size_t ntags, struct diag *d)
{
	const char **src;
	size_t nsrc = ntags > 0 ? sources(c, &src) : 0;
	int rc = 0;

	for (size_t i = 0; i < nsrc; i++)
		/* the least wanted first, so that better ones write over it */
		for (size_t k = ntags; k-- > 0;) {
			char *path = translation_path(src[i], tags[k]);
			struct stat st;

			/* one that is there but cannot be read (a symlink loop) is an error, as in validate */
			if ((stat(path, &st) == 0 || (errno != ENOENT && errno != ENOTDIR)) &&
			    read_translation(c, path, src[i], false, d) < 0)
				rc = -1;
			free(path);
		}
	if (ntags > 0)
		free(src);
	return rc;
}

int
translation_check(struct catalogue *c, const char *path, const char *catalogue_path,
    struct diag *d)
{
	return read_translation(c, path, catalogue_path, true, d);
}
