/*
 * adapt.c — swap what a person cannot do for a gentler variation. It runs
 * after a routine is chosen or built and before it is planned, so bundled,
 * saved and built routines all pass through the same rule.
 */
#include "adapt.h"
#include "adapt_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conditions.h"
#include "diag.h"
#include "i18n.h"
#include "plan.h"
#include "text.h"

#define CHAIN_MAX 8
/* A note longer than this (a screen line) gives counts instead of names. */
#define NOTE_MAX 78
/* Items keeping the shape may add: two a pass (a warm-up, a calm end), three passes. */
#define SHAPE_ADDS 6

/* Why a stretch does not suit: a bit per need. */
enum {
	WHY_KNEEL = 1u << 0, WHY_FLOOR = 1u << 1, WHY_CONDITION = 1u << 2, WHY_HURT = 1u << 3,
	WHY_LEG = 1u << 4, WHY_COUNT = 5,
};

struct adapted {
	const struct routine *use;   /* the original, or &own */
	struct routine own;
	struct routine_item *items;
	char *note;     /* short enough for a screen line */
	char *detail;   /* every change by name */
	bool shape_lost;   /* nothing is left because the warm-up or the calm end could not be kept */
};

/* A swap recorded in the words: what went, what came, and why (to take it back). */
struct swap_said {
	const struct stretch *from, *to;
	unsigned cond;
	const char *reason;
};

/* What adapting has done so far: the words and the counts for the note. */
struct changes {
	char *words;
	unsigned why;
	size_t swapped, dropped;
	bool shape_lost;
	struct swap_said *swaps;   /* the swaps said so far, nswaps of them */
	size_t nswaps;
};

static unsigned
why_not(const struct stretch *s, const struct adapt_needs *n)
{
	unsigned why = 0, cond = 0;

	if (n->no_kneel && s->kneels)
		why |= WHY_KNEEL;
	if (n->no_floor && s->position == POS_FLOOR)
		why |= WHY_FLOOR;
	if (conditions_check(s, n->conditions, &cond) != NULL)
		why |= cond == COND_LEG ? WHY_LEG : WHY_CONDITION;
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

int
adapt_intensity(const struct stretch *s)
{
	return (int)s->level * 2 + (s->movement.end_range ? 1 : 0);
}

const struct stretch *
adapt_pick(const struct stretch *s, const struct adapt_needs *n)
{
	int most = s != NULL ? adapt_intensity(s) : 0;

	for (int hops = 0; s != NULL && hops <= CHAIN_MAX; hops++) {
		if (adapt_fits(s, n) && adapt_intensity(s) <= most)
			return s;
		s = s->gentler;
	}
	return NULL;
}

static bool
listed(const struct routine_item *v, size_t n, const struct stretch *s)
{
	for (size_t i = 0; i < n; i++)
		if (v[i].stretch == s)
			return true;
	return false;
}

/* A variation of s's move (its family) among v's n items. */
static bool
family_listed(const struct routine_item *v, size_t n, const struct stretch *s)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i].stretch->family, s->family) == 0)
			return true;
	return false;
}

/*
 * Whether putting alt in for r's item i does a move twice (as Seated Pelvic
 * Tilts for Cat-Cow beside Pelvic Tilts): one of its family is among the k
 * items kept so far (v), or among r's later ones that stay as they are.
 */
static bool
repeats_move(const struct routine *r, size_t i, const struct routine_item *v, size_t k,
    const struct stretch *alt, const struct adapt_needs *n)
{
	if (listed(r->items, r->nitems, alt) || family_listed(v, k, alt))
		return true;
	for (size_t j = i + 1; j < r->nitems; j++)
		if (why_not(r->items[j].stretch, n) == 0 &&
		    strcmp(r->items[j].stretch->family, alt->family) == 0)
			return true;
	return false;
}

/* "no kneeling, no floor work": the needs that changed something, joined. */
static void
why_words(char *buf, size_t size, unsigned why)
{
	static const char *const words[] = {
		N_("no kneeling"), N_("no floor work"), N_("your health conditions"), N_("what hurt twice lately"),
		N_("your leg symptoms"),
	};
	size_t len = 0;

	buf[0] = '\0';
	for (unsigned i = 0; i < WHY_COUNT; i++)
		if (why & (1u << i))
			len += (size_t)snprintf(buf + len, size - len, "%s%s", len ? ", " : "", _(words[i]));
}

/*
 * The notes: every change by name, and, when that is longer than a screen
 * line, how many were swapped and left out.
 */
static void
make_note(struct adapted *a, const struct changes *ch)
{
	const char *changes = ch->words;
	unsigned why = ch->why;
	size_t swapped = ch->swapped, dropped = ch->dropped;
	char words[192], sw[96] = "", dr[96] = "";

	why_words(words, sizeof words, why);
	/* TRANSLATORS: A note under a routine. The first %s is why it was changed, a list such
	   as "no kneeling, no floor work"; the second what changed, a list such as "Knee Rolls
	   instead of Supine Twist, Thread the Needle left out". */
	a->detail = xasprintf(_("Adapted for %s: %s."), words, changes);
	if (text_width(a->detail) <= NOTE_MAX) {
		a->note = xstrdup(a->detail);
		return;
	}
	if (swapped > 0)
		/* TRANSLATORS: %zu is how many stretches were swapped for easier variations (2). Part
		   of the short note "Adapted for no kneeling: 2 swapped for easier ones, 1 left out.",
		   used when the names do not fit a line. */
		snprintf(sw, sizeof sw, ngettext("%zu swapped for an easier one", "%zu swapped for easier ones",
		    swapped), swapped);
	if (dropped > 0)
		/* TRANSLATORS: %zu is how many stretches were left out of the routine (1). Part of the
		   short note "Adapted for no kneeling: 2 swapped for easier ones, 1 left out.". */
		snprintf(dr, sizeof dr, ngettext("%zu left out", "%zu left out", dropped), dropped);
	/* TRANSLATORS: The short note when the long one does not fit a line: "Adapted for no
	   kneeling: 2 swapped for easier ones, 1 left out.". The first %s is why (a list such
	   as "no kneeling, no floor work"), then the swapped count ("2 swapped for easier
	   ones", or empty), ", " when both counts are there (or empty), then the left-out
	   count ("1 left out", or empty). */
	a->note = xasprintf(_("Adapted for %s: %s%s%s."), words, sw, *sw && *dr ? ", " : "", dr);
}

/* Add "part" to the list of changes (caller frees the old and keeps the new). */
static char *
add_change(char *changes, const char *part)
{
	char *out = xasprintf("%s%s%s", changes, *changes ? "; " : "", part);

	free(changes);
	return out;
}

/*
 * The words of one change to s: swapped for alt, or left out (alt NULL),
 * naming the condition and its reason when a condition's rule decided it.
 */
static void
change_words(char *part, size_t size, const struct stretch *s, const struct stretch *alt,
    unsigned cond, const char *reason)
{
	if (reason == NULL && alt != NULL)
		/* TRANSLATORS: The first %s is the easier stretch's name, the second the name of the
		   stretch it replaces: "Knee Rolls instead of Supine Twist". Number them (%1$s, %2$s)
		   to change the order; docs/translating.md shows this one. */
		snprintf(part, size, _("%s instead of %s"), alt->name, s->name);
	else if (reason == NULL)
		/* TRANSLATORS: %s is a stretch's name: "Thread the Needle left out". An item of a list
		   of changes to a routine. */
		snprintf(part, size, _("%s left out"), s->name);
	else if (alt != NULL)
		/* TRANSLATORS: "Knee Rolls instead of Supine Twist (for osteoporosis: loaded twist)". */
		snprintf(part, size, _("%s instead of %s (for %s: %s)"), alt->name, s->name,
		    conditions_label(cond), reason);
	else
		/* TRANSLATORS: "Thread the Needle left out for osteoporosis: loaded twist". */
		snprintf(part, size, _("%s left out for %s: %s"), s->name,
		    conditions_label(cond), reason);
}

static void
record(struct changes *ch, const struct stretch *s, const struct stretch *alt, unsigned cond,
    const char *reason)
{
	char part[400];

	change_words(part, sizeof part, s, alt, cond, reason);
	ch->words = add_change(ch->words, part);
	if (alt != NULL) {
		ch->swaps = xreallocarray(ch->swaps, ch->nswaps + 1, sizeof *ch->swaps);
		ch->swaps[ch->nswaps++] = (struct swap_said){ s, alt, cond, reason };
		ch->swapped++;
	} else {
		ch->dropped++;
	}
}

/*
 * The stretch s stands for: when a swap brought s in, its words are taken
 * back and the one it replaced returned, so a later change names that one
 * ("Single-Leg Bridge left out"), not "Glute Bridge instead of …; Glute Bridge left out".
 */
static const struct stretch *
unsay_swap(struct changes *ch, const struct stretch *s)
{
	char part[400], *at;
	size_t len;

	for (size_t i = ch->nswaps; i-- > 0;) {
		const struct swap_said w = ch->swaps[i];

		if (w.to != s)
			continue;
		change_words(part, sizeof part, w.from, w.to, w.cond, w.reason);
		len = strlen(part);
		if ((at = strstr(ch->words, part)) == NULL)
			return s;
		/* the part and the "; " that joins it to the next, or to the one before */
		if (at[len] == ';')
			memmove(at, at + len + 2, strlen(at + len + 2) + 1);
		else if (at > ch->words)
			at[-2] = '\0';
		else
			*at = '\0';
		memmove(&ch->swaps[i], &ch->swaps[i + 1], (--ch->nswaps - i) * sizeof *ch->swaps);
		ch->swapped--;
		return w.from;
	}
	return s;
}

/* Swap or drop each item that does not suit; records what it did in ch. */
static size_t
swap_items(struct adapted *a, const struct routine *r, const struct adapt_needs *n,
    struct changes *ch)
{
	size_t k = 0;

	for (size_t i = 0; i < r->nitems; i++) {
		const struct routine_item *it = &r->items[i];
		const struct stretch *s = it->stretch, *alt;
		unsigned w = why_not(s, n), cond = 0;
		const char *reason = conditions_check(s, n->conditions, &cond);

		if (w == 0) {
			a->items[k++] = *it;
			continue;
		}
		ch->why |= w;
		alt = adapt_pick(s, n);
		if (alt != NULL && repeats_move(r, i, a->items, k, alt, n))
			alt = NULL;
		if (alt != NULL)
			a->items[k++] = (struct routine_item){ alt, alt->hold, alt->reps, alt->sets };
		record(ch, s, alt, cond, reason);
	}
	return k;
}

static bool
supine(const struct stretch *s)
{
	return s->movement.lying == LYING_BACK || s->start == START_BACK || !s->movement.known;
}

/* An easier variation of s that suits n, does not lie on the back and is not in v yet. */
static const struct stretch *
off_the_back(const struct stretch *s, const struct adapt_needs *n,
    const struct routine_item *v, size_t nv)
{
	for (int hops = 0; s != NULL && hops <= CHAIN_MAX; hops++, s = s->gentler)
		if (!supine(s) && adapt_fits(s, n) && !listed(v, nv, s))
			return s;
	return NULL;
}

/* The item of v (k of them) at which a run on the back passes limit, as the session's plan times it. */
static size_t
supine_over(const struct routine_item *v, size_t k, int rest, int limit)
{
	struct routine r = { .items = v, .nitems = k, .rest = rest };
	struct plan *p = plan_new(&r);
	size_t i = plan_supine_over(p, limit);

	plan_free(p);
	return i;
}

/*
 * Item i of v in one set where that keeps the run on the back within limit
 * (Glute Bridge in Core Support, a staple in pregnancy, rather than left out).
 */
static bool
one_set(struct routine_item *v, size_t k, size_t i, int rest, int limit, struct changes *ch)
{
	char part[400];
	int sets = v[i].sets;

	if (sets < 2)
		return false;
	v[i].sets = 1;
	if (supine_over(v, k, rest, limit) <= i) {
		v[i].sets = sets;
		return false;
	}
	/* TRANSLATORS: "Glute Bridge in one set instead of 2 (for pregnancy: more than three minutes
	   in a row flat on your back)"; an item of a list of changes to a routine. */
	snprintf(part, sizeof part, ngettext("%s in one set instead of %d (for %s: %s)",
	    "%s in one set instead of %d (for %s: %s)", (unsigned long)sets), v[i].stretch->name, sets,
	    conditions_label(COND_PREGNANCY), _("more than three minutes in a row flat on your back"));
	ch->words = add_change(ch->words, part);
	ch->swapped++;
	ch->why |= WHY_CONDITION;
	return true;
}

/*
 * Pregnancy: no longer than the limit flat on the back in a row, counted on
 * the plan's own timeline (get-ready, side switches and every rest). The
 * stretch that would pass it goes for an easier one off the back (when
 * swap), or is left out. Returns the new count.
 */
static size_t
limit_supine(struct routine_item *v, size_t k, int rest, const struct adapt_needs *n,
    bool swap, struct changes *ch)
{
	int limit = conditions_supine_limit(n->conditions);
	size_t i;

	while (limit > 0 && (i = supine_over(v, k, rest, limit)) < k) {
		const struct stretch *s = v[i].stretch, *alt;

		/* a routine as written keeps its stretch in one set; a build chooses another (builder_retry.c) */
		if (swap && one_set(v, k, i, rest, limit, ch))
			continue;
		alt = swap ? off_the_back(s, n, v, k) : NULL;
		if (alt != NULL)
			v[i] = (struct routine_item){ alt, alt->hold, alt->reps, alt->sets };
		else
			memmove(&v[i], &v[i + 1], (--k - i) * sizeof *v);
		record(ch, unsay_swap(ch, s), alt, COND_PREGNANCY,
		    _("more than three minutes in a row flat on your back"));
		ch->why |= WHY_CONDITION;
	}
	return k;
}

size_t
adapt_limit_supine(struct routine_item *v, size_t k, int rest, const struct adapt_needs *n,
    bool swap, char **words)
{
	struct changes ch = { xstrdup(""), 0, 0, 0, false, NULL, 0 };

	k = limit_supine(v, k, rest, n, swap, &ch);
	free(ch.swaps);
	if (ch.why != 0)
		*words = ch.words;
	else {
		*words = NULL;
		free(ch.words);
	}
	return k;
}

/* Item `from` of v moved to `to`, the ones between shifted along. */
static void
move_item(struct routine_item *v, size_t from, size_t to)
{
	struct routine_item t = v[from];

	if (from < to)
		memmove(&v[from], &v[from + 1], (to - from) * sizeof *v);
	else
		memmove(&v[to + 1], &v[to], (from - to) * sizeof *v);
	v[to] = t;
}

/*
 * A stretch that `is` what the shape needs, suits n and is not in v yet: the
 * first down the chain of easier variations of any item of r, asking no more
 * than that item; or NULL.
 */
static const struct stretch *
from_chains(const struct routine *r, const struct adapt_needs *n, const struct routine_item *v,
    size_t k, bool (*is)(const struct stretch *))
{
	for (size_t i = 0; i < r->nitems; i++) {
		const struct stretch *s = r->items[i].stretch;
		int most = adapt_intensity(s);

		for (int hops = 0; s != NULL && hops <= CHAIN_MAX; hops++, s = s->gentler)
			if (is(s) && adapt_fits(s, n) && !family_listed(v, k, s) &&
			    adapt_intensity(s) <= most)
				return s;
	}
	return NULL;
}

/* Put s into v (k items) at `at` as the catalogue doses it, and say so; returns the new count. */
static size_t
add_item(struct routine_item *v, size_t k, size_t at, const struct stretch *s, struct changes *ch)
{
	char part[300];

	memmove(&v[at + 1], &v[at], (k - at) * sizeof *v);
	v[at] = (struct routine_item){ s, s->hold, s->reps, s->sets };
	if (at == 0)
		/* TRANSLATORS: a stretch's name: put first to warm up, when the routine's own warm-up went. */
		snprintf(part, sizeof part, _("%s added to warm up"), s->name);
	else
		/* TRANSLATORS: a stretch's name: put last so the routine still ends calm. */
		snprintf(part, sizeof part, _("%s added to end calmly"), s->name);
	ch->words = add_change(ch->words, part);
	return k + 1;
}

/* A warm-up first: one left moved there, else one from the chains added; false when neither. */
static bool
warm_first(struct routine_item *v, size_t *n, const struct routine *r,
    const struct adapt_needs *need, struct changes *ch)
{
	const struct stretch *add;
	size_t i;

	for (i = 0; i < *n && !adapt_warm_up(v[i].stretch); i++)
		;
	if (i < *n) {
		move_item(v, i, 0);
		return true;
	}
	if ((add = from_chains(r, need, v, *n, adapt_warm_up)) == NULL)
		return false;
	*n = add_item(v, *n, 0, add, ch);
	return true;
}

/* A calm end: the last calm one left (after the first) moved there, else one added; false when neither. */
static bool
calm_last(struct routine_item *v, size_t *n, const struct routine *r,
    const struct adapt_needs *need, struct changes *ch)
{
	const struct stretch *add;
	size_t i;

	if (*n < 2 || adapt_calm(v[*n - 1].stretch))
		return true;
	for (i = *n - 1; i-- > 1 && !adapt_calm(v[i].stretch);)
		;
	if (i >= 1 && adapt_calm(v[i].stretch)) {
		move_item(v, i, *n - 1);
		return true;
	}
	if ((add = from_chains(r, need, v, *n, adapt_calm)) == NULL)
		return false;
	*n = add_item(v, *n, *n, add, ch);
	return true;
}

/*
 * The shape the routine had as written: when it opened with a warm-up, it
 * still does (one left, else an easier variation of one of its stretches
 * that is one), and when it ended calm (an evening always should), it still
 * does and off its feet. When that cannot be, nothing of it is left: a
 * routine without its warm-up or calm end is not the routine (the note says
 * so). v has room for SHAPE_ADDS more items than r; returns the new count.
 */
static size_t
keep_shape(struct routine_item *v, size_t n, const struct routine *r,
    const struct adapt_needs *need, struct changes *ch)
{
	bool warm, calm;

	if (n == 0 || r->nitems == 0)
		return n;
	warm = !adapt_warm_up(r->items[0].stretch) || warm_first(v, &n, r, need, ch);
	calm = (r->time != RTIME_EVENING && !adapt_calm(r->items[r->nitems - 1].stretch)) ||
	    calm_last(v, &n, r, need, ch);
	/* a warm-up alone, of a routine that had more, warms up for nothing */
	if (warm && calm && !(n == 1 && r->nitems > 1 && adapt_warm_up(v[0].stretch)))
		return n;
	ch->words = add_change(ch->words, _("nothing else, as too little is left to warm up "
	    "first and end calmly"));
	ch->shape_lost = true;
	return 0;
}

struct adapted *
adapt_routine(const struct routine *r, const struct adapt_needs *n)
{
	struct adapted *a = xcalloc(1, sizeof *a);
	struct changes ch = { xstrdup(""), 0, 0, 0, false, NULL, 0 };
	size_t k;

	a->use = r;
	a->items = xreallocarray(NULL, r->nitems + SHAPE_ADDS, sizeof *a->items);
	k = swap_items(a, r, n, &ch);
	if (ch.why != 0 && adapt_turns(a->items, k) > 0)
		adapt_reorder(a->items, k, r->time == RTIME_EVENING);
	/* a swap that turned the floor work over more than the routine as written does */
	if (ch.why != 0 && adapt_floor_turns(a->items, k) > adapt_floor_turns(r->items, r->nitems))
		adapt_reorder_floor(a->items, k, r->time == RTIME_EVENING);
	if (ch.why != 0)
		k = keep_shape(a->items, k, r, n, &ch);
	k = limit_supine(a->items, k, r->rest, n, true, &ch);
	/* what the limit on the back moved or left out may have broken the shape again */
	for (int again = 0; again < 2 && ch.why != 0 && k > 0; again++) {
		size_t was = k;

		k = keep_shape(a->items, k, r, n, &ch);
		k = limit_supine(a->items, k, r->rest, n, true, &ch);
		if (k == was && supine_over(a->items, k, r->rest,
		    conditions_supine_limit(n->conditions)) == k)
			break;
	}
	if (ch.why != 0)
		make_note(a, &ch);
	a->shape_lost = ch.shape_lost && k == 0;
	free(ch.swaps);
	free(ch.words);
	if (ch.why == 0)
		return a;
	a->own = *r;
	a->own.items = a->items;
	a->own.nitems = k;
	a->use = &a->own;
	return a;
}

const struct routine *adapted_routine(const struct adapted *a) { return a->use; }
const char *adapted_note(const struct adapted *a) { return a->note; }
const char *adapted_detail(const struct adapted *a) { return a->detail; }
bool adapted_shape_lost(const struct adapted *a) { return a->shape_lost; }

void
adapted_free(struct adapted *a)
{
	if (a == NULL)
		return;
	free(a->items);
	free(a->note);
	free(a->detail);
	free(a);
}
