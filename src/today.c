/*
 * today.c — the one plan: a routine made to fit this person today, in the
 * one order today.h documents. Every screen shows what this returns.
 */
#include "today.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builder.h"
#include "catalogue.h"
#include "diag.h"
#include "history_stats.h"
#include "i18n.h"
#include "plan.h"
#include "text.h"

/* A note longer than this (a screen line) names a count instead. */
#define NOTE_MAX 78

struct today {
	const struct routine *source;
	const struct routine *use;
	struct adapted *adapted;     /* step 1 */
	struct routine equipped;     /* step 1, the equipment: r with its own items */
	struct routine_item *equip_items;
	struct built *kept;          /* step 2, or NULL */
	struct built *fitted;        /* step 3, or NULL */
	struct routine nothing;      /* what runs when nothing may: no items */
	enum today_state state;
	long seconds;
	char *note, *detail;
	const char **hurt_ids;       /* swapped or left out for hurting */
	size_t nhurt_ids;
	size_t nleft;                /* left out in step 2 */
};

static bool
listed(const char *const *ids, size_t n, const char *id)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(ids[i], id) == 0)
			return true;
	return false;
}

static bool
in_routine(const struct routine *r, const char *id)
{
	for (size_t i = 0; i < r->nitems; i++)
		if (strcmp(r->items[i].stretch->id, id) == 0)
			return true;
	return false;
}

static void
add_hurt_id(struct today *t, const char *id)
{
	if (listed(t->hurt_ids, t->nhurt_ids, id))
		return;
	t->hurt_ids = xreallocarray(t->hurt_ids, t->nhurt_ids + 1, sizeof *t->hurt_ids);
	t->hurt_ids[t->nhurt_ids++] = id;
}

/* Step 2: leave out what was marked hurt lately; the ids and names left out are kept. */
static char *
leave_out_hurt(struct today *t, const struct today_needs *n)
{
	const struct routine *r = t->use;
	char *names = NULL, *next;

	if (n->include_hurt || n->nhurt == 0 ||
	    (t->kept = builder_without(r, n->hurt, n->nhurt)) == NULL)
		return NULL;
	for (size_t i = 0; i < r->nitems; i++) {
		const struct stretch *s = r->items[i].stretch;
		char *safe;

		if (!listed(n->hurt, n->nhurt, s->id))
			continue;
		add_hurt_id(t, s->id);
		safe = text_safe(s->name);
		next = xasprintf("%s%s%s", names != NULL ? names : "", names != NULL ? ", " : "", safe);
		free(safe);
		free(names);
		names = next;
	}
	t->use = built_routine(t->kept);
	return names;
}

/* The easier variation of s that needs nothing lacking and suits n, not in r already; or NULL. */
static const struct stretch *
without_lacking(const struct stretch *s, const struct today_needs *n, const struct routine *r)
{
	for (int hops = 0; s != NULL && hops < 8; hops++, s = s->gentler)
		if (!(s->equipment & n->lacks) && adapt_fits(s, &n->adapt) && !in_routine(r, s->id))
			return s;
	return NULL;
}

/* Add "part" to *words, joined with "; ". */
static void
add_words(char **words, const char *part)
{
	char *next = xasprintf("%s%s%s", *words != NULL ? *words : "", *words != NULL ? "; " : "", part);

	free(*words);
	*words = next;
}

/*
 * Step 1, the equipment: swap or leave out each stretch that needs what the
 * person lacks. Returns the words of the note (malloc'd), or NULL when
 * nothing changed.
 */
static char *
fit_equipment(struct today *t, const struct today_needs *n)
{
	const struct routine *r = t->use;
	char *words = NULL, *part, what[128], *note;
	unsigned missing = 0;
	size_t k = 0;

	for (size_t i = 0; i < r->nitems; i++)
		missing |= r->items[i].stretch->equipment & n->lacks;
	if (missing == 0)
		return NULL;
	t->equip_items = xreallocarray(NULL, r->nitems, sizeof *t->equip_items);
	for (size_t i = 0; i < r->nitems; i++) {
		const struct stretch *s = r->items[i].stretch, *alt;

		if (!(s->equipment & n->lacks)) {
			t->equip_items[k++] = r->items[i];
			continue;
		}
		if ((alt = without_lacking(s, n, r)) != NULL) {
			t->equip_items[k++] = (struct routine_item){ alt, alt->hold, alt->reps, alt->sets };
			/* TRANSLATORS: The first %s is the easier stretch's name, the second the name of the
			   stretch it replaces: "Knee Rolls instead of Supine Twist". Number them (%1$s, %2$s)
			   to change the order; docs/translating.md shows this one. */
			part = xasprintf(_("%s instead of %s"), alt->name, s->name);
		} else
			/* TRANSLATORS: %s is a stretch's name: "Thread the Needle left out". An item of a list
			   of changes to a routine. */
			part = xasprintf(_("%s left out"), s->name);
		add_words(&words, part);
		free(part);
	}
	t->equipped = *r;
	t->equipped.items = t->equip_items;
	t->equipped.nitems = k;
	t->use = &t->equipped;
	catalogue_join_names(what, sizeof what, missing, catalogue_equipment_label, ", ");
	/* TRANSLATORS: "Without foam-roller (your equipment setting): Foam Roll Glutes left out." */
	note = xasprintf(_("Without %s (your equipment setting): %s."), what, words);
	free(words);
	return note;
}

/* Join the notes of the steps into the short and the full text. */
static void
make_notes(struct today *t, const char *equip, const char *hurt_names, size_t nleft)
{
	const char *parts[4] = { adapted_detail(t->adapted), equip, NULL,
	    t->fitted != NULL ? built_note(t->fitted) : NULL };
	const char *shorts[4] = { adapted_note(t->adapted), NULL, NULL, parts[3] };
	char *equip_short = NULL;
	char *hurt = NULL, *hurt_short = NULL;

	if (hurt_names != NULL) {
		/* TRANSLATORS: %d is the days looked back (7), %s the names of the stretches left out. */
		hurt = xasprintf(_("Left out for now, marked hurt in the last %d days: %s."),
		    HISTORY_HURT_DAYS, hurt_names);
		hurt_short = strlen(hurt) <= NOTE_MAX ? xstrdup(hurt) :
		    /* TRANSLATORS: The short form when the names do not fit a line: %zu is how many
		       stretches were left out. */
		    xasprintf(ngettext("%zu stretch left out for now, marked hurt lately.",
		    "%zu stretches left out for now, marked hurt lately.", (unsigned long)nleft), nleft);
	}
	if (equip != NULL)
		shorts[1] = equip_short = strlen(equip) <= NOTE_MAX ? xstrdup(equip) :
		    xstrdup(_("Adapted for the equipment you have."));
	parts[2] = hurt;
	shorts[2] = hurt_short;
	for (int k = 0; k < 2; k++) {
		const char *const *from = k == 0 ? parts : shorts;
		char *out = NULL, *next;

		for (size_t i = 0; i < 4; i++) {
			if (from[i] == NULL)
				continue;
			next = xasprintf("%s%s%s", out != NULL ? out : "", out != NULL ? " " : "", from[i]);
			free(out);
			out = next;
		}
		*(k == 0 ? &t->detail : &t->note) = out;
	}
	free(hurt);
	free(hurt_short);
	free(equip_short);
}

struct today *
today_plan(const struct routine *r, const struct today_needs *n)
{
	static const struct today_needs none;
	struct today *t = xcalloc(1, sizeof *t);
	char *hurt_names, *equip;
	size_t before;
	struct plan *p;

	if (n == NULL)
		n = &none;
	t->source = r;
	t->adapted = adapt_routine(r, &n->adapt);
	t->use = adapted_routine(t->adapted);
	equip = n->lacks != 0 ? fit_equipment(t, n) : NULL;
	for (size_t i = 0; i < n->adapt.nhurt; i++)
		if (in_routine(r, n->adapt.hurt[i]))
			add_hurt_id(t, n->adapt.hurt[i]);
	t->state = t->use->nitems == 0 ? TODAY_NONE_SUITS : TODAY_RUNS;
	/* after an operation only a routine of walking and breathing as it stands, nothing pared down to one */
	if ((n->adapt.conditions & COND_RECENT_SURGERY) && t->use != r) {
		t->nothing = *t->use;
		t->nothing.nitems = 0;
		t->use = &t->nothing;
		t->state = TODAY_NONE_SUITS;
	}
	before = t->use->nitems;
	hurt_names = leave_out_hurt(t, n);
	if (t->state == TODAY_RUNS && t->use->nitems == 0)
		t->state = TODAY_ALL_HURT;
	if (t->state == TODAY_RUNS && n->minutes > 0) {
		t->fitted = builder_fit(t->use, n->minutes);
		/* a hold lengthened to fill the minutes may not keep someone longer on their back */
		builder_limit_supine(t->fitted, n->adapt.conditions, n->minutes);
		t->use = built_routine(t->fitted);
	}
	t->nleft = before - (t->kept != NULL ? built_routine(t->kept)->nitems : before);
	make_notes(t, equip, hurt_names, t->nleft);
	free(hurt_names);
	free(equip);
	p = plan_new(t->use);
	t->seconds = p->total_s;
	plan_free(p);
	return t;
}

void
today_free(struct today *t)
{
	if (t == NULL)
		return;
	built_free(t->fitted);
	built_free(t->kept);
	adapted_free(t->adapted);
	free(t->equip_items);
	free(t->note);
	free(t->detail);
	free(t->hurt_ids);
	free(t);
}

const struct routine *today_source(const struct today *t) { return t->source; }
const struct routine *today_routine(const struct today *t) { return t->use; }
enum today_state today_state(const struct today *t) { return t->state; }
long today_seconds(const struct today *t) { return t->seconds; }
bool today_changed(const struct today *t) { return t->use != t->source; }
size_t today_left_out(const struct today *t) { return t->nleft; }

const char *
today_note(const struct today *t, bool every)
{
	return every ? t->detail : t->note;
}

const char *const *
today_hurt_changes(const struct today *t, size_t *n)
{
	*n = t->nhurt_ids;
	return t->hurt_ids;
}

/* The routines a hard day is offered, gentlest first as a day like that needs them. */
static const char *const gentler_ids[] = { "flare-day", "breathe-and-walk" };

const struct routine *
today_gentler(const struct catalogue *c, const struct today_needs *n)
{
	return today_gentler_than(c, n, NULL);
}

const struct routine *
today_gentler_than(const struct catalogue *c, const struct today_needs *n, const char *done)
{
	for (size_t i = 0; i < sizeof gentler_ids / sizeof gentler_ids[0]; i++) {
		const struct routine *r = catalogue_find_routine(c, gentler_ids[i]);
		struct today *t;
		bool runs;

		if (r == NULL || (done != NULL && strcmp(r->id, done) == 0))
			continue;
		t = today_plan(r, n);
		runs = today_state(t) == TODAY_RUNS;
		today_free(t);
		if (runs)
			return r;
	}
	return NULL;
}

bool
today_shape_lost(const struct today *t)
{
	return t->state == TODAY_NONE_SUITS && t->use != &t->nothing && adapted_shape_lost(t->adapted);
}
