/*
 * fuzz_translation.c — libFuzzer harness for the translation loader.
 *
 * The input is a translation file, or a catalogue and its translation when it
 * holds a NUL byte (the bytes before the first NUL are the catalogue). Without
 * one the catalogue is a fixed one with every kind of text a translation can
 * replace. The translation is written beside the catalogue as cat.de.json and
 * goes through translation_apply() (as the program reads it) and
 * translation_check() (as validate reads it), from real files.
 *
 * Oracles besides the sanitizers:
 *  - every diagnostic is terminal-safe (diag.h's contract);
 *  - apply and check agree on whether the file has errors;
 *  - after a clean apply the catalogue keeps catalogue.h's promises: text is
 *    safe and within the schema's limits, art within 32 columns, lists of
 *    steps non-empty, a day's note "" where the catalogue had none;
 *  - text wraps at the widths front ends use.
 */
#include <assert.h>
#include <locale.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalogue.h"
#include "diag.h"
#include "fuzz_files.h"
#include "text.h"
#include "translation.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char fixed[] =
"{\"schema\": 1, \"stretches\": [{\"id\": \"cat-cow\", \"name\": \"Cat-Cow\", \"kind\": \"dynamic\","
" \"areas\": [\"mid-back\"], \"level\": \"gentle\", \"position\": \"floor\", \"time\": [\"morning\"],"
" \"reps\": 6, \"rep_seconds\": 10, \"steps\": [\"Hands and knees.\", \"Round and arch.\"],"
" \"cautions\": [\"Small range.\"], \"cues\": {\"inhale\": \"arch\", \"exhale\": \"round\"},"
" \"art\": [\"in: cow\", \"\"], \"frames\": {\"inhale\": [\"up\"], \"exhale\": [\"down\"]}}],"
" \"routines\": [{\"id\": \"one\", \"name\": \"One\", \"description\": \"Short.\","
" \"items\": [{\"stretch\": \"cat-cow\"}]}],"
" \"programmes\": [{\"id\": \"plan\", \"name\": \"Plan\", \"description\": \"Two days.\", \"days\": ["
" {\"routine\": \"one\", \"note\": \"Start easy.\"}, {\"rest\": true}]}]}";

static char dir[4096], cat_file[4200], tr_file[4200];

static void
cleanup(void)
{
	unlink(cat_file);
	unlink(tr_file);
	rmdir(dir);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setlocale(LC_ALL, "C.UTF-8");
	if (fuzz_make_dir(dir, sizeof dir, "fuzz_translation") < 0)
		abort();
	snprintf(cat_file, sizeof cat_file, "%s/cat.json", dir);
	snprintf(tr_file, sizeof tr_file, "%s/cat.de.json", dir);
	atexit(cleanup);
	return 0;
}

static size_t
chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

static void
check_text(const char *s, size_t max)
{
	char **lines;
	size_t n;

	assert(s != NULL && !text_has_unsafe(s));
	assert(chars(s) <= max);
	n = text_wrap(s, 17, &lines);
	text_lines_free(lines, n);
}

static void
check_list(const struct str_list *l, size_t min, size_t max)
{
	assert(l->n >= min && l->n <= 12);
	for (size_t i = 0; i < l->n; i++)
		check_text(l->v[i], max);
}

static void
check_model(const struct catalogue *c)
{
	for (size_t i = 0; i < catalogue_stretch_count(c); i++) {
		const struct stretch *s = catalogue_stretch(c, i);

		check_text(s->name, 64);
		check_list(&s->steps, 1, 200);
		check_list(&s->cautions, 0, 200);
		for (size_t k = 0; k < s->art.n; k++)
			assert(!text_has_unsafe(s->art.v[k]) && text_width(s->art.v[k]) <= 32);
		for (size_t k = 0; k < s->frame_in.n; k++)
			assert(!text_has_unsafe(s->frame_in.v[k]) && text_width(s->frame_in.v[k]) <= 32);
		for (size_t k = 0; k < s->frame_out.n; k++)
			assert(!text_has_unsafe(s->frame_out.v[k]) && text_width(s->frame_out.v[k]) <= 32);
		if (s->cue_in != NULL)
			check_text(s->cue_in, 80);
		if (s->cue_out != NULL)
			check_text(s->cue_out, 80);
	}
	for (size_t i = 0; i < catalogue_routine_count(c); i++) {
		const struct routine *r = catalogue_routine(c, i);

		check_text(r->name, 64);
		if (r->description[0] != '\0')
			check_text(r->description, 400);
	}
	for (size_t i = 0; i < catalogue_programme_count(c); i++) {
		const struct programme *p = catalogue_programme(c, i);

		check_text(p->name, 64);
		for (size_t k = 0; k < p->ndays; k++)
			if (p->days[k].note[0] != '\0')
				check_text(p->days[k].note, 200);
	}
}

/*
 * Load the catalogue, translate it one way or the other; -1 when the catalogue
 * does not load, or holds nothing: a file that gives no entry has nothing to
 * translate, so the program never reads a translation beside it.
 */
static int
run(bool check, int *rc)
{
	const char *paths[] = { cat_file };
	const char *tags[] = { "de" };
	struct diag d;
	struct catalogue *c;

	diag_init(&d);
	c = catalogue_load(paths, 1, &d);
	if (c == NULL || catalogue_stretch_count(c) + catalogue_routine_count(c) +
	    catalogue_programme_count(c) == 0) {
		catalogue_free(c);
		diag_done(&d);
		return -1;
	}
	*rc = check ? translation_check(c, tr_file, cat_file, &d) : translation_apply(c, tags, 1, &d);
	for (size_t i = 0; i < d.n; i++)
		assert(!text_has_unsafe(d.msg[i]));
	assert((*rc < 0) == (d.errors > 0));
	if (*rc == 0)
		check_model(c);
	catalogue_free(c);
	diag_done(&d);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, '\0', size);
	int applied, checked;

	if (nul != NULL) {
		fuzz_put_file(cat_file, data, (size_t)(nul - data));
		fuzz_put_file(tr_file, nul + 1, size - (size_t)(nul - data) - 1);
	} else {
		fuzz_put_file(cat_file, (const uint8_t *)fixed, sizeof fixed - 1);
		fuzz_put_file(tr_file, data, size);
	}
	if (run(false, &applied) == 0) {
		run(true, &checked);
		assert(applied == checked);
	}
	return 0;
}
