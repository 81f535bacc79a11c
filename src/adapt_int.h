/* adapt_int.h — what adapt.c shares with adapt_order.c. */
#ifndef ADAPT_INT_H
#define ADAPT_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "catalogue.h"

/* How many times the items turn back: down then up, or up then down (standing, seated, floor). */
int adapt_turns(const struct routine_item *v, size_t n);
/*
 * v (n items, the first the warm-up, which stays first) ordered by level,
 * down or up, where that asks less of the body than the order as written;
 * as written where neither does.
 */
void adapt_reorder(struct routine_item *v, size_t n, bool evening);
/* How often v's runs of floor stretches (after the first) turn between lying down and up. */
int adapt_floor_turns(const struct routine_item *v, size_t n);
/* v's runs of floor stretches (after the first): lying last in the evening, first at other times. */
void adapt_reorder_floor(struct routine_item *v, size_t n, bool evening);

#endif
