/* translation_name.c — where a catalogue's translations are, and what a translation's name says. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "translation.h"

#define TAG_MAX 15
#define TAG_CHARS "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"

char *
translation_path(const char *catalogue_path, const char *tag)
{
	size_t n = strlen(catalogue_path);

	if (n > 5 && strcmp(catalogue_path + n - 5, ".json") == 0)
		return xasprintf("%.*s.%s.json", (int)(n - 5), catalogue_path, tag);
	return xasprintf("%s.%s.json", catalogue_path, tag);
}

/* Where the tag of a translation's name starts and how long it is; -1 when it has none. */
static int
name_tag(const char *path, size_t *off, size_t *len)
{
	size_t n = strlen(path), dot;

	if (n < 6 || strcmp(path + n - 5, ".json") != 0)
		return -1;
	for (dot = n - 5; dot > 0 && path[dot - 1] != '.' && path[dot - 1] != '/'; dot--)
		;
	if (dot < 2 || path[dot - 1] != '.' || path[dot - 2] == '/')
		return -1;
	*off = dot;
	*len = n - 5 - dot;
	if (*len < 2 || *len > TAG_MAX || strspn(path + dot, TAG_CHARS) < *len)
		return -1;
	return 0;
}

char *
translation_tag(const char *path)
{
	size_t off, len;

	if (name_tag(path, &off, &len) < 0)
		return NULL;
	return xasprintf("%.*s", (int)len, path + off);
}

char *
translation_base(const char *path)
{
	size_t off, len;

	if (name_tag(path, &off, &len) < 0)
		return NULL;
	return xasprintf("%.*s.json", (int)(off - 1), path);
}

static int
cmp_path(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

size_t
translation_files(const char *catalogue_path, char ***paths)
{
	const char *slash = strrchr(catalogue_path, '/');
	char *dir = slash != NULL ? xasprintf("%.*s", (int)(slash - catalogue_path + 1),
	    catalogue_path) : xstrdup("");
	size_t n = 0, nlen = strlen(catalogue_path) - strlen(dir);
	DIR *dp = opendir(dir[0] != '\0' ? dir : ".");
	struct dirent *e;

	*paths = NULL;
	/* only NAME.json has translations: NAME.TAG.json */
	if (nlen <= 5 || strcmp(catalogue_path + strlen(catalogue_path) - 5, ".json") != 0)
		nlen = 0;
	while (dp != NULL && nlen > 0 && (e = readdir(dp)) != NULL) {
		char *path, *base;

		if (strncmp(e->d_name, catalogue_path + strlen(dir), nlen - 5) != 0 ||
		    e->d_name[nlen - 5] != '.')
			continue;
		path = xasprintf("%s%s", dir, e->d_name);
		base = translation_base(path);
		if (base != NULL && strcmp(base, catalogue_path) == 0) {
			*paths = xreallocarray(*paths, n + 1, sizeof **paths);
			(*paths)[n++] = path;
		} else
			free(path);
		free(base);
	}
	if (dp != NULL)
		closedir(dp);
	free(dir);
	if (n > 0)
		qsort(*paths, n, sizeof **paths, cmp_path);
	return n;
}

void
translation_files_free(char **paths, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(paths[i]);
	free(paths);
}
