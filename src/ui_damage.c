/* ui_damage.c — the columns of each row a frame drew, for ui_direct.c to compare. */
#include <curses.h>
#include <limits.h>
#include <stdlib.h>

#include "ui_curses_int.h"

/*
 * Per row, the columns drawn since the last refresh, as two spans at most
 * (lo > hi: none): a bar's cell and the time at the end of its row are
 * compared as two short runs, not as the whole row between them.
 */
struct dmg { int lo[UI_DMG_SPANS], hi[UI_DMG_SPANS]; };
static struct dmg *dmg;
static int dmg_rows;

static void
damage_clear(struct dmg *d)
{
	for (int k = 0; k < UI_DMG_SPANS; k++) {
		d->lo[k] = INT_MAX;
		d->hi[k] = -1;
	}
}

void
ui_damage_reset(void)
{
	for (int y = 0; y < dmg_rows; y++)
		damage_clear(&dmg[y]);
}

bool
ui_damaged(int y)
{
	return y >= 0 && y < dmg_rows && dmg[y].lo[0] <= dmg[y].hi[0];
}

/* Columns a..b into span k of d. */
static void
span_add(struct dmg *d, int k, int a, int b)
{
	if (a < d->lo[k])
		d->lo[k] = a;
	if (b > d->hi[k])
		d->hi[k] = b;
}

/* True when columns a..b touch span k of d, or come within a gap worth resending. */
static bool
near(const struct dmg *d, int k, int a, int b)
{
	return a <= d->hi[k] + UI_RUN_GAP && b >= d->lo[k] - UI_RUN_GAP;
}

void
ui_direct_damage(int y, int x, int n)
{
	struct dmg *d;
	int a = x, b = x + n - 1;

	if (y < 0 || x < 0 || n <= 0)
		return;
	if (y >= dmg_rows) {
		int rows = LINES > y ? LINES : y + 1;
		struct dmg *more = realloc(dmg, (size_t)rows * sizeof *more);

		if (more == NULL)
			return;
		dmg = more;
		for (int i = dmg_rows; i < rows; i++)
			damage_clear(&dmg[i]);
		dmg_rows = rows;
	}
	d = &dmg[y];
	/* a span this one touches or nearly touches grows; else the second opens */
	if (d->lo[0] > d->hi[0] || near(d, 0, a, b))
		span_add(d, 0, a, b);
	else if (d->lo[1] > d->hi[1] || near(d, 1, a, b))
		span_add(d, 1, a, b);
	else   /* a third apart: it joins the nearer */
		span_add(d, abs(a - d->hi[0]) <= abs(a - d->hi[1]) ? 0 : 1, a, b);
	/* grown into each other: one span */
	if (d->lo[1] <= d->hi[1] && near(d, 0, d->lo[1], d->hi[1])) {
		span_add(d, 0, d->lo[1], d->hi[1]);
		d->lo[1] = INT_MAX;
		d->hi[1] = -1;
	}
}

int
ui_damage_rows(void)
{
	return dmg_rows;
}

bool
ui_damage_span(int y, int k, int *lo, int *hi)
{
	if (y < 0 || y >= dmg_rows || k < 0 || k >= UI_DMG_SPANS || dmg[y].lo[k] > dmg[y].hi[k])
		return false;
	*lo = dmg[y].lo[k];
	*hi = dmg[y].hi[k];
	return true;
}

void
ui_damage_done(void)
{
	free(dmg);
	dmg = NULL;
	dmg_rows = 0;
}
