/* translation.c — read a translated entry or a translation's top level, and put its words over the catalogue's. */
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "catalogue_int.h"
#include "diag.h"
#include "i18n.h"
#include "text.h"
#include "translation.h"
#include "translation_int.h"

static void
warn(struct tr *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A warning at the current entry, when validating. */
static void
warn(struct tr *t, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	if (!t->check)
		return;
	va_start(ap, fmt);
	/* marked for translation by xgettext's keyword warn:2 */
	msg = xvasprintf(_(fmt), ap);
	va_end(ap);
	diag_warn(t->x.d, "%s: %s", t->x.where, msg);
	free(msg);
}

/* Whether obj has key at all (a list may be present and still broken). */
static bool
has(const cJSON *obj, const char *key)
{
	return cJSON_GetObjectItemCaseSensitive(obj, key) != NULL;
}

/* Check a translated list against the catalogue's: length, and the width of steps. */
static void
check_list(struct tr *t, const char *key, const struct str_list *mine,
    const struct str_list *orig, bool steps)
{
	if (mine->n != orig->n)
		/* TRANSLATORS: %s is a field of the translation ("steps", "cautions"); then its line count and the catalogue's. */
		warn(t, "%s has %zu lines where the catalogue has %zu", key, mine->n, orig->n);
	for (size_t i = 0; steps && i < mine->n; i++)
		if (mine->v[i] != NULL && text_width(mine->v[i]) > TRANSLATION_STEP_COLS)
			/* TRANSLATORS: %s[%zu] is a field and a line's position ("steps[2]"); then its width and the limit, in columns. */
			warn(t, "%s[%zu] is %d columns wide; keep a step within %d", key, i,
			    text_width(mine->v[i]), TRANSLATION_STEP_COLS);
}

/* What an entry translates: its warnings are whole sentences, one per kind. */
enum entry_kind { ENTRY_STRETCH, ENTRY_ROUTINE, ENTRY_PROGRAMME };

/* Warn that the catalogue has no entry of kind with the id given. */
static void
no_such_id(struct tr *t, enum entry_kind kind)
{
	char *src = text_safe(t->source);

	switch (kind) {
	case ENTRY_STRETCH:
		/* TRANSLATORS: %s is the catalogue file's path. */
		warn(t, "the catalogue %s has no stretch with this id; ignored", src);
		break;
	case ENTRY_ROUTINE:
		/* TRANSLATORS: %s is the catalogue file's path. */
		warn(t, "the catalogue %s has no routine with this id; ignored", src);
		break;
	case ENTRY_PROGRAMME:
		/* TRANSLATORS: %s is the catalogue file's path. */
		warn(t, "the catalogue %s has no programme with this id; ignored", src);
		break;
	}
	free(src);
}

/* The entry's id, looked up by find; NULL (said when validating) when it is not one of source's. */
static const void *
entry(struct tr *t, const cJSON *obj, enum entry_kind kind,
    const void *(*find)(const struct catalogue *, const char *), const char *(*source)(const void *))
{
	const char *id = catalogue_json_str(&t->x, obj, "id", 48, 1);
	const void *e;

	if (id == NULL)
		return NULL;
	e = find(t->x.c, id);
	if (e == NULL) {
		no_such_id(t, kind);
		return NULL;
	}
	/* replaced by a later file (the user catalogue): its own translation speaks for it */
	if (strcmp(source(e), t->source) != 0)
		return NULL;
	t->seen = xreallocarray(t->seen, t->nseen + 1, sizeof *t->seen);
	t->seen[t->nseen++] = id;
	return e;
}

/*
 * The "from" of an entry: what its catalogue text was when translated. When
 * the catalogue's text (now) differs, validating says so, as gettext marks a
 * message fuzzy.
 */
static void
check_from(struct tr *t, const cJSON *obj, uint32_t now)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, "from");
	char want[16];

	if (v == NULL)
		return;
	if (!cJSON_IsString(v) || strlen(v->valuestring) != 8 ||
	    strspn(v->valuestring, "0123456789abcdef") != 8) {
		/* TRANSLATORS: A translation file error, after the entry's place. "from" is a JSON
		   key: keep it in English. */
		catalogue_json_error(&t->x, "from must be 8 lowercase hex digits, as validate gives them");
		return;
	}
	snprintf(want, sizeof want, "%08" PRIx32, now);
	if (strcmp(v->valuestring, want) != 0)
		/* TRANSLATORS: the fingerprint the translation names, then the catalogue's current one (8 hex digits each); keep the quoted "from" as it is. */
		warn(t, "the catalogue's text changed since this was translated (\"from\": \"%s\", "
		    "now \"%s\"); bring the translation up to date, then its \"from\"",
		    v->valuestring, want);
}

static const void *
find_stretch(const struct catalogue *c, const char *id)
{
	return catalogue_find_stretch(c, id);
}

static const char *
stretch_source(const void *e)
{
	return ((const struct stretch *)e)->source;
}

/* One breath cue of "cues", translated only where the catalogue has one. */
static const char *
read_cue(struct tr *t, const cJSON *cues, const char *key, const char *orig)
{
	const char *s = cJSON_IsObject(cues) ? catalogue_json_str(&t->x, cues, key, CUE_MAX_CHARS, 0)
	    : NULL;

	if (s != NULL && orig == NULL) {
		/* TRANSLATORS: %s is a cue's key as the file spells it ("inhale" or "exhale"). */
		warn(t, "cues: the catalogue has no %s cue; ignored", key);
		return NULL;
	}
	if (s == NULL && orig != NULL)
		/* TRANSLATORS: %s is a cue's key as the file spells it ("inhale" or "exhale"). */
		warn(t, "cues: %s is not translated", key);
	return s;
}

static void
read_cues(struct tr *t, const cJSON *obj, struct stretch *s, const char **in, const char **out)
{
	static const char *const keys[] = { "inhale", "exhale", NULL };
	const cJSON *cues = cJSON_GetObjectItemCaseSensitive(obj, "cues");

	*in = *out = NULL;
	if (cues != NULL && !cJSON_IsObject(cues)) {
		/* TRANSLATORS: A translation file error, after the entry's place. Keep the JSON
		   example exactly as written. */
		catalogue_json_error(&t->x, "cues must be an object {\"inhale\": \"...\", \"exhale\": \"...\"}");
		return;
	}
	if (cues != NULL)
		catalogue_json_keys(&t->x, cues, keys);
	*in = read_cue(t, cues, "inhale", s->cue_in);
	*out = read_cue(t, cues, "exhale", s->cue_out);
}

/* A picture with words in it, redrawn: as many lines as orig, each within the art's width. */
static struct str_list
read_art(struct tr *t, const cJSON *obj, const char *key, const struct str_list *orig)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key), *e;
	struct str_list out = { NULL, 0 };
	const char **arr;
	size_t i = 0;

	if (v == NULL)
		return out;
	if (!cJSON_IsArray(v) || (size_t)cJSON_GetArraySize(v) != orig->n || orig->n == 0) {
		/* TRANSLATORS: A translation file error, after the entry's place: %s is the JSON key
		   ("art", "frames"), %zu the lines the catalogue has. */
		catalogue_json_error(&t->x, "%s must be a list of %zu lines, as the catalogue's", key,
		    orig->n);
		return out;
	}
	arr = arena_alloc(&t->x.c->arena, (orig->n + 1) * sizeof *arr);
	cJSON_ArrayForEach(e, v) {
		if (!cJSON_IsString(e) || text_has_unsafe(e->valuestring))
			/* TRANSLATORS: A translation file error, after the entry's place: %s is the JSON key
			   ("art"), %zu the line's position. */
			catalogue_json_error(&t->x, "%s[%zu] must be a string without control, escape "
			    "or bidi characters", key, i);
		else if (text_width(e->valuestring) > ART_MAX_COLS)
			/* TRANSLATORS: A translation file error, after the entry's place: %s is the JSON key
			   ("art"), %zu the line's position, then its width and the widest allowed (32). */
			catalogue_json_error(&t->x, "%s[%zu] is %d columns wide; the limit is %d", key, i,
			    text_width(e->valuestring), ART_MAX_COLS);
		else
			arr[i] = arena_strdup(&t->x.c->arena, e->valuestring);
		i++;
	}
	out.v = arr;
	out.n = i;
	return out;
}

/* The breath pictures, {"inhale": [lines], "exhale": [lines]}, each as the catalogue's. */
static void
read_frames(struct tr *t, const cJSON *obj, const struct stretch *s, struct str_list *in,
    struct str_list *out)
{
	static const char *const keys[] = { "inhale", "exhale", NULL };
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, "frames");
	const char *saved = t->x.where;
	char *sub;

	in->n = out->n = 0;
	if (v == NULL)
		return;
	if (!cJSON_IsObject(v)) {
		/* TRANSLATORS: A translation file error, after the entry's place. Keep "frames",
		   "inhale" and "exhale" (JSON keys) as written; "lines" stands for lists of picture
		   lines. */
		catalogue_json_error(&t->x, "frames must be an object {\"inhale\": [lines], "
		    "\"exhale\": [lines]}");
		return;
	}
	sub = xasprintf("%s: frames", saved);
	t->x.where = sub;
	catalogue_json_keys(&t->x, v, keys);
	*in = read_art(t, v, "inhale", &s->frame_in);
	*out = read_art(t, v, "exhale", &s->frame_out);
	t->x.where = saved;
	free(sub);
}

/* A line of three letters in a row or more: a picture's caption or label ("palm up"). */
static bool
has_words(const struct str_list *art)
{
	for (size_t i = 0; i < art->n; i++) {
		int run = 0;

		for (const char *p = art->v[i]; *p != '\0'; p++) {
			run = ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') || (*p & 0x80) ? run + 1 : 0;
			if (run >= 3)
				return true;
		}
	}
	return false;
}

/* Warn when the catalogue's pictures have words the translation leaves in the catalogue's language. */
static void
check_pictures(struct tr *t, const cJSON *obj, const struct stretch *s)
{
	if (!has(obj, "art") && has_words(&s->art))
		/* TRANSLATORS: A warning of validate on a translation file, after the entry's place.
		   "art" is the JSON key of the picture: keep it in English. */
		warn(t, "art has words that are not translated");
	if (!has(obj, "frames") && (has_words(&s->frame_in) || has_words(&s->frame_out)))
		/* TRANSLATORS: A warning of validate on a translation file, after the entry's place.
		   "frames" is the JSON key of the breath pictures: keep it in English. */
		warn(t, "frames have words that are not translated");
}

/*
 * The warnings and errors of a stretch's translated name, steps and
 * cautions against the catalogue's; false when one is an error.
 */
static bool
check_stretch_text(struct tr *t, const cJSON *obj, const struct stretch *s, const char *name,
    const struct str_list *steps, const struct str_list *cautions)
{
	if (name == NULL)
		/* TRANSLATORS: A warning of validate on a translation file, after the entry's place.
		   "name" is the JSON key of that field: keep it in English. */
		warn(t, "name is not translated");
	if (!has(obj, "steps"))
		/* TRANSLATORS: A warning of validate on a translation file, after the entry's place.
		   "steps" is the JSON key of that field: keep it in English. */
		warn(t, "steps are not translated");
	else
		check_list(t, "steps", steps, &s->steps, true);
	if (s->cautions.n > 0 && !has(obj, "cautions"))
		/* TRANSLATORS: A warning of validate on a translation file, after the entry's place.
		   "cautions" is the JSON key of that field: keep it in English. */
		warn(t, "cautions are not translated");
	else if (has(obj, "cautions") && cautions->n < s->cautions.n) {
		/* a translation must not drop a safety line: every caution is translated */
		/* TRANSLATORS: A translation file error, after the entry's place: the lines in the
		   translation, then the lines in the catalogue. "cautions" is a JSON key: keep it in
		   English. */
		catalogue_json_error(&t->x, "cautions has %zu lines where the catalogue has %zu; "
		    "translate every caution, drop none", cautions->n, s->cautions.n);
		return false;
	} else if (has(obj, "cautions"))
		check_list(t, "cautions", cautions, &s->cautions, false);
	return true;
}

void
translation_read_stretch(struct tr *t, const cJSON *obj)
{
	static const char *const keys[] = {
		"id", "from", "name", "steps", "cautions", "cues", "art", "frames", NULL,
	};
	struct stretch *s;
	size_t before = t->x.errors;
	const char *name, *in, *out;
	struct str_list steps, cautions, art, fin, fout;

	catalogue_json_keys(&t->x, obj, keys);
	if ((s = (struct stretch *)entry(t, obj, ENTRY_STRETCH, find_stretch, stretch_source)) == NULL)
		return;
	check_from(t, obj, translation_stretch_hash(s));
	name = catalogue_json_str(&t->x, obj, "name", NAME_MAX_CHARS, 0);
	steps = catalogue_json_list(&t->x, obj, "steps", has(obj, "steps") ? 1 : 0, STEP_LIST_MAX,
	    TEXT_MAX_CHARS);
	cautions = catalogue_json_list(&t->x, obj, "cautions", 0, STEP_LIST_MAX, TEXT_MAX_CHARS);
	read_cues(t, obj, s, &in, &out);
	art = read_art(t, obj, "art", &s->art);
	read_frames(t, obj, s, &fin, &fout);
	if (t->x.errors != before)
		return;
	if (!check_stretch_text(t, obj, s, name, &steps, &cautions))
		return;
	check_pictures(t, obj, s);
	if (t->check)
		return;   /* each translation is checked against the catalogue's own words */
	if (name != NULL) {
		if (s->orig_name == NULL)
			s->orig_name = s->name;
		s->name = name;
	}
	if (has(obj, "steps"))
		s->steps = steps;
	if (has(obj, "cautions") && s->cautions.n > 0)
		s->cautions = cautions;
	if (art.n > 0)
		s->art = art;
	if (fin.n > 0)
		s->frame_in = fin;
	if (fout.n > 0)
		s->frame_out = fout;
	s->cue_in = in != NULL ? in : s->cue_in;
	s->cue_out = out != NULL ? out : s->cue_out;
}

static const void *
find_routine(const struct catalogue *c, const char *id)
{
	return catalogue_find_routine(c, id);
}

static const char *
routine_source(const void *e)
{
	return ((const struct routine *)e)->source;
}

/* A name and description; the description only where the catalogue has one. */
static void
read_words(struct tr *t, const cJSON *obj, const char **name, const char **desc, bool has_desc)
{
	*name = catalogue_json_str(&t->x, obj, "name", NAME_MAX_CHARS, 0);
	*desc = catalogue_json_str(&t->x, obj, "description", DESCRIPTION_MAX_CHARS, 0);
	if (*name == NULL && !has(obj, "name"))
		/* TRANSLATORS: A warning of validate on a translation file, after the entry's place.
		   "name" is the JSON key of that field: keep it in English. */
		warn(t, "name is not translated");
	if (*desc == NULL && has_desc && !has(obj, "description"))
		/* TRANSLATORS: A warning of validate on a translation file, after the entry's place.
		   "description" is the JSON key of that field: keep it in English. */
		warn(t, "description is not translated");
	if (*desc != NULL && !has_desc) {
		/* TRANSLATORS: A warning of validate on a translation file, after the entry's place.
		   "description" is a JSON key: keep it in English. */
		warn(t, "description: the catalogue has none; ignored");
		*desc = NULL;
	}
}

void
translation_read_routine(struct tr *t, const cJSON *obj)
{
	static const char *const keys[] = { "id", "from", "name", "description", NULL };
	struct routine *r;
	size_t before = t->x.errors;
	const char *name, *desc;

	catalogue_json_keys(&t->x, obj, keys);
	if ((r = (struct routine *)entry(t, obj, ENTRY_ROUTINE, find_routine, routine_source)) == NULL)
		return;
	check_from(t, obj, translation_routine_hash(r));
	read_words(t, obj, &name, &desc, r->description[0] != '\0');
	if (t->x.errors != before || t->check)
		return;
	if (name != NULL) {
		if (r->orig_name == NULL)
			r->orig_name = r->name;
		r->name = name;
	}
	if (desc != NULL) {
		if (r->orig_description == NULL)
			r->orig_description = r->description;
		r->description = desc;
	}
}

static const void *
find_programme(const struct catalogue *c, const char *id)
{
	return catalogue_find_programme(c, id);
}

static const char *
programme_source(const void *e)
{
	return ((const struct programme *)e)->source;
}

/* What the notes of "days" are read into. */
struct notes_read {
	struct tr *t;
	const struct programme *p;
	const char **notes;
};

/* days[i]: {"note": "..."}, the note of the programme's day i. */
static void
read_note(struct ctx *x, const cJSON *e, size_t i, void *arg)
{
	static const char *const keys[] = { "note", NULL };
	struct notes_read *r = arg;

	if (!cJSON_IsObject(e)) {
		/* TRANSLATORS: A translation file error, after a programme day's place (file:
		   programmes[0]: days[3]). Keep the JSON example exactly as written. */
		catalogue_json_error(x, "must be an object like {\"note\": \"...\"}");
		return;
	}
	if (i >= r->p->ndays)
		return;
	catalogue_json_keys(x, e, keys);
	r->notes[i] = catalogue_json_str(x, e, "note", TEXT_MAX_CHARS, 0);
	if (r->notes[i] == NULL && r->p->days[i].note[0] != '\0' && !has(e, "note"))
		/* TRANSLATORS: A warning of validate on a translation file, after a programme day's
		   place. "note" is the JSON key of that field: keep it in English. */
		warn(r->t, "note is not translated");
	if (r->notes[i] != NULL && r->p->days[i].note[0] == '\0') {
		/* TRANSLATORS: A warning of validate on a translation file, after a programme day's
		   place. "note" is a JSON key: keep it in English. */
		warn(r->t, "note: the catalogue has none for this day; ignored");
		r->notes[i] = NULL;
	}
}

/* The notes of "days", by position; *notes[i] NULL where a day keeps its own. */
static void
read_notes(struct tr *t, const cJSON *obj, const struct programme *p, const char **notes)
{
	const cJSON *days = cJSON_GetObjectItemCaseSensitive(obj, "days");

	if (days == NULL) {
		/* TRANSLATORS: A warning of validate on a translation file, after the programme's
		   place. "days" is the JSON key of that field: keep it in English. */
		warn(t, "days are not translated");
		return;
	}
	if (!cJSON_IsArray(days)) {
		/* TRANSLATORS: A translation file error, after the programme's place. Keep the JSON
		   example exactly as written. */
		catalogue_json_error(&t->x, "days must be a list of {\"note\": \"...\"}");
		return;
	}
	if ((size_t)cJSON_GetArraySize(days) != p->ndays)
		/* TRANSLATORS: the count of days in the translation, then the programme's. */
		warn(t, "days has %d entries where the programme has %zu", cJSON_GetArraySize(days),
		    p->ndays);
	catalogue_json_each(&t->x, days, "days", read_note, &(struct notes_read){ t, p, notes });
}

void
translation_read_programme(struct tr *t, const cJSON *obj)
{
	static const char *const keys[] = { "id", "from", "name", "description", "days", NULL };
	struct programme *p;
	size_t before = t->x.errors;
	const char *name, *desc, **notes;

	catalogue_json_keys(&t->x, obj, keys);
	if ((p = (struct programme *)entry(t, obj, ENTRY_PROGRAMME, find_programme,
	    programme_source)) == NULL)
		return;
	check_from(t, obj, translation_programme_hash(p));
	notes = xcalloc(p->ndays, sizeof *notes);
	read_words(t, obj, &name, &desc, p->description[0] != '\0');
	read_notes(t, obj, p, notes);
	if (t->x.errors == before && !t->check) {
		if (name != NULL) {
			if (p->orig_name == NULL)
				p->orig_name = p->name;
			p->name = name;
		}
		if (desc != NULL)
			p->description = desc;
		for (size_t i = 0; i < p->ndays; i++)
			if (notes[i] != NULL)
				((struct programme_day *)p->days)[i].note = notes[i];
	}
	free(notes);
}

int
translation_read_top(struct tr *t, const cJSON *top, const char *tag)
{
	static const char *const keys[] = {
		"translation", "language", "stretches", "routines", "programmes", NULL,
	};
	const cJSON *v;

	if (!cJSON_IsObject(top)) {
		/* TRANSLATORS: A translation file error, after the file's name. Keep "translation": 1
		   exactly as written. */
		catalogue_json_error(&t->x, "the top level must be an object with \"translation\": 1");
		return -1;
	}
	catalogue_json_keys(&t->x, top, keys);
	v = cJSON_GetObjectItemCaseSensitive(top, "translation");
	if (v == NULL) {
		/* TRANSLATORS: A translation file error, after the file's name. Keep "translation": 1
		   exactly as written: it is what the user types into the file. */
		catalogue_json_error(&t->x, "\"translation\" is missing; add \"translation\": 1 at the top");
		return -1;
	}
	if (!cJSON_IsNumber(v) || v->valuedouble != 1) {
		/* TRANSLATORS: A translation file error, after the file's name. Keep "translation": 1
		   exactly as written. */
		catalogue_json_error(&t->x, "this version reads \"translation\": 1 only");
		return -1;
	}
	v = cJSON_GetObjectItemCaseSensitive(top, "language");
	if (v != NULL && !cJSON_IsString(v))
		/* TRANSLATORS: A translation file error, after the file's name: %s is the language tag
		   of the file's name ("de"). Keep "language" (a JSON key) as written. */
		catalogue_json_error(&t->x, "language must be a string like \"%s\"", tag);
	else if (v == NULL)
		/* TRANSLATORS: %s is the language tag of the file's name ("de"); keep the JSON key "language" as it is. */
		warn(t, "\"language\" is missing; add \"language\": \"%s\"", tag);
	else if (strcmp(v->valuestring, tag) != 0) {
		char *l = text_safe(v->valuestring);

		text_cut(l, 20);
		/* TRANSLATORS: the language the file says, then the tag of its name ("de"). */
		warn(t, "language \"%s\" is not the \"%s\" of the file name; the name decides", l, tag);
		free(l);
	}
	return 0;
}
