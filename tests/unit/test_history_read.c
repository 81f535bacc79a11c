/* test_history_read.c — the one history reader: forwards and backwards agree, and only a regular file is read. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "history.h"
#include "history_read.h"

/* What a reading saw: each line (an over-long one as "<long>"), in the order handed on. */
struct seen {
	char **v;
	size_t n;
	int blocks;
};

static void
seen_add(struct seen *s, const char *line)
{
	s->v = realloc(s->v, (s->n + 1) * sizeof *s->v);
	assert_non_null(s->v);
	s->v[s->n++] = strdup(line);
}

static void
seen_line(void *arg, char *line, size_t n, size_t lineno)
{
	(void)lineno;
	assert_int_equal(strlen(line), n);   /* NUL-terminated, no NUL inside in this test */
	seen_add(arg, line);
}

static void
seen_long(void *arg, size_t lineno, size_t n)
{
	struct seen *s = arg;

	(void)lineno;
	(void)n;
	/* backwards, one long line may come in several pieces: note it once */
	if (s->n == 0 || strcmp(s->v[s->n - 1], "<long>") != 0)
		seen_add(s, "<long>");
}

static int
seen_block(void *arg, off_t done, bool at_start)
{
	(void)done;
	(void)at_start;
	((struct seen *)arg)->blocks++;
	return HISTORY_READ_ON;
}

static void
seen_free(struct seen *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
}

/* A file of lines of many lengths (blank ones, some over HISTORY_LINE_MAX), its last line without a newline. */
static void
write_lines(const char *path, unsigned seed)
{
	FILE *fp = fopen(path, "w");

	assert_non_null(fp);
	srand(seed);
	for (int i = 0; i < 900; i++) {
		int len = rand() % 50 == 0 ? (int)HISTORY_LINE_MAX + 1 + rand() % 5000 : rand() % 400;

		for (int k = 0; k < len; k++)
			fputc('a' + (i + k) % 26, fp);
		if (i < 899)
			fputc('\n', fp);
	}
	fclose(fp);
}

/* Forwards and backwards in small blocks see the same lines, in opposite orders. */
static void
test_both_ways(void **state)
{
	char path[] = "/tmp/test_history_read_XXXXXX";
	int fd = mkstemp(path);

	(void)state;
	assert_true(fd >= 0);
	close(fd);
	for (unsigned seed = 1; seed <= 4; seed++) {
		struct seen fw = { 0 }, bw = { 0 };
		struct history_reader f = { .line = seen_line, .overlong = seen_long, .arg = &fw };
		struct history_reader b = { .line = seen_line, .overlong = seen_long, .block = seen_block,
		    .arg = &bw, .backwards = true, .first = 1000, .most = 7000 };
		char *cause = NULL;

		write_lines(path, seed);
		assert_int_equal(history_read(path, &f, &cause), 0);
		assert_int_equal(history_read(path, &b, &cause), 0);
		assert_int_equal(fw.n, bw.n);
		for (size_t i = 0; i < fw.n; i++)
			assert_string_equal(fw.v[i], bw.v[bw.n - 1 - i]);
		assert_true(bw.blocks > 10);   /* it did read in bounded blocks */
		seen_free(&fw);
		seen_free(&bw);
	}
	unlink(path);
}

/* A block callback that says stop ends the reading there. */
static int
stop_now(void *arg, off_t done, bool at_start)
{
	(void)arg;
	(void)at_start;
	assert_true(done <= 1000);
	return HISTORY_READ_STOP;
}

static void
test_stop(void **state)
{
	char path[] = "/tmp/test_history_read_XXXXXX";
	int fd = mkstemp(path);
	struct seen s = { 0 };
	struct history_reader b = { .line = seen_line, .block = stop_now, .arg = &s,
	    .backwards = true, .first = 1000, .most = 1000 };
	char *cause = NULL;

	(void)state;
	close(fd);
	write_lines(path, 9);
	assert_int_equal(history_read(path, &b, &cause), 0);
	assert_true(s.n < 20);
	seen_free(&s);
	unlink(path);
}

/* A missing file is an empty history; a FIFO or a directory is refused, unread and unhung. */
static void
test_only_regular(void **state)
{
	char dir[] = "/tmp/test_history_read_XXXXXX", fifo[64];
	struct seen s = { 0 };
	struct history_reader f = { .line = seen_line, .arg = &s };
	char *cause = NULL;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(fifo, sizeof fifo, "%s/fifo", dir);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	assert_int_equal(history_read("/nonexistent/history.jsonl", &f, &cause), 0);
	assert_int_equal(s.n, 0);
	assert_int_equal(history_read(fifo, &f, &cause), -1);
	assert_non_null(strstr(cause, "not a regular file"));
	free(cause);
	assert_int_equal(history_read(dir, &f, &cause), -1);
	assert_non_null(strstr(cause, "cannot read history"));
	free(cause);
	unlink(fifo);
	rmdir(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_both_ways),
		cmocka_unit_test(test_stop),
		cmocka_unit_test(test_only_regular),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
