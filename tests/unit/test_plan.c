/* test_plan.c — routines expanded into steps: order, sides, sets, rests, times. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalogue.h"
#include "diag.h"
#include "plan.h"

/*
 * Four stretches, one of each shape: a plain hold, a hold on each side in
 * two sets, reps, and reps on each side in two sets. Routine "r" rests 10 s
 * between stretches; "r0" has no rest and overrides hold, reps and sets.
 */
static const char catalogue_json[] =
"{\"schema\": 1, \"stretches\": ["
" {\"id\": \"a-hold\", \"name\": \"A\", \"kind\": \"static\", \"areas\": [\"neck\"],"
"  \"level\": \"gentle\", \"position\": \"seated\", \"time\": [\"morning\"], \"hold\": 30,"
"  \"steps\": [\"a\"]},"
" {\"id\": \"b-sides\", \"name\": \"B\", \"kind\": \"static\", \"areas\": [\"hips\"],"
"  \"level\": \"gentle\", \"position\": \"floor\", \"time\": [\"morning\"], \"hold\": 20,"
"  \"sides\": \"each\", \"sets\": 2, \"steps\": [\"b\"]},"
" {\"id\": \"c-reps\", \"name\": \"C\", \"kind\": \"dynamic\", \"areas\": [\"mid-back\"],"
"  \"level\": \"gentle\", \"position\": \"floor\", \"time\": [\"morning\"], \"reps\": 6,"
"  \"rep_seconds\": 10, \"steps\": [\"c\"]},"
" {\"id\": \"d-strength\", \"name\": \"D\", \"kind\": \"strength\", \"areas\": [\"core\"],"
"  \"level\": \"moderate\", \"position\": \"floor\", \"time\": [\"morning\"], \"reps\": 5,"
"  \"rep_seconds\": 6, \"sides\": \"each\", \"sets\": 2, \"steps\": [\"d\"]},"
" {\"id\": \"e-deep\", \"name\": \"E\", \"kind\": \"static\", \"areas\": [\"hips\"],"
"  \"level\": \"deep\", \"position\": \"floor\", \"time\": [\"evening\"], \"hold\": 40,"
"  \"sides\": \"each\", \"steps\": [\"e\"]},"
" {\"id\": \"f-roller\", \"name\": \"F\", \"kind\": \"release\", \"areas\": [\"glutes\"],"
"  \"level\": \"moderate\", \"position\": \"floor\", \"time\": [\"evening\"], \"hold\": 30,"
"  \"sides\": \"each\", \"equipment\": [\"foam-roller\"], \"steps\": [\"f\"]}"
"], \"routines\": ["
" {\"id\": \"t\", \"name\": \"T\", \"rest\": 0, \"items\": [{\"stretch\": \"a-hold\"},"
"  {\"stretch\": \"b-sides\", \"sets\": 1}, {\"stretch\": \"e-deep\"}, {\"stretch\": \"f-roller\"},"
"  {\"stretch\": \"f-roller\"}, {\"stretch\": \"a-hold\"}]},"
" {\"id\": \"r\", \"name\": \"R\", \"rest\": 10, \"items\": [{\"stretch\": \"a-hold\"},"
"  {\"stretch\": \"b-sides\"}, {\"stretch\": \"c-reps\"}, {\"stretch\": \"d-strength\"}]},"
" {\"id\": \"r0\", \"name\": \"R0\", \"rest\": 0, \"items\": ["
"  {\"stretch\": \"a-hold\", \"hold\": 12}, {\"stretch\": \"c-reps\", \"reps\": 2, \"sets\": 3},"
"  {\"stretch\": \"b-sides\", \"sets\": 1}]},"
" {\"id\": \"default-rest\", \"name\": \"Default Rest\","
"  \"items\": [{\"stretch\": \"a-hold\"}, {\"stretch\": \"a-hold\"}]}"
"]}";

/* Write text to a fresh temporary file and load it; the file is removed again. */
static struct catalogue *
load_text(const char *text)
{
	char path[] = "/tmp/test_plan_XXXXXX";
	int fd = mkstemp(path);
	const char *paths[] = { path };
	struct catalogue *c;
	struct diag d;

	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	diag_init(&d);
	c = catalogue_load(paths, 1, &d);
	for (size_t i = 0; i < d.n; i++)
		fprintf(stderr, "load: %s\n", d.msg[i]);
	assert_non_null(c);
	assert_int_equal(d.errors, 0);
	assert_int_equal(d.warnings, 0);
	diag_done(&d);
	unlink(path);
	return c;
}

static int
setup(void **state)
{
	*state = load_text(catalogue_json);
	return 0;
}

static int
teardown(void **state)
{
	catalogue_free(*state);
	return 0;
}

struct want {
	enum step_kind kind;
	size_t item;
	enum step_side side;
	int set, sets;
	int seconds;
	long start_s;
	int reps, rep_seconds;
};

static void
check_steps(const struct plan *p, const struct want *w, size_t n)
{
	assert_int_equal(p->nsteps, n);
	for (size_t i = 0; i < n; i++) {
		const struct step *st = &p->steps[i];

		assert_int_equal(st->kind, w[i].kind);
		assert_int_equal(st->item, w[i].item);
		assert_int_equal(st->side, w[i].side);
		assert_int_equal(st->set, w[i].set);
		assert_int_equal(st->sets, w[i].sets);
		assert_int_equal(st->seconds, w[i].seconds);
		assert_int_equal(st->start_s, w[i].start_s);
		assert_ptr_equal(st->stretch, p->routine->items[w[i].item].stretch);
		if (st->kind == STEP_REPS) {
			assert_int_equal(st->reps, w[i].reps);
			assert_int_equal(st->rep_seconds, w[i].rep_seconds);
		}
	}
}

static void
test_every_step_in_order(void **state)
{
	const struct catalogue *c = *state;
	struct plan *p = plan_new(catalogue_find_routine(c, "r"));
	/* rest between stretches carries set 0 and the next stretch; rest between sets its set */
	static const struct want w[] = {
		{ STEP_READY, 0, SIDE_NONE, 1, 1, 5, 0, 0, 0 },
		{ STEP_HOLD, 0, SIDE_NONE, 1, 1, 30, 5, 0, 0 },
		{ STEP_REST, 1, SIDE_NONE, 0, 2, 10, 35, 0, 0 },
		/* seated down to the floor: 10 s */
		{ STEP_READY, 1, SIDE_NONE, 1, 2, 10, 45, 0, 0 },
		{ STEP_HOLD, 1, SIDE_LEFT, 1, 2, 20, 55, 0, 0 },
		{ STEP_SWITCH, 1, SIDE_RIGHT, 1, 2, 5, 75, 0, 0 },
		{ STEP_HOLD, 1, SIDE_RIGHT, 1, 2, 20, 80, 0, 0 },
		{ STEP_REST, 1, SIDE_NONE, 2, 2, 5, 100, 0, 0 },
		{ STEP_HOLD, 1, SIDE_LEFT, 2, 2, 20, 105, 0, 0 },
		{ STEP_SWITCH, 1, SIDE_RIGHT, 2, 2, 5, 125, 0, 0 },
		{ STEP_HOLD, 1, SIDE_RIGHT, 2, 2, 20, 130, 0, 0 },
		{ STEP_REST, 2, SIDE_NONE, 0, 1, 10, 150, 0, 0 },
		{ STEP_READY, 2, SIDE_NONE, 1, 1, 5, 160, 0, 0 },
		{ STEP_REPS, 2, SIDE_NONE, 1, 1, 60, 165, 6, 10 },
		{ STEP_REST, 3, SIDE_NONE, 0, 2, 10, 225, 0, 0 },
		{ STEP_READY, 3, SIDE_NONE, 1, 2, 5, 235, 0, 0 },
		{ STEP_REPS, 3, SIDE_LEFT, 1, 2, 30, 240, 5, 6 },
		{ STEP_SWITCH, 3, SIDE_RIGHT, 1, 2, 5, 270, 0, 0 },
		{ STEP_REPS, 3, SIDE_RIGHT, 1, 2, 30, 275, 5, 6 },
		/* strength sets rest long enough to recover */
		{ STEP_REST, 3, SIDE_NONE, 2, 2, 15, 305, 0, 0 },
		{ STEP_REPS, 3, SIDE_LEFT, 2, 2, 30, 320, 5, 6 },
		{ STEP_SWITCH, 3, SIDE_RIGHT, 2, 2, 5, 350, 0, 0 },
		{ STEP_REPS, 3, SIDE_RIGHT, 2, 2, 30, 355, 5, 6 },
	};

	check_steps(p, w, sizeof w / sizeof w[0]);
	assert_int_equal(p->total_s, 385);
	assert_int_equal(p->work_s, 30 + 4 * 20 + 60 + 4 * 30);
	assert_ptr_equal(p->routine, catalogue_find_routine(c, "r"));
	plan_free(p);
}

static void
test_overrides_and_no_rest(void **state)
{
	const struct catalogue *c = *state;
	struct plan *p = plan_new(catalogue_find_routine(c, "r0"));
	static const struct want w[] = {
		{ STEP_READY, 0, SIDE_NONE, 1, 1, 5, 0, 0, 0 },
		{ STEP_HOLD, 0, SIDE_NONE, 1, 1, 12, 5, 0, 0 },
		{ STEP_READY, 1, SIDE_NONE, 1, 3, 10, 17, 0, 0 },
		{ STEP_REPS, 1, SIDE_NONE, 1, 3, 20, 27, 2, 10 },
		{ STEP_REST, 1, SIDE_NONE, 2, 3, 5, 47, 0, 0 },
		{ STEP_REPS, 1, SIDE_NONE, 2, 3, 20, 52, 2, 10 },
		{ STEP_REST, 1, SIDE_NONE, 3, 3, 5, 72, 0, 0 },
		{ STEP_REPS, 1, SIDE_NONE, 3, 3, 20, 77, 2, 10 },
		{ STEP_READY, 2, SIDE_NONE, 1, 1, 5, 97, 0, 0 },
		{ STEP_HOLD, 2, SIDE_LEFT, 1, 1, 20, 102, 0, 0 },
		{ STEP_SWITCH, 2, SIDE_RIGHT, 1, 1, 5, 122, 0, 0 },
		{ STEP_HOLD, 2, SIDE_RIGHT, 1, 1, 20, 127, 0, 0 },
	};

	check_steps(p, w, sizeof w / sizeof w[0]);
	assert_int_equal(p->total_s, 147);
	assert_int_equal(p->work_s, 12 + 60 + 40);
	plan_free(p);
}

/* Get-ready and switch times follow the change of position and set-up. */
static void
test_transitions_match_the_body(void **state)
{
	const struct routine *r = catalogue_find_routine(*state, "t");
	struct plan *p = plan_new(r);
	/* standing to a chair; down to the floor; into a deep hold; a roller to set up;
	 * the same roller again; up from the floor */
	static const int ready[] = { 5, 10, 10, 10, 5, 10 };
	static const struct plan_pace slow = { 8, 20, 10, 6, 12, 5, 30, 20 };
	struct plan *q = plan_new_paced(r, &slow);

	for (size_t i = 0; i < r->nitems; i++) {
		assert_int_equal(plan_ready_seconds(r, i, &plan_pace_default), ready[i]);
		assert_int_equal(p->steps[plan_item_first_step(p, i)].seconds, ready[i]);
	}
	for (size_t k = 0; k < p->nsteps; k++) {
		const struct step *st = &p->steps[k];

		if (st->kind != STEP_SWITCH)
			continue;
		/* deep hip openers and work on a roller turn round in 8 s, others 5 s */
		assert_int_equal(st->seconds, st->stretch->kind == KIND_RELEASE ||
		    st->stretch->level == LEVEL_DEEP ? 8 : 5);
	}
	/* configurable: the slower pace is used throughout */
	assert_int_equal(q->steps[plan_item_first_step(q, 1)].seconds, 20);
	assert_int_equal(q->steps[plan_item_first_step(q, 3)].seconds, 8 + 10);
	plan_free(q);
	plan_free(p);
}

static void
test_default_rest_is_5(void **state)
{
	struct plan *p = plan_new(catalogue_find_routine(*state, "default-rest"));

	assert_int_equal(p->nsteps, 5);
	assert_int_equal(p->steps[2].kind, STEP_REST);
	assert_int_equal(p->steps[2].seconds, 5);
	assert_int_equal(p->total_s, 35 + 5 + 35);
	plan_free(p);
}

static void
test_item_first_step(void **state)
{
	struct plan *p = plan_new(catalogue_find_routine(*state, "r"));

	/* the get-ready, not the rest that leads into it */
	assert_int_equal(plan_item_first_step(p, 0), 0);
	assert_int_equal(plan_item_first_step(p, 1), 3);
	assert_int_equal(plan_item_first_step(p, 2), 12);
	assert_int_equal(plan_item_first_step(p, 3), 15);
	assert_int_equal(plan_item_first_step(p, 4), p->nsteps);
	assert_int_equal(plan_item_first_step(p, 99), p->nsteps);
	plan_free(p);
}

static void
test_kind_names(void **state)
{
	(void)state;
	assert_string_equal(plan_step_kind_name(STEP_READY), "Get ready");
	assert_string_equal(plan_step_kind_name(STEP_HOLD), "Hold");
	assert_string_equal(plan_step_kind_name(STEP_REPS), "Reps");
	assert_string_equal(plan_step_kind_name(STEP_SWITCH), "Switch sides");
	assert_string_equal(plan_step_kind_name(STEP_REST), "Rest");
}

/* The bundled catalogue, which loads without a warning. */
static struct catalogue *
load_bundled(void)
{
	char *root = getenv("SC_ROOT"), path[4096];
	const char *paths[] = { path };
	struct catalogue *c;
	struct diag d;

	snprintf(path, sizeof path, "%s/data/catalogue.json", root != NULL ? root : ".");
	diag_init(&d);
	c = catalogue_load(paths, 1, &d);
	assert_non_null(c);
	assert_int_equal(d.warnings, 0);
	diag_done(&d);
	return c;
}

/* Every bundled routine: contiguous steps, totals that add up, every item present. */
static void
test_bundled_routines(void **state)
{
	struct catalogue *c = load_bundled();

	(void)state;
	for (size_t i = 0; i < catalogue_routine_count(c); i++) {
		const struct routine *r = catalogue_routine(c, i);
		struct plan *p = plan_new(r);
		long at = 0, work = 0;
		size_t item = 0;

		assert_true(p->nsteps > 0);
		for (size_t k = 0; k < p->nsteps; k++) {
			const struct step *st = &p->steps[k];

			assert_int_equal(st->start_s, at);
			assert_true(st->seconds > 0);
			assert_true(st->item == item || st->item == item + 1);
			item = st->item;
			if (st->kind == STEP_HOLD || st->kind == STEP_REPS)
				work += st->seconds;
			at += st->seconds;
		}
		assert_int_equal(item, r->nitems - 1);
		assert_int_equal(p->total_s, at);
		assert_int_equal(p->work_s, work);
		plan_free(p);
	}
	catalogue_free(c);
}

/* Seconds the get-ready of stretch `to` takes in routine `id` of c (it must be there). */
static int
ready_into(struct catalogue *c, const char *id, const char *to)
{
	const struct routine *r = catalogue_find_routine(c, id);

	for (size_t i = 0; i < r->nitems; i++)
		if (strcmp(r->items[i].stretch->id, to) == 0)
			return plan_ready_seconds(r, i, &plan_pace_default);
	fail_msg("%s has no %s", id, to);
	return -1;
}

/*
 * The get-ready follows the change of start position: turning from all
 * fours or kneeling onto the back, from the back onto the front or up onto
 * all fours takes 10 s; staying on the back, or on all fours, 5 s.
 */
static void
test_transitions_by_start(void **state)
{
	struct catalogue *c = load_bundled();

	(void)state;
	/* morning-wake-up: ... cat-cow (all fours), pelvic-tilts, knee-to-chest (back), childs-pose (kneeling) */
	assert_int_equal(ready_into(c, "morning-wake-up", "pelvic-tilts"), 10);
	assert_int_equal(ready_into(c, "morning-wake-up", "knee-to-chest"), 5);
	assert_int_equal(ready_into(c, "morning-wake-up", "childs-pose"), 10);
	/* morning-full: supine-hamstring-stretch (back), sphinx (front), thread-the-needle (all fours) */
	assert_int_equal(ready_into(c, "morning-full", "sphinx"), 10);
	assert_int_equal(ready_into(c, "morning-full", "thread-the-needle"), 10);
	/* evening-unwind: childs-pose (kneeling) onto the back for knee-to-chest */
	assert_int_equal(ready_into(c, "evening-unwind", "knee-to-chest"), 10);
	/* evening-wind-down: cat-cow to thread-the-needle, both on all fours */
	assert_int_equal(ready_into(c, "evening-wind-down", "thread-the-needle"), 5);
	catalogue_free(c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_step_in_order),
		cmocka_unit_test(test_overrides_and_no_rest),
		cmocka_unit_test(test_transitions_match_the_body),
		cmocka_unit_test(test_default_rest_is_5),
		cmocka_unit_test(test_item_first_step),
		cmocka_unit_test(test_kind_names),
		cmocka_unit_test(test_bundled_routines),
		cmocka_unit_test(test_transitions_by_start),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
