/* catalogue.c — the model: merging, lookup, names. */
#include "catalogue.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "catalogue_int.h"
#include "diag.h"
#include "i18n.h"
#include "jsonfile.h"
#include "paths.h"

/* The schema's names, marked for translation: shown through the catalogue_*_label() functions. */
static const char *const kind_names[] = { N_("static"), N_("dynamic"), N_("strength"), N_("release") };
static const char *const level_names[] = { N_("gentle"), N_("moderate"), N_("deep") };
static const char *const position_names[] = { N_("floor"), N_("seated"), N_("standing") };
static const char *const start_names[START_COUNT] = {
	"", "back", "front", "side", "all-fours", "kneeling", "seated", "standing",
};
static const char *const rtime_names[] = { N_("morning"), N_("evening"), N_("any") };
static const char *const area_names[AREA_COUNT] = {
	N_("neck"), N_("shoulders"), N_("upper-back"), N_("mid-back"), N_("lower-back"), N_("hips"),
	N_("glutes"), N_("hamstrings"), N_("core"), N_("chest"), N_("wrists"), N_("calves"), N_("quads"),
};
static const char *const time_names[TIME_COUNT] = { N_("morning"), N_("evening") };
static const char *const equip_names[EQUIP_COUNT] = {
	N_("wall"), N_("foam-roller"), N_("towel"), N_("block"), N_("ball"), N_("mat"),
};
static const char *const cond_names[COND_COUNT] = {
	N_("pregnancy"), N_("osteoporosis"), N_("hip-replacement"), N_("knee-replacement"),
	N_("spinal-stenosis"), N_("sciatica"), N_("recent-surgery"),
};
static const char *const spine_names[SPINE_COUNT] = {
	"neutral", "flexion", "extension", "rotation", "side-bend",
};

const char *catalogue_kind_name(enum stretch_kind k) { return kind_names[k]; }
const char *catalogue_level_name(enum stretch_level l) { return level_names[l]; }
const char *catalogue_position_name(enum stretch_position p) { return position_names[p]; }
const char *catalogue_rtime_name(enum routine_time t) { return rtime_names[t]; }
const char *catalogue_start_name(enum stretch_start st) { return start_names[st]; }

int
catalogue_depth(const struct stretch *s)
{
	static const int floor_depth[START_COUNT] = {
		[START_NONE] = 4, [START_SEATED] = 2, [START_KNEELING] = 2, [START_ALL_FOURS] = 3,
		[START_FRONT] = 4, [START_SIDE] = 5, [START_BACK] = 6,
	};

	if (s->position != POS_FLOOR)
		return s->position == POS_STANDING ? 0 : 1;
	return floor_depth[s->start];
}

static const char *
bit_name(const char *const *names, size_t n, unsigned bit)
{
	for (size_t i = 0; i < n; i++)
		if (bit == 1u << i)
			return names[i];
	return "?";
}

const char *catalogue_area_name(unsigned bit) { return bit_name(area_names, AREA_COUNT, bit); }
const char *catalogue_time_name(unsigned bit) { return bit_name(time_names, TIME_COUNT, bit); }
const char *catalogue_equipment_name(unsigned bit) { return bit_name(equip_names, EQUIP_COUNT, bit); }
const char *catalogue_condition_name(unsigned bit) { return bit_name(cond_names, COND_COUNT, bit); }
const char *catalogue_spine_name(unsigned bit) { return bit_name(spine_names, SPINE_COUNT, bit); }

const char *catalogue_kind_label(enum stretch_kind k) { return _(kind_names[k]); }
const char *catalogue_level_label(enum stretch_level l) { return _(level_names[l]); }
const char *catalogue_position_label(enum stretch_position p) { return _(position_names[p]); }
const char *catalogue_rtime_label(enum routine_time t) { return _(rtime_names[t]); }
const char *catalogue_area_label(unsigned bit) { return _(catalogue_area_name(bit)); }
const char *catalogue_time_label(unsigned bit) { return _(catalogue_time_name(bit)); }
const char *catalogue_equipment_label(unsigned bit) { return _(catalogue_equipment_name(bit)); }
const char *catalogue_condition_label(unsigned bit) { return _(catalogue_condition_name(bit)); }

static int
parse_bit(const char *const *names, size_t n, const char *s, unsigned *bit)
{
	for (size_t i = 0; i < n; i++) {
		if (strcmp(names[i], s) == 0) {
			*bit = 1u << i;
			return 0;
		}
	}
	return -1;
}

int catalogue_parse_area(const char *s, unsigned *bit) { return parse_bit(area_names, AREA_COUNT, s, bit); }
int catalogue_parse_time(const char *s, unsigned *bit) { return parse_bit(time_names, TIME_COUNT, s, bit); }
int catalogue_parse_equipment(const char *s, unsigned *bit) { return parse_bit(equip_names, EQUIP_COUNT, s, bit); }
int catalogue_parse_condition(const char *s, unsigned *bit) { return parse_bit(cond_names, COND_COUNT, s, bit); }
int catalogue_parse_spine(const char *s, unsigned *bit) { return parse_bit(spine_names, SPINE_COUNT, s, bit); }

int
catalogue_parse_level(const char *s, enum stretch_level *out)
{
	for (size_t i = 0; i < 3; i++) {
		if (strcmp(level_names[i], s) == 0) {
			*out = (enum stretch_level)i;
			return 0;
		}
	}
	return -1;
}

char *
catalogue_join_names(char *buf, size_t size, unsigned set, const char *(*name)(unsigned bit),
    const char *sep)
{
	size_t used = 0;

	if (size > 0)
		buf[0] = '\0';
	for (unsigned i = 0; i < 32; i++) {
		if (set & (1u << i)) {
			int w = snprintf(buf + used, size - used, "%s%s", used ? sep : "", name(1u << i));

			if (w < 0 || (size_t)w >= size - used) {
				buf[used] = '\0';  /* whole names only */
				break;
			}
			used += (size_t)w;
		}
	}
	return buf;
}

int
catalogue_item_work_seconds(const struct routine_item *it)
{
	return it->reps > 0 ? it->reps * it->stretch->rep_seconds : it->hold;
}

void
catalogue_add_stretch(struct catalogue *c, struct stretch *s, const char *where, int file_no)
{
	if (c->nstretches == c->scap) {
		c->scap = c->scap ? c->scap * 2 : 64;
		c->stretches = xreallocarray(c->stretches, c->scap, sizeof *c->stretches);
		c->smeta = xreallocarray(c->smeta, c->scap, sizeof *c->smeta);
	}
	c->smeta[c->nstretches] = (struct entry_meta){ where, file_no };
	c->stretches[c->nstretches++] = s;
}

void
catalogue_add_failed(struct catalogue *c, const char *id)
{
	if (c->nfailed == c->fcap) {
		c->fcap = c->fcap ? c->fcap * 2 : 16;
		c->failed = xreallocarray(c->failed, c->fcap, sizeof *c->failed);
	}
	c->failed[c->nfailed++] = id;
}

static bool
failed(const struct catalogue *c, const char *id)
{
	for (size_t i = 0; i < c->nfailed; i++)
		if (strcmp(c->failed[i], id) == 0)
			return true;
	return false;
}

void
catalogue_add_routine(struct catalogue *c, struct routine *r, struct pending_item *items,
    size_t nitems, const char *where, int file_no)
{
	if (c->nroutines == c->rcap) {
		c->rcap = c->rcap ? c->rcap * 2 : 16;
		c->routines = xreallocarray(c->routines, c->rcap, sizeof *c->routines);
		c->rmeta = xreallocarray(c->rmeta, c->rcap, sizeof *c->rmeta);
		c->rpending = xreallocarray(c->rpending, c->rcap, sizeof *c->rpending);
		c->rnpending = xreallocarray(c->rnpending, c->rcap, sizeof *c->rnpending);
	}
	c->rmeta[c->nroutines] = (struct entry_meta){ where, file_no };
	c->rpending[c->nroutines] = items;
	c->rnpending[c->nroutines] = nitems;
	c->routines[c->nroutines++] = r;
}

void
catalogue_add_programme(struct catalogue *c, struct programme *p, const char *where, int file_no)
{
	if (c->nprogrammes == c->pcap) {
		c->pcap = c->pcap ? c->pcap * 2 : 8;
		c->programmes = xreallocarray(c->programmes, c->pcap, sizeof *c->programmes);
		c->pmeta = xreallocarray(c->pmeta, c->pcap, sizeof *c->pmeta);
	}
	c->pmeta[c->nprogrammes] = (struct entry_meta){ where, file_no };
	c->programmes[c->nprogrammes++] = p;
}

/* Sorting by id, file order kept among equal ids (the index breaks ties). */
struct slot {
	const char *id;
	size_t index;
};

static int
slot_cmp(const void *a, const void *b)
{
	const struct slot *x = a, *y = b;
	int r = strcmp(x->id, y->id);

	if (r != 0)
		return r;
	return x->index < y->index ? -1 : x->index > y->index;
}

/* Checks what replaces an earlier file's entry (new at nm, over old at om); may be NULL. */
typedef void (*replace_fn)(const void *old, const struct entry_meta *om, const void *new,
    const struct entry_meta *nm, struct diag *d);

/*
 * A stretch that replaces one of an earlier file (a user catalogue over the
 * bundled one) keeps at least as many cautions: it may reword a caution,
 * never drop one.
 */
static void
cautions_kept(const void *oldp, const struct entry_meta *om, const void *newp,
    const struct entry_meta *nm, struct diag *d)
{
	const struct stretch *old = oldp, *new = newp;

	if (new->cautions.n < old->cautions.n)
		/* TRANSLATORS: A catalogue error. The first %s is where the new stretch is (file:
		   stretches[3]), then its number of cautions, the number the bundled stretch of the
		   same id has, and where that one is. "caution" is the catalogue's "cautions" field. */
		diag_error(d, EXIT_DATAERR, _("%s: has %zu cautions where the stretch it replaces "
		    "has %zu (%s); a caution may be reworded, never dropped"), nm->where,
		    new->cautions.n, old->cautions.n, om->where);
}

/*
 * Merge entries with the same id: within one file it is an error; a later
 * file replaces an earlier one in the earlier one's place (checked by
 * replaced when given). Compacts the array (void ** of n entries with
 * metadata) and returns the new count.
 */
static size_t
merge_ids(void **entries, struct entry_meta *meta, size_t n, const char *(*id_of)(const void *),
    void **pending, size_t *npending, replace_fn replaced, struct diag *d)
{
	struct slot *slots = xreallocarray(NULL, n ? n : 1, sizeof *slots);
	size_t out = 0;

	for (size_t i = 0; i < n; i++)
		slots[i] = (struct slot){ id_of(entries[i]), i };
	qsort(slots, n, sizeof *slots, slot_cmp);
	for (size_t i = 0; i < n; ) {
		size_t j = i + 1, first = slots[i].index, last = first;

		for (; j < n && strcmp(slots[j].id, slots[i].id) == 0; j++) {
			size_t k = slots[j].index;

			if (meta[k].file_no == meta[last].file_no)
				/* TRANSLATORS: where the entry is (file: stretches[3]), then where the id was first used. */
				diag_error(d, EXIT_DATAERR, _("%s: id already used (%s)"),
				    meta[k].where, meta[last].where);
			else if (replaced != NULL)
				replaced(entries[last], &meta[last], entries[k], &meta[k], d);
			last = k;
		}
		if (last != first) {
			entries[first] = entries[last];
			meta[first] = meta[last];
			if (pending != NULL) {
				pending[first] = pending[last];
				npending[first] = npending[last];
			}
			for (size_t m = i + 1; m < j; m++)
				entries[slots[m].index] = NULL;
		}
		i = j;
	}
	free(slots);
	for (size_t i = 0; i < n; i++) {
		if (entries[i] == NULL)
			continue;
		entries[out] = entries[i];
		meta[out] = meta[i];
		if (pending != NULL) {
			pending[out] = pending[i];
			npending[out] = npending[i];
		}
		out++;
	}
	return out;
}

static const char *stretch_id(const void *p) { return ((const struct stretch *)p)->id; }
static const char *routine_id(const void *p) { return ((const struct routine *)p)->id; }
static const char *programme_id(const void *p) { return ((const struct programme *)p)->id; }

static int
sindex_cmp(const void *a, const void *b)
{
	return strcmp((*(const struct stretch *const *)a)->id, (*(const struct stretch *const *)b)->id);
}

static int
rindex_cmp(const void *a, const void *b)
{
	return strcmp((*(const struct routine *const *)a)->id, (*(const struct routine *const *)b)->id);
}

/*
 * Where stretch s is defined, when that is another file than routine i's
 * (a user catalogue that redefines a bundled stretch): " (\"x\" is defined at
 * FILE: stretches[0] ...)", so an error names both files. Else "".
 */
static const char *
defined_elsewhere(const struct catalogue *c, size_t i, const struct stretch *s, char *buf,
    size_t size)
{
	for (size_t k = 0; k < c->nstretches; k++) {
		if (c->stretches[k] == s && c->smeta[k].file_no != c->rmeta[i].file_no) {
			/* TRANSLATORS: %s is where the stretch is defined (file: stretches[3]). */
			snprintf(buf, size, _(" (it is defined at %s: fix it there)"), c->smeta[k].where);
			return buf;
		}
	}
	return "";
}

/* Resolve the items of routine i; report unknown stretches and mismatched overrides. */
static void
resolve_routine(struct catalogue *c, size_t i, struct diag *d)
{
	char at[512];

	struct routine *r = c->routines[i];
	const struct pending_item *p = c->rpending[i];
	struct routine_item *items = arena_alloc(&c->arena, c->rnpending[i] * sizeof *items);

	for (size_t k = 0; k < c->rnpending[i]; k++) {
		const struct stretch *s = catalogue_find_stretch(c, p[k].stretch_id);

		if (s == NULL) {
			if (!failed(c, p[k].stretch_id))
				/* TRANSLATORS: the routine's place (file: routines[2]), the item's position, then the id it names. */
				diag_error(d, EXIT_DATAERR, _("%s: items[%zu]: no stretch with id \"%s\""),
				    c->rmeta[i].where, k, p[k].stretch_id);
			continue;
		}
		if (p[k].hold >= 0 && s->reps > 0)
			/* TRANSLATORS: A catalogue error. The first %s is the routine's place (file:
			   routines[2]), %zu the item's position, the quoted %s the stretch id; the last %s is
			   empty or " (it is defined at FILE: fix it there)". "items", "reps" and "hold" are
			   JSON keys: keep them in English. */
			diag_error(d, EXIT_DATAERR, _("%s: items[%zu]: \"%s\" is counted in reps; "
			    "override reps, not hold%s"), c->rmeta[i].where, k, s->id,
			    defined_elsewhere(c, i, s, at, sizeof at));
		if (p[k].reps >= 0 && s->reps == 0)
			/* TRANSLATORS: A catalogue error. The first %s is the routine's place (file:
			   routines[2]), %zu the item's position, the quoted %s the stretch id; the last %s is
			   empty or " (it is defined at FILE: fix it there)". "items", "hold" and "reps" are
			   JSON keys: keep them in English. */
			diag_error(d, EXIT_DATAERR, _("%s: items[%zu]: \"%s\" is a timed hold; "
			    "override hold, not reps%s"), c->rmeta[i].where, k, s->id,
			    defined_elsewhere(c, i, s, at, sizeof at));
		items[k] = (struct routine_item){
			.stretch = s,
			.hold = p[k].hold >= 0 ? p[k].hold : s->hold,
			.reps = p[k].reps >= 0 ? p[k].reps : s->reps,
			.sets = p[k].sets >= 0 ? p[k].sets : s->sets,
		};
	}
	r->items = items;
	r->nitems = c->rnpending[i];
}

/* Point each day of programme i at its routine; a day naming no routine is an error. */
static void
resolve_programme(struct catalogue *c, size_t i, struct diag *d)
{
	struct programme *p = c->programmes[i];
	struct programme_day *days = (struct programme_day *)p->days;

	for (size_t k = 0; k < p->ndays; k++) {
		if (days[k].routine_id == NULL)
			continue;
		days[k].routine = catalogue_find_routine(c, days[k].routine_id);
		if (days[k].routine == NULL)
			/* TRANSLATORS: the programme's place (file: programmes[0]), the day's position, then the id it names. */
			diag_error(d, EXIT_DATAERR, _("%s: days[%zu]: no routine with id \"%s\""),
			    c->pmeta[i].where, k, days[k].routine_id);
	}
}

/* A stretch's link to another (progression, easier, harder) must name another stretch. */
static void
check_link(const struct catalogue *c, size_t i, const char *key, const char *id, struct diag *d)
{
	if (id == NULL)
		return;
	if (strcmp(id, c->stretches[i]->id) == 0)
		/* TRANSLATORS: the stretch's place (file: stretches[3]), then the field ("easier"). */
		diag_error(d, EXIT_DATAERR, _("%s: %s names the stretch itself"), c->smeta[i].where, key);
	else if (catalogue_find_stretch(c, id) == NULL && !failed(c, id))
		/* TRANSLATORS: the stretch's place, the field ("easier"), then the id it names. */
		diag_error(d, EXIT_DATAERR, _("%s: %s \"%s\" is not a stretch in the catalogue"),
		    c->smeta[i].where, key, id);
}

/* Merge, index and cross-check everything loaded. */
static void
catalogue_finish(struct catalogue *c, struct diag *d)
{
	c->nstretches = merge_ids((void **)c->stretches, c->smeta, c->nstretches, stretch_id,
	    NULL, NULL, cautions_kept, d);
	c->nroutines = merge_ids((void **)c->routines, c->rmeta, c->nroutines, routine_id,
	    (void **)c->rpending, c->rnpending, NULL, d);

	c->sindex = xreallocarray(NULL, c->nstretches + 1, sizeof *c->sindex);
	if (c->nstretches > 0)
		memcpy(c->sindex, c->stretches, c->nstretches * sizeof *c->sindex);
	qsort(c->sindex, c->nstretches, sizeof *c->sindex, sindex_cmp);
	c->rindex = xreallocarray(NULL, c->nroutines + 1, sizeof *c->rindex);
	if (c->nroutines > 0)
		memcpy(c->rindex, c->routines, c->nroutines * sizeof *c->rindex);
	qsort(c->rindex, c->nroutines, sizeof *c->rindex, rindex_cmp);

	for (size_t i = 0; i < c->nstretches; i++) {
		check_link(c, i, "progression", c->stretches[i]->progression, d);
		check_link(c, i, "easier", c->stretches[i]->easier, d);
		check_link(c, i, "harder", c->stretches[i]->harder, d);
		if (c->stretches[i]->easier != NULL)
			c->stretches[i]->gentler = catalogue_find_stretch(c, c->stretches[i]->easier);
	}
	for (size_t i = 0; i < c->nroutines; i++)
		resolve_routine(c, i, d);
	c->nprogrammes = merge_ids((void **)c->programmes, c->pmeta, c->nprogrammes,
	    programme_id, NULL, NULL, NULL, d);
	for (size_t i = 0; i < c->nprogrammes; i++)
		resolve_programme(c, i, d);
}

struct catalogue *
catalogue_load(const char *const *paths, size_t npaths, struct diag *d)
{
	struct catalogue *c = xcalloc(1, sizeof *c);
	size_t errors = d->errors;
	bool all_parsed = true;

	arena_init(&c->arena);
	for (size_t i = 0; i < npaths; i++) {
		struct jsonfile f;

		if (jsonfile_open(&f, paths[i], CATALOGUE_MAX_BYTES, d) < 0) {
			all_parsed = false;
			continue;
		}
		if (catalogue_read_file(c, paths[i], (int)i, &f, d) < 0)
			all_parsed = false;
		jsonfile_close(&f);
	}
	/* cross-check what loaded, unless a whole file is missing from the picture */
	if (all_parsed)
		catalogue_finish(c, d);
	if (d->errors != errors) {
		catalogue_free(c);
		return NULL;
	}
	return c;
}

void
catalogue_free(struct catalogue *c)
{
	if (c == NULL)
		return;
	free(c->stretches);
	free(c->smeta);
	free(c->routines);
	free(c->rmeta);
	free(c->rpending);
	free(c->rnpending);
	free(c->sindex);
	free(c->rindex);
	free(c->failed);
	free(c->programmes);
	free(c->pmeta);
	arena_done(&c->arena);
	free(c);
}

size_t catalogue_stretch_count(const struct catalogue *c) { return c->nstretches; }
const struct stretch *catalogue_stretch(const struct catalogue *c, size_t i) { return c->stretches[i]; }
size_t catalogue_routine_count(const struct catalogue *c) { return c->nroutines; }
const struct routine *catalogue_routine(const struct catalogue *c, size_t i) { return c->routines[i]; }

size_t catalogue_programme_count(const struct catalogue *c) { return c->nprogrammes; }
const struct programme *catalogue_programme(const struct catalogue *c, size_t i) { return c->programmes[i]; }

const struct programme *
catalogue_find_programme(const struct catalogue *c, const char *id)
{
	for (size_t i = 0; i < c->nprogrammes; i++)
		if (strcmp(c->programmes[i]->id, id) == 0)
			return c->programmes[i];
	return NULL;
}

const struct stretch *
catalogue_find_stretch(const struct catalogue *c, const char *id)
{
	struct stretch key = { .id = id };
	const struct stretch *kp = &key, *const *hit;

	hit = bsearch(&kp, c->sindex, c->nstretches, sizeof *c->sindex, sindex_cmp);
	return hit != NULL ? *hit : NULL;
}

const struct routine *
catalogue_find_routine(const struct catalogue *c, const char *id)
{
	struct routine key = { .id = id };
	const struct routine *kp = &key, *const *hit;

	hit = bsearch(&kp, c->rindex, c->nroutines, sizeof *c->rindex, rindex_cmp);
	return hit != NULL ? *hit : NULL;
}

static int
exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

size_t
catalogue_paths(const char *explicit, char ***paths)
{
	const char *env = getenv("STRETCHCOACH_CATALOGUE");
	char *user;
	size_t n = 0;

	*paths = xcalloc(2, sizeof **paths);
	if (explicit != NULL) {
		(*paths)[n++] = xstrdup(explicit);
		return n;
	}
	if (env != NULL && env[0] != '\0') {
		(*paths)[n++] = xstrdup(env);
		return n;
	}
	(*paths)[n++] = paths_bundled_catalogue();
	user = paths_user_catalogue();
	if (user != NULL && exists(user))
		(*paths)[n++] = user;
	else
		free(user);
	return n;
}

void
catalogue_paths_free(char **paths, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(paths[i]);
	free(paths);
}
