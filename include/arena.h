/* arena.h — bump allocator for objects that live and die together. */
#ifndef SC_ARENA_H
#define SC_ARENA_H

#include <stddef.h>

/*
 * An arena hands out memory that is released all at once by arena_done().
 * The catalogue keeps its whole model in one, so one free releases it all.
 * Out of memory is fatal (see xalloc in diag.h).
 */
struct arena_block;
struct arena {
	struct arena_block *head;
};

/* Prepare an empty arena in caller-owned storage. */
void arena_init(struct arena *a);
/* Release every allocation made from the arena. */
void arena_done(struct arena *a);
/* Return n zeroed bytes aligned for any object; lives until arena_done(). */
void *arena_alloc(struct arena *a, size_t n);
/* Return a copy of s (NUL-terminated) owned by the arena. */
char *arena_strdup(struct arena *a, const char *s);

#endif
