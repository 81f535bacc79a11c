/* i18n.h — marking user-facing text for translation (GNU gettext). */
#ifndef SC_I18N_H
#define SC_I18N_H

#include <libintl.h>

/* The gettext domain: po/LANG.po compiles to LANG/LC_MESSAGES/stretchcoach.mo. */
#define I18N_DOMAIN "stretchcoach"

/*
 * _() translates a message at run time; N_() only marks a string in a static
 * table so that `make pot` collects it, and the code that shows the entry
 * calls _() on it. Both are macros because xgettext looks for these names.
 */
#define _(s) gettext(s)
#define N_(s) (s)

/* Set the locale from the environment and bind the message catalogue; call once, first in main(). */
void i18n_init(void);

/*
 * The two-letter language of the messages in use ("de", "es"), or "en" when
 * the message locale is C, POSIX or English. Borrowed static text.
 */
const char *i18n_language(void);

#endif
