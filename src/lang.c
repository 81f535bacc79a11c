/* lang.c — the languages the user reads, from the message locale. */
#include <locale.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "lang.h"

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
lang_candidates(const char *locale, const char *language, char ***tags)
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
lang_message_languages(char ***tags)
{
	return lang_candidates(setlocale(LC_MESSAGES, NULL), getenv("LANGUAGE"), tags);
}

void
lang_free(char **tags, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(tags[i]);
	free(tags);
}
