/* fuzz_files.h — the input files the file-reading harnesses hand to the loaders. */
#ifndef SC_FUZZ_FILES_H
#define SC_FUZZ_FILES_H

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/*
 * Make a private directory "NAME.XXXXXX" in dir[size]: under $FUZZ_TMPDIR,
 * else /dev/shm (a disk-backed /tmp makes every run wait on the file
 * system), else $TMPDIR, else /tmp. Returns 0, or -1 after saying why.
 */
static inline int
fuzz_make_dir(char *dir, size_t size, const char *name)
{
	const char *cand[] = { getenv("FUZZ_TMPDIR"), "/dev/shm", getenv("TMPDIR"), "/tmp" };

	for (size_t i = 0; i < sizeof cand / sizeof cand[0]; i++) {
		if (cand[i] == NULL || cand[i][0] == '\0')
			continue;
		snprintf(dir, size, "%s/%s.XXXXXX", cand[i], name);
		if (mkdtemp(dir) != NULL)
			return 0;
	}
	fprintf(stderr, "%s: ", name);
	perror("mkdtemp");
	return -1;
}

/* Write the n bytes at p to path, replacing it; aborts on failure (the harness is broken, not the input). */
static inline void
fuzz_put_file(const char *path, const uint8_t *p, size_t n)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

	if (fd < 0) {
		perror(path);
		abort();
	}
	while (n > 0) {
		ssize_t w = write(fd, p, n);

		if (w <= 0) {
			perror(path);
			abort();
		}
		p += w;
		n -= (size_t)w;
	}
	close(fd);
}

#endif
