/* bundled.h — the bundled catalogue for a unit test's setup, its problems on stderr. */
#ifndef SC_TEST_BUNDLED_H
#define SC_TEST_BUNDLED_H

#include <stdio.h>

#include "catalogue.h"
#include "diag.h"

/* data/catalogue.json alone (tests run from the source tree); NULL when it does not load. */
static inline struct catalogue *
bundled_load(void)
{
	const char *paths[] = { "data/catalogue.json" };
	struct catalogue *c;
	struct diag d;

	diag_init(&d);
	c = catalogue_load(paths, 1, &d);
	diag_print(&d, stderr);
	diag_done(&d);
	return c;
}

#endif
