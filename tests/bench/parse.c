/*
 * parse.c — the floor of a `list` that reads its catalogue: read the JSON file
 * whole, parse it with cJSON, print how many stretches it has, free it.
 * Nothing is checked, translated or laid out. The bench times it beside
 * `stretchcoach list` and /bin/true: what it adds to /bin/true is what
 * reading and parsing the catalogue costs on that machine.
 *
 *   parse FILE
 */
#include <stdio.h>
#include <stdlib.h>

#include <cJSON.h>

int
main(int argc, char **argv)
{
	static char buf[1 << 20];
	FILE *f;
	size_t n;
	cJSON *root;

	if (argc != 2 || (f = fopen(argv[1], "rb")) == NULL)
		return 2;
	n = fread(buf, 1, sizeof buf, f);
	fclose(f);
	if ((root = cJSON_ParseWithLength(buf, n)) == NULL)
		return 1;
	printf("%d\n", cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(root, "stretches")));
	cJSON_Delete(root);
	return 0;
}
