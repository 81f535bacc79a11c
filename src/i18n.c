/* i18n.c — the locale and the message catalogue. */
#include "i18n.h"

#include <locale.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "paths.h"

void
i18n_init(void)
{
	char *dir;

	setlocale(LC_ALL, "");
	dir = paths_locale_dir();
	bindtextdomain(I18N_DOMAIN, dir);
	free(dir);
	textdomain(I18N_DOMAIN);
}

/* "de" from "de_DE.UTF-8", "de@euro" or "de"; false unless it is two or three lowercase letters. */
static bool
language_of(const char *name, char *out, size_t size)
{
	size_t n = strspn(name, "abcdefghijklmnopqrstuvwxyz");

	if (n < 2 || n > 3 || n >= size || (name[n] != '\0' && strchr("_.@\n", name[n]) == NULL))
		return false;
	memcpy(out, name, n);
	out[n] = '\0';
	return true;
}

const char *
i18n_language(void)
{
	static char lang[4];
	/* the catalogue in use names its language in its header (this honours LANGUAGE too) */
	const char *header = gettext("");
	const char *l = header != NULL ? strstr(header, "\nLanguage: ") : NULL;
	const char *loc;

	if (l != NULL && language_of(l + sizeof "\nLanguage: " - 1, lang, sizeof lang))
		return lang;
	loc = setlocale(LC_MESSAGES, NULL);
	if (loc != NULL && language_of(loc, lang, sizeof lang))
		return lang;
	return "en";
}
