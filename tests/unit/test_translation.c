/* test_translation.c — the reader's languages, and catalogue text put over by translations. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <inttypes.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalogue.h"
#include "diag.h"
#include "i18n.h"
#include "translation.h"

/* A stretch with every text field, a routine and a programme of two days. */
static const char cat_text[] =
"{\"schema\": 1, \"stretches\": [{\"id\": \"cat-cow\", \"name\": \"Cat-Cow\", \"kind\": \"dynamic\","
" \"areas\": [\"mid-back\"], \"level\": \"gentle\", \"position\": \"floor\", \"time\": [\"morning\"],"
" \"reps\": 6, \"rep_seconds\": 10, \"steps\": [\"Hands and knees.\", \"Round and arch.\"],"
" \"cautions\": [\"Small range.\"], \"cues\": {\"inhale\": \"arch\", \"exhale\": \"round\"},"
" \"art\": [\"in: cow\", \"\"], \"frames\": {\"inhale\": [\"up\"], \"exhale\": [\"down\"]}},"
" {\"id\": \"twist\", \"name\": \"Twist\", \"kind\": \"static\", \"areas\": [\"mid-back\"],"
" \"level\": \"gentle\", \"position\": \"seated\", \"time\": [\"evening\"], \"hold\": 20,"
" \"steps\": [\"Turn.\"]}],"
" \"routines\": [{\"id\": \"one\", \"name\": \"One\", \"description\": \"Short.\","
" \"items\": [{\"stretch\": \"cat-cow\"}, {\"stretch\": \"twist\"}]}],"
" \"programmes\": [{\"id\": \"plan\", \"name\": \"Plan\", \"description\": \"Two days.\", \"days\": ["
" {\"routine\": \"one\", \"note\": \"Start easy.\"}, {\"rest\": true}]}]}";

static char dir[64], cat_path[128];

static void
put(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");

	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
}

/* Write the translation of the test catalogue into tag. */
static void
put_translation(const char *tag, const char *text)
{
	char *path = translation_path(cat_path, tag);

	put(path, text);
	free(path);
}

static void
remove_translation(const char *tag)
{
	char *path = translation_path(cat_path, tag);

	unlink(path);
	free(path);
}

static struct catalogue *
load(void)
{
	const char *paths[] = { cat_path };
	struct diag d;
	struct catalogue *c;

	diag_init(&d);
	c = catalogue_load(paths, 1, &d);
	diag_print(&d, stderr);
	diag_done(&d);
	assert_non_null(c);
	return c;
}

static int
setup(void **state)
{
	(void)state;
	setlocale(LC_ALL, "C.UTF-8");
	snprintf(dir, sizeof dir, "/tmp/test_translation_XXXXXX");
	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(cat_path, sizeof cat_path, "%s/cat.json", dir);
	put(cat_path, cat_text);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	unlink(cat_path);
	rmdir(dir);
	return 0;
}

/* Join the candidates for locale and LANGUAGE with ",". */
static void
expect_tags(const char *locale, const char *language, const char *want)
{
	char **tags, got[200] = "";
	size_t n = i18n_candidates(locale, language, &tags);

	for (size_t i = 0; i < n; i++)
		snprintf(got + strlen(got), sizeof got - strlen(got), "%s%s", i ? "," : "", tags[i]);
	i18n_languages_free(tags, n);
	assert_string_equal(got, want);
}

static void
test_candidates(void **state)
{
	(void)state;
	expect_tags("C", NULL, "");
	expect_tags("POSIX", "de", "");            /* gettext ignores LANGUAGE in the C locale */
	expect_tags("C.UTF-8", "de:es", "de,es");  /* ... but follows it in C.UTF-8, as gettext does */
	expect_tags("C.UTF-8", NULL, "");
	expect_tags("C.UTF-8", "", "");
	expect_tags("de_DE.UTF-8", NULL, "de_DE,de");
	expect_tags("de_DE.UTF-8", "", "de_DE,de");
	expect_tags("de_AT.UTF-8@euro", NULL, "de_AT,de");
	expect_tags("es_ES.UTF-8", "de:es", "de,es");
	expect_tags("de_DE.UTF-8", "es_MX:de", "es_MX,es,de");
	expect_tags("de_DE.UTF-8", "fr:en:de", "fr");       /* English ends the search */
	expect_tags("en_GB.UTF-8", NULL, "");
	expect_tags("de_DE.UTF-8", "../x:de::", "de");      /* never a path */
	expect_tags("de_DE.UTF-8", "C:es", "es");
}

static void
test_names(void **state)
{
	char *s;

	(void)state;
	s = translation_path("data/catalogue.json", "de");
	assert_string_equal(s, "data/catalogue.de.json");
	free(s);
	s = translation_path("/tmp/my-catalogue", "es_MX");
	assert_string_equal(s, "/tmp/my-catalogue.es_MX.json");
	free(s);
	s = translation_base("data/catalogue.de.json");
	assert_string_equal(s, "data/catalogue.json");
	free(s);
	s = translation_base("catalogue.es_MX.json");
	assert_string_equal(s, "catalogue.json");
	free(s);
	assert_null(translation_base("data/catalogue.json"));
	assert_null(translation_base("data/.de.json"));
	assert_null(translation_base("a.d3.json"));
	assert_null(translation_base("a.de.txt"));
	assert_null(translation_base("x.toolonglanguagetag.json"));
}

/* A tag list and apply it; returns what translation_apply returned, the messages in *msgs. */
static int
apply(struct catalogue *c, const char *t1, const char *t2, char *msgs, size_t size)
{
	const char *tags[] = { t1, t2 };
	struct diag d;
	int rc;

	diag_init(&d);
	rc = translation_apply(c, tags, t2 != NULL ? 2 : 1, &d);
	msgs[0] = '\0';
	for (size_t i = 0; i < d.n; i++)
		snprintf(msgs + strlen(msgs), size - strlen(msgs), "%s\n", d.msg[i]);
	diag_done(&d);
	return rc;
}

static void
test_per_field(void **state)
{
	struct catalogue *c = load();
	const struct stretch *s = catalogue_find_stretch(c, "cat-cow");
	const struct routine *r = catalogue_find_routine(c, "one");
	const struct programme *p = catalogue_find_programme(c, "plan");
	char msgs[2000];

	(void)state;
	/* the regional file has the name only; the language file more; cautions in neither */
	put_translation("de_AT", "{\"translation\": 1, \"language\": \"de_AT\", \"stretches\":"
	    " [{\"id\": \"cat-cow\", \"name\": \"Katzbuckel\"}]}");
	put_translation("de", "{\"translation\": 1, \"language\": \"de\", \"stretches\": ["
	    "{\"id\": \"cat-cow\", \"name\": \"Katze-Kuh\", \"steps\": [\"Vierfüßlerstand.\"],"
	    " \"cues\": {\"inhale\": \"Hohlkreuz\"}, \"art\": [\"ein: Kuh\", \"\"],"
	    " \"frames\": {\"exhale\": [\"runter\"]}}],"
	    " \"routines\": [{\"id\": \"one\", \"name\": \"Eins\"}],"
	    " \"programmes\": [{\"id\": \"plan\", \"description\": \"Zwei Tage.\","
	    " \"days\": [{\"note\": \"Sanft anfangen.\"}, {}]}]}");
	if (apply(c, "de_AT", "de", msgs, sizeof msgs) != 0)
		fail_msg("%s", msgs);
	assert_string_equal(s->name, "Katzbuckel");
	assert_string_equal(s->orig_name, "Cat-Cow");
	assert_int_equal(s->steps.n, 1);
	assert_string_equal(s->steps.v[0], "Vierfüßlerstand.");
	assert_string_equal(s->cautions.v[0], "Small range.");
	assert_string_equal(s->cue_in, "Hohlkreuz");
	assert_string_equal(s->cue_out, "round");
	assert_string_equal(s->art.v[0], "ein: Kuh");
	assert_string_equal(s->frame_in.v[0], "up");
	assert_string_equal(s->frame_out.v[0], "runter");
	assert_string_equal(r->name, "Eins");
	assert_string_equal(r->orig_name, "One");
	assert_string_equal(r->description, "Short.");
	assert_null(r->orig_description);
	assert_string_equal(p->name, "Plan");
	assert_string_equal(p->description, "Zwei Tage.");
	assert_string_equal(p->days[0].note, "Sanft anfangen.");
	assert_string_equal(p->days[1].note, "");
	assert_string_equal(catalogue_find_stretch(c, "twist")->name, "Twist");
	catalogue_free(c);

	/* no translation for the language asked for: nothing changes */
	c = load();
	assert_int_equal(apply(c, "fr", NULL, msgs, sizeof msgs), 0);
	assert_string_equal(catalogue_find_stretch(c, "cat-cow")->name, "Cat-Cow");
	assert_null(catalogue_find_stretch(c, "cat-cow")->orig_name);
	catalogue_free(c);
	remove_translation("de_AT");
	remove_translation("de");
}

/* The messages of a broken translation, with the status it gave. */
static void
expect_error(const char *text, const char *want)
{
	struct catalogue *c = load();
	char msgs[2000];

	put_translation("de", text);
	assert_int_equal(apply(c, "de", NULL, msgs, sizeof msgs), -1);
	if (strstr(msgs, want) == NULL)
		fail_msg("wanted \"%s\" in:\n%s", want, msgs);
	catalogue_free(c);
	remove_translation("de");
}

static void
test_errors(void **state)
{
	(void)state;
	expect_error("{\"translation\": 1, \"stretches\": [{\"id\": \"cat-cow\", \"name\": \"K\\u001b[2J\"}]}",
	    "stretches[0] (id \"cat-cow\"): name contains a control, escape, bidi or invisible character");
	expect_error("{\"translation\": 1, \"stretches\": [{\"id\": \"cat-cow\", \"name\": "
	    "\"Katze-Kuh Katze-Kuh Katze-Kuh Katze-Kuh Katze-Kuh Katze-Kuh Katze-Kuh\"}]}",
	    "name must be 1..64 characters, got 69");
	expect_error("{\"translation\": 1, \"stretches\": [{\"id\": \"cat-cow\", \"steps\": []}]}",
	    "steps must be a list of 1..12 strings");
	expect_error("{\"translation\": 2}", "this version reads \"translation\": 1 only");
	expect_error("{\"schema\": 1}", "\"translation\" is missing");
	expect_error("{\"translation\": 1,\n \"stretches\": [}", ".de.json:2:");
	expect_error("{\"translation\": 1, \"stretches\": [{\"id\": \"cat-cow\", \"art\": [\"x\"]}]}",
	    "art must be a list of 2 lines");
	expect_error("{\"translation\": 1, \"routines\": {}}", "routines must be a list");
	expect_error("{\"translation\": 1, \"stretches\": [{\"id\": \"cat-cow\", \"frames\":"
	    " {\"inhale\": [\"123456789012345678901234567890123\"]}}]}",
	    "frames: inhale[0] is 33 columns wide; the limit is 32");
	expect_error("{\"translation\": 1, \"programmes\": [{\"id\": \"plan\", \"days\": [\"x\"]}]}",
	    "days[0]: must be an object");
}

/* A "from" that matches the catalogue's text is quiet; a wrong shape is an error. */
static void
test_from(void **state)
{
	struct catalogue *c = load();
	struct diag d;
	char *path = translation_path(cat_path, "de"), *text;

	(void)state;
	text = xasprintf("{\"translation\": 1, \"language\": \"de\", \"stretches\": [{\"id\": \"twist\","
	    " \"from\": \"%08" PRIx32 "\", \"name\": \"Drehung\", \"steps\": [\"Dreh dich.\"]}],"
	    " \"routines\": [{\"id\": \"one\", \"from\": \"%08" PRIx32 "\", \"name\": \"Eins\","
	    " \"description\": \"Kurz.\"}]}",
	    translation_stretch_hash(catalogue_find_stretch(c, "twist")),
	    translation_routine_hash(catalogue_find_routine(c, "one")));
	put(path, text);
	free(text);
	diag_init(&d);
	assert_int_equal(translation_check(c, path, cat_path, &d), 0);
	for (size_t i = 0; i < d.n; i++)
		assert_null(strstr(d.msg[i], "changed since"));
	diag_done(&d);
	put(path, "{\"translation\": 1, \"routines\": [{\"id\": \"one\", \"from\": \"XYZ\"}]}");
	diag_init(&d);
	assert_int_equal(translation_check(c, path, cat_path, &d), -1);
	assert_int_equal(d.errors, 1);
	for (size_t i = 0; i < d.n; i++)
		if (d.is_error[i])
			assert_non_null(strstr(d.msg[i], "from must be 8 lowercase hex digits"));
	diag_done(&d);
	unlink(path);
	free(path);
	catalogue_free(c);
}

static void
test_check_warnings(void **state)
{
	struct catalogue *c = load();
	struct diag d;
	char *path = translation_path(cat_path, "de"), msgs[4000] = "";
	static const char *const want[] = {
		"language \"es\" is not the \"de\" of the file name",
		"stretches[0] (id \"cat-cow\"): steps has 1 lines where the catalogue has 2",
		"stretches[0] (id \"cat-cow\"): steps[0] is 81 columns wide; keep a step within 80",
		"stretches[0] (id \"cat-cow\"): cautions are not translated",
		"stretches[0] (id \"cat-cow\"): cues: exhale is not translated",
		"stretches[0] (id \"cat-cow\"): art has words that are not translated",
		"stretches[0] (id \"cat-cow\"): frames have words that are not translated",
		"stretches[1] (id \"nope\"): the catalogue",
		"stretch \"twist\" of ",
		"routines[0] (id \"one\"): description is not translated",
		"programme \"plan\" of ",
		"routines[0] (id \"one\"): the catalogue's text changed since this was translated "
		    "(\"from\": \"00000000\", now \"",
	};

	(void)state;
	put(path, "{\"translation\": 1, \"language\": \"es\", \"stretches\": ["
	    "{\"id\": \"cat-cow\", \"name\": \"K\", \"steps\": [\"123456789 123456789 123456789 "
	    "123456789 123456789 123456789 123456789 12345678901\"], \"cues\": {\"inhale\": \"i\"}},"
	    " {\"id\": \"nope\", \"name\": \"N\"}],"
	    " \"routines\": [{\"id\": \"one\", \"from\": \"00000000\", \"name\": \"Eins\"}]}");
	diag_init(&d);
	assert_int_equal(translation_check(c, path, cat_path, &d), 0);
	for (size_t i = 0; i < d.n; i++)
		snprintf(msgs + strlen(msgs), sizeof msgs - strlen(msgs), "%s%s\n",
		    d.is_error[i] ? "error: " : "warning: ", d.msg[i]);
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
		if (strstr(msgs, want[i]) == NULL)
			fail_msg("wanted \"%s\" in:\n%s", want[i], msgs);
	assert_int_equal(d.errors, 0);
	assert_int_equal(d.warnings, sizeof want / sizeof want[0]);
	diag_done(&d);
	unlink(path);
	free(path);
	catalogue_free(c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_candidates),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_per_field),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_check_warnings),
		cmocka_unit_test(test_from),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
