/*
 * adapt.c — swap what a person cannot do for a gentler variation. It runs
 * after a routine is chosen or built and before it is planned, so bundled,
 * saved and built routines all pass through the same rule.
 */
#include "adapt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

#define CHAIN_MAX 8
#define NOTE_MAX 150

/* Why a stretch does not suit: a bit per need. */
enum {
	WHY_KNEEL = 1u << 0, WHY_FLOOR = 1u << 1, WHY_CONDITION = 1u << 2, WHY_HURT = 1u << 3,
};

struct adapted {
	const struct routine *use;   /* the original, or &own */
	struct routine own;
	struct routine_item *items;
	char *note;
};

static unsigned
why_not(const struct stretch *s, const struct adapt_needs *n)
{
	unsigned why = 0;

	if (n->no_kneel && s->kneels)
		why |= WHY_KNEEL;
	if (n->no_floor && s->position == POS_FLOOR)
		why |= WHY_FLOOR;
	if (s->avoid_if & n->conditions)
		why |= WHY_CONDITION;
	for (size_t i = 0; i < n->nhurt; i++)
		if (strcmp(n->hurt[i], s->id) == 0)
			why |= WHY_HURT;
	return why;
}

bool
adapt_fits(const struct stretch *s, const struct adapt_needs *n)
{
	return why_not(s, n) == 0;
}

const struct stretch *
adapt_pick(const struct stretch *s, const struct adapt_needs *n)
{
	for (int hops = 0; s != NULL && hops <= CHAIN_MAX; hops++) {
		if (adapt_fits(s, n))
			return s;
		s = s->gentler;
	}
	return NULL;
}

/* Up or down: standing 0, seated 1, floor 2. */
static int
rank(const struct routine_item *it)
{
	return it->stretch->position == POS_STANDING ? 0 : it->stretch->position == POS_SEATED ? 1 : 2;
}

/* How many times the items turn back: down then up, or up then down. */
static int
turns(const struct routine_item *v, size_t n)
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
 * Stable: standing, seated, floor (down), or the reverse (up), whichever
 * keeps the first stretch, the warm-up, at the front.
 */
static void
order_by_level(struct routine_item *v, size_t n)
{
	bool floor = false, up;

	for (size_t i = 0; i < n; i++)
		floor |= rank(&v[i]) == 2;
	up = n > 0 && (rank(&v[0]) == 2 || (rank(&v[0]) == 1 && !floor));
	for (size_t i = 1; i < n; i++) {
		struct routine_item t = v[i];
		size_t j = i;

		for (; j > 0 && (up ? rank(&v[j - 1]) < rank(&t) : rank(&v[j - 1]) > rank(&t)); j--)
			v[j] = v[j - 1];
		v[j] = t;
	}
}

static bool
listed(const struct routine_item *v, size_t n, const struct stretch *s)
{
	for (size_t i = 0; i < n; i++)
		if (v[i].stretch == s)
			return true;
	return false;
}

/* Append "part" to the note, as long as it stays short enough to read at a glance. */
static void
note_add(char *buf, size_t size, size_t *over, const char *part)
{
	size_t len = strlen(buf), plen = strlen(part);

	if (*over == 0 && len + plen + 3 <= size) {
		if (len > 0) {
			memcpy(buf + len, "; ", 2);
			len += 2;
		}
		memcpy(buf + len, part, plen + 1);
		return;
	}
	(*over)++;
}

/* "no kneeling, no floor work": the needs that changed something, joined. */
static void
why_words(char *buf, size_t size, unsigned why)
{
	static const char *const words[] = {
		"no kneeling", "no floor work", "your health conditions", "what hurt twice lately",
	};
	size_t len = 0;

	buf[0] = '\0';
	for (unsigned i = 0; i < 4; i++)
		if (why & (1u << i))
			len += (size_t)snprintf(buf + len, size - len, "%s%s", len ? ", " : "", words[i]);
}

static void
make_note(struct adapted *a, const char *changes, size_t over, unsigned why)
{
	char words[96];

	why_words(words, sizeof words, why);
	if (over > 0)
		a->note = xasprintf("Adapted for %s: %s; and %zu more.", words, changes, over);
	else
		a->note = xasprintf("Adapted for %s: %s.", words, changes);
}

/* Swap or drop each item that does not suit; records what it did in the note. */
static size_t
swap_items(struct adapted *a, const struct routine *r,
    const struct adapt_needs *n, unsigned *why)
{
	char changes[NOTE_MAX + 1] = "", part[160];
	size_t k = 0, over = 0;

	for (size_t i = 0; i < r->nitems; i++) {
		const struct routine_item *it = &r->items[i];
		const struct stretch *s = it->stretch, *alt;
		unsigned w = why_not(s, n);

		if (w == 0) {
			a->items[k++] = *it;
			continue;
		}
		*why |= w;
		alt = adapt_pick(s, n);
		if (alt != NULL && !listed(r->items, r->nitems, alt) && !listed(a->items, k, alt)) {
			a->items[k++] = (struct routine_item){ alt, alt->hold, alt->reps, alt->sets };
			snprintf(part, sizeof part, "%s instead of %s", alt->name, s->name);
		} else
			snprintf(part, sizeof part, "%s left out", s->name);
		note_add(changes, sizeof changes, &over, part);
	}
	if (*why != 0)
		make_note(a, changes, over, *why);
	return k;
}

struct adapted *
adapt_routine(const struct routine *r, const struct adapt_needs *n)
{
	struct adapted *a = xcalloc(1, sizeof *a);
	unsigned why = 0;
	size_t k;

	a->use = r;
	a->items = xreallocarray(NULL, r->nitems + 1, sizeof *a->items);
	k = swap_items(a, r, n, &why);
	if (why == 0)
		return a;
	if (turns(a->items, k) > 0)
		order_by_level(a->items, k);
	a->own = *r;
	a->own.items = a->items;
	a->own.nitems = k;
	a->use = &a->own;
	return a;
}

const struct routine *adapted_routine(const struct adapted *a) { return a->use; }
const char *adapted_note(const struct adapted *a) { return a->note; }

void
adapted_free(struct adapted *a)
{
	if (a == NULL)
		return;
	free(a->items);
	free(a->note);
	free(a);
}
