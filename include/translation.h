/* translation.h — a catalogue's text in other languages, kept beside it. */
#ifndef SC_TRANSLATION_H
#define SC_TRANSLATION_H

#include <stddef.h>
#include <stdint.h>

struct catalogue;
struct diag;
struct programme;
struct routine;
struct stretch;

/*
 * A translation of catalogue file X.json into language TAG is the file
 * X.TAG.json beside it (a catalogue named otherwise, NAME, gives
 * NAME.TAG.json): {"translation": 1, "language": TAG, "stretches": [...],
 * "routines": [...], "programmes": [...]}, each entry the id of an entry of
 * X.json and only its text (docs/translating.md spells it out). It is read
 * with the catalogue's own checks and caps (jsonfile.h) and its text obeys
 * the catalogue's limits: valid UTF-8, no control, escape or bidi character,
 * the same lengths.
 */

/* The translation file of catalogue_path into tag. Caller frees. */
char *translation_path(const char *catalogue_path, const char *tag);

/*
 * The catalogue file a translation file belongs beside ("X.de.json" gives
 * "X.json"), or NULL when path is not named NAME.TAG.json with TAG of 2..15
 * letters and "_". Caller frees.
 */
char *translation_base(const char *path);

/* The language tag of a translation's name ("de" of "X.de.json"), or NULL. Caller frees. */
char *translation_tag(const char *path);

/*
 * Put the translations beside each file c was read from over c's text, for
 * tags best first (see i18n_languages() in i18n.h): each text field takes the first translation
 * that has it, else stays as the file words it, so a catalogue without
 * translations is unchanged. A translation's entries apply only to the
 * entries read from its own catalogue file. Errors go into d, in the
 * catalogue's shapes; returns 0, or -1 when a translation is broken (c may
 * then hold part of it: free it).
 */
int translation_apply(struct catalogue *c, const char *const *tags, size_t ntags,
    struct diag *d);

/*
 * Check the translation at path against the entries c read from
 * catalogue_path (the name c was loaded by): errors as translation_apply()
 * gives them, and warnings for an id that file lacks, an entry or text the
 * file has and the translation lacks, a list of another length, a step wider
 * than TRANSLATION_STEP_COLS, or a "language" that is not the file name's.
 * Applies what it reads to c. Returns 0, or -1 when it has errors.
 */
int translation_check(struct catalogue *c, const char *path, const char *catalogue_path,
    struct diag *d);

/*
 * The translation files beside catalogue_path, sorted: every NAME.TAG.json
 * in its directory for NAME.json. Returns the count and sets *paths to a
 * malloc'd array of malloc'd strings (free with translation_files_free()).
 */
size_t translation_files(const char *catalogue_path, char ***paths);
void translation_files_free(char **paths, size_t n);

/*
 * The fingerprint (FNV-1a, 32 bits) of an untranslated entry's text, which a translated entry may carry as "from": "%08x". Over a
 * stretch's name, steps, cautions, cues, art and frames; a routine's name and
 * description; a programme's name, description and day notes.
 */
uint32_t translation_stretch_hash(const struct stretch *s);
uint32_t translation_routine_hash(const struct routine *r);
uint32_t translation_programme_hash(const struct programme *p);

/* Widest step, in columns, that fits a terminal line; wider ones are warned about. */
#define TRANSLATION_STEP_COLS 80

#endif
