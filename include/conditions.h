/*
 * conditions.h — health conditions as rules over how a stretch moves: one
 * table decides whether a person with some conditions may do a stretch, and
 * says why not in words.
 */
#ifndef SC_CONDITIONS_H
#define SC_CONDITIONS_H

#include <stdbool.h>

#include "catalogue.h"

/*
 * Whether stretch s breaks the rule of any condition in conds (COND_*): NULL
 * when it suits them all; else the reason in the message language (a static
 * string, "loaded twist") and, when cond is not NULL, the condition it is
 * for (one COND_ bit).
 */
/*
 * Symptoms down a leg below the knee: the answer in About your back
 * (profile.h), not a checklist condition. It joins the set routines are
 * adapted for (profile_conditions()) and is never saved with "conditions".
 */
#define COND_LEG (1u << COND_COUNT)
/* The conditions the checklist and the config's "conditions" hold. */
#define COND_LISTED (COND_LEG - 1u)

const char *conditions_check(const struct stretch *s, unsigned conds, unsigned *cond);

/* Condition bit as a sentence names it, in the message language ("a hip replacement"). */
const char *conditions_label(unsigned bit);
/*
 * Condition bit as the first-run checklist and the safety page name it, in
 * the message language ("Pregnancy, after the first 3 months").
 */
const char *conditions_checklist(unsigned bit);

/* The COND_* set whose rules s breaks: what it is unwise with. */
unsigned conditions_forbidding(const struct stretch *s);

/*
 * The longest a person with conds may lie on their back in a row, in seconds,
 * or 0 for no limit (pregnancy: about three minutes).
 */
int conditions_supine_limit(unsigned conds);

/*
 * Whether `build` may make a routine for someone with conds: not after a
 * recent operation, until the surgical team says so (walking and breathing
 * alone run then). Whatever suggests a build asks this first.
 */
bool conditions_may_build(unsigned conds);

#endif
