/* safety.h — the safety notes and red flags, shown once and by `safety`. */
#ifndef SC_SAFETY_H
#define SC_SAFETY_H

#include <stddef.h>

/* The full safety text, a line per entry (some empty, for paragraphs). Sets *n. */
const char *const *safety_lines(size_t *n);
/*
 * The three tiers alone (emergency, see a doctor soon, ask first), headings
 * and bullets with empty lines between tiers, from safety_lines(). Sets *n.
 */
const char *const *safety_tier_lines(size_t *n);
/*
 * The tiers as safety_tier_lines(), shortened for a printed sheet: each
 * "ask first" bullet ends before its colon, naming who should ask and not
 * what to skip (the full text is `stretchcoach safety`). Sets *n; the lines
 * stay valid until the next call.
 */
const char *const *safety_sheet_lines(size_t *n);
/*
 * Back-off advice shown when a stretch is marked "hurt", a line per entry:
 * two lines, then the red flags that fit areas (AREA_* of the stretches that
 * hurt): the neck's for a neck stretch, the lower back's for the rest, both
 * when both are worked. Sets *n (at most 6); valid until the next call.
 */
const char *const *safety_hurt_lines(unsigned areas, size_t *n);

#endif
