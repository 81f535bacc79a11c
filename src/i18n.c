/* i18n.c — the locale and the message catalogue. */
#include "i18n.h"

#include <locale.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
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

const char *
i18n_pgettext(const char *ctx_msgid, const char *msgid)
{
	const char *t = gettext(ctx_msgid);

	return t == ctx_msgid ? msgid : t;
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
	if (c_locale(locale))
		return 0;
	if (language == NULL || language[0] == '\0')
		language = locale;
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

int
i18n_yes_key(void)
{
	/* TRANSLATORS: the one lowercase ASCII letter that answers yes (German j, Spanish s). */
	const char *k = _("y");

	return k[0] >= 'a' && k[0] <= 'z' && k[1] == '\0' ? k[0] : 'y';
}
