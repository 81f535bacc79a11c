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
	const cJSON *v = catalogue_json_member(obj, key);

	if (v == NULL)
		return NULL;
	if (!cJSON_IsObject(v)) {
		/* TRANSLATORS: %s is a catalogue field name as the file spells it (English, e.g. "hold"), then the shape it must have, e.g. {"inhale": N, "exhale": N}. */
		catalogue_json_error(x, "%s must be an object %s", key, shape);
		return NULL;
	}
	*saved = x->where;
	x->where = xasprintf("%s: %s", x->where, key);
	catalogue_json_keys(x, v, known);
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
	*in = catalogue_json_int(x, v, "inhale", 1, 30, 0, 1);
	*out = catalogue_json_int(x, v, "exhale", 1, 30, 0, 1);
	leave(x, saved);
}

static void
get_cues(struct ctx *x, const cJSON *obj, struct stretch *s)
{
	const char *saved;
	const cJSON *v = enter_pair(x, obj, "cues", "{\"inhale\": \"...\", \"exhale\": \"...\"}", &saved);

	if (v == NULL)
		return;
	s->cue_in = catalogue_json_str(x, v, "inhale", CUE_MAX_CHARS, 0);
	s->cue_out = catalogue_json_str(x, v, "exhale", CUE_MAX_CHARS, 0);
	leave(x, saved);
}

/* A moving stretch given a hold and no reps: timed, not counted. */
static bool
timed_move(const cJSON *obj)
{
	const cJSON *hold = catalogue_json_member(obj, "hold");
	const cJSON *reps = catalogue_json_member(obj, "reps");

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
		s->hold = catalogue_json_int(x, obj, "hold", 1, 3600, 1, 1);
		s->rep_seconds = catalogue_json_int(x, obj, "rep_seconds", 0, 0, 0, 0);
	} else if (counted) {
		s->hold = catalogue_json_int(x, obj, "hold", 0, 3600, 0, 0);
		s->reps = catalogue_json_int(x, obj, "reps", 1, 100, 1, 1);
		s->rep_seconds = catalogue_json_int(x, obj, "rep_seconds", 1, 60, 1, 1);
	} else {
		const cJSON *reps = catalogue_json_member(obj, "reps");

		s->hold = catalogue_json_int(x, obj, "hold", 1, 3600, 1, 1);
		if (reps != NULL && !(cJSON_IsNumber(reps) && reps->valuedouble == 0))
			/* TRANSLATORS: %s is a stretch's kind as the catalogue spells it ("static"). */
			catalogue_json_error(x, "reps must be 0: a %s stretch is timed by hold; use kind \"dynamic\" "
			    "or \"strength\" to count reps", catalogue_kind_name(s->kind));
		s->rep_seconds = catalogue_json_int(x, obj, "rep_seconds", 0, 60, 0, 0);
	}
	s->each_side = catalogue_json_enum(x, obj, "sides", sides, 2, 0, 0) == 1;
	s->sets = catalogue_json_int(x, obj, "sets", 1, 10, 1, 0);
	s->min_hold = catalogue_json_int(x, obj, "min_hold", 1, 3600, 0, 0);
	if (s->min_hold > 0 && counted)
		/* TRANSLATORS: %s is a stretch's kind as the catalogue spells it ("dynamic"). */
		catalogue_json_error(x, "min_hold applies to held stretches, not to a %s one counted in reps",
		    catalogue_kind_name(s->kind));
	else if (s->min_hold > s->hold)
		/* TRANSLATORS: the stretch's min_hold and hold, in seconds (field names stay English). */
		catalogue_json_error(x, "min_hold (%d) must not exceed hold (%d)", s->min_hold, s->hold);
}

/* The family that groups variations of one move; the stretch's own id when absent. */
static void
get_family(struct ctx *x, const cJSON *obj, struct stretch *s)
{
	s->family = catalogue_json_str(x, obj, "family", ID_MAX, 0);
	if (s->family != NULL && !catalogue_json_id(s->family)) {
		/* TRANSLATORS: A catalogue error, after the stretch's place (file: stretches[3]): its
		   "family" value (the group of variations of one stretch) is no valid id. Keep
		   "family" (a JSON key) and "a-z, 0-9 and -" as written. No placeholder: a percent
		   sign would have to be written %%. */
		catalogue_json_error(x, "family must be 1..48 of a-z, 0-9 and -");
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
	int k = catalogue_json_enum(x, obj, "start", starts, 7, -1, 0);

	s->start = k < 0 ? START_NONE : (enum stretch_start)(k + 1);
	if (s->start == START_STANDING ? s->position != POS_STANDING :
	    s->start == START_SEATED ? s->position == POS_STANDING :
	    s->start != START_NONE && s->position != POS_FLOOR)
		/* TRANSLATORS: the start and the position as the catalogue spells them ("kneeling", "floor"). */
		catalogue_json_error(x, "start \"%s\" does not agree with position \"%s\"",
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
	s->frame_in = catalogue_json_art(x, v, "inhale");
	s->frame_out = catalogue_json_art(x, v, "exhale");
	if (s->frame_in.n == 0 || s->frame_out.n == 0)
		/* TRANSLATORS: %d is the most lines each picture has. */
		catalogue_json_error(x, "needs both \"inhale\" and \"exhale\", each of 1..%d lines", ART_MAX_LINES);
	leave(x, saved);
}

/* kneels, easier, harder, avoid_if and frames: what lets a routine adapt, and the breath pictures. */
static void
get_variations(struct ctx *x, const cJSON *obj, struct stretch *s)
{
	const cJSON *kn = catalogue_json_member(obj, "kneels");

	if (kn != NULL && !cJSON_IsBool(kn)) {
		char got[64];

		catalogue_json_describe(kn, got, sizeof got);
		/* TRANSLATORS: %s is what was found instead of true or false ("a number"). */
		catalogue_json_error(x, "kneels must be true or false, got %s", got);
	}
	s->kneels = cJSON_IsTrue(kn);
	s->easier = catalogue_json_str(x, obj, "easier", ID_MAX, 0);
	if (s->easier != NULL && !catalogue_json_id(s->easier)) {
		/* TRANSLATORS: A catalogue error, after the stretch's place (file: stretches[3]): its
		   "easier" value (the id of an easier variation) is no valid id. Keep "easier" (a JSON
		   key) and "a-z, 0-9 and -" as written. */
		catalogue_json_error(x, "easier must be a stretch id: 1..48 of a-z, 0-9 and -");
		s->easier = NULL;
	}
	s->harder = catalogue_json_str(x, obj, "harder", ID_MAX, 0);
	if (s->harder != NULL && !catalogue_json_id(s->harder)) {
		/* TRANSLATORS: A catalogue error, after the stretch's place (file: stretches[3]): its
		   "harder" value (the id of a harder variation) is no valid id. Keep "harder" (a JSON
		   key) and "a-z, 0-9 and -" as written. */
		catalogue_json_error(x, "harder must be a stretch id: 1..48 of a-z, 0-9 and -");
		s->harder = NULL;
	}
	s->avoid_if = catalogue_json_set(x, obj, "avoid_if", catalogue_parse_condition,
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
	const cJSON *id = catalogue_json_member(obj, "id");
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
	catalogue_json_keys(x, obj, stretch_keys);
	s->id = catalogue_json_entry_id(x, obj);
	s->name = catalogue_json_str(x, obj, "name", NAME_MAX_CHARS, 1);
	k = catalogue_json_enum(x, obj, "kind", kinds, 4, 0, 1);
	s->kind = k < 0 ? KIND_STATIC : (enum stretch_kind)k;
	s->areas = catalogue_json_set(x, obj, "areas", catalogue_parse_area, catalogue_area_name, AREA_COUNT, 1);
	k = catalogue_json_enum(x, obj, "level", levels, 3, 0, 1);
	s->level = k < 0 ? LEVEL_GENTLE : (enum stretch_level)k;
	k = catalogue_json_enum(x, obj, "position", positions, 3, 0, 1);
	s->position = k < 0 ? POS_FLOOR : (enum stretch_position)k;
	get_start(x, obj, s);
	s->times = catalogue_json_set(x, obj, "time", catalogue_parse_time, catalogue_time_name, TIME_COUNT, 1);
	get_amounts(x, obj, s);
	get_pair(x, obj, "breath", &s->breath_in, &s->breath_out);
	get_cues(x, obj, s);
	s->equipment = catalogue_json_set(x, obj, "equipment", catalogue_parse_equipment,
	    catalogue_equipment_name, EQUIP_COUNT, 0);
	s->steps = catalogue_json_list(x, obj, "steps", 1, STEP_LIST_MAX, TEXT_MAX_CHARS);
	s->cautions = catalogue_json_list(x, obj, "cautions", 0, STEP_LIST_MAX, TEXT_MAX_CHARS);
	s->progression = catalogue_json_str(x, obj, "progression", ID_MAX, 0);
	get_family(x, obj, s);
	s->art = catalogue_json_art(x, obj, "art");
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

/* items[i] into the array arg: {"stretch": ID, "hold": S, "reps": N, "sets": N}. */
static void
read_item(struct ctx *x, const cJSON *e, size_t i, void *arg)
{
	struct pending_item *it = (struct pending_item *)arg + i;

	if (!cJSON_IsObject(e)) {
		/* TRANSLATORS: A catalogue error, after the item's place (file: routines[2]:
		   items[0]). Keep the JSON example {"stretch": "cat-cow"} exactly as written. */
		catalogue_json_error(x, "must be an object like {\"stretch\": \"cat-cow\"}");
		return;
	}
	catalogue_json_keys(x, e, item_keys);
	it->stretch_id = catalogue_json_str(x, e, "stretch", ID_MAX, 1);
	it->hold = catalogue_json_int(x, e, "hold", 1, 3600, -1, 0);
	it->reps = catalogue_json_int(x, e, "reps", 1, 100, -1, 0);
	it->sets = catalogue_json_int(x, e, "sets", 1, 10, -1, 0);
}

static struct pending_item *
read_items(struct ctx *x, const cJSON *obj, size_t *n)
{
	const cJSON *v = catalogue_json_member(obj, "items");
	struct pending_item *items;

	*n = 0;
	if (!cJSON_IsArray(v) || cJSON_GetArraySize(v) < 1 || cJSON_GetArraySize(v) > 100) {
		/* TRANSLATORS: A catalogue error, after the routine's place (file: routines[2]). Keep
		   "items" (a JSON key) as written. */
		catalogue_json_error(x, "items must be a list of 1..100 stretches");
		return NULL;
	}
	*n = (size_t)cJSON_GetArraySize(v);
	items = arena_alloc(&x->c->arena, *n * sizeof *items);
	catalogue_json_each(x, v, "items", read_item, items);
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
	catalogue_json_keys(x, obj, routine_keys);
	r->id = catalogue_json_entry_id(x, obj);
	r->name = catalogue_json_str(x, obj, "name", NAME_MAX_CHARS, 1);
	t = catalogue_json_enum(x, obj, "time", times, 3, RTIME_ANY, 0);
	r->time = t < 0 ? RTIME_ANY : (enum routine_time)t;
	r->description = catalogue_json_str(x, obj, "description", DESCRIPTION_MAX_CHARS, 0);
	if (r->description == NULL)
		r->description = "";
	r->rest = catalogue_json_int(x, obj, "rest", 0, 120, 5, 0);
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
	const cJSON *list = catalogue_json_member(f->top, key);
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
			/* TRANSLATORS: A catalogue error, after the entry's place (file: stretches[3]): the
			   entry is not a JSON object {...}. */
			catalogue_json_error(x, "must be an object");
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
		/* TRANSLATORS: A catalogue error, after the file's name. "schema", "stretches" and
		   "routines" are JSON keys: keep them in English. */
		catalogue_json_error(&x, "the top level must be an object with \"schema\", \"stretches\" and \"routines\"");
		free(fs);
		return -1;
	}
	catalogue_json_keys(&x, root, top_keys);
	schema = catalogue_json_member(root, "schema");
	if (schema == NULL) {
		/* TRANSLATORS: A catalogue error, after the file's name. Keep "schema": 1 exactly as
		   written: it is what the user types into the file. */
		catalogue_json_error(&x, "\"schema\" is missing; add \"schema\": 1 at the top");
		free(fs);
		return -1;
	}
	if (!cJSON_IsNumber(schema) || schema->valuedouble != 1) {
		char got[64];

		/* another version: don't guess at its meaning */
		catalogue_json_describe(schema, got, sizeof got);
		/* TRANSLATORS: %s is the schema number the file names. */
		catalogue_json_error(&x, "schema %s is not supported; this version reads schema 1", got);
		free(fs);
		return -1;
	}
	if (catalogue_json_member(root, "stretches") == NULL &&
	    catalogue_json_member(root, "routines") == NULL)
		/* TRANSLATORS: A catalogue error, after the file's name. "stretches" and "routines"
		   are JSON keys: keep them in English. */
		catalogue_json_error(&x, "neither \"stretches\" nor \"routines\" is present");
	x.source = arena_strdup(&c->arena, path);
	shape = read_list(&x, f, "stretches", file_no, path, read_stretch);
	shape |= read_list(&x, f, "routines", file_no, path, read_routine);
	shape |= read_list(&x, f, "programmes", file_no, path, catalogue_read_programme);
	free(fs);
	return shape;
}

/* --- shared with catalogue_programme.c ------------------------------------ */

const char *
catalogue_json_label(struct catalogue *c, const char *file, const char *list, size_t i,
    const struct cJSON *obj)
{
	return label(c, file, list, i, obj);
}
