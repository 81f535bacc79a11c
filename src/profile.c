/* profile.c — the first-visit answers: names, what suits them, and saving them. */
#include "profile.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "catalogue.h"
#include "conditions.h"
#include "config.h"
#include "diag.h"
#include "i18n.h"
#include "jsonfile.h"
#include "text.h"
#include "today.h"

static const char *const area_names[PROFILE_AREA_COUNT] = {
	"", "lower-back", "neck-shoulders", "both", "general",
};
static const char *const eases_names[PROFILE_EASES_COUNT] = {
	"", "bending-forward", "bending-backward", "neither",
};

void
profile_init(struct profile *p)
{
	p->area = PROFILE_AREA_NONE;
	p->leg = -1;
	p->eases = PROFILE_EASES_NONE;
}

bool
profile_given(const struct profile *p)
{
	return p->area != PROFILE_AREA_NONE || p->leg >= 0 || p->eases != PROFILE_EASES_NONE;
}

const char *profile_area_name(enum profile_area a) { return area_names[a]; }
const char *profile_eases_name(enum profile_eases e) { return eases_names[e]; }

static int
find_name(const char *const *names, int n, const char *s)
{
	for (int i = 1; i < n; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return -1;
}

int profile_area_parse(const char *s) { return find_name(area_names, PROFILE_AREA_COUNT, s); }
int profile_eases_parse(const char *s) { return find_name(eases_names, PROFILE_EASES_COUNT, s); }

int
profile_direction(const struct stretch *s)
{
	/* the catalogue's "movement": a move that only arches back, or only rounds */
	unsigned spine = s->movement.known ? s->movement.spine : 0;
	bool ext = (spine & SPINE_EXTENSION) != 0, flex = (spine & SPINE_FLEXION) != 0;

	return ext && !flex ? 1 : flex && !ext ? -1 : 0;
}

int
profile_routine_bias(const struct routine *r)
{
	int bias = 0;

	for (size_t i = 0; i < r->nitems; i++)
		bias += profile_direction(r->items[i].stretch);
	return bias;
}

/* The areas each answer names. */
static unsigned
area_bits(enum profile_area a)
{
	const unsigned low = AREA_LOWER_BACK | AREA_HIPS | AREA_GLUTES | AREA_CORE;
	const unsigned neck = AREA_NECK | AREA_SHOULDERS | AREA_UPPER_BACK;

	return a == PROFILE_LOWER_BACK ? low : a == PROFILE_NECK_SHOULDERS ? neck :
	    a == PROFILE_BOTH ? low | neck : 0;
}

/* Moves that pull on the nerves of the leg: deep ones and long hamstring holds (conditions.c's rule). */
static bool
nerve_heavy(const struct stretch *s)
{
	return conditions_check(s, COND_LEG, NULL) != NULL;
}

unsigned
profile_conditions(const struct profile *p, unsigned conds)
{
	return p->leg == 1 ? conds | COND_LEG : conds;
}

int
profile_stretch_weight(const struct profile *p, const struct stretch *s)
{
	int w = 0, dir = profile_direction(s);

	if (!profile_given(p))
		return 0;
	if (p->eases == PROFILE_EASES_BACKWARD)
		w += 2 * dir;
	else if (p->eases == PROFILE_EASES_FORWARD)
		w -= 2 * dir;
	if (s->areas & area_bits(p->area))
		w += 1;
	if (p->leg == 1 && nerve_heavy(s))
		w -= 3;
	return w;
}

int
profile_weigh(const struct stretch *s, const void *arg)
{
	return profile_stretch_weight(arg, s);
}

/* True when at least half of r's stretches work one of the areas in want. */
static bool
mostly_works(const struct routine *r, unsigned want)
{
	size_t n = 0;

	for (size_t i = 0; i < r->nitems; i++)
		if (r->items[i].stretch->areas & want)
			n++;
	return 2 * n >= r->nitems;
}

/*
 * A routine suits the answers when at least half its stretches work the
 * area named, it leans the way that eases (neither: a net lean either way of
 * fewer than a third of its stretches), and with symptoms below the knee it has nothing nerve-heavy.
 */
bool
profile_routine_suits(const struct profile *p, const struct routine *r)
{
	unsigned want = area_bits(p->area);
	int bias = profile_routine_bias(r);

	if (!profile_given(p) || r->nitems == 0)
		return false;
	for (size_t i = 0; i < r->nitems; i++)
		if (p->leg == 1 && nerve_heavy(r->items[i].stretch))
			return false;
	if (want != 0 && !mostly_works(r, want))
		return false;
	if (p->eases == PROFILE_EASES_BACKWARD)
		return bias > 0;
	if (p->eases == PROFILE_EASES_FORWARD)
		return bias < 0;
	if (p->eases == PROFILE_EASES_NEITHER)
		return 3 * (size_t)abs(bias) < r->nitems;
	return true;
}

bool
profile_suits_today(const struct profile *p, const struct routine *r, const struct today_needs *n)
{
	struct today *t;
	bool suits;

	if (p == NULL || !profile_given(p))
		return false;
	t = today_plan(r, n);
	suits = profile_routine_suits(p, today_routine(t));
	today_free(t);
	return suits;
}

void
profile_suiting_first(const struct profile *p, const struct routine **list, size_t n,
    const struct today_needs *needs)
{
	const struct routine **rest;
	size_t k = 0, nrest = 0;

	if (p == NULL || !profile_given(p) || n == 0)
		return;
	rest = xcalloc(n, sizeof *rest);
	for (size_t i = 0; i < n; i++) {
		if (profile_suits_today(p, list[i], needs))
			list[k++] = list[i];
		else
			rest[nrest++] = list[i];
	}
	memcpy(list + k, rest, nrest * sizeof *rest);
	free(rest);
}

/* --- saving ---------------------------------------------------------------- */

/* The "profile" object for p. */
static cJSON *
profile_json(const struct profile *p)
{
	cJSON *o = cJSON_CreateObject();

	if (o == NULL)
		fatal("out of memory");
	if (p->area != PROFILE_AREA_NONE)
		cJSON_AddStringToObject(o, "area", area_names[p->area]);
	if (p->leg >= 0)
		cJSON_AddBoolToObject(o, "leg", p->leg == 1);
	if (p->eases != PROFILE_EASES_NONE)
		cJSON_AddStringToObject(o, "eased_by", eases_names[p->eases]);
	return o;
}

/* The config file's object as it is now (a new one when there is no file), or NULL with *cause. */
static cJSON *
read_config(const char *path, char **cause)
{
	struct diag d;
	cJSON *root;

	if (access(path, F_OK) != 0 && errno == ENOENT)
		return cJSON_CreateObject();
	diag_init(&d);
	root = jsonfile_load(path, N_("settings file"), &d);
	if (root != NULL && !cJSON_IsObject(root)) {
		cJSON_Delete(root);
		root = NULL;
	}
	if (root == NULL)
		*cause = xstrdup(d.n > 0 ? d.msg[0] : _("the settings file is not one JSON object"));
	diag_done(&d);
	return root;
}

/* The "conditions" list for the COND_* set conds, by the names the config file uses. */
static cJSON *
conditions_json(unsigned conds)
{
	cJSON *a = cJSON_CreateArray(), *s;

	if (a == NULL)
		fatal("out of memory");
	for (unsigned i = 0; i < COND_COUNT; i++) {
		if (!((conds >> i) & 1u))
			continue;
		if ((s = cJSON_CreateString(catalogue_condition_name(1u << i))) == NULL)
			fatal("out of memory");
		cJSON_AddItemToArray(a, s);
	}
	return a;
}

int
profile_save(const char *path, const struct profile *p, const unsigned *conds, char **cause)
{
	cJSON *root = read_config(path, cause);
	char *text;
	int rc;

	if (root == NULL)
		return -1;
	/* the keys by their names in the config table */
	cJSON_DeleteItemFromObjectCaseSensitive(root, config_key_name(CFG_PROFILE));
	cJSON_AddItemToObject(root, config_key_name(CFG_PROFILE), profile_json(p));
	if (conds != NULL) {
		cJSON_DeleteItemFromObjectCaseSensitive(root, config_key_name(CFG_CONDITIONS));
		cJSON_AddItemToObject(root, config_key_name(CFG_CONDITIONS), conditions_json(*conds));
	}
	if ((text = cJSON_Print(root)) == NULL)
		fatal("out of memory");
	rc = catalogue_write_file(path, text, cause);
	cJSON_free(text);
	cJSON_Delete(root);
	return rc;
}
