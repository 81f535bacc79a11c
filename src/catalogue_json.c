/* catalogue_json.c — schema v1: JSON tree to model, with precise errors. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "catalogue_int.h"
#include "diag.h"
#include "i18n.h"
#include "jsonfile.h"
#include "text.h"

#define ID_MAX 48
#define ART_MAX_LINES 12

static void
bad(struct ctx *x, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void
vbad(struct ctx *x, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));

static void
vbad(struct ctx *x, const char *fmt, va_list ap)
{
	/* every bad() message is marked for translation by xgettext's keyword bad:2 */
	char *msg = xvasprintf(_(fmt), ap);

	diag_error(x->d, EXIT_DATAERR, "%s: %s", x->where, msg);
	free(msg);
	x->errors++;
}

static void
bad(struct ctx *x, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vbad(x, fmt, ap);
	va_end(ap);
}

/* "got ..." words for a value of the wrong shape. */
static void
describe(const cJSON *v, char *buf, size_t size)
{
	if (cJSON_IsNumber(v)) {
		double n = v->valuedouble;

		if (!isfinite(n) || fabs(n) > 1e15)
			snprintf(buf, size, "%s", _("a number out of range"));
		else if (n == floor(n))
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

static size_t
utf8_chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* Warn about keys this schema does not know. */
static void
check_keys(struct ctx *x, const cJSON *obj, const char *const *known)
{
	const cJSON *k;

	cJSON_ArrayForEach(k, obj) {
		size_t i;

		for (i = 0; known[i] != NULL; i++)
			if (strcmp(k->string, known[i]) == 0)
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
static int
get_int(struct ctx *x, const cJSON *obj, const char *key, int lo, int hi, int def, int required)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	char got[64];

	if (v == NULL) {
		if (required)
			/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"); %d..%d the allowed range. */
			bad(x, "%s is missing (an integer %d..%d)", key, lo, hi);
		return def;
	}
	if (cJSON_IsNumber(v) && isfinite(v->valuedouble) && v->valuedouble == floor(v->valuedouble) &&
	    v->valuedouble >= lo && v->valuedouble <= hi)
		return (int)v->valuedouble;
	describe(v, got, sizeof got);
	/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"); %d..%d the allowed range; the last %s the value found (a number, or "a string"). */
	bad(x, "%s must be an integer %d..%d, got %s", key, lo, hi, got);
	return def;
}

/* Check a string value s; returns 0 when it is acceptable text of 1..max characters. */
static int
check_text(struct ctx *x, const char *what, const char *s, size_t max)
{
	size_t n = utf8_chars(s);

	if (text_has_unsafe(s)) {
		/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"). */
		bad(x, "%s contains a control, escape, bidi or invisible character", what);
		return -1;
	}
	if (n == 0 || n > max) {
		/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"); %zu the most characters, then the count found. */
		bad(x, "%s must be 1..%zu characters, got %zu", what, max, n);
		return -1;
	}
	return 0;
}

static const char *
get_str(struct ctx *x, const cJSON *obj, const char *key, size_t max, int required)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	char got[64];

	if (v == NULL) {
		if (required)
			/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"). */
			bad(x, "%s is missing", key);
		return NULL;
	}
	if (!cJSON_IsString(v)) {
		describe(v, got, sizeof got);
		/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"), then what was found instead ("a number", "a list"). */
		bad(x, "%s must be a string, got %s", key, got);
		return NULL;
	}
	if (check_text(x, key, v->valuestring, max) < 0)
		return NULL;
	return arena_strdup(&x->c->arena, v->valuestring);
}

static int
valid_id(const char *s)
{
	size_t n = strlen(s);

	if (n == 0 || n > ID_MAX)
		return 0;
	return strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789-") == n;
}

/* One of names[0..n); returns its index or -1. */
static int
get_enum(struct ctx *x, const cJSON *obj, const char *key, const char *const *names, int n,
    int def, int required)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
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
		bad(x, "%s is missing (%s)", key, list);
	else if (cJSON_IsString(v)) {
		char *vs = text_safe(v->valuestring);

		text_cut(vs, 40);
		/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"), then its allowed values joined with |, then the value found. */
		bad(x, "%s must be %s, got \"%s\"", key, list, vs);
		free(vs);
	} else {
		describe(v, got, sizeof got);
		/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"), then its allowed values joined with |, then what was found ("a number"). */
		bad(x, "%s must be %s, got %s", key, list, got);
	}
	return -1;
}

/* The allowed names, spelled out into list the first time a message needs them. */
static const char *
allowed(char *list, size_t size, unsigned count, const char *(*name)(unsigned))
{
	if (*list == '\0')
		catalogue_join_names(list, size, (1u << count) - 1, name, ", ");
	return list;
}

/* A list of names from parse(), as a bit set; at least min of them. */
static unsigned
get_set(struct ctx *x, const cJSON *obj, const char *key, int (*parse)(const char *, unsigned *),
    const char *(*name)(unsigned), unsigned count, int min)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key), *e;
	unsigned set = 0, bit;
	char list[200] = "";
	int n = 0;

	if (v == NULL) {
		if (min > 0)
			/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"), then the allowed values, comma-separated. */
			bad(x, "%s is missing (a list of: %s)", key, allowed(list, sizeof list, count, name));
		return 0;
	}
	if (!cJSON_IsArray(v)) {
		/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"), then the allowed values, comma-separated. */
		bad(x, "%s must be a list of: %s", key, allowed(list, sizeof list, count, name));
		return 0;
	}
	cJSON_ArrayForEach(e, v) {
		if (!cJSON_IsString(e) || parse(e->valuestring, &bit) < 0) {
			if (cJSON_IsString(e)) {
				char *es = text_safe(e->valuestring);

				text_cut(es, 40);
				/* TRANSLATORS: %s[%d] is a catalogue field name as the file spells it (English, e.g. "hold") and a position in its list; then the allowed values and the value found. */
				bad(x, "%s[%d] must be one of: %s, got \"%s\"", key, n,
				    allowed(list, sizeof list, count, name), es);
				free(es);
			} else {
				char got[64];

				describe(e, got, sizeof got);
				/* TRANSLATORS: %s[%d] is a catalogue field name as the file spells it (English, e.g. "hold") and a position in its list; then the allowed values and what was found ("a number"). */
				bad(x, "%s[%d] must be one of: %s, got %s", key, n,
				    allowed(list, sizeof list, count, name), got);
			}
		} else
			set |= bit;
		n++;
	}
	if (n < min)
		/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"), %d how many it must name at least, then the allowed values. */
		bad(x, "%s must name at least %d of: %s", key, min, allowed(list, sizeof list, count, name));
	return set;
}

/* A list of min..max strings, each 1..maxlen characters. */
static struct str_list
get_list(struct ctx *x, const cJSON *obj, const char *key, int min, int max, size_t maxlen)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key), *e;
	struct str_list out = { NULL, 0 };
	const char **arr;
	int n, i = 0;

	if (v == NULL) {
		if (min > 0)
			/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"); %d..%d how many strings the list takes. */
			bad(x, "%s is missing (a list of %d..%d strings)", key, min, max);
		return out;
	}
	if (!cJSON_IsArray(v) || (n = cJSON_GetArraySize(v)) < min || n > max) {
		/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"); %d..%d how many strings the list takes. */
		bad(x, "%s must be a list of %d..%d strings", key, min, max);
		return out;
	}
	arr = arena_alloc(&x->c->arena, (size_t)(n ? n : 1) * sizeof *arr);
	cJSON_ArrayForEach(e, v) {
		char what[64];

		if (cJSON_IsString(e) && !text_has_unsafe(e->valuestring) &&
		    *e->valuestring != '\0' && utf8_chars(e->valuestring) <= maxlen) {
			arr[i++] = arena_strdup(&x->c->arena, e->valuestring);
			continue;
		}
		/* a message: name the element */
		snprintf(what, sizeof what, "%s[%d]", key, i);
		if (!cJSON_IsString(e))
			/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold") with its position, e.g. "steps[2]". */
			bad(x, "%s must be a string", what);
		else if (check_text(x, what, e->valuestring, maxlen) == 0)
			arr[i] = arena_strdup(&x->c->arena, e->valuestring);
		i++;
	}
	out.v = arr;
	out.n = (size_t)n;
	return out;
}

/* A picture at key (art, or a breath frame): up to 12 lines of up to 32 columns; blank lines are allowed. */
static struct str_list
get_art(struct ctx *x, const cJSON *obj, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key), *e;
	struct str_list out = { NULL, 0 };
	const char **arr;
	int n, i = 0;

	if (v == NULL)
		return out;
	if (!cJSON_IsArray(v) || (n = cJSON_GetArraySize(v)) > ART_MAX_LINES) {
		/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold") ("art"); %d the most lines a picture has. */
		bad(x, "%s must be a list of at most %d lines", key, ART_MAX_LINES);
		return out;
	}
	arr = arena_alloc(&x->c->arena, (size_t)(n ? n : 1) * sizeof *arr);
	cJSON_ArrayForEach(e, v) {
		if (!cJSON_IsString(e))
			/* TRANSLATORS: %s[%d] is a catalogue field name as the file spells it (English, e.g. "hold") ("art") and a line's position. */
			bad(x, "%s[%d] must be a string", key, i);
		else if (text_has_unsafe(e->valuestring))
			/* TRANSLATORS: %s[%d] is a catalogue field name as the file spells it (English, e.g. "hold") ("art") and a line's position. */
			bad(x, "%s[%d] contains a control, escape, bidi or invisible character", key, i);
		else if (text_width(e->valuestring) > ART_MAX_COLS)
			/* TRANSLATORS: %s[%d] is a catalogue field name as the file spells it (English, e.g. "hold") and a line's position; then its width and the limit, in columns. */
			bad(x, "%s[%d] is %d columns wide; the limit is %d", key, i,
			    text_width(e->valuestring), ART_MAX_COLS);
		else
			arr[i] = arena_strdup(&x->c->arena, e->valuestring);
		i++;
	}
	out.v = arr;
	out.n = (size_t)n;
	return out;
}

/*
 * Enter the {"inhale": ..., "exhale": ...} object at key: NULL when it is
 * absent, or not an object (said, with its expected shape). While inside,
 * messages name it ('FILE: stretches[3] (id "x"): breath: ...'); leave()
 * restores x->where to *saved.
 */
static const cJSON *
enter_pair(struct ctx *x, const cJSON *obj, const char *key, const char *shape, const char **saved)
{
	static const char *const known[] = { "inhale", "exhale", NULL };
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);

	if (v == NULL)
		return NULL;
	if (!cJSON_IsObject(v)) {
		/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"), then the shape it must have, e.g. {"inhale": N, "exhale": N}. */
		bad(x, "%s must be an object %s", key, shape);
		return NULL;
	}
	*saved = x->where;
	x->where = xasprintf("%s: %s", x->where, key);
	check_keys(x, v, known);
	return v;
}

static void
leave(struct ctx *x, const char *saved)
{
	free((char *)x->where);
	x->where = saved;
}

static void
get_pair(struct ctx *x, const cJSON *obj, const char *key, int *in, int *out)
{
	const char *saved;
	const cJSON *v = enter_pair(x, obj, key, "{\"inhale\": N, \"exhale\": N}", &saved);

	if (v == NULL)
		return;
	*in = get_int(x, v, "inhale", 1, 30, 0, 1);
	*out = get_int(x, v, "exhale", 1, 30, 0, 1);
	leave(x, saved);
}

static void
get_cues(struct ctx *x, const cJSON *obj, struct stretch *s)
{
	const char *saved;
	const cJSON *v = enter_pair(x, obj, "cues", "{\"inhale\": \"...\", \"exhale\": \"...\"}", &saved);

	if (v == NULL)
		return;
	s->cue_in = get_str(x, v, "inhale", CUE_MAX_CHARS, 0);
	s->cue_out = get_str(x, v, "exhale", CUE_MAX_CHARS, 0);
	leave(x, saved);
}

/* A moving stretch given a hold and no reps: timed, not counted. */
static bool
timed_move(const cJSON *obj)
{
	const cJSON *hold = cJSON_GetObjectItemCaseSensitive(obj, "hold");
	const cJSON *reps = cJSON_GetObjectItemCaseSensitive(obj, "reps");

	return cJSON_IsNumber(hold) && hold->valuedouble > 0 &&
	    (reps == NULL || (cJSON_IsNumber(reps) && reps->valuedouble == 0));
}

/* The amounts: hold for timed kinds, reps for counted ones (or a hold for a timed move). */
static void
get_amounts(struct ctx *x, const cJSON *obj, struct stretch *s)
{
	int counted = s->kind == KIND_DYNAMIC || s->kind == KIND_STRENGTH;
	static const char *const sides[] = { "none", "each" };

	if (counted && timed_move(obj)) {
		/* a moving stretch done for a while ("walk for two minutes"), not counted */
		s->hold = get_int(x, obj, "hold", 1, 3600, 1, 1);
		s->rep_seconds = get_int(x, obj, "rep_seconds", 0, 0, 0, 0);
	} else if (counted) {
		s->hold = get_int(x, obj, "hold", 0, 3600, 0, 0);
		s->reps = get_int(x, obj, "reps", 1, 100, 1, 1);
		s->rep_seconds = get_int(x, obj, "rep_seconds", 1, 60, 1, 1);
	} else {
		const cJSON *reps = cJSON_GetObjectItemCaseSensitive(obj, "reps");

		s->hold = get_int(x, obj, "hold", 1, 3600, 1, 1);
		if (reps != NULL && !(cJSON_IsNumber(reps) && reps->valuedouble == 0))
			/* TRANSLATORS: %s is a stretch's kind as the catalogue spells it ("static"). */
			bad(x, "reps must be 0: a %s stretch is timed by hold; use kind \"dynamic\" "
			    "or \"strength\" to count reps", catalogue_kind_name(s->kind));
		s->rep_seconds = get_int(x, obj, "rep_seconds", 0, 60, 0, 0);
	}
	s->each_side = get_enum(x, obj, "sides", sides, 2, 0, 0) == 1;
	s->sets = get_int(x, obj, "sets", 1, 10, 1, 0);
	s->min_hold = get_int(x, obj, "min_hold", 1, 3600, 0, 0);
	if (s->min_hold > 0 && counted)
		/* TRANSLATORS: %s is a stretch's kind as the catalogue spells it ("dynamic"). */
		bad(x, "min_hold applies to held stretches, not to a %s one counted in reps",
		    catalogue_kind_name(s->kind));
	else if (s->min_hold > s->hold)
		/* TRANSLATORS: the stretch's min_hold and hold, in seconds (field names stay English). */
		bad(x, "min_hold (%d) must not exceed hold (%d)", s->min_hold, s->hold);
}

/* The family that groups variations of one move; the stretch's own id when absent. */
static void
get_family(struct ctx *x, const cJSON *obj, struct stretch *s)
{
	s->family = get_str(x, obj, "family", ID_MAX, 0);
	if (s->family != NULL && !valid_id(s->family)) {
		bad(x, "family must be 1..48 of a-z, 0-9 and -");
		s->family = NULL;
	}
	if (s->family == NULL)
		s->family = s->id;
}

/* The exact start position, optional; it must agree with "position". */
static void
get_start(struct ctx *x, const cJSON *obj, struct stretch *s)
{
	static const char *const starts[] = {
		"back", "front", "side", "all-fours", "kneeling", "seated", "standing",
	};
	int k = get_enum(x, obj, "start", starts, 7, -1, 0);

	s->start = k < 0 ? START_NONE : (enum stretch_start)(k + 1);
	if (s->start == START_STANDING ? s->position != POS_STANDING :
	    s->start == START_SEATED ? s->position == POS_STANDING :
	    s->start != START_NONE && s->position != POS_FLOOR)
		/* TRANSLATORS: the start and the position as the catalogue spells them ("kneeling", "floor"). */
		bad(x, "start \"%s\" does not agree with position \"%s\"",
		    catalogue_start_name(s->start), catalogue_position_name(s->position));
}

/* Both breath frames, or neither: {"inhale": [lines], "exhale": [lines]}. */
static void
get_frames(struct ctx *x, const cJSON *obj, struct stretch *s)
{
	const char *saved;
	const cJSON *v = enter_pair(x, obj, "frames", "{\"inhale\": [lines], \"exhale\": [lines]}",
	    &saved);

	if (v == NULL)
		return;
	s->frame_in = get_art(x, v, "inhale");
	s->frame_out = get_art(x, v, "exhale");
	if (s->frame_in.n == 0 || s->frame_out.n == 0)
		/* TRANSLATORS: %d is the most lines each picture has. */
		bad(x, "needs both \"inhale\" and \"exhale\", each of 1..%d lines", ART_MAX_LINES);
	leave(x, saved);
}

/* kneels, easier, harder, avoid_if and frames: what lets a routine adapt, and the breath pictures. */
static void
get_variations(struct ctx *x, const cJSON *obj, struct stretch *s)
{
	const cJSON *kn = cJSON_GetObjectItemCaseSensitive(obj, "kneels");

	if (kn != NULL && !cJSON_IsBool(kn)) {
		char got[64];

		describe(kn, got, sizeof got);
		/* TRANSLATORS: %s is what was found instead of true or false ("a number"). */
		bad(x, "kneels must be true or false, got %s", got);
	}
	s->kneels = cJSON_IsTrue(kn);
	s->easier = get_str(x, obj, "easier", ID_MAX, 0);
	if (s->easier != NULL && !valid_id(s->easier)) {
		bad(x, "easier must be a stretch id: 1..48 of a-z, 0-9 and -");
		s->easier = NULL;
	}
	s->harder = get_str(x, obj, "harder", ID_MAX, 0);
	if (s->harder != NULL && !valid_id(s->harder)) {
		bad(x, "harder must be a stretch id: 1..48 of a-z, 0-9 and -");
		s->harder = NULL;
	}
	s->avoid_if = get_set(x, obj, "avoid_if", catalogue_parse_condition,
	    catalogue_condition_name, COND_COUNT, 0);
	get_frames(x, obj, s);
}

static const char *const stretch_keys[] = {
	"id", "name", "kind", "areas", "level", "position", "time", "hold", "reps",
	"rep_seconds", "sides", "sets", "breath", "cues", "equipment", "steps",
	"cautions", "progression", "art", "family", "min_hold", "kneels", "easier", "avoid_if",
	"frames", "movement", "harder", "start", NULL,
};

/* Label an entry for messages: 'FILE: stretches[3] (id "x")'. Owned by the arena. */
static const char *
label(struct catalogue *c, const char *file, const char *list, size_t i, const cJSON *obj)
{
	const cJSON *id = cJSON_GetObjectItemCaseSensitive(obj, "id");
	char *fs = text_safe(file), *s, *ids;
	const char *out;

	if (cJSON_IsString(id) && id->valuestring[0] != '\0') {
		ids = text_safe(id->valuestring);
		text_cut(ids, 60);
		s = xasprintf("%s: %s[%zu] (id \"%s\")", fs, list, i, ids);
		free(ids);
	} else
		s = xasprintf("%s: %s[%zu]", fs, list, i);
	out = arena_strdup(&c->arena, s);
	free(s);
	free(fs);
	return out;
}

static void
read_stretch(struct ctx *x, const cJSON *obj, int file_no, const char *file)
{
	struct stretch *s = arena_alloc(&x->c->arena, sizeof *s);
	static const char *const kinds[] = { "static", "dynamic", "strength", "release" };
	static const char *const levels[] = { "gentle", "moderate", "deep" };
	static const char *const positions[] = { "floor", "seated", "standing" };
	size_t before = x->errors;
	int k;

	(void)file;   /* x->source holds it, once for the file */
	check_keys(x, obj, stretch_keys);
	s->id = get_str(x, obj, "id", ID_MAX, 1);
	if (s->id != NULL && !valid_id(s->id)) {
		bad(x, "id must be 1..48 of a-z, 0-9 and -");
		s->id = NULL;
	}
	s->name = get_str(x, obj, "name", NAME_MAX_CHARS, 1);
	k = get_enum(x, obj, "kind", kinds, 4, 0, 1);
	s->kind = k < 0 ? KIND_STATIC : (enum stretch_kind)k;
	s->areas = get_set(x, obj, "areas", catalogue_parse_area, catalogue_area_name, AREA_COUNT, 1);
	k = get_enum(x, obj, "level", levels, 3, 0, 1);
	s->level = k < 0 ? LEVEL_GENTLE : (enum stretch_level)k;
	k = get_enum(x, obj, "position", positions, 3, 0, 1);
	s->position = k < 0 ? POS_FLOOR : (enum stretch_position)k;
	get_start(x, obj, s);
	s->times = get_set(x, obj, "time", catalogue_parse_time, catalogue_time_name, TIME_COUNT, 1);
	get_amounts(x, obj, s);
	get_pair(x, obj, "breath", &s->breath_in, &s->breath_out);
	get_cues(x, obj, s);
	s->equipment = get_set(x, obj, "equipment", catalogue_parse_equipment,
	    catalogue_equipment_name, EQUIP_COUNT, 0);
	s->steps = get_list(x, obj, "steps", 1, STEP_LIST_MAX, TEXT_MAX_CHARS);
	s->cautions = get_list(x, obj, "cautions", 0, STEP_LIST_MAX, TEXT_MAX_CHARS);
	s->progression = get_str(x, obj, "progression", ID_MAX, 0);
	get_family(x, obj, s);
	s->art = get_art(x, obj, "art");
	get_variations(x, obj, s);
	catalogue_read_movement(x, obj, s);
	s->source = x->source;
	if (x->errors == before)
		catalogue_add_stretch(x->c, s, x->where, file_no);
	else if (s->id != NULL)
		catalogue_add_failed(x->c, s->id);
}

static const char *const routine_keys[] = {
	"id", "name", "time", "description", "rest", "items", NULL,
};
static const char *const item_keys[] = { "stretch", "hold", "reps", "sets", NULL };

static struct pending_item *
read_items(struct ctx *x, const cJSON *obj, size_t *n)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, "items"), *e;
	struct pending_item *items;
	const char *saved = x->where;
	size_t i = 0;

	*n = 0;
	if (!cJSON_IsArray(v) || cJSON_GetArraySize(v) < 1 || cJSON_GetArraySize(v) > 100) {
		bad(x, "items must be a list of 1..100 stretches");
		return NULL;
	}
	items = arena_alloc(&x->c->arena, (size_t)cJSON_GetArraySize(v) * sizeof *items);
	cJSON_ArrayForEach(e, v) {
		char *sub = xasprintf("%s: items[%zu]", saved, i);

		x->where = sub;
		if (!cJSON_IsObject(e))
			bad(x, "must be an object like {\"stretch\": \"cat-cow\"}");
		else {
			check_keys(x, e, item_keys);
			items[i].stretch_id = get_str(x, e, "stretch", ID_MAX, 1);
			items[i].hold = get_int(x, e, "hold", 1, 3600, -1, 0);
			items[i].reps = get_int(x, e, "reps", 1, 100, -1, 0);
			items[i].sets = get_int(x, e, "sets", 1, 10, -1, 0);
		}
		x->where = saved;
		free(sub);
		i++;
	}
	*n = i;
	return items;
}

static void
read_routine(struct ctx *x, const cJSON *obj, int file_no, const char *file)
{
	struct routine *r = arena_alloc(&x->c->arena, sizeof *r);
	static const char *const times[] = { "morning", "evening", "any" };
	struct pending_item *items;
	size_t before = x->errors, n;
	int t;

	(void)file;
	check_keys(x, obj, routine_keys);
	r->id = get_str(x, obj, "id", ID_MAX, 1);
	if (r->id != NULL && !valid_id(r->id)) {
		bad(x, "id must be 1..48 of a-z, 0-9 and -");
		r->id = NULL;
	}
	r->name = get_str(x, obj, "name", NAME_MAX_CHARS, 1);
	t = get_enum(x, obj, "time", times, 3, RTIME_ANY, 0);
	r->time = t < 0 ? RTIME_ANY : (enum routine_time)t;
	r->description = get_str(x, obj, "description", DESCRIPTION_MAX_CHARS, 0);
	if (r->description == NULL)
		r->description = "";
	r->rest = get_int(x, obj, "rest", 0, 120, 5, 0);
	items = read_items(x, obj, &n);
	r->source = x->source;
	if (x->errors == before)
		catalogue_add_routine(x->c, r, items, n, x->where, file_no);
}

/* Read every entry of the list, one parsed at a time; -1 when the list itself is malformed. */
static int
read_list(struct ctx *x, const struct jsonfile *f, const char *key, int file_no, const char *file,
    void (*read)(struct ctx *, const struct cJSON *, int, const char *))
{
	const cJSON *list = cJSON_GetObjectItemCaseSensitive(f->top, key);
	size_t n;
	int broken = 0;

	if (list == NULL)
		return 0;
	if (!cJSON_IsArray(list)) {
		char *fs = text_safe(file);

		diag_error(x->d, EXIT_DATAERR, "%s: %s must be a list", fs, key);
		free(fs);
		x->errors++;
		return -1;
	}
	n = jsonfile_list_len(f, key);
	for (size_t i = 0; i < n; i++) {
		cJSON *e = jsonfile_list_item(f, key, i, x->d);

		if (e == NULL) {
			/* as if the file had not parsed: too little to cross-check */
			x->errors++;
			broken = -1;
			continue;
		}
		x->where = label(x->c, file, key, i, e);
		if (!cJSON_IsObject(e))
			bad(x, "must be an object");
		else
			read(x, e, file_no, file);
		cJSON_Delete(e);
	}
	return broken;
}

int
catalogue_read_file(struct catalogue *c, const char *path, int file_no, const struct jsonfile *f,
    struct diag *d)
{
	static const char *const top_keys[] = {
		"schema", "stretches", "routines", "programmes", NULL,
	};
	const cJSON *root = f->top, *schema;
	char *fs = text_safe(path);
	int shape;
	struct ctx x = { c, d, fs, 0, NULL };

	if (!cJSON_IsObject(root)) {
		bad(&x, "the top level must be an object with \"schema\", \"stretches\" and \"routines\"");
		free(fs);
		return -1;
	}
	check_keys(&x, root, top_keys);
	schema = cJSON_GetObjectItemCaseSensitive(root, "schema");
	if (schema == NULL) {
		bad(&x, "\"schema\" is missing; add \"schema\": 1 at the top");
		free(fs);
		return -1;
	}
	if (!cJSON_IsNumber(schema) || schema->valuedouble != 1) {
		char got[64];

		/* another version: don't guess at its meaning */
		describe(schema, got, sizeof got);
		/* TRANSLATORS: %s is the schema number the file names. */
		bad(&x, "schema %s is not supported; this version reads schema 1", got);
		free(fs);
		return -1;
	}
	if (cJSON_GetObjectItemCaseSensitive(root, "stretches") == NULL &&
	    cJSON_GetObjectItemCaseSensitive(root, "routines") == NULL)
		bad(&x, "neither \"stretches\" nor \"routines\" is present");
	x.source = arena_strdup(&c->arena, path);
	shape = read_list(&x, f, "stretches", file_no, path, read_stretch);
	shape |= read_list(&x, f, "routines", file_no, path, read_routine);
	shape |= read_list(&x, f, "programmes", file_no, path, catalogue_read_programme);
	free(fs);
	return shape;
}

/* --- shared with catalogue_programme.c ------------------------------------ */

void
catalogue_json_error(struct ctx *x, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vbad(x, fmt, ap);
	va_end(ap);
}

void
catalogue_json_keys(struct ctx *x, const struct cJSON *obj, const char *const *known)
{
	check_keys(x, obj, known);
}

const char *
catalogue_json_str(struct ctx *x, const struct cJSON *obj, const char *key, size_t max,
    int required)
{
	return get_str(x, obj, key, max, required);
}

bool
catalogue_json_id(const char *s)
{
	return valid_id(s) != 0;
}

const char *
catalogue_json_label(struct catalogue *c, const char *file, const char *list, size_t i,
    const struct cJSON *obj)
{
	return label(c, file, list, i, obj);
}

struct str_list
catalogue_json_list(struct ctx *x, const struct cJSON *obj, const char *key, int min, int max,
    size_t maxlen)
{
	return get_list(x, obj, key, min, max, maxlen);
}
