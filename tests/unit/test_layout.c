/* test_layout.c — which layout fits which terminal size, without a terminal. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "layout.h"

/* True when r is hidden or lies wholly inside rows x cols. */
static int
inside(const struct layout_rect *r, int rows, int cols)
{
	if (r->h == 0 || r->w == 0)
		return 1;
	return r->y >= 0 && r->x >= 0 && r->y + r->h <= rows && r->x + r->w <= cols;
}

static int
shown(const struct layout_rect *r)
{
	return r->h > 0 && r->w > 0;
}

/* True when two shown rectangles share a cell. */
static int
overlap(const struct layout_rect *a, const struct layout_rect *b)
{
	if (!shown(a) || !shown(b))
		return 0;
	return a->y < b->y + b->h && b->y < a->y + a->h &&
	    a->x < b->x + b->w && b->x < a->x + a->w;
}

static void
check_coach(const struct coach_layout *l, int rows, int cols)
{
	const struct layout_rect *r[] = {
		&l->header, &l->rule, &l->title, &l->sub, &l->art, &l->text, &l->count,
		&l->breath, &l->hold_bar, &l->routine_bar, &l->message, &l->keys,
	};
	size_t n = sizeof r / sizeof r[0];

	for (size_t i = 0; i < n; i++) {
		assert_true(inside(r[i], rows, cols));
		for (size_t j = i + 1; j < n; j++)
			assert_false(overlap(r[i], r[j]));
	}
}

static void
test_kind_thresholds(void **state)
{
	(void)state;
	assert_int_equal(layout_kind(24, 80), LAYOUT_FULL);
	assert_int_equal(layout_kind(12, 40), LAYOUT_FULL);
	assert_int_equal(layout_kind(11, 80), LAYOUT_COMPACT);
	assert_int_equal(layout_kind(24, 39), LAYOUT_COMPACT);
	assert_int_equal(layout_kind(10, 30), LAYOUT_COMPACT);
	assert_int_equal(layout_kind(6, 20), LAYOUT_COMPACT);
	assert_int_equal(layout_kind(5, 80), LAYOUT_TOO_SMALL);
	assert_int_equal(layout_kind(24, 19), LAYOUT_TOO_SMALL);
	assert_int_equal(layout_kind(5, 18), LAYOUT_TOO_SMALL);
	assert_int_equal(layout_kind(0, 0), LAYOUT_TOO_SMALL);
	assert_int_equal(layout_kind(-3, 80), LAYOUT_TOO_SMALL);
}

static void
test_big_width(void **state)
{
	(void)state;
	assert_int_equal(layout_big_width(""), 0);
	assert_int_equal(layout_big_width("5"), 6);
	assert_int_equal(layout_big_width("0:30"), 6 + 1 + 2 + 1 + 6 + 1 + 6);
	assert_int_equal(layout_big_width("10:00"), 30);
}

static void
test_coach_full_80x24(void **state)
{
	struct coach_layout l;

	(void)state;
	layout_coach(24, 80, 6, 20, layout_big_width("0:30"), &l);
	assert_int_equal(l.kind, LAYOUT_FULL);
	check_coach(&l, 24, 80);
	assert_true(l.big);
	assert_int_equal(l.count.h, LAYOUT_BIG_ROWS);
	assert_true(shown(&l.art));
	assert_int_equal(l.art.h, 6);
	assert_true(shown(&l.text));
	assert_true(shown(&l.breath));
	assert_true(shown(&l.header));
	assert_false(shown(&l.sub));
	/* the coaching column is to the right of the stretch column */
	assert_true(l.count.x > l.text.x + l.text.w);
	assert_int_equal(l.keys.y, 23);
	assert_int_equal(l.message.y, 22);
	assert_true(l.hold_bar.y < l.routine_bar.y);
}

static void
test_coach_art_too_big_is_dropped(void **state)
{
	struct coach_layout l;

	(void)state;
	layout_coach(16, 80, 12, 32, 23, &l);
	check_coach(&l, 16, 80);
	assert_false(shown(&l.art));
	assert_true(shown(&l.text));
	layout_coach(24, 80, 12, 60, 23, &l);   /* wider than the column */
	assert_false(shown(&l.art));
}

static void
test_coach_narrow_full(void **state)
{
	struct coach_layout l;

	(void)state;
	layout_coach(24, 50, 6, 20, 23, &l);
	assert_int_equal(l.kind, LAYOUT_FULL);
	check_coach(&l, 24, 50);
	assert_true(l.big);
	assert_false(shown(&l.art));
	assert_true(shown(&l.text));
	assert_true(l.text.y > l.breath.y);

	/* the smallest full screen: no room for big digits or steps */
	layout_coach(12, 40, 6, 20, 23, &l);
	assert_int_equal(l.kind, LAYOUT_FULL);
	check_coach(&l, 12, 40);
	assert_false(l.big);
	assert_int_equal(l.count.h, 1);
	assert_true(shown(&l.breath));
	assert_true(shown(&l.keys));

	/* a countdown too wide for the screen is drawn small */
	layout_coach(24, 45, 0, 0, 44, &l);
	assert_false(l.big);
}

static void
test_coach_compact(void **state)
{
	struct coach_layout l;

	(void)state;
	layout_coach(10, 30, 6, 20, 23, &l);
	assert_int_equal(l.kind, LAYOUT_COMPACT);
	check_coach(&l, 10, 30);
	assert_false(l.big);
	assert_false(shown(&l.art));
	assert_false(shown(&l.text));
	assert_false(shown(&l.header));
	assert_true(shown(&l.title));
	assert_true(shown(&l.sub));
	assert_true(shown(&l.count));
	assert_true(shown(&l.breath));
	assert_true(shown(&l.hold_bar));
	assert_true(shown(&l.routine_bar));
	assert_int_equal(l.keys.y, 9);
	assert_int_equal(l.message.y, 8);

	/* the least that is still coached: 6 rows keep the essentials */
	layout_coach(6, 20, 0, 0, 23, &l);
	assert_int_equal(l.kind, LAYOUT_COMPACT);
	check_coach(&l, 6, 20);
	assert_true(shown(&l.title));
	assert_true(shown(&l.count));
	assert_true(shown(&l.breath));
	assert_true(shown(&l.keys));
	assert_true(shown(&l.message));
	assert_false(shown(&l.routine_bar));
}

static void
test_coach_too_small(void **state)
{
	struct coach_layout l;

	(void)state;
	layout_coach(5, 18, 6, 20, 23, &l);
	assert_int_equal(l.kind, LAYOUT_TOO_SMALL);
	check_coach(&l, 5, 18);
	assert_false(shown(&l.count));
	layout_coach(1, 1, 0, 0, 0, &l);
	assert_int_equal(l.kind, LAYOUT_TOO_SMALL);
}

/* Every size from tiny to large yields rectangles inside the screen, never overlapping. */
static void
test_coach_every_size(void **state)
{
	struct coach_layout l;

	(void)state;
	for (int rows = 0; rows <= 70; rows++)
		for (int cols = 0; cols <= 220; cols += 3) {
			layout_coach(rows, cols, 12, 32, 30, &l);
			check_coach(&l, rows, cols);
			if (l.kind != LAYOUT_TOO_SMALL) {
				assert_true(shown(&l.count));
				assert_true(shown(&l.title));
			}
		}
}

static void
test_menu(void **state)
{
	struct menu_layout l;

	(void)state;
	layout_menu(24, 80, 5, &l);
	assert_int_equal(l.kind, LAYOUT_FULL);
	assert_false(l.beside);
	assert_int_equal(l.list.h, 5);
	assert_true(shown(&l.detail));
	assert_true(l.detail.y > l.list.y + l.list.h - 1);
	assert_true(inside(&l.detail, 24, 80));

	layout_menu(24, 80, 40, &l);   /* a long list leaves room for the detail */
	assert_true(shown(&l.detail));
	assert_true(l.detail.h >= 4);
	assert_true(inside(&l.list, 24, 80));

	layout_menu(30, 120, 5, &l);
	assert_true(l.beside);
	assert_false(overlap(&l.list, &l.detail));
	assert_true(l.detail.x - (l.list.x + l.list.w) >= 2);   /* room for the divider */
	assert_true(l.list.w >= 76);
	assert_true(l.detail.w >= 40);
	assert_true(inside(&l.detail, 30, 120));

	layout_menu(10, 30, 5, &l);
	assert_int_equal(l.kind, LAYOUT_COMPACT);
	assert_false(shown(&l.detail));
	assert_int_equal(l.list.h, 8);

	layout_menu(5, 18, 5, &l);
	assert_int_equal(l.kind, LAYOUT_TOO_SMALL);
	for (int rows = 0; rows <= 50; rows++)
		for (int cols = 0; cols <= 200; cols += 7) {
			layout_menu(rows, cols, 9, &l);
			assert_true(inside(&l.title, rows, cols));
			assert_true(inside(&l.list, rows, cols));
			assert_true(inside(&l.detail, rows, cols));
			assert_true(inside(&l.keys, rows, cols));
			assert_false(overlap(&l.list, &l.detail));
			assert_false(overlap(&l.list, &l.keys));
		}
}

static void
test_page(void **state)
{
	struct page_layout l;

	(void)state;
	layout_page(24, 80, &l);
	assert_int_equal(l.body.h, 20);
	layout_page(8, 25, &l);
	assert_int_equal(l.kind, LAYOUT_COMPACT);
	assert_int_equal(l.body.h, 6);
	layout_page(3, 10, &l);
	assert_int_equal(l.kind, LAYOUT_TOO_SMALL);
}

static void
test_scroll(void **state)
{
	(void)state;
	assert_int_equal(layout_scroll(3, 0, 10, 5), 0);     /* all fit */
	assert_int_equal(layout_scroll(12, 0, 10, 30), 3);   /* scroll down just enough */
	assert_int_equal(layout_scroll(12, 5, 10, 30), 5);   /* already visible */
	assert_int_equal(layout_scroll(2, 5, 10, 30), 2);    /* scroll up */
	assert_int_equal(layout_scroll(29, 25, 10, 30), 20); /* never past the end */
	assert_int_equal(layout_scroll(5, 0, 0, 30), 0);
}

static void
test_fill(void **state)
{
	(void)state;
	assert_int_equal(layout_fill(0, 100, 20), 0);
	assert_int_equal(layout_fill(50, 100, 20), 10);
	assert_int_equal(layout_fill(100, 100, 20), 20);
	assert_int_equal(layout_fill(150, 100, 20), 20);
	assert_int_equal(layout_fill(-5, 100, 20), 0);
	assert_int_equal(layout_fill(5, 0, 20), 0);
	assert_int_equal(layout_fill(5, 10, 0), 0);
}

static void
test_breath_bar(void **state)
{
	int prev = -1, changes = 0;

	(void)state;
	/* inhale fills from empty, exhale empties from full, on whole seconds */
	assert_int_equal(layout_breath_fill(true, 0, 4000, 8), 0);
	assert_int_equal(layout_breath_fill(true, 999, 4000, 8), 0);
	assert_int_equal(layout_breath_fill(true, 1000, 4000, 8), 2);
	assert_int_equal(layout_breath_fill(true, 3999, 4000, 8), 6);
	assert_int_equal(layout_breath_fill(true, 4000, 4000, 8), 8);
	assert_int_equal(layout_breath_fill(false, 0, 6000, 8), 8);
	assert_int_equal(layout_breath_fill(false, 1000, 6000, 8), 7);   /* 1.33 cells, rounded */
	assert_int_equal(layout_breath_fill(false, 5999, 6000, 8), 1);
	assert_int_equal(layout_breath_fill(true, 5, 0, 8), 0);
	/* a phase under two seconds (a quick rep) still steps a cell at a time */
	assert_int_equal(layout_breath_fill(true, 600, 1200, 8), 4);

	/* it only empties, and layout_breath_next() finds each change */
	for (int64_t t = 0; t < 6000;) {
		int f = layout_breath_fill(false, t, 6000, 8);
		int64_t step = layout_breath_next(t, 6000, 8);

		assert_true(step >= 1);
		if (prev >= 0) {
			assert_true(f < prev);
			changes++;
		}
		/* nothing changes before the predicted moment */
		if (step > 1)
			assert_int_equal(layout_breath_fill(false, t + step - 1, 6000, 8), f);
		prev = f;
		t += step;
	}
	assert_int_equal(changes, 5);   /* seconds 1..5; the sixth is the phase's end */
	assert_int_equal(layout_breath_next(5000, 4000, 8), 1);
}

/* At whole-second paces every step falls on a whole second: the countdown's wake-up draws it. */
static void
test_breath_steps_align_with_seconds(void **state)
{
	(void)state;
	assert_int_equal(layout_breath_next(0, 4000, 8), 1000);
	assert_int_equal(layout_breath_next(500, 4000, 8), 500);
	assert_int_equal(layout_breath_next(3000, 4000, 8), 1000);   /* the phase's end */
	assert_int_equal(layout_breath_next(0, 6000, 8), 1000);
	for (int64_t t = 0; t < 6000; t += 250)
		assert_int_equal((t + layout_breath_next(t, 6000, 8)) % 1000, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kind_thresholds),
		cmocka_unit_test(test_big_width),
		cmocka_unit_test(test_coach_full_80x24),
		cmocka_unit_test(test_coach_art_too_big_is_dropped),
		cmocka_unit_test(test_coach_narrow_full),
		cmocka_unit_test(test_coach_compact),
		cmocka_unit_test(test_coach_too_small),
		cmocka_unit_test(test_coach_every_size),
		cmocka_unit_test(test_menu),
		cmocka_unit_test(test_page),
		cmocka_unit_test(test_scroll),
		cmocka_unit_test(test_fill),
		cmocka_unit_test(test_breath_bar),
		cmocka_unit_test(test_breath_steps_align_with_seconds),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
