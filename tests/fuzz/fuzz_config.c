/*
 * fuzz_config.c — libFuzzer harness for the settings file.
 *
 * The input is written to a private file and read with config_load(), the
 * path the program takes (jsonfile_load, then every key checked); the same
 * bytes, cut at the first NUL, also go to config_parse_duration().
 *
 * Oracles besides the sanitizers: every diagnostic is terminal-safe; a load
 * that succeeds leaves every setting inside config.h's ranges and `say`
 * free of control characters; a failed load says why (status 65 or 66).
 */
#include <assert.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalogue.h"
#include "config.h"
#include "diag.h"
#include "fuzz_files.h"
#include "text.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[4096], file[4200];

static void
cleanup(void)
{
	unlink(file);
	rmdir(dir);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (fuzz_make_dir(dir, sizeof dir, "fuzz_config") < 0)
		abort();
	snprintf(file, sizeof file, "%s/config.json", dir);
	atexit(cleanup);
	return 0;
}

static void
check_duration(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	long secs;

	assert(s != NULL);
	memcpy(s, data, size);
	s[size] = '\0';
	secs = config_parse_duration(s);
	assert(secs >= -1);
	free(s);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct config c;
	struct diag d;
	int rc;

	fuzz_put_file(file, data, size);
	config_defaults(&c);
	diag_init(&d);
	rc = config_load(&c, file, &d);
	for (size_t i = 0; i < d.n; i++)
		assert(!text_has_unsafe(d.msg[i]));
	if (rc == 0) {
		assert(d.errors == 0);
		assert(c.breath_in >= 1 && c.breath_in <= 30);
		assert(c.breath_out >= 1 && c.breath_out <= 30);
		assert(c.build_minutes >= 1 && c.build_minutes <= 60);
		assert(c.remind_every >= CONFIG_DURATION_MIN_S && c.remind_every <= CONFIG_DURATION_MAX_S);
		assert(c.conditions < (1u << COND_COUNT));
		if (c.say != NULL)
			assert(c.say[0] != '\0' && !text_has_unsafe(c.say));
		for (int k = 0; k < CFG_NKEYS; k++)
			assert(c.source[k] == SRC_DEFAULT || c.source[k] == SRC_FILE);
	} else {
		assert(rc == -1 && d.errors > 0);
		assert(d.status == EXIT_DATAERR || d.status == EXIT_NOINPUT);
	}
	config_done(&c);
	diag_done(&d);
	check_duration(data, size);
	return 0;
}
