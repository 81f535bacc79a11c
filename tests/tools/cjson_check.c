/*
 * cjson_check.c — is the linked cJSON one with the fix for CVE-2023-26819?
 *
 * cJSON up to 1.7.18 copied a number into a 64-byte buffer before strtod, so
 * a number of 64 characters or more was cut: a valid document failed to
 * parse (the rest of the digits became a syntax error), or a number at the
 * end of the input silently lost its last digits. The fix (cJSON PR #939,
 * released in 1.7.19; some distributions backport it) sizes the buffer to
 * the number. The payloads below parse, with the right values, only there.
 *
 * Prints one PASS or FAIL line (and what to do) and exits 0 or 1. Built and
 * run by `make` (check-cjson) and by tests/cli/cjson_cve.sh.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <cjson/cJSON.h>

static int failures;

/* Parse text as the loaders do (whole buffer, NUL included, nothing after). */
static cJSON *
parse(const char *text)
{
	return cJSON_ParseWithLengthOpts(text, strlen(text) + 1, NULL, 1);
}

static int
close_to(double got, double want)
{
	return isfinite(got) && fabs(got - want) <= fabs(want) * 1e-12;
}

static void
expect(const char *what, int ok)
{
	if (!ok) {
		printf("FAIL cjson: %s\n", what);
		failures++;
	}
}

int
main(void)
{
	/* the reproducer of cJSON issue #727 (CVE-2023-26819), a 64-digit number */
	static const char issue727[] =
	    "{\"a\": true, \"b\": [ null,9999999999999999999999999999999999999999999999912345678901234567]}";
	char longfrac[256], longint[128];
	cJSON *root, *b;

	root = parse(issue727);
	b = cJSON_GetObjectItemCaseSensitive(root, "b");
	expect("the CVE-2023-26819 reproducer (a 64-digit number in a list) does not parse",
	    root != NULL);
	expect("the 64-digit number has the wrong value",
	    root == NULL || close_to(cJSON_GetArrayItem(b, 1) != NULL ?
	    cJSON_GetArrayItem(b, 1)->valuedouble : NAN, 1e64));
	cJSON_Delete(root);

	/* -1.000...0e-2 with 120 zeros: -0.01 */
	snprintf(longfrac, sizeof longfrac, "{\"hold\": -1.%0120de-2}", 0);
	root = parse(longfrac);
	expect("a long fraction with an exponent (-1.000...e-2) does not parse", root != NULL);
	expect("the long fraction has the wrong value", root == NULL ||
	    close_to(cJSON_GetObjectItemCaseSensitive(root, "hold")->valuedouble, -0.01));
	cJSON_Delete(root);

	/* 1 and 70 zeros alone: an unfixed cJSON stops after 63 characters */
	snprintf(longint, sizeof longint, "1%070d", 0);
	root = cJSON_ParseWithLengthOpts(longint, strlen(longint) + 1, NULL, 0);
	expect("a 71-digit number at the top level does not parse", root != NULL);
	expect("a 71-digit number is cut short (1e62 instead of 1e70)",
	    root == NULL || close_to(root->valuedouble, 1e70));
	cJSON_Delete(root);

	if (failures > 0) {
		printf("FAIL cjson: the linked cJSON %s lacks the fix for CVE-2023-26819; "
		    "build against cJSON 1.7.19 or later, or a distribution package with the fix "
		    "(Debian 12: 1.7.15-1+deb12u3 or later)\n", cJSON_Version());
		return 1;
	}
	printf("PASS cjson: the linked cJSON %s parses the CVE-2023-26819 long-number payloads\n",
	    cJSON_Version());
	return 0;
}
