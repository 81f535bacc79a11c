/*
 * test_content.c — lints over the bundled catalogue: a routine's description
 * names the minutes it lasts, every stretch says where it starts, slow moves
 * breathe in slowly, and no two pictures are the same.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmocka.h>

#include "catalogue.h"
#include "bundled.h"

static struct catalogue *cat;

static int
setup(void **state)
{
	(void)state;
	cat = bundled_load();
	return cat == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	(void)state;
	catalogue_free(cat);
	return 0;
}

/*
 * The first count of minutes a description names ("Ten minutes", "A
 * fifteen-minute session", "4 min"); 0 when it names none.
 */
static int
named_minutes(const char *text)
{
	static const char *const words[] = {
		"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
		"eighteen", "nineteen", "twenty",
	};

	for (const char *p = text; *p != '\0'; p++) {
		if (p != text && (p[-1] >= 'a' && p[-1] <= 'z'))
			continue;
		for (int n = 20; n > 0; n--) {
			size_t len = strlen(words[n]);

			if (strncasecmp(p, words[n], len) == 0 &&
			    (strncmp(p + len, " minute", 7) == 0 || strncmp(p + len, "-minute", 7) == 0 ||
			    strncmp(p + len, " unhurried minutes", 18) == 0 ||
			    strncmp(p + len, " quiet minutes", 14) == 0))
				return n;
		}
		if (*p >= '1' && *p <= '9') {
			char *end;
			long n = strtol(p, &end, 10);

			if (strncmp(end, " min", 4) == 0 || strncmp(end, "-min", 4) == 0)
				return (int)n;
		}
	}
	return 0;
}

/*
 * Quick Start once said "three minutes" for 4, Full "ten" for 11; and a
 * description that names the right length is still wrong once the needs a
 * person gave shorten the routine. The length is the program's to say (from
 * the plan, beside the description): no description names one.
 */
static void
description_names_no_length(void **state)
{
	(void)state;
	assert_int_equal(named_minutes("A fifteen-minute session"), 15);
	assert_int_equal(named_minutes("Ten unhurried minutes"), 10);
	assert_int_equal(named_minutes("Takes 4 min"), 4);
	assert_int_equal(named_minutes("A short reset"), 0);
	for (size_t i = 0; i < catalogue_routine_count(cat); i++) {
		const struct routine *r = catalogue_routine(cat, i);
		int named = named_minutes(r->description);

		if (named != 0)
			fail_msg("%s: the description says %d minutes; the program shows the length", r->id,
			    named);
	}
}

static void
every_stretch_has_a_start_position(void **state)
{
	(void)state;
	for (size_t i = 0; i < catalogue_stretch_count(cat); i++) {
		const struct stretch *s = catalogue_stretch(cat, i);

		if (s->start == START_NONE)
			fail_msg("%s has no start position", s->id);
		if ((s->start == START_STANDING) != (s->position == POS_STANDING))
			fail_msg("%s starts %s but is a %s stretch", s->id, catalogue_start_name(s->start),
			    catalogue_position_name(s->position));
	}
}

/* Pelvic tilts, glute bridge, chin tucks, shoulder rolls and dead bug breathed in for 2 s. */
static void
no_hurried_in_breath(void **state)
{
	(void)state;
	for (size_t i = 0; i < catalogue_stretch_count(cat); i++) {
		const struct stretch *s = catalogue_stretch(cat, i);

		if (s->breath_in > 0 && s->breath_in < 3)
			fail_msg("%s breathes in for %d s: slow moves take a calm breath", s->id, s->breath_in);
		if (s->reps > 0 && s->breath_in > 0 && s->breath_in + s->breath_out != s->rep_seconds)
			fail_msg("%s: a rep of %d s is not one breath of %d + %d s", s->id, s->rep_seconds,
			    s->breath_in, s->breath_out);
	}
}

static bool
same_lines(const struct str_list *a, const struct str_list *b)
{
	if (a->n != b->n)
		return false;
	for (size_t i = 0; i < a->n; i++)
		if (strcmp(a->v[i], b->v[i]) != 0)
			return false;
	return true;
}

/* The lines of a picture without its caption (a first line of words, as "palm up"). */
static struct str_list
drawing(const struct str_list *art)
{
	struct str_list d = *art;

	while (d.n > 0 && strspn(d.v[0], " abcdefghijklmnopqrstuvwxyz,;:'-()") == strlen(d.v[0])) {
		d.v++;
		d.n--;
	}
	return d;
}

/* wrist-extensor-stretch was a copy of the flexor's picture under another caption. */
static void
every_picture_distinct(void **state)
{
	(void)state;
	for (size_t i = 0; i < catalogue_stretch_count(cat); i++) {
		const struct stretch *a = catalogue_stretch(cat, i);
		struct str_list da = drawing(&a->art);

		if (a->art.n == 0)
			fail_msg("%s has no picture", a->id);
		for (size_t k = i + 1; k < catalogue_stretch_count(cat); k++) {
			const struct stretch *b = catalogue_stretch(cat, k);
			struct str_list db = drawing(&b->art);

			if (same_lines(&da, &db))
				fail_msg("%s and %s have the same picture", a->id, b->id);
		}
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(description_names_no_length),
		cmocka_unit_test(every_stretch_has_a_start_position),
		cmocka_unit_test(no_hurried_in_breath),
		cmocka_unit_test(every_picture_distinct),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
