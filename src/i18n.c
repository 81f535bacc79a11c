/* i18n.c — the locale and the message catalogue. */
#include "i18n.h"

#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "paths.h"

bool i18n_untranslated;

/* setlocale() could not set the locale the environment asks for. */
static bool locale_failed;

void
i18n_init(void)
{
	char *dir;

	locale_failed = setlocale(LC_ALL, "") == NULL;
	dir = paths_locale_dir();
	bindtextdomain(I18N_DOMAIN, dir);
	/*
	 * Messages in UTF-8 whatever the locale's charset, like the catalogue's
	 * text: in a Latin-1 locale the screens then write the letters out
	 * (ä as ae) instead of mixing two encodings.
	 */
	bind_textdomain_codeset(I18N_DOMAIN, "UTF-8");
	free(dir);
	textdomain(I18N_DOMAIN);
	/* our words in UTF-8 like the catalogue's; text_out.c makes both fit the terminal */
	bind_textdomain_codeset(I18N_DOMAIN, "UTF-8");
	/* a catalogue found for the locale has a header, the translation of "" */
	i18n_untranslated = *gettext("") == '\0';
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

/* True when a message catalogue for language (two or three letters) is installed. */
static bool
have_messages(const char *language)
{
	char *dir = paths_locale_dir(), *mo;
	bool have;

	if (dir == NULL)
		return false;
	mo = xasprintf("%s/%s/LC_MESSAGES/%s.mo", dir, language, I18N_DOMAIN);
	have = access(mo, R_OK) == 0;
	free(mo);
	free(dir);
	return have;
}

bool
i18n_missing_locale(char *asked, size_t size)
{
	const char *names[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	const char *name = NULL, *language = getenv("LANGUAGE");
	char lang[4];

	for (size_t i = 0; i < 3 && name == NULL; i++)
		if (getenv(names[i]) != NULL && getenv(names[i])[0] != '\0')
			name = getenv(names[i]);
	if (locale_failed && name != NULL && language_of(name, lang, sizeof lang) &&
	    strcmp(lang, "en") != 0 && have_messages(lang)) {
		snprintf(asked, size, "%s", name);
		return true;
	}
	/* LANGUAGE=de under the plain C locale: gettext ignores it */
	if (!locale_failed && language != NULL && language_of(language, lang, sizeof lang) &&
	    strcmp(lang, "en") != 0 && have_messages(lang) &&
	    strcmp(setlocale(LC_MESSAGES, NULL), "C") == 0) {
		snprintf(asked, size, "%s", "C");
		return true;
	}
	return false;
}

/* The longest language tag looked for, "de_DE" and the like. */
#define TAG_MAX 15

static bool
c_locale(const char *locale)
{
	return locale == NULL || locale[0] == '\0' || strcmp(locale, "C") == 0 ||
	    strcmp(locale, "POSIX") == 0 || strncmp(locale, "C.", 2) == 0;
}

/* Add tag (n bytes) unless it is unsafe as part of a file name or already listed. */
static void
add(char ***tags, size_t *n, const char *tag, size_t len)
{
	char *t;

	if (len < 2 || len > TAG_MAX || strspn(tag, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ_") < len)
		return;
	t = xmalloc(len + 1);
	memcpy(t, tag, len);
	t[len] = '\0';
	for (size_t i = 0; i < *n; i++)
		if (strcmp((*tags)[i], t) == 0) {
			free(t);
			return;
		}
	*tags = xreallocarray(*tags, *n + 1, sizeof **tags);
	(*tags)[(*n)++] = t;
}

/* Add one locale name's tags; false when it is English, where the search ends. */
static bool
add_entry(char ***tags, size_t *n, const char *entry, size_t len)
{
	size_t full = strcspn(entry, ".@:"), lang;

	if (full > len)
		full = len;
	lang = strcspn(entry, "_.@:");
	if (lang > full)
		lang = full;
	if (lang == 2 && strncmp(entry, "en", 2) == 0)
		return false;
	if ((len == 1 && entry[0] == 'C') || (len == 5 && strncmp(entry, "POSIX", 5) == 0) ||
	    strncmp(entry, "C.", 2) == 0)
		return true;
	add(tags, n, entry, full);
	add(tags, n, entry, lang);
	return true;
}

size_t
i18n_candidates(const char *locale, const char *language, char ***tags)
{
	size_t n = 0;

	*tags = NULL;
	/*
	 * gettext ignores LANGUAGE only in the plain C locale (glibc compares
	 * the name with "C"); under C.UTF-8 it follows LANGUAGE, and so must
	 * the catalogue, or the menus speak German and the stretches English.
	 */
	if (locale == NULL || strcmp(locale, "C") == 0 || strcmp(locale, "POSIX") == 0)
		return 0;
	if (language == NULL || language[0] == '\0') {
		if (c_locale(locale))
			return 0;
		language = locale;
	}
	for (const char *p = language; *p != '\0';) {
		size_t len = strcspn(p, ":");

		if (len > 0 && !add_entry(tags, &n, p, len))
			break;
		p += len;
		if (*p == ':')
			p++;
	}
	return n;
}

size_t
i18n_languages(char ***tags)
{
	return i18n_candidates(setlocale(LC_MESSAGES, NULL), getenv("LANGUAGE"), tags);
}

void
i18n_languages_free(char **tags, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(tags[i]);
	free(tags);
}

const char *
i18n_pgettext(const char *ctx, const char *msgid)
{
	char key[512];
	const char *t;
	int n = snprintf(key, sizeof key, "%s%c%s", ctx, '\004', msgid);

	if (n < 0 || (size_t)n >= sizeof key)
		return msgid;
	t = gettext(key);
	/* gettext gives back its own argument when nothing is translated */
	return t == key ? msgid : t;
}

int
i18n_yes_key(void)
{
	/* TRANSLATORS: the one lowercase ASCII letter that answers yes (German j, Spanish s). */
	const char *k = _("y");

	return k[0] >= 'a' && k[0] <= 'z' && k[1] == '\0' ? k[0] : 'y';
}
