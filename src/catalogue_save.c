/* catalogue_save.c — write a routine into the user catalogue, atomically. */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "catalogue.h"
#include "diag.h"
#include "i18n.h"
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
	root = jsonfile_load(path, N_("catalogue file"), &d);
	if (root == NULL || !cJSON_IsObject(root)) {
		char *ps = text_safe(path);

		*cause = xasprintf("%s cannot be read as a catalogue (%s); fix it first, nothing was changed",
		    ps, d.n > 0 ? d.msg[0] : _("not a JSON object"));
		free(ps);
		cJSON_Delete(root);
		root = NULL;
	}
	diag_done(&d);
	return root;
}

/*
 * The file a write to path replaces: a symlink (a dotfiles set-up keeps the
 * catalogue elsewhere) is followed to its target, even one not there yet, so
 * the link stays a link and the real file is the one that changes. Caller frees.
 */
static char *
write_target(const char *path)
{
	char *target = realpath(path, NULL), *cur, link[4096];
	struct stat st;

	if (target != NULL)
		return target;
	cur = xstrdup(path);
	for (int hops = 0; hops < 16 && lstat(cur, &st) == 0 && S_ISLNK(st.st_mode); hops++) {
		ssize_t n = readlink(cur, link, sizeof link - 1);
		char *slash = strrchr(cur, '/'), *next;

		if (n <= 0)
			break;
		link[n] = '\0';
		if (link[0] == '/' || slash == NULL)
			next = xstrdup(link);
		else
			next = xasprintf("%.*s/%s", (int)(slash - cur), cur, link);
		free(cur);
		cur = next;
	}
	return cur;
}

/* The mode the file keeps: its own when it exists, else what a new file gets under the umask. */
static mode_t
file_mode(const char *path)
{
	struct stat st;
	mode_t mask;

	if (stat(path, &st) == 0)
		return st.st_mode & 07777;
	mask = umask(077);
	umask(mask);
	return 0666 & ~mask;
}

int
catalogue_write_file(const char *where, const char *text, char **cause)
{
	char *path = write_target(where);
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
	if (fchmod(fd, file_mode(path)) < 0 || close(fd) < 0 || rename(tmp, path) < 0) {
		*cause = xasprintf("cannot replace %s: %s", path, strerror(errno));
		unlink(tmp);
		goto out;
	}
	rc = 0;
out:
	free(tmp);
	free(dir);
	free(path);
	return rc;
}

/* The file's "routines" list (made when missing), or NULL with *cause when it is not a list. */
static cJSON *
routines_of(cJSON *root, char **cause)
{
	cJSON *list;

	if (cJSON_GetObjectItemCaseSensitive(root, "schema") == NULL)
		cJSON_AddNumberToObject(root, "schema", 1);
	list = cJSON_GetObjectItemCaseSensitive(root, "routines");
	if (list == NULL)
		list = cJSON_AddArrayToObject(root, "routines");
	if (!cJSON_IsArray(list)) {
		*cause = xstrdup("its \"routines\" is not a list; fix it first, nothing was changed");
		return NULL;
	}
	return list;
}

/* The index of the routine with this id in list, or -1. */
static int
routine_index(const cJSON *list, const char *id)
{
	const cJSON *e;
	int i = 0;

	cJSON_ArrayForEach(e, list) {
		const cJSON *eid = cJSON_GetObjectItemCaseSensitive(e, "id");

		if (cJSON_IsString(eid) && strcmp(eid->valuestring, id) == 0)
			return i;
		i++;
	}
	return -1;
}

/* Write root to path and free it. */
static int
write_root(const char *path, cJSON *root, char **cause)
{
	char *text = cJSON_Print(root);
	int rc;

	cJSON_Delete(root);
	if (text == NULL)
		fatal("out of memory formatting JSON");
	rc = catalogue_write_file(path, text, cause);
	cJSON_free(text);
	return rc;
}

/* What one change to the user catalogue does to its "routines" list; 0, or -1 with *cause. */
typedef int (*edit_fn)(cJSON *list, const struct routine *r, const char *id, const char *name,
    char **cause);

/*
 * Read, change and write the user catalogue under the lock of its directory,
 * so that two stretchcoach saving at once both keep their change.
 */
static int
locked_edit(const char *path, edit_fn edit, const struct routine *r, const char *id,
    const char *name, char **cause)
{
	char *target = write_target(path);
	int lock = paths_lock_dir(target), rc = -1;
	cJSON *root, *list;

	if (lock < 0) {
		char *ps = text_safe(target);

		*cause = xasprintf("cannot lock the folder of %s: %s", ps, strerror(errno));
		free(ps);
		free(target);
		return -1;
	}
	if ((root = load_existing(path, cause)) != NULL) {
		if ((list = routines_of(root, cause)) != NULL && edit(list, r, id, name, cause) == 0)
			rc = write_root(path, root, cause);
		else
			cJSON_Delete(root);
	}
	paths_unlock_dir(lock);
	free(target);
	return rc;
}

static int
put_routine(cJSON *list, const struct routine *r, const char *id, const char *name, char **cause)
{
	int i;

	(void)name;
	(void)cause;
	if ((i = routine_index(list, id)) >= 0)
		cJSON_DeleteItemFromArray(list, i);
	cJSON_AddItemToArray(list, routine_json(r, id));
	return 0;
}

static int
rename_or_delete(cJSON *list, const struct routine *r, const char *id, const char *name,
    char **cause)
{
	cJSON *e;
	int i;

	(void)r;
	if ((i = routine_index(list, id)) < 0) {
		*cause = xstrdup("no such routine in the user catalogue");
		return -1;
	}
	if (name == NULL) {
		cJSON_DeleteItemFromArray(list, i);
	} else {
		e = cJSON_GetArrayItem(list, i);
		cJSON_DeleteItemFromObjectCaseSensitive(e, "name");
		cJSON_AddStringToObject(e, "name", name);
	}
	return 0;
}

int
catalogue_save_routine(const char *path, const struct routine *r, const char *id, char **cause)
{
	return locked_edit(path, put_routine, r, id, NULL, cause);
}

int
catalogue_edit_routine(const char *path, const char *id, const char *name, char **cause)
{
	return locked_edit(path, rename_or_delete, NULL, id, name, cause);
}

size_t
catalogue_user_routines(const char *path, char ***ids, char ***names)
{
	cJSON *root, *list, *e;
	char *cause = NULL;
	size_t n = 0;

	*ids = *names = NULL;
	if (access(path, F_OK) != 0 || (root = load_existing(path, &cause)) == NULL) {
		free(cause);
		return 0;
	}
	list = cJSON_GetObjectItemCaseSensitive(root, "routines");
	if (!cJSON_IsArray(list))
		list = NULL;
	cJSON_ArrayForEach(e, list) {
		const cJSON *id = cJSON_GetObjectItemCaseSensitive(e, "id");
		const cJSON *name = cJSON_GetObjectItemCaseSensitive(e, "name");

		if (!cJSON_IsString(id) || !cJSON_IsString(name))
			continue;
		*ids = xreallocarray(*ids, n + 1, sizeof **ids);
		*names = xreallocarray(*names, n + 1, sizeof **names);
		(*ids)[n] = text_safe(id->valuestring);
		(*names)[n] = text_safe(name->valuestring);
		n++;
	}
	cJSON_Delete(root);
	return n;
}
