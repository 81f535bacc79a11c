/* catalogue_save.c — write a routine into the user catalogue, atomically. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "catalogue.h"
#include "diag.h"
#include "jsonfile.h"
#include "paths.h"
#include "text.h"

static cJSON *
routine_json(const struct routine *r, const char *id)
{
	cJSON *o = cJSON_CreateObject(), *items = cJSON_CreateArray();

	cJSON_AddStringToObject(o, "id", id);
	cJSON_AddStringToObject(o, "name", r->name);
	cJSON_AddStringToObject(o, "time", catalogue_rtime_name(r->time));
	cJSON_AddStringToObject(o, "description", r->description);
	cJSON_AddNumberToObject(o, "rest", r->rest);
	for (size_t i = 0; i < r->nitems; i++) {
		const struct routine_item *it = &r->items[i];
		cJSON *e = cJSON_CreateObject();

		cJSON_AddStringToObject(e, "stretch", it->stretch->id);
		if (it->reps > 0)
			cJSON_AddNumberToObject(e, "reps", it->reps);
		else
			cJSON_AddNumberToObject(e, "hold", it->hold);
		cJSON_AddNumberToObject(e, "sets", it->sets);
		cJSON_AddItemToArray(items, e);
	}
	cJSON_AddItemToObject(o, "items", items);
	return o;
}

/* The existing file's tree, a new one when there is no file, or NULL with *cause. */
static cJSON *
load_existing(const char *path, char **cause)
{
	struct diag d;
	cJSON *root;

	if (access(path, F_OK) != 0)
		return cJSON_CreateObject();
	diag_init(&d);
	root = jsonfile_load(path, &d);
	if (root == NULL || !cJSON_IsObject(root)) {
		char *ps = text_safe(path);

		*cause = xasprintf("%s cannot be read as a catalogue (%s); fix it first, nothing was changed",
		    ps, d.n > 0 ? d.msg[0] : "not a JSON object");
		free(ps);
		cJSON_Delete(root);
		root = NULL;
	}
	diag_done(&d);
	return root;
}

static int
write_atomically(const char *path, const char *text, char **cause)
{
	char *tmp = xasprintf("%s.tmpXXXXXX", path), *dir = xstrdup(path), *slash;
	size_t len = strlen(text);
	int fd, rc = -1;

	if ((slash = strrchr(dir, '/')) != NULL)
		*slash = '\0';
	if (slash != NULL && paths_mkdir_p(dir, 0700) < 0) {
		*cause = xasprintf("cannot create %s: %s", dir, strerror(errno));
		goto out;
	}
	if ((fd = mkstemp(tmp)) < 0) {
		*cause = xasprintf("cannot write next to %s: %s", path, strerror(errno));
		goto out;
	}
	if (write(fd, text, len) != (ssize_t)len || write(fd, "\n", 1) != 1 || fsync(fd) < 0) {
		*cause = xasprintf("cannot write %s: %s", tmp, strerror(errno));
		close(fd);
		unlink(tmp);
		goto out;
	}
	if (close(fd) < 0 || rename(tmp, path) < 0) {
		*cause = xasprintf("cannot replace %s: %s", path, strerror(errno));
		unlink(tmp);
		goto out;
	}
	rc = 0;
out:
	free(tmp);
	free(dir);
	return rc;
}

int
catalogue_save_routine(const char *path, const struct routine *r, const char *id, char **cause)
{
	cJSON *root = load_existing(path, cause), *list, *e;
	char *text;
	int rc, i = 0;

	if (root == NULL)
		return -1;
	if (cJSON_GetObjectItemCaseSensitive(root, "schema") == NULL)
		cJSON_AddNumberToObject(root, "schema", 1);
	list = cJSON_GetObjectItemCaseSensitive(root, "routines");
	if (list == NULL)
		list = cJSON_AddArrayToObject(root, "routines");
	if (!cJSON_IsArray(list)) {
		*cause = xstrdup("its \"routines\" is not a list; fix it first, nothing was changed");
		cJSON_Delete(root);
		return -1;
	}
	cJSON_ArrayForEach(e, list) {
		const cJSON *eid = cJSON_GetObjectItemCaseSensitive(e, "id");

		if (cJSON_IsString(eid) && strcmp(eid->valuestring, id) == 0) {
			cJSON_DeleteItemFromArray(list, i);
			break;
		}
		i++;
	}
	cJSON_AddItemToArray(list, routine_json(r, id));
	text = cJSON_Print(root);
	cJSON_Delete(root);
	if (text == NULL)
		fatal("out of memory formatting JSON");
	rc = write_atomically(path, text, cause);
	cJSON_free(text);
	return rc;
}
