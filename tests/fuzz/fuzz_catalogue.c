/*
 * fuzz_catalogue.c — libFuzzer harness for the catalogue loader and validator.
 *
 * The input is one catalogue file, or two when it holds a NUL byte: the bytes
 * before the first NUL are the bundled catalogue, the rest the user catalogue
 * merged over it (a NUL can never be part of a valid file, so nothing is lost).
 * They go through catalogue_load() from real files, which covers the whole
 * path: jsonfile_load (read, NUL/BOM/UTF-8/depth/duplicate checks, cJSON),
 * the schema validator, merging across files, and id resolution.
 *
 * Oracles besides the sanitizers:
 *  - every diagnostic is terminal-safe (diag.h's contract): valid UTF-8 with
 *    no C0, DEL, C1 or bidi control;
 *  - a loaded catalogue keeps catalogue.h's promises: text is safe, ids are
 *    [a-z0-9-]{1,48} and found by lookup, numbers are in the schema's ranges,
 *    every routine item names a stretch of the catalogue;
 *  - the consumers of a loaded model (plan, builder, text wrapping) run on it
 *    without fault.
 */
#include <assert.h>
#include <fcntl.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builder.h"
#include "catalogue.h"
#include "diag.h"
#include "fuzz_files.h"
#include "plan.h"
#include "text.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[4096], file_a[4200], file_b[4200];

static void
cleanup(void)
{
	unlink(file_a);
	unlink(file_b);
	rmdir(dir);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	/* text_width() asks wcwidth(), which knows only ASCII in the C locale */
	setlocale(LC_ALL, "C.UTF-8");
	if (fuzz_make_dir(dir, sizeof dir, "fuzz_catalogue") < 0)
		abort();
	snprintf(file_a, sizeof file_a, "%s/bundled.json", dir);
	snprintf(file_b, sizeof file_b, "%s/user.json", dir);
	atexit(cleanup);
	return 0;
}

static void
check_text(const char *s)
{
	assert(s != NULL);
	assert(!text_has_unsafe(s));
}

static void
check_list(const struct str_list *l, size_t max)
{
	assert(l->n <= max);
	for (size_t i = 0; i < l->n; i++)
		check_text(l->v[i]);
}

static void
check_id(const char *id)
{
	size_t n = strlen(id);

	assert(n >= 1 && n <= 48);
	assert(strspn(id, "abcdefghijklmnopqrstuvwxyz0123456789-") == n);
}

/* Wrap a line as a front end would, at a narrow and a usual width. */
static void
wrap(const char *s)
{
	static const int widths[] = { 1, 17, 80 };
	char **lines;

	for (size_t w = 0; w < sizeof widths / sizeof widths[0]; w++) {
		size_t n = text_wrap(s, widths[w], &lines);

		for (size_t i = 0; i < n; i++)
			assert(strlen(lines[i]) <= strlen(s));
		text_lines_free(lines, n);
	}
}

static void
check_stretch(const struct catalogue *c, const struct stretch *s)
{
	check_id(s->id);
	assert(catalogue_find_stretch(c, s->id) == s);
	check_text(s->name);
	assert(s->kind <= KIND_RELEASE && s->level <= LEVEL_DEEP && s->position <= POS_STANDING);
	assert(s->areas != 0 && s->areas < (1u << AREA_COUNT));
	assert(s->times != 0 && s->times < (1u << TIME_COUNT));
	assert(s->equipment < (1u << EQUIP_COUNT));
	assert(s->hold >= 0 && s->hold <= 3600);
	assert(s->reps >= 0 && s->reps <= 100);
	assert(s->hold > 0 || s->reps > 0);
	assert(s->sets >= 1 && s->sets <= 10);
	assert(s->steps.n >= 1);
	check_list(&s->steps, 12);
	check_list(&s->cautions, 12);
	check_list(&s->art, 12);
	for (size_t i = 0; i < s->art.n; i++)
		assert(text_width(s->art.v[i]) <= 32);
	if (s->cue_in != NULL)
		check_text(s->cue_in);
	if (s->cue_out != NULL)
		check_text(s->cue_out);
	if (s->progression != NULL) {
		const struct stretch *p = catalogue_find_stretch(c, s->progression);

		assert(p != NULL && p != s);
	}
	/* an easier variation is another stretch, resolved; frames come in pairs */
	assert((s->easier == NULL) == (s->gentler == NULL));
	assert(s->gentler == NULL || (s->gentler != s && catalogue_find_stretch(c, s->easier) == s->gentler));
	assert(s->avoid_if < (1u << COND_COUNT));
	assert((s->frame_in.n == 0) == (s->frame_out.n == 0));
	check_list(&s->frame_in, 12);
	check_list(&s->frame_out, 12);
	for (size_t i = 0; i < s->frame_in.n; i++)
		assert(text_width(s->frame_in.v[i]) <= 32);
	for (size_t i = 0; i < s->frame_out.n; i++)
		assert(text_width(s->frame_out.v[i]) <= 32);
	wrap(s->name);
	for (size_t i = 0; i < s->steps.n; i++)
		wrap(s->steps.v[i]);
}

static void
check_routine(const struct catalogue *c, const struct routine *r)
{
	struct plan *p;

	check_id(r->id);
	assert(catalogue_find_routine(c, r->id) == r);
	check_text(r->name);
	assert(r->description != NULL);
	if (r->description[0] != '\0')
		check_text(r->description);
	assert(r->rest >= 0 && r->rest <= 120);
	assert(r->nitems >= 1 && r->nitems <= 100);
	for (size_t i = 0; i < r->nitems; i++) {
		const struct routine_item *it = &r->items[i];

		assert(it->stretch != NULL);
		assert(catalogue_find_stretch(c, it->stretch->id) == it->stretch);
		assert(it->sets >= 1 && it->sets <= 10);
		assert(catalogue_item_work_seconds(it) > 0);
	}
	p = plan_new(r);
	assert(p->total_s > 0 && p->work_s <= p->total_s);
	assert(plan_item_first_step(p, r->nitems) == p->nsteps);
	plan_free(p);
	wrap(r->description);

	for (int m = 1; m <= 60; m += 29) {
		struct built *b = builder_fit(r, m);

		assert(built_seconds(b) > 0);
		plan_free(plan_new(built_routine(b)));
		built_free(b);
	}
}

/* Compose one routine from the catalogue, constraints drawn from the input. */
static void
build_one(const struct catalogue *c, const uint8_t *data, size_t size)
{
	uint32_t h = 2166136261u;
	struct build_request req;
	struct built *b;
	char *cause = NULL;
	const char *avoid[1];

	for (size_t i = 0; i < size; i++)
		h = (h ^ data[i]) * 16777619u;
	memset(&req, 0, sizeof req);
	req.minutes = 1 + (int)(h % 60);
	req.time = (h >> 6) % 3;                          /* 0, morning, evening */
	req.areas = (h >> 8) & 0x3FF & -((h >> 18) & 1);  /* half the time: any */
	req.level_given = (h >> 19) & 1;
	req.level = (enum stretch_level)((h >> 20) % 3);
	req.without = (h >> 22) & 0x3F;
	req.at_desk = (h >> 28) & 1;
	req.seed = h;
	if (catalogue_stretch_count(c) > 0 && ((h >> 29) & 1)) {
		avoid[0] = catalogue_stretch(c, 0)->id;
		req.avoid = avoid;
		req.navoid = 1;
	}
	b = builder_build(c, &req, &cause);
	if (b == NULL) {
		assert(cause != NULL);
		assert(!text_has_unsafe(cause));
		free(cause);
		return;
	}
	assert(cause == NULL);
	plan_free(plan_new(built_routine(b)));
	if (built_note(b) != NULL)
		assert(!text_has_unsafe(built_note(b)));
	built_free(b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, '\0', size);
	const char *paths[2] = { file_a, file_b };
	size_t npaths = nul != NULL ? 2 : 1;
	struct catalogue *c;
	struct diag d;

	if (nul != NULL) {
		fuzz_put_file(file_a, data, (size_t)(nul - data));
		fuzz_put_file(file_b, nul + 1, size - (size_t)(nul - data) - 1);
	} else
		fuzz_put_file(file_a, data, size);

	diag_init(&d);
	c = catalogue_load(paths, npaths, &d);
	for (size_t i = 0; i < d.n; i++)
		assert(!text_has_unsafe(d.msg[i]));
	if (c == NULL) {
		assert(d.errors > 0);
		assert(d.status == EXIT_DATAERR || d.status == EXIT_NOINPUT);
	} else {
		assert(d.errors == 0);
		for (size_t i = 0; i < catalogue_stretch_count(c); i++)
			check_stretch(c, catalogue_stretch(c, i));
		for (size_t i = 0; i < catalogue_routine_count(c); i++)
			check_routine(c, catalogue_routine(c, i));
		build_one(c, data, size);
		catalogue_free(c);
	}
	diag_done(&d);
	return 0;
}
