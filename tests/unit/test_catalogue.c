/* test_catalogue.c — the loader: good files, merging, messages, the JSON reader. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalogue.h"
#include "diag.h"
#include "jsonfile.h"
#include "text.h"

/* ---- helpers ---- */

static const char *
root(void)
{
	const char *r = getenv("SC_ROOT");

	return r != NULL && r[0] != '\0' ? r : ".";
}

/* A path under the source tree, in a static buffer per slot. */
static const char *
src_path(int slot, const char *rel)
{
	static char buf[4][4096];

	snprintf(buf[slot], sizeof buf[slot], "%s/%s", root(), rel);
	return buf[slot];
}

/* Write text to a new temporary file; its name goes into path (at least 32 bytes). */
static void
write_temp(char *path, const char *text)
{
	int fd;

	strcpy(path, "/tmp/test_catalogue_XXXXXX");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
}

/* Load the given files; messages go to d (initialised here). */
static struct catalogue *
load(const char *const *paths, size_t n, struct diag *d)
{
	diag_init(d);
	return catalogue_load(paths, n, d);
}

static struct catalogue *
load1(const char *path, struct diag *d)
{
	const char *paths[] = { path };

	return load(paths, 1, d);
}

/* Load text from a temporary file; *path keeps its name for messages. */
static struct catalogue *
load_text(const char *text, char *path, struct diag *d)
{
	struct catalogue *c;

	write_temp(path, text);
	c = load1(path, d);
	unlink(path);
	return c;
}

/* Assert that message i of d is `want` with every "%F" replaced by file. */
static void
assert_msg_at(const struct diag *d, size_t i, const char *file, const char *want,
    const char *src, int line)
{
	char buf[2048], *o = buf;

	for (const char *w = want; *w; w++) {
		if (w[0] == '%' && w[1] == 'F') {
			o += sprintf(o, "%s", file);
			w++;
		} else
			*o++ = *w;
	}
	*o = '\0';
	_assert_string_equal(i < d->n ? d->msg[i] : "(no message)", buf, src, line);
}

#define assert_msg(d, i, file, want) assert_msg_at(d, i, file, want, __FILE__, __LINE__)

/* Assert the counts of errors and warnings; on a mismatch show every message first. */
static void
assert_counts_at(const struct diag *d, size_t errors, size_t warnings, const char *src, int line)
{
	if (d->errors != errors || d->warnings != warnings)
		for (size_t i = 0; i < d->n; i++)
			print_error("  diag[%zu]%s: %s\n", i, d->is_error[i] ? "" : " (warning)", d->msg[i]);
	_assert_int_equal(d->errors, errors, src, line);
	_assert_int_equal(d->warnings, warnings, src, line);
}

#define assert_counts(d, e, w) assert_counts_at(d, e, w, __FILE__, __LINE__)

/* One valid stretch with a given id and hold, as JSON. */
#define STRETCH(id, extra) \
	"{\"id\": \"" id "\", \"name\": \"N\", \"kind\": \"static\", \"areas\": [\"hips\"]," \
	" \"level\": \"deep\", \"position\": \"floor\", \"time\": [\"evening\"], " extra \
	" \"steps\": [\"s\"]}"

/* ---- good files ---- */

static void
test_minimal(void **state)
{
	struct diag d;
	const char *path = src_path(0, "tests/data/good/minimal.json");
	struct catalogue *c = load1(path, &d);
	const struct stretch *s;
	const struct routine *r;

	(void)state;
	assert_counts(&d, 0, 0);
	assert_non_null(c);
	assert_int_equal(d.status, 0);
	assert_int_equal(catalogue_stretch_count(c), 1);
	assert_int_equal(catalogue_routine_count(c), 1);
	s = catalogue_stretch(c, 0);
	assert_ptr_equal(catalogue_find_stretch(c, "sphinx"), s);
	assert_string_equal(s->id, "sphinx");
	assert_string_equal(s->name, "Sphinx");
	assert_int_equal(s->kind, KIND_STATIC);
	assert_int_equal(s->level, LEVEL_GENTLE);
	assert_int_equal(s->position, POS_FLOOR);
	assert_int_equal(s->areas, AREA_LOWER_BACK);
	assert_int_equal(s->times, TIME_EVENING);
	assert_int_equal(s->equipment, 0);
	/* the defaults of every optional field */
	assert_int_equal(s->hold, 30);
	assert_int_equal(s->reps, 0);
	assert_int_equal(s->rep_seconds, 0);
	assert_int_equal(s->sets, 1);
	assert_false(s->each_side);
	assert_int_equal(s->breath_in, 0);
	assert_int_equal(s->breath_out, 0);
	assert_null(s->cue_in);
	assert_null(s->cue_out);
	assert_int_equal(s->steps.n, 1);
	assert_string_equal(s->steps.v[0], "Lie on your front and prop yourself up on your forearms.");
	assert_int_equal(s->cautions.n, 0);
	assert_int_equal(s->art.n, 0);
	assert_null(s->progression);
	assert_string_equal(s->source, path);

	r = catalogue_routine(c, 0);
	assert_ptr_equal(catalogue_find_routine(c, "just-sphinx"), r);
	assert_string_equal(r->name, "Just Sphinx");
	assert_string_equal(r->description, "");
	assert_int_equal(r->time, RTIME_ANY);
	assert_int_equal(r->rest, 5);
	assert_int_equal(r->nitems, 1);
	assert_ptr_equal(r->items[0].stretch, s);
	assert_int_equal(r->items[0].hold, 30);
	assert_int_equal(r->items[0].reps, 0);
	assert_int_equal(r->items[0].sets, 1);
	assert_string_equal(r->source, path);

	assert_null(catalogue_find_stretch(c, "just-sphinx"));
	assert_null(catalogue_find_routine(c, "sphinx"));
	assert_null(catalogue_find_stretch(c, ""));
	assert_null(catalogue_find_stretch(c, "Sphinx"));
	catalogue_free(c);
	diag_done(&d);
}

static void
test_every_optional_field(void **state)
{
	struct diag d;
	struct catalogue *c = load1(src_path(0, "tests/data/good/full.json"), &d);
	const struct stretch *cc, *k, *db, *fr;
	const struct routine *r;

	(void)state;
	assert_counts(&d, 0, 0);
	assert_non_null(c);
	assert_int_equal(catalogue_stretch_count(c), 5);
	assert_int_equal(catalogue_routine_count(c), 2);
	/* file order is kept */
	assert_string_equal(catalogue_stretch(c, 0)->id, "cat-cow");
	assert_string_equal(catalogue_stretch(c, 4)->id, "foam-roll-glutes");
	assert_string_equal(catalogue_routine(c, 1)->id, "evening-short");

	cc = catalogue_find_stretch(c, "cat-cow");
	assert_int_equal(cc->kind, KIND_DYNAMIC);
	assert_int_equal(cc->areas, AREA_UPPER_BACK | AREA_MID_BACK | AREA_LOWER_BACK | AREA_NECK);
	assert_int_equal(cc->times, TIME_MORNING | TIME_EVENING);
	assert_int_equal(cc->hold, 0);
	assert_int_equal(cc->reps, 6);
	assert_int_equal(cc->rep_seconds, 10);
	assert_int_equal(cc->breath_in, 4);
	assert_int_equal(cc->breath_out, 6);
	assert_string_equal(cc->cue_in, "Cow: belly low, chest up");
	assert_string_equal(cc->cue_out, "Cat: round up, chin down");
	assert_int_equal(cc->equipment, EQUIP_MAT);
	assert_int_equal(cc->steps.n, 2);
	assert_int_equal(cc->cautions.n, 2);
	assert_string_equal(cc->cautions.v[0], "Move only through a range that feels easy.");
	/* how it moves: what the condition rules read */
	assert_true(cc->movement.known);
	assert_int_equal(cc->movement.spine, SPINE_FLEXION | SPINE_EXTENSION);
	assert_int_equal(cc->movement.hip_flexion, HIP_AROUND_90);
	assert_true(cc->movement.kneeling && cc->kneels && cc->movement.wrist_weight);
	assert_false(cc->movement.end_range || cc->movement.everyday);
	assert_int_equal(cc->art.n, 3);
	assert_string_equal(cc->art.v[1], " \\__/     /--\\");

	k = catalogue_find_stretch(c, "knee-to-chest");
	assert_true(k->each_side);
	assert_int_equal(k->sets, 2);
	assert_int_equal(k->breath_in, 3);
	assert_int_equal(k->breath_out, 5);
	assert_string_equal(k->progression, "figure-four");
	assert_string_equal(k->family, "knee-hug");
	assert_int_equal(k->min_hold, 15);
	/* without a family, a stretch is its own */
	assert_string_equal(cc->family, "cat-cow");
	assert_int_equal(cc->min_hold, 0);
	assert_non_null(catalogue_find_stretch(c, k->progression));
	assert_int_equal(k->level, LEVEL_GENTLE);
	assert_int_equal(catalogue_find_stretch(c, "figure-four")->level, LEVEL_MODERATE);

	db = catalogue_find_stretch(c, "dead-bug");
	assert_int_equal(db->kind, KIND_STRENGTH);
	assert_int_equal(db->hold, 0);
	assert_int_equal(db->reps, 5);
	assert_int_equal(db->rep_seconds, 6);
	assert_true(db->each_side);

	fr = catalogue_find_stretch(c, "foam-roll-glutes");
	assert_int_equal(fr->kind, KIND_RELEASE);
	assert_int_equal(fr->equipment, EQUIP_FOAM_ROLLER);

	r = catalogue_find_routine(c, "everything");
	assert_int_equal(r->time, RTIME_ANY);
	assert_int_equal(r->rest, 10);
	assert_string_equal(r->description, "Every kind of step: reps, holds on each side, sets and rest.");
	assert_int_equal(r->nitems, 4);
	/* overrides applied, the rest from the stretch */
	assert_ptr_equal(r->items[0].stretch, cc);
	assert_int_equal(r->items[0].reps, 4);
	assert_int_equal(r->items[0].sets, 2);
	assert_int_equal(r->items[0].hold, 0);
	assert_int_equal(r->items[1].hold, 25);
	assert_int_equal(r->items[1].sets, 1);
	assert_int_equal(r->items[2].reps, 5);
	assert_int_equal(r->items[2].sets, 2);
	assert_int_equal(r->items[3].hold, 30);
	assert_int_equal(catalogue_item_work_seconds(&r->items[0]), 40);
	assert_int_equal(catalogue_item_work_seconds(&r->items[1]), 25);
	assert_int_equal(catalogue_item_work_seconds(&r->items[2]), 30);
	assert_int_equal(catalogue_item_work_seconds(&r->items[3]), 30);
	assert_int_equal(catalogue_find_routine(c, "evening-short")->time, RTIME_EVENING);
	assert_int_equal(catalogue_find_routine(c, "evening-short")->rest, 0);
	catalogue_free(c);
	diag_done(&d);
}

static void
test_bundled(void **state)
{
	struct diag d;
	struct catalogue *c = load1(src_path(0, "data/catalogue.json"), &d);

	(void)state;
	assert_counts(&d, 0, 0);
	assert_non_null(c);
	assert_true(catalogue_stretch_count(c) >= 23);
	assert_true(catalogue_routine_count(c) >= 1);
	for (size_t i = 0; i < catalogue_stretch_count(c); i++) {
		const struct stretch *s = catalogue_stretch(c, i);

		assert_ptr_equal(catalogue_find_stretch(c, s->id), s);
		assert_true(s->steps.n >= 1);
		assert_true(s->hold > 0 || (s->reps > 0 && s->rep_seconds > 0));
		/* hip circles: one calm breath a circle, as their cues pace them, never rushed */
		if (strcmp(s->id, "hip-circles") == 0)
			assert_true(s->breath_in >= 3 && s->breath_out >= s->breath_in &&
			    s->rep_seconds == s->breath_in + s->breath_out);
		/* what the first step leans on is listed */
		if (strstr(s->steps.v[0], " wall") != NULL)
			assert_true(s->equipment & EQUIP_WALL);
	}
	for (size_t i = 0; i < catalogue_routine_count(c); i++) {
		const struct routine *r = catalogue_routine(c, i);

		assert_ptr_equal(catalogue_find_routine(c, r->id), r);
		for (size_t k = 0; k < r->nitems; k++)
			assert_ptr_equal(catalogue_find_stretch(c, r->items[k].stretch->id), r->items[k].stretch);
	}
	assert_non_null(catalogue_find_routine(c, "morning-full"));
	catalogue_free(c);
	diag_done(&d);
}

/* ---- merging ---- */

static void
test_user_catalogue_merges_over_bundled(void **state)
{
	const char *paths[] = { src_path(0, "data/catalogue.json"),
	    src_path(1, "tests/data/good/user-override.json") };
	struct diag d, db;
	struct catalogue *bundled = load1(paths[0], &db);
	struct catalogue *c = load(paths, 2, &d);
	const struct stretch *child, *puppy;
	const struct routine *r;
	size_t nb;

	(void)state;
	assert_non_null(bundled);
	assert_counts(&d, 0, 0);
	assert_non_null(c);
	nb = catalogue_stretch_count(bundled);
	/* one replaced, one added */
	assert_int_equal(catalogue_stretch_count(c), nb + 1);
	assert_int_equal(catalogue_routine_count(c), catalogue_routine_count(bundled) + 1);
	child = catalogue_find_stretch(c, "childs-pose");
	assert_string_equal(child->name, "Wide-Knee Child's Pose");
	assert_int_equal(child->hold, 50);
	assert_int_equal(child->areas, AREA_LOWER_BACK | AREA_HIPS);
	assert_string_equal(child->source, paths[1]);
	/* the replacement takes the bundled one's place; the new one comes last */
	for (size_t i = 0; i < nb; i++)
		if (strcmp(catalogue_stretch(bundled, i)->id, "childs-pose") == 0)
			assert_ptr_equal(catalogue_stretch(c, i), child);
	puppy = catalogue_stretch(c, nb);
	assert_string_equal(puppy->id, "puppy-pose");
	assert_ptr_equal(catalogue_find_stretch(c, "puppy-pose"), puppy);
	/* the user's routine uses the bundled cat-cow; bundled routines see the new child's pose */
	r = catalogue_find_routine(c, "puppy-break");
	assert_non_null(r);
	assert_ptr_equal(r->items[0].stretch, puppy);
	assert_ptr_equal(r->items[1].stretch, child);
	assert_int_equal(r->items[1].hold, 50);
	assert_string_equal(r->items[2].stretch->source, paths[0]);
	for (size_t i = 0; i < catalogue_routine_count(c); i++) {
		const struct routine *rr = catalogue_routine(c, i);

		for (size_t k = 0; k < rr->nitems; k++)
			if (strcmp(rr->items[k].stretch->id, "childs-pose") == 0)
				assert_ptr_equal(rr->items[k].stretch, child);
	}
	catalogue_free(c);
	catalogue_free(bundled);
	diag_done(&d);
	diag_done(&db);
}

static void
test_later_file_wins(void **state)
{
	const char *paths[] = { src_path(0, "tests/data/good/user-override.json"),
	    src_path(1, "data/catalogue.json") };
	struct diag d;
	struct catalogue *c = load(paths, 2, &d);

	(void)state;
	assert_non_null(c);
	assert_string_equal(catalogue_find_stretch(c, "childs-pose")->name, "Child's Pose");
	assert_string_equal(catalogue_find_stretch(c, "childs-pose")->source, paths[1]);
	assert_non_null(catalogue_find_stretch(c, "puppy-pose"));
	catalogue_free(c);
	diag_done(&d);
}

static void
test_user_file_alone_names_missing_stretch(void **state)
{
	struct diag d;
	const char *path = src_path(0, "tests/data/good/user-override.json");
	struct catalogue *c = load1(path, &d);

	(void)state;
	assert_null(c);
	assert_counts(&d, 1, 0);
	assert_int_equal(d.status, EXIT_DATAERR);
	assert_msg(&d, 0, path, "%F: routines[0] (id \"puppy-break\"): items[2]: no stretch with id \"cat-cow\"");
	diag_done(&d);
}

static void
test_same_id_twice_in_one_file(void **state)
{
	char path[64];
	struct diag d;
	struct catalogue *c = load_text("{\"schema\": 1, \"stretches\": ["
	    STRETCH("a", "\"hold\": 10,") ", " STRETCH("b", "\"hold\": 10,") ", "
	    STRETCH("a", "\"hold\": 20,") "], \"routines\": [{\"id\": \"r\", \"name\": \"R\","
	    " \"items\": [{\"stretch\": \"b\"}]}]}", path, &d);

	(void)state;
	assert_null(c);
	assert_counts(&d, 1, 0);
	assert_msg(&d, 0, path, "%F: stretches[2] (id \"a\"): id already used (%F: stretches[0] (id \"a\"))");
	diag_done(&d);
}

/* ---- messages ---- */

/* The example DESIGN.md gives, word for word. */
static void
test_design_example_message(void **state)
{
	char path[64];
	struct diag d;
	struct catalogue *c = load_text("{\"schema\": 1, \"stretches\": ["
	    STRETCH("a", "\"hold\": 10,") ", " STRETCH("b", "\"hold\": 10,") ", "
	    STRETCH("c", "\"hold\": 10,") ", " STRETCH("pigeon", "\"hold\": -5,") "]}", path, &d);

	(void)state;
	assert_null(c);
	assert_counts(&d, 1, 0);
	assert_int_equal(d.status, EXIT_DATAERR);
	assert_msg(&d, 0, path, "%F: stretches[3] (id \"pigeon\"): hold must be an integer 1..3600, got -5");
	diag_done(&d);
}

static void
test_every_error_reported(void **state)
{
	struct diag d;
	const char *path = src_path(0, "tests/data/bad/many-errors.json");
	struct catalogue *c = load1(path, &d);

	(void)state;
	assert_null(c);
	assert_counts(&d, 7, 0);
	assert_int_equal(d.n, 7);
	assert_int_equal(d.status, EXIT_DATAERR);
	assert_msg(&d, 0, path, "%F: stretches[0] (id \"cat-cow\"): rep_seconds must be an integer 1..60, got 0");
	assert_msg(&d, 2, path, "%F: stretches[1] (id \"pigeon\"): hold must be an integer 1..3600, got -5");
	assert_msg(&d, 6, path, "%F: routines[1] (id \"hips2\"): items must be a list of 1..100 stretches");
	diag_done(&d);
}

/*
 * A routine naming a stretch that is not there is an error even when other
 * entries in the file have errors too: every error is reported, not only
 * those of the first pass.
 */
static void
test_missing_stretch_reported_with_other_errors(void **state)
{
	char path[64];
	struct diag d;
	struct catalogue *c = load_text("{\"schema\": 1, \"stretches\": ["
	    STRETCH("a", "\"hold\": 10,") ", " STRETCH("b", "\"hold\": 0,") "],"
	    " \"routines\": [{\"id\": \"r\", \"name\": \"R\", \"items\": [{\"stretch\": \"a\"},"
	    " {\"stretch\": \"cobra\"}]}]}", path, &d);

	(void)state;
	assert_null(c);
	assert_counts(&d, 2, 0);
	assert_msg(&d, 0, path, "%F: stretches[1] (id \"b\"): hold must be an integer 1..3600, got 0");
	assert_msg(&d, 1, path, "%F: routines[0] (id \"r\"): items[1]: no stretch with id \"cobra\"");
	diag_done(&d);
}

static void
test_errors_capped(void **state)
{
	char path[64], *text = malloc(65536), *o = text;
	struct diag d;
	struct catalogue *c;

	(void)state;
	o += sprintf(o, "{\"schema\": 1, \"stretches\": [");
	for (int i = 0; i < 60; i++)
		o += sprintf(o, "%s" STRETCH("s%d", "\"hold\": 0,"), i ? ", " : "", i);
	sprintf(o, "]}");
	c = load_text(text, path, &d);
	assert_null(c);
	assert_int_equal(d.errors, 60);
	assert_int_equal(d.n, DIAG_MAX);
	assert_msg(&d, 49, path, "%F: stretches[49] (id \"s49\"): hold must be an integer 1..3600, got 0");
	free(text);
	diag_done(&d);
}

static void
test_warning_does_not_fail(void **state)
{
	char path[64];
	struct diag d;
	struct catalogue *c = load_text("{\"schema\": 1, \"colour\": \"blue\", \"stretches\": ["
	    STRETCH("a", "\"hold\": 10, \"Hold\": 99,") "], \"routines\": [{\"id\": \"r\","
	    " \"name\": \"R\", \"items\": [{\"stretch\": \"a\"}]}]}", path, &d);

	(void)state;
	assert_counts(&d, 0, 2);
	assert_non_null(c);
	assert_int_equal(d.status, 0);
	assert_false(d.is_error[0]);
	assert_msg(&d, 0, path, "%F: unknown key \"colour\" ignored");
	assert_msg(&d, 1, path, "%F: stretches[0] (id \"a\"): unknown key \"Hold\" ignored");
	/* keys are case-sensitive: "Hold" is not "hold" */
	assert_int_equal(catalogue_find_stretch(c, "a")->hold, 10);
	catalogue_free(c);
	diag_done(&d);
}

static void
test_cannot_open_is_66(void **state)
{
	char dir[] = "/tmp/test_catalogue_dir_XXXXXX";
	const char *paths[] = { "/nonexistent/catalogue.json", src_path(0, "tests/data/bad/hold-zero.json") };
	struct diag d;
	struct catalogue *c;

	(void)state;
	c = load(paths, 1, &d);
	assert_null(c);
	assert_int_equal(d.status, EXIT_NOINPUT);
	assert_string_equal(d.msg[0], "/nonexistent/catalogue.json: cannot open: No such file or directory");
	diag_done(&d);
	/* a file that cannot be read outranks bad data in another, either way round */
	c = load(paths, 2, &d);
	assert_null(c);
	assert_int_equal(d.errors, 2);
	assert_int_equal(d.status, EXIT_NOINPUT);
	diag_done(&d);
	paths[0] = paths[1];
	paths[1] = "/nonexistent/catalogue.json";
	c = load(paths, 2, &d);
	assert_int_equal(d.status, EXIT_NOINPUT);
	diag_done(&d);
	/* a directory */
	assert_non_null(mkdtemp(dir));
	c = load1(dir, &d);
	assert_null(c);
	assert_int_equal(d.status, EXIT_NOINPUT);
	assert_msg(&d, 0, dir, "%F: is a directory, not a catalogue file");
	diag_done(&d);
	rmdir(dir);
}

/* File names are untrusted text too. */
static void
test_file_name_made_safe(void **state)
{
	char dir[] = "/tmp/test_catalogue_dir_XXXXXX", path[128], want[160];
	struct diag d;
	FILE *fp;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/a\x1b[2Jb.json", dir);
	fp = fopen(path, "w");
	assert_non_null(fp);
	fputs("{\"schema\": 1, \"stretches\": 5}", fp);
	fclose(fp);
	assert_null(load1(path, &d));
	snprintf(want, sizeof want, "%s/a^[[2Jb.json: stretches must be a list", dir);
	assert_string_equal(d.msg[0], want);
	diag_done(&d);
	unlink(path);
	rmdir(dir);
}

/* A list entry of the wrong type is described like any other value, not quoted as text. */
static void
test_non_string_in_name_list(void **state)
{
	char path[64];
	struct diag d;
	struct catalogue *c = load_text("{\"schema\": 1, \"stretches\": [{\"id\": \"a\","
	    " \"name\": \"N\", \"kind\": \"static\", \"areas\": [\"hips\", 5], \"level\": \"deep\","
	    " \"position\": \"floor\", \"time\": [\"evening\"], \"hold\": 10, \"steps\": [\"s\"]}]}",
	    path, &d);

	(void)state;
	assert_null(c);
	assert_counts(&d, 1, 0);
	assert_msg(&d, 0, path, "%F: stretches[0] (id \"a\"): areas[1] must be one of: neck, "
	    "shoulders, upper-back, mid-back, lower-back, hips, glutes, hamstrings, core, chest, wrists, calves, quads, got 5");
	diag_done(&d);
}

/* Long untrusted text is shortened in messages at a character, never inside one. */
static void
test_messages_stay_valid_utf8(void **state)
{
	char path[64], text[1024], id[128] = "a";
	struct diag d;
	struct catalogue *c;

	(void)state;
	for (int i = 0; i < 40; i++)
		strcat(id, "\xC3\xA9");                  /* é: 2 bytes, so a 60-byte cut splits one */
	snprintf(text, sizeof text, "{\"schema\": 1, \"stretches\": [{\"id\": \"%s\","
	    " \"name\": \"N\", \"kind\": \"%s\", \"areas\": [\"hips\"], \"level\": \"deep\","
	    " \"position\": \"floor\", \"time\": [\"evening\"], \"hold\": 10, \"steps\": [\"s\"]}]}",
	    id, id);
	c = load_text(text, path, &d);
	assert_null(c);
	assert_counts(&d, 2, 0);
	for (size_t i = 0; i < d.n; i++) {
		if (!text_utf8_valid(d.msg[i], strlen(d.msg[i]))) {
			char *shown = text_safe(d.msg[i]);

			print_error("not UTF-8: %s\n", shown);
			free(shown);
		}
		assert_true(text_utf8_valid(d.msg[i], strlen(d.msg[i])));
	}
	diag_done(&d);
}

/*
 * "routines" is optional: stretches alone are a valid catalogue (a user's own
 * file, say). Last in the run, as an undefined-behaviour report stops it.
 */
static void
test_stretches_without_routines(void **state)
{
	char path[64];
	struct diag d;
	struct catalogue *c = load_text("{\"schema\": 1, \"stretches\": ["
	    STRETCH("a", "\"hold\": 10,") "]}", path, &d);

	(void)state;
	assert_counts(&d, 0, 0);
	assert_non_null(c);
	assert_int_equal(catalogue_stretch_count(c), 1);
	assert_int_equal(catalogue_routine_count(c), 0);
	assert_null(catalogue_find_routine(c, "a"));
	catalogue_free(c);
	diag_done(&d);
}

/* ---- the JSON reader ---- */

/* Parse n bytes at buf; exactly one error must come out, and it must be want. */
static void
check_parse_error_at(const char *buf, size_t n, const char *want, const char *file, int line)
{
	struct diag d;
	cJSON *j;

	diag_init(&d);
	j = jsonfile_parse("f.json", buf, n, &d);
	assert_null(j);
	_assert_string_equal(d.n > 0 ? d.msg[0] : "(no message)", want, file, line);
	_assert_int_equal(d.errors, 1, file, line);
	_assert_int_equal(d.status, EXIT_DATAERR, file, line);
	diag_done(&d);
}

#define check_parse_error(buf, n, want) check_parse_error_at(buf, n, want, __FILE__, __LINE__)

/* The whole literal, embedded NULs included. */
#define CHECK(lit, want) check_parse_error(lit, sizeof(lit) - 1, want)

static void
test_jsonfile_positions(void **state)
{
	(void)state;
	CHECK("", "f.json: the file is empty");
	CHECK(" \n\t\r\n", "f.json: the file is empty");
	CHECK("\xEF\xBB\xBF{}",
	    "f.json:1:1: the file starts with a byte-order mark; save it as UTF-8 without one");
	CHECK("{\"a\":\n \"b\0\"}", "f.json:2:4: the file contains a NUL byte");
	CHECK("{\"a\": \"x\\u0000y\"}",
	    "f.json:1:9: a string contains \\u0000 (a NUL character)");
	/* columns count characters, not bytes */
	CHECK("{\"\xC3\xA9\xC3\xA9\": \xFF}", "f.json:1:8: invalid UTF-8");
	CHECK("{\"a\": 1}\n\n  x", "f.json:3:3: unexpected text after the JSON value");
	CHECK("{\"a\": [1,\n",
	    "f.json:2:1: unexpected end of file (unclosed bracket or string?)");
	CHECK("{\"a\" 1}", "f.json:1:6: invalid JSON near '1'");
	CHECK("{\"a\": 1,\n \"b\": [1 2]}", "f.json:2:10: invalid JSON near '2'");
	CHECK("{\"a\": 1, \"a\": 2}", "f.json: duplicate key \"a\"");
	CHECK("{\"s\": [{}, {\"k\": {\"x\": 1, \"x\": 1}}]}",
	    "f.json: s[1].k: duplicate key \"x\"");
}

/* Where the mistake is, exactly: the character the reader could not take. */
static void
test_jsonfile_single_quotes_position(void **state)
{
	(void)state;
	/* the quote at column 2 is the mistake, not the letter after it */
	CHECK("{'a': 1}", "f.json:1:2: invalid JSON near '''");
}

static void
test_jsonfile_trailing_comma_position(void **state)
{
	(void)state;
	/* in a list it is right: the ']' after the comma */
	CHECK("{\"a\": [1,]}", "f.json:1:10: invalid JSON near ']'");
	/* in an object the '}' after the comma is the mistake; the file does not end early */
	CHECK("{\"a\": 1,}", "f.json:1:9: invalid JSON near '}'");
	CHECK("{\"a\": 1,\n}\n", "f.json:2:1: invalid JSON near '}'");
}

static void
test_jsonfile_unterminated_string(void **state)
{
	(void)state;
	CHECK("{\"a\": \"abc",
	    "f.json:1:11: unexpected end of file (unclosed bracket or string?)");
}

static void
test_jsonfile_depth(void **state)
{
	char buf[2 * 1001 + 1];
	struct diag d;
	cJSON *j;

	(void)state;
	/* 64 levels are fine */
	memset(buf, '[', JSONFILE_MAX_DEPTH);
	memset(buf + JSONFILE_MAX_DEPTH, ']', JSONFILE_MAX_DEPTH);
	diag_init(&d);
	j = jsonfile_parse("f.json", buf, 2 * JSONFILE_MAX_DEPTH, &d);
	assert_non_null(j);
	assert_int_equal(d.errors, 0);
	cJSON_Delete(j);
	/* 65 are not; the 65th bracket is the place */
	memset(buf, '[', JSONFILE_MAX_DEPTH + 1);
	memset(buf + JSONFILE_MAX_DEPTH + 1, ']', JSONFILE_MAX_DEPTH + 1);
	check_parse_error(buf, 2 * (JSONFILE_MAX_DEPTH + 1), "f.json:1:65: nesting deeper than 64 levels");
	/* brackets inside strings do not count */
	memset(buf, '[', 1001);
	memset(buf + 1001, ']', 1001);
	check_parse_error(buf, 2002, "f.json:1:65: nesting deeper than 64 levels");
	{
		static const char s[] = "[\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"]";

		j = jsonfile_parse("f.json", s, sizeof s - 1, &d);
	}
	assert_non_null(j);
	cJSON_Delete(j);
	diag_done(&d);
}

/* The buffer need not be NUL-terminated: only n bytes are read. */
static void
test_jsonfile_length_honoured(void **state)
{
	const char buf[] = { '{', '"', 'a', '"', ':', '1', '}', 'x', 'y' };
	struct diag d;
	cJSON *j;

	(void)state;
	diag_init(&d);
	j = jsonfile_parse("f.json", buf, 7, &d);
	assert_non_null(j);
	assert_int_equal(cJSON_GetObjectItemCaseSensitive(j, "a")->valueint, 1);
	cJSON_Delete(j);
	diag_done(&d);
}

/* ---- names ---- */

static void
test_names(void **state)
{
	unsigned bit;
	enum stretch_level lv;
	char buf[64];

	(void)state;
	assert_string_equal(catalogue_kind_name(KIND_STATIC), "static");
	assert_string_equal(catalogue_kind_name(KIND_RELEASE), "release");
	assert_string_equal(catalogue_level_name(LEVEL_DEEP), "deep");
	assert_string_equal(catalogue_position_name(POS_SEATED), "seated");
	assert_string_equal(catalogue_rtime_name(RTIME_ANY), "any");
	assert_string_equal(catalogue_area_name(AREA_NECK), "neck");
	assert_string_equal(catalogue_area_name(AREA_LOWER_BACK), "lower-back");
	assert_string_equal(catalogue_area_name(AREA_CHEST), "chest");
	assert_string_equal(catalogue_time_name(TIME_EVENING), "evening");
	assert_string_equal(catalogue_equipment_name(EQUIP_FOAM_ROLLER), "foam-roller");
	assert_string_equal(catalogue_equipment_name(EQUIP_MAT), "mat");
	assert_int_equal(catalogue_parse_area("hamstrings", &bit), 0);
	assert_int_equal(bit, AREA_HAMSTRINGS);
	assert_int_equal(catalogue_parse_area("Hamstrings", &bit), -1);
	assert_int_equal(catalogue_parse_area("", &bit), -1);
	assert_int_equal(catalogue_parse_time("morning", &bit), 0);
	assert_int_equal(bit, TIME_MORNING);
	assert_int_equal(catalogue_parse_time("any", &bit), -1);
	assert_int_equal(catalogue_parse_equipment("towel", &bit), 0);
	assert_int_equal(bit, EQUIP_TOWEL);
	assert_int_equal(catalogue_parse_level("moderate", &lv), 0);
	assert_int_equal(lv, LEVEL_MODERATE);
	assert_int_equal(catalogue_parse_level("hard", &lv), -1);
	assert_string_equal(catalogue_join_names(buf, sizeof buf, AREA_NECK | AREA_HIPS | AREA_CHEST,
	    catalogue_area_name, ", "), "neck, hips, chest");
	assert_string_equal(catalogue_join_names(buf, sizeof buf, 0, catalogue_area_name, ","), "");
}

/* Too small a buffer keeps whole names only: no half name, no dangling separator. */
static void
test_join_names_truncates_at_a_name(void **state)
{
	char buf[64];

	(void)state;
	assert_string_equal(catalogue_join_names(buf, 12, AREA_NECK | AREA_HIPS | AREA_CHEST,
	    catalogue_area_name, ", "), "neck, hips");
	assert_string_equal(catalogue_join_names(buf, 15, AREA_NECK | AREA_HIPS | AREA_CHEST,
	    catalogue_area_name, ", "), "neck, hips");
}

/* ---- lookup order ---- */

static void
test_paths_lookup_order(void **state)
{
	char home[] = "/tmp/test_catalogue_home_XXXXXX", dir[128], user[160];
	char **paths;
	size_t n;
	FILE *fp;

	(void)state;
	assert_non_null(mkdtemp(home));
	setenv("XDG_CONFIG_HOME", home, 1);
	unsetenv("STRETCHCOACH_CATALOGUE");
	/* no user catalogue: the bundled one alone */
	n = catalogue_paths(NULL, &paths);
	assert_int_equal(n, 1);
	catalogue_paths_free(paths, n);
	/* a user catalogue: bundled, then the user's over it */
	snprintf(dir, sizeof dir, "%s/stretchcoach", home);
	snprintf(user, sizeof user, "%s/catalogue.json", dir);
	assert_int_equal(mkdir(dir, 0700), 0);
	fp = fopen(user, "w");
	assert_non_null(fp);
	fputs("{}", fp);
	fclose(fp);
	n = catalogue_paths(NULL, &paths);
	assert_int_equal(n, 2);
	assert_string_equal(paths[1], user);
	catalogue_paths_free(paths, n);
	/* the environment beats the user catalogue; an empty one is not set */
	setenv("STRETCHCOACH_CATALOGUE", "/from/env.json", 1);
	n = catalogue_paths(NULL, &paths);
	assert_int_equal(n, 1);
	assert_string_equal(paths[0], "/from/env.json");
	catalogue_paths_free(paths, n);
	/* --catalogue beats everything */
	n = catalogue_paths("/from/option.json", &paths);
	assert_int_equal(n, 1);
	assert_string_equal(paths[0], "/from/option.json");
	catalogue_paths_free(paths, n);
	setenv("STRETCHCOACH_CATALOGUE", "", 1);
	n = catalogue_paths(NULL, &paths);
	assert_int_equal(n, 2);
	catalogue_paths_free(paths, n);
	unsetenv("STRETCHCOACH_CATALOGUE");
	unsetenv("XDG_CONFIG_HOME");
	unlink(user);
	rmdir(dir);
	rmdir(home);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_minimal),
		cmocka_unit_test(test_every_optional_field),
		cmocka_unit_test(test_bundled),
		cmocka_unit_test(test_user_catalogue_merges_over_bundled),
		cmocka_unit_test(test_later_file_wins),
		cmocka_unit_test(test_user_file_alone_names_missing_stretch),
		cmocka_unit_test(test_same_id_twice_in_one_file),
		cmocka_unit_test(test_design_example_message),
		cmocka_unit_test(test_every_error_reported),
		cmocka_unit_test(test_missing_stretch_reported_with_other_errors),
		cmocka_unit_test(test_errors_capped),
		cmocka_unit_test(test_warning_does_not_fail),
		cmocka_unit_test(test_cannot_open_is_66),
		cmocka_unit_test(test_file_name_made_safe),
		cmocka_unit_test(test_non_string_in_name_list),
		cmocka_unit_test(test_messages_stay_valid_utf8),
		cmocka_unit_test(test_jsonfile_positions),
		cmocka_unit_test(test_jsonfile_single_quotes_position),
		cmocka_unit_test(test_jsonfile_trailing_comma_position),
		cmocka_unit_test(test_jsonfile_unterminated_string),
		cmocka_unit_test(test_jsonfile_depth),
		cmocka_unit_test(test_jsonfile_length_honoured),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_join_names_truncates_at_a_name),
		cmocka_unit_test(test_paths_lookup_order),
		cmocka_unit_test(test_stretches_without_routines),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
