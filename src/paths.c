/* paths.c — XDG base directories and the bundled catalogue. */
#include "paths.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"

#ifndef SC_DATADIR
#define SC_DATADIR "/usr/local/share/stretchcoach"
#endif
#ifndef SC_SRCDIR
#define SC_SRCDIR ""
#endif
#ifndef SC_BUILDDIR
#define SC_BUILDDIR ""
#endif

/* $VAR when it is an absolute path (the XDG spec ignores empty and relative ones), else ~/fallback. */
static char *
xdg_dir(const char *var, const char *fallback)
{
	const char *v = getenv(var), *home;

	if (v != NULL && v[0] == '/')
		return xasprintf("%s/stretchcoach", v);
	home = getenv("HOME");
	if (home == NULL || home[0] != '/')
		return NULL;
	return xasprintf("%s/%s/stretchcoach", home, fallback);
}

char *
paths_config_dir(void)
{
	return xdg_dir("XDG_CONFIG_HOME", ".config");
}

char *
paths_data_dir(void)
{
	return xdg_dir("XDG_DATA_HOME", ".local/share");
}

static char *
in_dir(char *dir, const char *file)
{
	char *p;

	if (dir == NULL)
		return NULL;
	p = xasprintf("%s/%s", dir, file);
	free(dir);
	return p;
}

char *
paths_user_catalogue(void)
{
	return in_dir(paths_config_dir(), "catalogue.json");
}

char *
paths_config_file(void)
{
	return in_dir(paths_config_dir(), "config.json");
}

char *
paths_history_file(void)
{
	return in_dir(paths_data_dir(), "history.jsonl");
}

#ifndef SC_LOCALEDIR
#define SC_LOCALEDIR "/usr/local/share/locale"
#endif

/*
 * Find an installed file beside the running binary: in_src inside the source
 * tree it was built in (while it still lives there, or in the build directory
 * it was built into, make O=DIR), else beside_bin relative to its bin/ when
 * installed under another prefix; NULL when neither exists.
 */
static char *
paths_near_exe(const char *in_src, const char *beside_bin)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	const char *src = SC_SRCDIR;
	size_t srclen = strlen(src);
	char *slash, *p;

	if (n <= 0)
		return NULL;
	exe[n] = '\0';
	if ((slash = strrchr(exe, '/')) == NULL)
		return NULL;
	*slash = '\0';
	if ((srclen > 0 && strncmp(exe, src, srclen) == 0 && exe[srclen] == '/') ||
	    (*SC_BUILDDIR != '\0' && strcmp(exe, SC_BUILDDIR) == 0)) {
		/* in_src is relative to the source tree, or to the build dir when it starts with "./" */
		if (strncmp(in_src, "./", 2) == 0)
			p = xasprintf("%s/%s", exe, in_src + 2);
		else
			p = xasprintf("%s/%s", src, in_src);
		if (access(p, R_OK) == 0)
			return p;
		free(p);
	}
	p = xasprintf("%s/../%s", exe, beside_bin);
	if (access(p, R_OK) == 0)
		return p;
	free(p);
	return NULL;
}

char *
paths_bundled_catalogue(void)
{
	char *p = paths_near_exe("data/catalogue.json", "share/stretchcoach/catalogue.json");

	return p != NULL ? p : xstrdup(SC_DATADIR "/catalogue.json");
}

char *
paths_locale_dir(void)
{
	char *p, *slash;

#ifdef SC_TEST_CLOCK
	/* test builds only: SC_LOCALEDIR points at a test's own catalogues (the pseudo-locale check) */
	if (getenv("SC_LOCALEDIR") != NULL && *getenv("SC_LOCALEDIR") != '\0')
		return xstrdup(getenv("SC_LOCALEDIR"));
#endif
	p = paths_near_exe("./locale", "share/stretchcoach/catalogue.json");
	if (p == NULL)
		return xstrdup(SC_LOCALEDIR);
	/* installed beside bin/: share/stretchcoach/catalogue.json -> share/locale */
	if ((slash = strstr(p, "/../share/stretchcoach/catalogue.json")) != NULL &&
	    slash[sizeof "/../share/stretchcoach/catalogue.json" - 1] == '\0')
		strcpy(slash, "/../share/locale");
	return p;
}

int
paths_mkdir_p(const char *dir, unsigned mode)
{
	char *p = xstrdup(dir);
	int rc = 0;

	for (char *s = p + 1; ; s++) {
		if (*s == '/' || *s == '\0') {
			char c = *s;

			*s = '\0';
			if (mkdir(p, (mode_t)mode) < 0 && errno != EEXIST) {
				rc = -1;
				break;
			}
			*s = c;
			if (c == '\0')
				break;
		}
	}
	if (rc == 0) {
		struct stat st;

		if (stat(dir, &st) < 0)
			rc = -1;
		else if (!S_ISDIR(st.st_mode)) {
			errno = ENOTDIR;
			rc = -1;
		}
	}
	{
		int saved = errno;

		free(p);
		errno = saved;
	}
	return rc;
}

int
paths_lock_dir(const char *file)
{
	char *dir = xstrdup(file), *slash = strrchr(dir, '/');
	int fd, saved;

	if (slash == dir)
		slash[1] = '\0';
	else if (slash != NULL)
		*slash = '\0';
	else
		strcpy(dir, ".");
	if (paths_mkdir_p(dir, 0700) < 0 ||
	    (fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0) {
		saved = errno;
		free(dir);
		errno = saved;
		return -1;
	}
	free(dir);
	while (flock(fd, LOCK_EX) == -1) {
		if (errno != EINTR) {
			saved = errno;
			close(fd);
			errno = saved;
			return -1;
		}
	}
	return fd;
}

void
paths_unlock_dir(int fd)
{
	if (fd >= 0)
		close(fd);
}
