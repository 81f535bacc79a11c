/* builder.h — compose routines from constraints, and fit routines to a time. */
#ifndef SC_BUILDER_H
#define SC_BUILDER_H

#include <stdbool.h>
#include <stddef.h>

#include "catalogue.h"

/* No hold is made shorter than this, nor than half its catalogue hold or its min_hold. */
#define BUILDER_MIN_HOLD 15
/* Holds the builder and the fitter set are whole multiples of this. */
#define BUILDER_HOLD_STEP 5
/* Equipment few people have at hand: used only when the user says so (--with). */
#define BUILDER_OWNED_EQUIPMENT (EQUIP_FOAM_ROLLER | EQUIP_BALL | EQUIP_BLOCK)

struct build_request {
	int minutes;                 /* 1..60 */
	unsigned time;               /* TIME_MORNING or TIME_EVENING; 0 = any */
	unsigned areas;              /* AREA_* that must be covered; 0 = any */
	bool level_given;
	enum stretch_level level;    /* nothing above it */
	unsigned with;               /* EQUIP_* the user has (BUILDER_OWNED_EQUIPMENT needs this) */
	unsigned without;            /* EQUIP_* not to use */
	bool at_desk;                /* seated and standing moves only */
	unsigned long seed;
	const char *const *avoid;    /* stretch ids to leave out (hurt lately) */
	/* COND_*: no run on the back longer than they allow (adapt_limit_supine()) */
	unsigned conditions;
	size_t navoid;
	const char *const *prefer;   /* stretch ids to choose first, best first (what works) */
	size_t nprefer;
	/* optional: a stretch's weight for the person (profile_weigh); higher ones are chosen first */
	int (*weigh)(const struct stretch *s, const void *arg);
	const void *weigh_arg;
};

/*
 * A routine made by the builder or the fitter. It owns its routine and items
 * and borrows the stretches from the catalogue, which must outlive it.
 */
struct built;

/*
 * Compose a routine for req from c, keeping every rule of builder_rules.c.
 * Returns it, or NULL with *cause set (caller frees) when no stretch fits
 * the constraints.
 */
struct built *builder_build(const struct catalogue *c, const struct build_request *req, char **cause);

/*
 * Fit routine r to `minutes` (landing within 5 % under it when it can):
 * stretches from the middle are left out first (never the first or the
 * last), holds are changed in whole 5 s within builder_hold_bounds(), and
 * the note says what was left out, shortened or lengthened. Never fails.
 */
struct built *builder_fit(const struct routine *r, int minutes);

/*
 * Routine r without the stretches whose ids are listed (marked hurt lately),
 * with a note naming them and how to keep them; NULL when none is in r. The
 * result may have no items when every stretch is listed.
 */
struct built *builder_without(const struct routine *r, const char *const *ids, size_t nids);

/*
 * No run on the back in b longer than `conditions` allow (pregnancy), timed
 * as the session will: what passes it is left out (a swap could break the
 * build's rules), the holds are balanced to `minutes` again, and the note
 * says what went. Leaves b as it is when nothing runs too long.
 */
void builder_limit_supine(struct built *b, unsigned conditions, int minutes);

const struct routine *built_routine(const struct built *b);
/* Seconds the built routine takes, as plan_new() would count them. */
long built_seconds(const struct built *b);
/* A plain sentence about how it was made or fitted ("...left out Pigeon"), or NULL. */
const char *built_note(const struct built *b);
/* Equipment the routine needs (EQUIP_*). */
unsigned built_equipment(const struct built *b);
void built_free(struct built *b);

/* Seconds routine-like items would take: the plan total for these items and rest. */
long builder_seconds(const struct routine_item *items, size_t n, int rest);

/*
 * The shortest and longest hold a stretch may be given when its routine
 * hold is `base`: never under BUILDER_MIN_HOLD, half its catalogue hold or
 * its min_hold (nor over base when base is shorter still), never over twice
 * its catalogue hold.
 */
void builder_hold_bounds(const struct stretch *s, int base, int *lo, int *hi);

/*
 * builder_step.c: the next step of routine r for someone it has suited for
 * a while: each move with a `harder` variation in c becomes that one, each
 * other hold grows by BUILDER_HOLD_STEP within builder_hold_bounds(). Its
 * note says what changed (NULL when nothing could). Never fails.
 */
struct built *builder_step_up(const struct routine *r, const struct catalogue *c);

/* builder_rules.c: the rules a built routine keeps, as a table. */

/* True when stretch s may be used at all for req (time, level, desk, equipment, hurt). */
bool builder_allows(const struct stretch *s, const struct build_request *req);
/* The highest level req allows. */
enum stretch_level builder_level_cap(const struct build_request *req);
/* How many rules there are, and the short name of rule k ("warm-up"). */
size_t builder_rule_count(void);
const char *builder_rule_name(size_t k);
/*
 * Check rule k on routine r built from c for req. Returns true when it
 * holds; else false with *why set to a sentence (caller frees), when why is
 * not NULL.
 */
bool builder_rule_check(size_t k, const struct routine *r, const struct catalogue *c,
    const struct build_request *req, char **why);
/* All rules, the first broken one in *why (caller frees); true when every rule holds. */
bool builder_rules_hold(const struct routine *r, const struct catalogue *c,
    const struct build_request *req, char **why);

#endif
