/*
 * catalogue_movement.c — a stretch's "movement": how it moves the spine, hips,
 * knees, neck and wrists, the facts every condition rule reads. Required in
 * full when given; a stretch without it (an older user catalogue) still loads,
 * with a warning, and is known to be unknown.
 */
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "catalogue_int.h"
#include "diag.h"

static const char *const movement_keys[] = {
	"spine", "spine_loaded", "end_range", "hip_flexion", "hip_adduction",
	"hip_internal_rotation", "lying", "kneeling", "knee_flexion_past_90",
	"neck_end_range", "wrist_weight", "nerve_tension", "everyday", NULL,
};

/* A required true or false. */
static bool
flag(struct ctx *x, const cJSON *m, const char *key)
{
	const cJSON *v = catalogue_json_member(m, key);

	if (!cJSON_IsBool(v))
		/* TRANSLATORS: %s is a movement field as the catalogue spells it ("end_range"). */
		catalogue_json_error(x, "movement: %s must be true or false", key);
	return cJSON_IsTrue(v);
}

/* A required one of names[0..n), as its index (0 when wrong, after an error). */
static int
choice(struct ctx *x, const cJSON *m, const char *key, const char *const *names, int n,
    const char *spelled)
{
	const cJSON *v = catalogue_json_member(m, key);

	if (cJSON_IsString(v))
		for (int i = 0; i < n; i++)
			if (strcmp(v->valuestring, names[i]) == 0)
				return i;
	/* TRANSLATORS: %s is a movement field as the catalogue spells it, then its allowed values. */
	catalogue_json_error(x, "movement: %s must be %s", key, spelled);
	return 0;
}

/* "spine": 1+ directions; "neutral" stands alone. */
static unsigned
spine(struct ctx *x, const cJSON *m)
{
	const cJSON *v = catalogue_json_member(m, "spine"), *e;
	unsigned set = 0, bit;

	if (cJSON_IsArray(v))
		cJSON_ArrayForEach(e, v) {
			if (!cJSON_IsString(e) || catalogue_parse_spine(e->valuestring, &bit) < 0) {
				set = 0;
				break;
			}
			set |= bit;
		}
	if (set == 0 || ((set & SPINE_NEUTRAL) && set != SPINE_NEUTRAL)) {
		/* TRANSLATORS: A catalogue error, after the stretch's place. "movement", "spine" and
		   the values neutral, flexion, extension, rotation and side-bend are written in the
		   file as they stand here: keep them in English. "1+" means one or more. */
		catalogue_json_error(x, "movement: spine must list \"neutral\" alone, or 1+ of "
		    "flexion, extension, rotation, side-bend");
		return SPINE_NEUTRAL;
	}
	return set;
}

/* Warn about keys "movement" does not know, naming it in the place. */
static void
unknown_keys(struct ctx *x, const cJSON *m)
{
	const char *saved = x->where;
	char *sub = xasprintf("%s: movement", saved);

	x->where = sub;
	catalogue_json_keys(x, m, movement_keys);
	x->where = saved;
	free(sub);
}

void
catalogue_read_movement(struct ctx *x, const cJSON *obj, struct stretch *s)
{
	static const char *const hips[] = { "none", "under-90", "around-90", "past-90" };
	static const char *const lyings[] = { "none", "back", "front", "side" };
	const cJSON *m = catalogue_json_member(obj, "movement");
	struct movement *mv = &s->movement;

	if (m == NULL)
		return;   /* an older file: validate warns (cmd_validate.c) */
	if (!cJSON_IsObject(m)) {
		/* TRANSLATORS: A catalogue error, after the stretch's place. "movement" is a JSON key:
		   keep it in English. */
		catalogue_json_error(x, "movement must be an object (see docs/catalogue.md)");
		return;
	}
	unknown_keys(x, m);
	mv->spine = spine(x, m);
	mv->spine_loaded = flag(x, m, "spine_loaded");
	mv->end_range = flag(x, m, "end_range");
	mv->hip_flexion = (enum hip_flexion)choice(x, m, "hip_flexion", hips, 4,
	    "none|under-90|around-90|past-90");
	mv->hip_adduction = flag(x, m, "hip_adduction");
	mv->hip_internal_rotation = flag(x, m, "hip_internal_rotation");
	mv->lying = (enum lying)choice(x, m, "lying", lyings, 4, "none|back|front|side");
	mv->kneeling = flag(x, m, "kneeling");
	mv->knee_flexion_past_90 = flag(x, m, "knee_flexion_past_90");
	mv->neck_end_range = flag(x, m, "neck_end_range");
	mv->wrist_weight = flag(x, m, "wrist_weight");
	mv->nerve_tension = flag(x, m, "nerve_tension");
	mv->everyday = flag(x, m, "everyday");
	mv->known = true;
	if (mv->kneeling != s->kneels && catalogue_json_member(obj, "kneels") != NULL)
		/* TRANSLATORS: the stretch's kneels value, then the movement's kneeling value (true or false). */
		catalogue_json_error(x, "kneels (%s) and movement: kneeling (%s) disagree",
		    s->kneels ? "true" : "false", mv->kneeling ? "true" : "false");
	s->kneels = s->kneels || mv->kneeling;
}
