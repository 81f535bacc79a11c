/* test_cue.c — the one wording of a step: dose, side, breath, rep and set. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "bundled.h"
#include "catalogue.h"
#include "cue.h"

static const char *
dose(int hold, int reps, bool each, int sets, enum cue_style style)
{
	static char buf[128];

	return cue_dose(buf, sizeof buf, &(struct cue_dose){ .hold = hold, .reps = reps,
	    .each_side = each, .sets = sets }, style);
}

static void
test_dose_styles(void **state)
{
	(void)state;
	assert_string_equal(dose(30, 0, false, 1, CUE_SHORT), "30 s");
	assert_string_equal(dose(20, 0, true, 2, CUE_SHORT), "20 s each side, 2 sets");
	assert_string_equal(dose(20, 0, true, 2, CUE_HOLD), "Hold 20 s each side, 2 sets");
	assert_string_equal(dose(15, 0, true, 3, CUE_SPOKEN), "15 seconds each side");
	assert_string_equal(dose(0, 10, false, 1, CUE_HOLD), "10 reps");
	assert_string_equal(dose(0, 8, true, 2, CUE_SHORT), "8 reps each side, 2 sets");
}

static void
test_dose_counts_are_plural_only_when_many(void **state)
{
	(void)state;
	assert_string_equal(dose(0, 1, false, 1, CUE_SHORT), "1 rep");
	assert_string_equal(dose(1, 0, false, 1, CUE_SPOKEN), "1 second");
	assert_string_equal(dose(0, 2, false, 1, CUE_SPOKEN), "2 reps");
}

static void
test_dose_never_overflows(void **state)
{
	char small[8];

	(void)state;
	cue_dose(small, sizeof small, &(struct cue_dose){ .hold = 3600, .each_side = true, .sets = 10 },
	    CUE_HOLD);
	assert_int_equal(strlen(small), sizeof small - 1);
}

static void
test_side_breath_rep_set(void **state)
{
	char buf[64];

	(void)state;
	assert_string_equal(cue_side(SIDE_LEFT), "Left side");
	assert_string_equal(cue_side(SIDE_RIGHT), "Right side");
	assert_string_equal(cue_side(SIDE_NONE), "");
	assert_string_equal(cue_side_clause(SIDE_LEFT), ", left side");
	assert_string_equal(cue_side_clause(SIDE_NONE), "");
	assert_string_equal(cue_breath(BREATH_IN), "Breathe in");
	assert_string_equal(cue_breath(BREATH_OUT), "Breathe out");
	assert_string_equal(cue_switch(), "Switch sides");
	assert_string_equal(cue_rep(buf, sizeof buf, 3, 10), "Rep 3 of 10");
	assert_string_equal(cue_set(buf, sizeof buf, 2, 2), "Set 2 of 2");
	assert_string_equal(cue_set_clause(buf, sizeof buf, 1, 2), ", set 1 of 2");
	assert_string_equal(cue_set_clause(buf, sizeof buf, 1, 1), "");
}

/*
 * The get-ready words follow the start positions: never "down on the floor"
 * to someone already on the floor, "stay" only when nothing changes, and a
 * turn said as one (issue 24: Cat-Cow to Thread the Needle said "down on
 * the floor").
 */
static void
test_get_into_by_start(void **state)
{
	struct catalogue *c = bundled_load();
	const struct stretch *catcow, *thread, *tilts, *walk;

	(void)state;
	assert_non_null(c);
	catcow = catalogue_find_stretch(c, "cat-cow");
	thread = catalogue_find_stretch(c, "thread-the-needle");
	tilts = catalogue_find_stretch(c, "pelvic-tilts");
	walk = catalogue_find_stretch(c, "easy-walk");
	assert_string_equal(cue_get_into(catcow, thread), "stay on all fours");
	assert_string_equal(cue_get_into(catcow, tilts), "roll onto your back");
	assert_string_equal(cue_get_into(NULL, catcow), "get down onto all fours");
	assert_string_equal(cue_get_into(NULL, walk), "stand up");
	assert_string_equal(cue_get_into(tilts, walk), "stand up");
	for (size_t i = 0; i < catalogue_stretch_count(c); i++)
		for (size_t k = 0; k < catalogue_stretch_count(c); k++) {
			const struct stretch *a = catalogue_stretch(c, i), *b = catalogue_stretch(c, k);
			const char *said = cue_get_into(a, b);

			if (a->position == POS_FLOOR && b->position == POS_FLOOR && strstr(said, "down") != NULL)
				fail_msg("%s to %s: \"%s\" to someone on the floor", a->id, b->id, said);
			if (strncmp(said, "stay", 4) == 0 && (a->start != b->start || a->position != b->position))
				fail_msg("%s to %s: \"%s\" though the position changes", a->id, b->id, said);
		}
	catalogue_free(c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dose_styles),
		cmocka_unit_test(test_dose_counts_are_plural_only_when_many),
		cmocka_unit_test(test_dose_never_overflows),
		cmocka_unit_test(test_side_breath_rep_set),
		cmocka_unit_test(test_get_into_by_start),
	};

	/* no setlocale: the C locale, so the English source text */
	return cmocka_run_group_tests(tests, NULL, NULL);
}
