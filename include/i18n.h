/* i18n.h — marking user-facing text for translation (GNU gettext). */
#ifndef SC_I18N_H
#define SC_I18N_H

#include <libintl.h>
#include <stdbool.h>
#include <stddef.h>

/* The gettext domain: po/LANG.po compiles to LANG/LC_MESSAGES/stretchcoach.mo. */
#define I18N_DOMAIN "stretchcoach"

/*
 * _() translates a message at run time; N_() only marks a string in a static
 * table so that `make pot` collects it, and the code that shows the entry
 * calls _() on it. Both are macros because xgettext looks for these names.
 */
#define _(s) i18n_gettext(s)
#define N_(s) s

/*
 * True when no message catalogue serves the locale (English, C): every
 * message is then its own translation, and _() returns it without asking
 * gettext, whose search costs a thousand instructions a call. Set by
 * i18n_init().
 */
extern bool i18n_untranslated;

__attribute__((format_arg(1))) static inline char *
i18n_gettext(const char *msgid)
{
	return i18n_untranslated ? (char *)msgid : gettext(msgid);
}

/*
 * The same with a context, for one English text that translates two ways
 * (a command's name in a synopsis and the same word as a time of day):
 * NC_() marks `s` under `ctx` in a static table, C_() translates it at run
 * time, `s` a literal or a variable.
 */
#define NC_(ctx, s) s
#define C_(ctx, s) i18n_pgettext(ctx, s)

/* The translation of msgid under context ctx, or msgid itself when there is none. */
const char *i18n_pgettext(const char *ctx, const char *msgid);

/* The letter that answers yes in the user's language (y, or as translated: j, s). */
int i18n_yes_key(void);

/* Set the locale from the environment and bind the message catalogue; call once, first in main(). */
void i18n_init(void);

/*
 * True when the environment asks for a language whose messages are
 * installed but the program speaks English all the same: the locale named
 * in LC_ALL, LC_MESSAGES or LANG is not installed (its name goes to asked),
 * or LANGUAGE names one under the plain C locale, where gettext ignores it
 * (asked gets "C"). Call after i18n_init().
 */
bool i18n_missing_locale(char *asked, size_t size);

/*
 * The two-letter language of the messages in use ("de", "es"), or "en" when
 * the message locale is C, POSIX or English. Borrowed static text.
 */
const char *i18n_language(void);

/*
 * The language tags to look for, best first, as gettext chooses message
 * catalogues: none when the message locale (`locale`, as setlocale(LC_MESSAGES,
 * NULL) returns it) is C or POSIX, or C.UTF-8 without `language`; else each
 * entry of `language` (the LANGUAGE variable, a colon-separated list; NULL or
 * "" to use the locale itself), each as written without codeset or modifier and then as its bare
 * language ("de_AT.UTF-8@euro" gives "de_AT", "de"). The list stops at
 * English, the catalogue's own language; tags that are not [A-Za-z_] of 2..15
 * characters are skipped, so a tag is always safe in a file name. Returns
 * the count and sets *tags to a malloc'd array of malloc'd strings (free
 * with i18n_languages_free()).
 */
size_t i18n_candidates(const char *locale, const char *language, char ***tags);

/* i18n_candidates() for this process: LC_MESSAGES as set, and $LANGUAGE. */
size_t i18n_languages(char ***tags);

void i18n_languages_free(char **tags, size_t n);

#endif
