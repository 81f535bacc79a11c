/*
 * test_suits.c — what "suits you" means for each first-visit answer, read
 * against the bundled routines: at least half the stretches work the area
 * named, the routine leans the way that eases (neither: a net lean of fewer
 * than a third of its stretches), and with
 * symptoms below the knee nothing nerve-heavy. The mark stays a few routines.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "bundled.h"
#include "catalogue.h"
#include "profile.h"

static struct catalogue *
bundled(void)
{
	struct catalogue *c = bundled_load();

	assert_non_null(c);
	return c;
}

static bool
suits(const struct catalogue *c, enum profile_area a, int leg, enum profile_eases e, const char *id)
{
	struct profile p = { .area = a, .leg = leg, .eases = e };
	const struct routine *r = catalogue_find_routine(c, id);

	assert_non_null(r);
	return profile_routine_suits(&p, r);
}

/* How many bundled routines the answers mark. */
static size_t
marked(const struct catalogue *c, enum profile_area a, int leg, enum profile_eases e)
{
	struct profile p = { .area = a, .leg = leg, .eases = e };
	size_t n = 0;

	for (size_t i = 0; i < catalogue_routine_count(c); i++)
		n += profile_routine_suits(&p, catalogue_routine(c, i));
	return n;
}

static void
each_answer(void **state)
{
	struct catalogue *c = bundled();

	(void)state;
	/* the area: at least half the stretches work it */
	assert_true(suits(c, PROFILE_LOWER_BACK, 0, PROFILE_EASES_BACKWARD, "back-bend-relief"));
	assert_false(suits(c, PROFILE_NECK_SHOULDERS, 0, PROFILE_EASES_BACKWARD, "back-bend-relief"));
	assert_true(suits(c, PROFILE_NECK_SHOULDERS, 0, PROFILE_EASES_BACKWARD, "desk-neck"));
	assert_false(suits(c, PROFILE_LOWER_BACK, 0, PROFILE_EASES_BACKWARD, "desk-neck"));
	assert_true(suits(c, PROFILE_BOTH, 0, PROFILE_EASES_BACKWARD, "desk-neck"));
	assert_true(suits(c, PROFILE_GENERAL, 0, PROFILE_EASES_BACKWARD, "desk-neck"));
	/* the direction that eases */
	assert_true(suits(c, PROFILE_LOWER_BACK, 0, PROFILE_EASES_FORWARD, "morning-quick"));
	assert_false(suits(c, PROFILE_LOWER_BACK, 0, PROFILE_EASES_BACKWARD, "morning-quick"));
	assert_false(suits(c, PROFILE_LOWER_BACK, 0, PROFILE_EASES_FORWARD, "back-bend-relief"));
	/* neither: a lean of fewer than a third of the stretches */
	assert_true(suits(c, PROFILE_NECK_SHOULDERS, 0, PROFILE_EASES_NEITHER, "desk-neck"));
	assert_true(suits(c, PROFILE_LOWER_BACK, 0, PROFILE_EASES_NEITHER, "flare-day"));
	assert_false(suits(c, PROFILE_LOWER_BACK, 0, PROFILE_EASES_NEITHER, "morning-quick"));
	assert_false(suits(c, PROFILE_LOWER_BACK, 0, PROFILE_EASES_NEITHER, "back-bend-relief"));
	/* symptoms below the knee: nothing nerve-heavy */
	assert_true(suits(c, PROFILE_LOWER_BACK, 0, PROFILE_EASES_FORWARD, "morning-full"));
	assert_false(suits(c, PROFILE_LOWER_BACK, 1, PROFILE_EASES_FORWARD, "morning-full"));
	/* nothing answered: nothing marked */
	assert_int_equal(marked(c, PROFILE_AREA_NONE, -1, PROFILE_EASES_NONE), 0);
	/* a mark that means something: the cold review's 12 of 17 for neck, leg, neither */
	assert_in_range(marked(c, PROFILE_NECK_SHOULDERS, 1, PROFILE_EASES_NEITHER), 1, 4);
	/* an area named with leg symptoms marks at most half, whatever eases */
	for (int a = PROFILE_LOWER_BACK; a <= PROFILE_NECK_SHOULDERS; a++)
		for (int e = PROFILE_EASES_FORWARD; e <= PROFILE_EASES_NEITHER; e++)
			assert_in_range(marked(c, (enum profile_area)a, 1, (enum profile_eases)e), 0,
			    catalogue_routine_count(c) / 2);
	catalogue_free(c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(each_answer),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
