/*
 * adapt_order.c — the shape and order of an adapted routine: what opens
 * it (a warm-up) and ends it (calm); where swaps would send someone up and
 * down between standing, a chair and the floor, the order that asks least
 * of the body, or the routine's own where sorting spares nothing.
 */
#include "adapt_int.h"

#include <stdlib.h>
#include <string.h>

#include "adapt.h"
#include "diag.h"

bool
adapt_warm_up(const struct stretch *s)
{
	return s->level == LEVEL_GENTLE && s->kind == KIND_DYNAMIC;
}

bool
adapt_calm(const struct stretch *s)
{
	return s->position != POS_STANDING && s->kind != KIND_STRENGTH && s->level != LEVEL_DEEP &&
	    (s->kind != KIND_DYNAMIC || s->level == LEVEL_GENTLE);
}

/* Up or down: standing 0, seated 1, floor 2. */
static int
rank(const struct routine_item *it)
{
	return it->stretch->position == POS_STANDING ? 0 : it->stretch->position == POS_SEATED ? 1 : 2;
}

/* How many times the items turn back: down then up, or up then down. */
int
adapt_turns(const struct routine_item *v, size_t n)
{
	int dir = 0, count = 0;

	for (size_t i = 1; i < n; i++) {
		int d = rank(&v[i]) - rank(&v[i - 1]);

		if (d == 0)
			continue;
		d = d > 0 ? 1 : -1;
		if (dir != 0 && d != dir)
			count++;
		dir = d;
	}
	return count;
}

/*
 * What an order asks of the body, least first: how often it goes down to
 * the floor or up from it, then how often it turns back (standing, seated,
 * floor), counting the getting up after the last stretch, which no order
 * spares. Ending seated after the floor then costs what ending on the
 * floor does: the rise is the same, before the last stretch or after it.
 */
static int
order_cost(const struct routine_item *v, size_t n)
{
	int floor = 0, dir = 0, back = 0;

	for (size_t i = 1; i <= n; i++) {
		int was = rank(&v[i - 1]), now = i < n ? rank(&v[i]) : 0, d = now - was;

		floor += (was == 2) != (now == 2);
		if (d == 0)
			continue;
		d = d > 0 ? 1 : -1;
		back += dir != 0 && d != dir;
		dir = d;
	}
	return floor * 64 + back;
}

/*
 * Stable, after the first stretch (the warm-up, which stays first):
 * standing, seated, floor (down), or the reverse (up).
 */
static void
order_by_level(struct routine_item *v, size_t n, bool up)
{
	for (size_t i = 2; i < n; i++) {
		struct routine_item t = v[i];
		size_t j = i;

		for (; j > 1 && (up ? rank(&v[j - 1]) < rank(&t) : rank(&v[j - 1]) > rank(&t)); j--)
			v[j] = v[j - 1];
		v[j] = t;
	}
}

/*
 * An evening ends calm and off its feet: as keep_shape() will make it, the
 * last calm stretch after the first moved to the end, so that an order is
 * judged as it will run.
 */
static void
end_calm(struct routine_item *v, size_t n, bool evening)
{
	size_t i;
	struct routine_item t;

	if (!evening || n < 2 || adapt_calm(v[n - 1].stretch))
		return;
	for (i = n - 1; i-- > 1 && !adapt_calm(v[i].stretch);)
		;
	if (i < 1 || !adapt_calm(v[i].stretch))
		return;
	t = v[i];
	memmove(&v[i], &v[i + 1], (n - 1 - i) * sizeof *v);
	v[n - 1] = t;
}

/*
 * v ordered by level, down or up, where that asks less of the body than
 * the order as written (with its swaps in their places); as written where
 * neither does. A routine's author put its stretches in an order for a
 * reason: the calm one a swap brought in for a rest stays near the end
 * unless sorting really spares a trip to the floor or a turn back. Each
 * order is judged as it will run (an evening's calm end in place). Between
 * the two sorted orders: the cheaper, then the one that turns back less,
 * then the usual way (an evening goes down; a morning goes up from a low
 * warm-up).
 */
void
adapt_reorder(struct routine_item *v, size_t n, bool evening)
{
	struct routine_item *way[3];
	bool floor = false, up;
	int pick;

	for (size_t i = 0; i < n; i++)
		floor |= rank(&v[i]) == 2;
	up = !evening && n > 0 && (rank(&v[0]) == 2 || (rank(&v[0]) == 1 && !floor));
	for (int k = 0; k < 3; k++) {
		way[k] = xreallocarray(NULL, n + 1, sizeof *way[k]);
		memcpy(way[k], v, n * sizeof *v);
		if (k < 2)
			order_by_level(way[k], n, k == 0 ? up : !up);
		end_calm(way[k], n, evening);
	}
	pick = order_cost(way[1], n) < order_cost(way[0], n) ||
	    (order_cost(way[1], n) == order_cost(way[0], n) && adapt_turns(way[1], n) < adapt_turns(way[0], n));
	/* way[2]: as written */
	if (order_cost(way[pick], n) < order_cost(way[2], n))
		memcpy(v, way[pick], n * sizeof *v);
	for (int k = 0; k < 3; k++)
		free(way[k]);
}

/* On the floor, lying (on the back, front or side: 1) or up (kneeling, on all fours, sitting: 0). */
static int
lying(const struct stretch *s)
{
	return s->start == START_BACK || s->start == START_FRONT || s->start == START_SIDE;
}

int
adapt_floor_turns(const struct routine_item *v, size_t n)
{
	int count = 0;

	for (size_t a = 1; a < n; a++) {
		int dir = 0;

		for (; a + 1 < n && v[a].stretch->position == POS_FLOOR &&
		    v[a + 1].stretch->position == POS_FLOOR; a++) {
			int d = lying(v[a + 1].stretch) - lying(v[a].stretch);

			if (d != 0) {
				count += dir != 0 && d != dir;
				dir = d;
			}
		}
	}
	return count;
}

/*
 * The floor stretches in v (after the first) lying down last in the
 * evening, first at other times, each run sorted stably; what is standing
 * or on a chair stays where it is. Stenosis swapped Pigeon (on all fours)
 * for Figure-Four (on the back) between Lizard and Child's Pose (kneeling):
 * down to the back, up to kneeling, down again.
 */
void
adapt_reorder_floor(struct routine_item *v, size_t n, bool evening)
{
	for (size_t a = 1; a < n;) {
		size_t b = a;

		if (v[a].stretch->position != POS_FLOOR) {
			a++;
			continue;
		}
		while (b < n && v[b].stretch->position == POS_FLOOR)
			b++;
		for (size_t i = a + 1; i < b; i++) {
			struct routine_item t = v[i];
			size_t j = i;

			for (; j > a && (evening ? lying(v[j - 1].stretch) > lying(t.stretch) :
			    lying(v[j - 1].stretch) < lying(t.stretch)); j--)
				v[j] = v[j - 1];
			v[j] = t;
		}
		a = b;
	}
}
