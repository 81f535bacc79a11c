/*
 * test_today.c — the one plan (today.h): each setting, the order they are
 * applied in (settings, then what hurt lately, then the minutes), bringing
 * back, and as a property over every bundled routine and every combination
 * of settings: what the screens are given to show is what the session runs.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "adapt.h"
#include "builder.h"
#include "catalogue.h"
#include "diag.h"
#include "plan.h"
#include "today.h"

static struct catalogue *cat;

static int
setup(void **state)
{
	const char *paths[] = { "data/catalogue.json" };
	struct diag d;

	(void)state;
	diag_init(&d);
	cat = catalogue_load(paths, 1, &d);
	diag_print(&d, stderr);
	diag_done(&d);
	return cat == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	(void)state;
	catalogue_free(cat);
	return 0;
}

/* The stretch ids of r joined with spaces, into buf. */
static const char *
ids(char *buf, size_t size, const struct routine *r)
{
	size_t at = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < r->nitems && at + 1 < size; i++)
		at += (size_t)snprintf(buf + at, size - at, "%s%s", i ? " " : "", r->items[i].stretch->id);
	return buf;
}

static const struct routine *
routine(const char *id)
{
	const struct routine *r = catalogue_find_routine(cat, id);

	assert_non_null(r);
	return r;
}

/* Nothing asked: the routine as written, nothing said, its own length. */
static void
test_nothing_asked(void **state)
{
	const struct routine *r = routine("morning-quick");
	struct today *t = today_plan(r, NULL);
	struct plan *p = plan_new(r);
	size_t n;

	(void)state;
	assert_ptr_equal(today_routine(t), r);
	assert_false(today_changed(t));
	assert_null(today_note(t, true));
	assert_int_equal(today_seconds(t), p->total_s);
	assert_int_equal(today_state(t), TODAY_RUNS);
	today_hurt_changes(t, &n);
	assert_int_equal(n, 0);
	plan_free(p);
	today_free(t);
}

/* Step 1: the floor setting swaps floor work for its easier variation. */
static void
test_settings(void **state)
{
	struct today_needs n = { .adapt = { .no_floor = true } };
	struct today *t = today_plan(routine("morning-quick"), &n);
	char buf[256];

	(void)state;
	assert_string_equal(ids(buf, sizeof buf, today_routine(t)),
	    "hip-circles seated-cat-cow chair-childs-pose");
	assert_non_null(today_note(t, true));
	today_free(t);
	n = (struct today_needs){ .adapt = { .no_kneel = true } };
	t = today_plan(routine("morning-quick"), &n);
	for (size_t i = 0; i < today_routine(t)->nitems; i++)
		assert_false(today_routine(t)->items[i].stretch->kneels);
	today_free(t);
}

/* Step 2: a stretch marked hurt lately is left out, said by name, and can be brought back. */
static void
test_hurt_left_out(void **state)
{
	const char *hurt[] = { "cat-cow" };
	struct today_needs n = { .hurt = hurt, .nhurt = 1 };
	struct today *t = today_plan(routine("morning-quick"), &n);
	const char *const *back;
	char buf[256];
	size_t nb;

	(void)state;
	assert_string_equal(ids(buf, sizeof buf, today_routine(t)), "hip-circles childs-pose");
	assert_int_equal(today_left_out(t), 1);
	assert_non_null(strstr(today_note(t, true), "Cat-Cow"));
	back = today_hurt_changes(t, &nb);
	assert_int_equal(nb, 1);
	assert_string_equal(back[0], "cat-cow");
	today_free(t);
	/* --include-hurt keeps it */
	n.include_hurt = true;
	t = today_plan(routine("morning-quick"), &n);
	assert_false(today_changed(t));
	today_free(t);
	/* brought back: no longer listed, the routine as written */
	n = (struct today_needs){ .hurt = NULL, .nhurt = 0 };
	t = today_plan(routine("morning-quick"), &n);
	assert_ptr_equal(today_routine(t), routine("morning-quick"));
	today_free(t);
}

/* Step 1 before step 2: a second mark swaps; what the swap brings in can still be left out. */
static void
test_order_settings_then_hurt(void **state)
{
	const char *swapped[] = { "cat-cow" }, *hurt[] = { "seated-cat-cow", "cat-cow" };
	struct today_needs n = { .adapt = { .hurt = swapped, .nhurt = 1 }, .hurt = hurt + 1, .nhurt = 1 };
	struct today *t = today_plan(routine("morning-quick"), &n);
	const char *const *back;
	char buf[256];
	size_t nb;

	(void)state;
	/* swapped for its easier variation, not left out, though also marked lately */
	assert_string_equal(ids(buf, sizeof buf, today_routine(t)),
	    "hip-circles seated-cat-cow childs-pose");
	back = today_hurt_changes(t, &nb);
	assert_int_equal(nb, 1);
	assert_string_equal(back[0], "cat-cow");
	today_free(t);
	/* the floor setting first brings in the seated one, which then hurt lately */
	n = (struct today_needs){ .adapt = { .no_floor = true }, .hurt = hurt, .nhurt = 1 };
	t = today_plan(routine("morning-quick"), &n);
	assert_string_equal(ids(buf, sizeof buf, today_routine(t)), "hip-circles chair-childs-pose");
	today_free(t);
}

/* Step 3 last: the minutes fit what is left after the settings and the hurt marks. */
static void
test_order_minutes_last(void **state)
{
	const char *hurt[] = { "cat-cow" };
	struct today_needs n = { .adapt = { .no_floor = true }, .hurt = hurt, .nhurt = 1, .minutes = 3 };
	const struct routine *r = routine("morning-full");
	struct today *t = today_plan(r, &n);
	struct adapted *a = adapt_routine(r, &n.adapt);
	struct built *w = builder_without(adapted_routine(a), hurt, 1);
	struct built *f = builder_fit(w != NULL ? built_routine(w) : adapted_routine(a), 3);
	char want[512], got[512];

	(void)state;
	assert_string_equal(ids(got, sizeof got, today_routine(t)),
	    ids(want, sizeof want, built_routine(f)));
	assert_int_equal(today_seconds(t), built_seconds(f));
	built_free(f);
	built_free(w);
	adapted_free(a);
	today_free(t);
}

/* Every stretch marked hurt: nothing runs, and it says why. */
static void
test_all_hurt(void **state)
{
	const char *hurt[] = { "hip-circles", "cat-cow", "childs-pose" };
	struct today_needs n = { .hurt = hurt, .nhurt = 3 };
	struct today *t = today_plan(routine("morning-quick"), &n);

	(void)state;
	assert_int_equal(today_state(t), TODAY_ALL_HURT);
	assert_int_equal(today_routine(t)->nitems, 0);
	today_free(t);
}

static bool
listed(const char *const *v, size_t n, const char *id)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i], id) == 0)
			return true;
	return false;
}

/*
 * One plan's properties: the session plan of what the screens show has the
 * same stretches, in order, and the same length; nothing that does not suit
 * or hurt lately is in it; each stretch left out is named in the note.
 */
static void
check_today(const struct routine *r, const struct today_needs *n)
{
	struct today *t = today_plan(r, n);
	const struct routine *use = today_routine(t);
	struct plan *p = plan_new(use);
	size_t item = 0;

	assert_int_equal(today_seconds(t), p->total_s);
	for (size_t i = 0; i < p->nsteps; i++) {
		assert_true(p->steps[i].item < use->nitems);
		assert_ptr_equal(p->steps[i].stretch, use->items[p->steps[i].item].stretch);
		assert_true(p->steps[i].item >= item);
		item = p->steps[i].item;
	}
	for (size_t i = 0; i < use->nitems; i++) {
		const struct stretch *s = use->items[i].stretch;

		assert_true(adapt_fits(s, &n->adapt));
		assert_int_equal(s->equipment & n->lacks, 0);
		if (!n->include_hurt)
			assert_false(listed(n->hurt, n->nhurt, s->id));
	}
	if (today_left_out(t) > 0)
		assert_non_null(today_note(t, true));
	plan_free(p);
	today_free(t);
}

/* Over every bundled routine, every setting combination, and each of its stretches marked hurt. */
static void
test_property_every_routine(void **state)
{
	(void)state;
	for (size_t i = 0; i < catalogue_routine_count(cat); i++) {
		const struct routine *r = catalogue_routine(cat, i);

		for (unsigned k = 0; k < 64; k++) {
			struct today_needs n = { .adapt = { (k & 1) != 0, (k & 2) != 0, (k >> 2) & 7, NULL, 0 },
			    .lacks = k & 32 ? BUILDER_OWNED_EQUIPMENT : 0 };

			check_today(r, &n);
			for (size_t j = 0; j < r->nitems; j++) {
				const char *one[] = { r->items[j].stretch->id };

				n.hurt = one;
				n.nhurt = 1;
				check_today(r, &n);
				n.adapt.hurt = one;
				n.adapt.nhurt = 1;
				check_today(r, &n);
				n.adapt.nhurt = 0;
				n.hurt = NULL;
				n.nhurt = 0;
			}
		}
	}
}

/*
 * The equipment setting, in step 1 after the body's needs: a stretch that
 * needs a roller or ball the person lacks goes for its easier variation
 * without it, or is left out, and the note says why.
 */
static void
test_equipment(void **state)
{
	const struct routine *r = routine("tools-release");
	struct today_needs n = { .lacks = BUILDER_OWNED_EQUIPMENT };
	struct today *t;
	char buf[256];

	(void)state;
	t = today_plan(r, &n);
	assert_string_equal(ids(buf, sizeof buf, today_routine(t)),
	    "arm-sweeps thoracic-extension-towel knee-to-chest");
	assert_int_equal(today_state(t), TODAY_RUNS);
	assert_non_null(strstr(today_note(t, true), "your equipment setting"));
	assert_non_null(strstr(today_note(t, true), "Foam Roll: Glutes left out"));
	assert_non_null(strstr(today_note(t, true), "instead of"));
	assert_non_null(today_note(t, false));
	today_free(t);

	/* someone with a foam roller keeps the roller stretches, loses the ball ones */
	n.lacks = EQUIP_BALL | EQUIP_BLOCK;
	t = today_plan(r, &n);
	assert_string_equal(ids(buf, sizeof buf, today_routine(t)),
	    "arm-sweeps foam-roll-hamstrings foam-roll-glutes thoracic-extension-roller knee-to-chest");
	today_free(t);

	/* after the settings: no floor work swaps first, then what needs a roller or ball goes */
	n = (struct today_needs){ .adapt = { .no_floor = true }, .lacks = BUILDER_OWNED_EQUIPMENT };
	t = today_plan(r, &n);
	for (size_t i = 0; i < today_routine(t)->nitems; i++) {
		assert_int_equal(today_routine(t)->items[i].stretch->equipment & n.lacks, 0);
		assert_int_not_equal(today_routine(t)->items[i].stretch->position, POS_FLOOR);
	}
	assert_true(strstr(today_note(t, true), "Adapted for") < strstr(today_note(t, true),
	    "your equipment setting"));
	today_free(t);

	/* nothing needing equipment: unchanged */
	t = today_plan(routine("morning-quick"), &n);
	assert_null(strstr(today_note(t, true) != NULL ? today_note(t, true) : "", "equipment"));
	today_free(t);
}

/*
 * The easier day offered after "worse" twice is one that runs for the
 * person: Flare Day, or after recent surgery Breathe and Walk; for every
 * condition and setting, whatever is offered runs as today_plan() decides.
 */
static void
test_gentler(void **state)
{
	struct today_needs n = { 0 };

	(void)state;
	assert_string_equal(today_gentler(cat, &n)->id, "flare-day");
	n.adapt.conditions = COND_RECENT_SURGERY;
	assert_string_equal(today_gentler(cat, &n)->id, "breathe-and-walk");
	for (unsigned k = 0; k < 4u << COND_COUNT; k++) {
		const struct routine *r;
		struct today *t;

		n.adapt = (struct adapt_needs){ (k & 1) != 0, (k & 2) != 0, k >> 2, NULL, 0 };
		if ((r = today_gentler(cat, &n)) == NULL)
			continue;
		t = today_plan(r, &n);
		assert_int_equal(today_state(t), TODAY_RUNS);
		today_free(t);
	}
}

/*
 * Never the routine that was too much: after Flare Day itself Breathe and
 * Walk, and after an operation, once Breathe and Walk was too much, nothing.
 */
static void
test_gentler_than(void **state)
{
	struct today_needs n = { 0 };

	(void)state;
	assert_string_equal(today_gentler_than(cat, &n, "desk-break")->id, "flare-day");
	assert_string_equal(today_gentler_than(cat, &n, "flare-day")->id, "breathe-and-walk");
	n.adapt.conditions = COND_RECENT_SURGERY;
	assert_string_equal(today_gentler_than(cat, &n, "desk-break")->id, "breathe-and-walk");
	assert_null(today_gentler_than(cat, &n, "breathe-and-walk"));
}

/*
 * Why nothing runs, as the list's line says it: Back-Bend Relief with
 * stenosis and osteoporosis keeps stretches that suit, but no warm-up and
 * calm end (shape lost); after an operation nothing runs for that reason
 * instead; a routine that runs has lost nothing.
 */
static void
test_shape_lost(void **state)
{
	struct today_needs n = { 0 };
	struct today *t;

	(void)state;
	n.adapt.conditions = COND_SPINAL_STENOSIS | COND_OSTEOPOROSIS;
	t = today_plan(routine("back-bend-relief"), &n);
	assert_int_equal(today_state(t), TODAY_NONE_SUITS);
	assert_true(today_shape_lost(t));
	today_free(t);
	t = today_plan(routine("morning-quick"), &n);
	assert_int_equal(today_state(t), TODAY_RUNS);
	assert_false(today_shape_lost(t));
	today_free(t);
	n.adapt.conditions |= COND_RECENT_SURGERY;
	t = today_plan(routine("back-bend-relief"), &n);
	assert_int_equal(today_state(t), TODAY_NONE_SUITS);
	assert_false(today_shape_lost(t));
	today_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nothing_asked),
		cmocka_unit_test(test_settings),
		cmocka_unit_test(test_hurt_left_out),
		cmocka_unit_test(test_order_settings_then_hurt),
		cmocka_unit_test(test_order_minutes_last),
		cmocka_unit_test(test_all_hurt),
		cmocka_unit_test(test_equipment),
		cmocka_unit_test(test_property_every_routine),
		cmocka_unit_test(test_gentler),
		cmocka_unit_test(test_gentler_than),
		cmocka_unit_test(test_shape_lost),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
