/* test_config.c — the config keys' one table: every key in it is read, reported and named once. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "diag.h"

/* A value each key accepts, by name; every key in the table must have one here. */
static const struct { const char *key, *json; } samples[] = {
	{ "breath", "{\"inhale\": 3, \"exhale\": 5}" }, { "bell", "false" }, { "color", "false" },
	{ "checkin", "false" }, { "build_minutes", "12" }, { "say", "\"espeak-ng\"" },
	{ "remind_every", "\"1h\"" }, { "remind_snooze", "\"5m\"" },
	{ "away_counts_after", "\"2m\"" }, { "remind_hours", "\"9-17\"" },
	{ "remind_days", "\"mon-fri\"" }, { "notify", "false" }, { "sound", "\"bell\"" },
	{ "kneel", "false" }, { "floor", "false" }, { "conditions", "[\"sciatica\"]" },
	{ "say_voice", "\"-v de\"" }, { "equipment", "[\"ball\"]" },
	{ "profile", "{\"area\": \"lower-back\"}" },
};

static const char *
sample(const char *key)
{
	for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++)
		if (strcmp(samples[i].key, key) == 0)
			return samples[i].json;
	return NULL;
}

/* A config file with every key of the table set to its sample (or to null); the path, to unlink. */
static char *
write_all(bool null)
{
	char *path = strdup("/tmp/test_config_XXXXXX");
	int fd = mkstemp(path);
	FILE *fp = fdopen(fd, "w");

	assert_non_null(fp);
	fputc('{', fp);
	for (int k = 0; k < CFG_NKEYS; k++)
		fprintf(fp, "%s\"%s\": %s", k ? ", " : "", config_key_name((enum config_key)k),
		    null ? "null" : sample(config_key_name((enum config_key)k)));
	fputs("}\n", fp);
	fclose(fp);
	return path;
}

/* Each row is whole: a name found again by it, a help line, and what an object or a word needs. */
static void
test_table_whole(void **state)
{
	(void)state;
	for (int k = 0; k < CFG_NKEYS; k++) {
		const struct config_key_info *row = config_key_info((enum config_key)k);

		assert_non_null(row->name);
		assert_int_equal(config_key_find(row->name), k);
		assert_non_null(row->help);
		assert_true(strncmp(row->help, "must be ", 8) == 0 || strncmp(row->help, "takes ", 6) == 0);
		assert_true(row->type != CONFIG_WORD || row->word != NULL);
		assert_true(row->type != CONFIG_NAMES || row->names != NULL);
		assert_true(row->type != CONFIG_OBJECT || row->object != NULL);
		assert_true(row->show != CONFIG_SHOW_TEXT || row->none != NULL);
		/* the test's samples cover every key */
		assert_non_null(sample(row->name));
	}
	assert_int_equal(config_key_find("colour"), -1);
}

/* A file setting every key is read whole: each key's source is the file. */
static void
test_every_key_read(void **state)
{
	char *path = write_all(false);
	struct config c;
	struct diag d;

	(void)state;
	config_defaults(&c);
	diag_init(&d);
	assert_int_equal(config_load(&c, path, &d), 0);
	assert_int_equal(d.n, 0);
	for (int k = 0; k < CFG_NKEYS; k++)
		assert_int_equal(c.source[k], SRC_FILE);
	assert_int_equal(c.breath_in, 3);
	assert_false(c.bell);
	assert_int_equal(c.build_minutes, 12);
	assert_string_equal(c.say, "espeak-ng");
	assert_int_equal(c.remind_every, 3600);
	assert_int_equal(c.away_after, 120);
	assert_int_equal(c.sound, CONFIG_SOUND_BELL);
	assert_string_equal(c.say_voice, "-v de");
	assert_int_not_equal(c.conditions, 0);
	assert_int_not_equal(c.equipment, 0);
	config_done(&c);
	diag_done(&d);
	unlink(path);
	free(path);
}

/* Every key set to null is one error naming the key and its help line; nothing changes. */
static void
test_every_key_reported(void **state)
{
	char *path = write_all(true);
	struct config c;
	struct diag d;

	(void)state;
	config_defaults(&c);
	diag_init(&d);
	assert_int_equal(config_load(&c, path, &d), -1);
	assert_int_equal(d.errors, CFG_NKEYS);
	assert_int_equal(d.status, EXIT_DATAERR);
	for (int k = 0; k < CFG_NKEYS; k++) {
		const struct config_key_info *row = config_key_info((enum config_key)k);
		char want[512];

		snprintf(want, sizeof want, ": %s %s, got null", row->name, row->help);
		assert_non_null(strstr(d.msg[k], want));
		assert_int_equal(c.source[k], SRC_DEFAULT);
	}
	assert_int_equal(c.breath_in, 4);
	assert_null(c.say);
	config_done(&c);
	diag_done(&d);
	unlink(path);
	free(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_whole),
		cmocka_unit_test(test_every_key_read),
		cmocka_unit_test(test_every_key_reported),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
