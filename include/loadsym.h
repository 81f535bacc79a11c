/*
 * loadsym.h — a function looked up in a library loaded at run time (dlopen),
 * as remind does with libXss (idle.c) and the sound player with libcanberra
 * (ui_sound_player.c). Inline, so a build that loads neither links no libdl.
 */
#ifndef SC_LOADSYM_H
#define SC_LOADSYM_H

#include <dlfcn.h>
#include <stddef.h>
#include <string.h>

/*
 * Look up name in the loaded library h into the function pointer at fn,
 * size bytes wide (copied: ISO C has no cast from void * to a function
 * pointer). Returns 0, or -1 when h has no such symbol.
 */
static inline int
loadsym(void *h, const char *name, void *fn, size_t size)
{
	void *sym = dlsym(h, name);

	if (sym == NULL || size != sizeof sym)
		return -1;
	memcpy(fn, &sym, size);
	return 0;
}

#endif
