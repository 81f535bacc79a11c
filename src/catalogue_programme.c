/* catalogue_programme.c — schema v1 "programmes": plans over days, read with precise errors. */
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "catalogue_int.h"
#include "diag.h"

static const char *const programme_keys[] = { "id", "name", "description", "days", NULL };
static const char *const day_keys[] = { "routine", "rest", "note", NULL };

/* One day: {"routine": ID, "note": ...} or {"rest": true, "note": ...}. */
static void
read_day(struct ctx *x, const cJSON *e, struct programme_day *day)
{
	const cJSON *rest = catalogue_json_member(e, "rest");
	const cJSON *routine = catalogue_json_member(e, "routine");

	catalogue_json_keys(x, e, day_keys);
	day->note = catalogue_json_str(x, e, "note", TEXT_MAX_CHARS, 0);
	if (day->note == NULL)
		day->note = "";
	if (rest != NULL && !cJSON_IsTrue(rest)) {
		/* TRANSLATORS: A catalogue error, after a programme day's place (file: programmes[0]:
		   days[3]). "rest" and "true" are JSON as typed: keep them in English. */
		catalogue_json_error(x, "rest must be true when given (leave it out on a routine day)");
		return;
	}
	if (rest != NULL && routine != NULL) {
		/* TRANSLATORS: A catalogue error, after a programme day's place (file: programmes[0]:
		   days[3]): the day has both "routine" and "rest". */
		catalogue_json_error(x, "a day is either a routine or a rest day, not both");
		return;
	}
	if (rest != NULL)
		return;
	if (routine == NULL) {
		/* TRANSLATORS: A catalogue error, after a programme day's place (file: programmes[0]:
		   days[3]). Keep "routine" and "rest": true as written (JSON); ID stands for a
		   routine's id. */
		catalogue_json_error(x, "needs \"routine\": ID, or \"rest\": true");
		return;
	}
	day->routine_id = catalogue_json_str(x, e, "routine", ID_MAX, 1);
	if (day->routine_id != NULL && !catalogue_json_id(day->routine_id)) {
		/* TRANSLATORS: A catalogue error, after a programme day's place (file: programmes[0]:
		   days[3]). Keep "routine" (a JSON key) and "a-z, 0-9 and -" as written. */
		catalogue_json_error(x, "routine must be an id of a-z, 0-9 and -");
		day->routine_id = NULL;
	}
}

/* days[i] into the array arg. */
static void
read_day_at(struct ctx *x, const cJSON *e, size_t i, void *arg)
{
	if (!cJSON_IsObject(e))
		/* TRANSLATORS: A catalogue error, after a programme day's place (file: programmes[0]:
		   days[3]). Keep the JSON examples exactly as written. */
		catalogue_json_error(x, "must be an object like {\"routine\": \"morning-quick\"} "
		    "or {\"rest\": true}");
	else
		read_day(x, e, (struct programme_day *)arg + i);
}

static struct programme_day *
read_days(struct ctx *x, const cJSON *obj, size_t *n)
{
	const cJSON *v = catalogue_json_member(obj, "days");
	struct programme_day *days;
	int rest_only = 1;

	*n = 0;
	if (!cJSON_IsArray(v) || cJSON_GetArraySize(v) < 1 ||
	    cJSON_GetArraySize(v) > PROGRAMME_DAYS_MAX) {
		/* TRANSLATORS: %d is the most days a programme has. */
		catalogue_json_error(x, "days must be a list of 1..%d days", PROGRAMME_DAYS_MAX);
		return NULL;
	}
	*n = (size_t)cJSON_GetArraySize(v);
	days = arena_alloc(&x->c->arena, *n * sizeof *days);
	catalogue_json_each(x, v, "days", read_day_at, days);
	for (size_t i = 0; i < *n; i++)
		rest_only &= days[i].routine_id == NULL;
	if (rest_only)
		/* TRANSLATORS: A catalogue error, after the programme's place (file: programmes[0]):
		   every day of it is a rest day. "days" is a JSON key: keep it in English. */
		catalogue_json_error(x, "days must name at least one routine");
	return days;
}

void
catalogue_read_programme(struct ctx *x, const cJSON *obj, int file_no, const char *file)
{
	struct programme *p = arena_alloc(&x->c->arena, sizeof *p);
	size_t before = x->errors;

	(void)file;
	catalogue_json_keys(x, obj, programme_keys);
	p->id = catalogue_json_entry_id(x, obj);
	p->name = catalogue_json_str(x, obj, "name", NAME_MAX_CHARS, 1);
	p->description = catalogue_json_str(x, obj, "description", DESCRIPTION_MAX_CHARS, 0);
	if (p->description == NULL)
		p->description = "";
	p->days = read_days(x, obj, &p->ndays);
	p->source = x->source;
	if (x->errors == before)
		catalogue_add_programme(x->c, p, x->where, file_no);
}
