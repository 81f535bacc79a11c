/* build_form.h — a built routine as lines to show, and kept under a name the user types. */
#ifndef SC_BUILD_FORM_H
#define SC_BUILD_FORM_H

#include <stddef.h>

struct built;
struct catalogue;
struct report;

/*
 * Append the built routine to r as `build` prints it: name, description,
 * each stretch with its dose and length, the total, the fitting note, and
 * the stretches left out because they hurt lately (hurt: n ids, named
 * from c, which may be NULL).
 */
void build_form_report(struct report *r, const struct built *b, const struct catalogue *c,
    const char *const *hurt, size_t n);
/*
 * An id for a routine named `name`: lower case letters and digits, the
 * accented Latin letters of a UTF-8 name written without accents ("Übung
 * für Rücken" gives "uebung-fuer-ruecken"), other runs made one '-', at
 * most 48 characters, and not the id of any routine
 * in c (a "-2", "-3"... is added), so a bundled routine is never replaced.
 * Returns 0, or -1 when the name has no letter or digit to make one from.
 */
int build_form_id(const struct catalogue *c, const char *name, char *id, size_t size);
/*
 * Save b under `name` and `id` into the user catalogue at path. Returns 0,
 * or -1 with *cause set (the caller frees).
 */
int build_form_save(const char *path, const struct built *b, const char *name, const char *id,
    char **cause);

#endif
