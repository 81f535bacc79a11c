/* lang.h — the languages the user reads, from the message locale. */
#ifndef SC_LANG_H
#define SC_LANG_H

#include <stddef.h>

/*
 * The language tags to look for, best first, as gettext chooses message
 * catalogues: none when the message locale (`locale`, as setlocale(LC_MESSAGES,
 * NULL) returns it) is C or POSIX; else each entry of `language` (the
 * LANGUAGE variable, a colon-separated list; NULL or "" to use the locale
 * itself), each as written without codeset or modifier and then as its bare
 * language ("de_AT.UTF-8@euro" gives "de_AT", "de"). The list stops at
 * English, the catalogue's own language; tags that are not [A-Za-z_] of 2..15
 * characters are skipped, so a tag is always safe in a file name. Returns
 * the count and sets *tags to a malloc'd array of malloc'd strings (free
 * with lang_free()).
 */
size_t lang_candidates(const char *locale, const char *language, char ***tags);

/* lang_candidates() for this process: LC_MESSAGES as set, and $LANGUAGE. */
size_t lang_message_languages(char ***tags);

void lang_free(char **tags, size_t n);

#endif
