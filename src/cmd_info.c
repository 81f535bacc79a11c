/* cmd_info.c — list, routines and safety, and the catalogue a command loads. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "catalogue.h"
#include "cli_out.h"
#include "cmd_int.h"
#include "conditions.h"
#include "diag.h"
#include "frontend.h"
#include "i18n.h"
#include "safety.h"
#include "text.h"
#include "translation.h"

/*
 * Print text wrapped to the columns from x to width and end the line; the
 * lines after the first start at column x. When fewer than 24 columns are
 * left, the text goes on the next lines, indented 4, wrapped to the width.
 */
static void
put_wrapped_cell(const char *text, int x, int width)
{
	char **lines;
	size_t n;

	if (width - x < 24) {
		putchar('\n');
		x = 4;
		printf("%*s", x, "");
	}
	n = text_wrap(text, width - x, &lines);
	for (size_t i = 0; i < n; i++)
		printf("%*s%s\n", i == 0 ? 0 : x, "", lines[i]);
	if (n == 0)
		putchar('\n');
	text_lines_free(lines, n);
}

/* The areas at the end of a row: wrapped from column x on a terminal, as they are for a pipe. */
static void
put_areas(unsigned set, int x, int width)
{
	char ar[320];

	if (width > 0)
		put_wrapped_cell(catalogue_join_names(ar, sizeof ar, set, catalogue_area_label, ", "),
		    x, width - 1);
	else
		printf("%s\n", catalogue_join_names(ar, sizeof ar, set, catalogue_area_label, ","));
}

/* Parse --area/--time filters for list; -1 with a message on a bad name. */
static int
list_filters(const struct cli *cli, unsigned *areas, unsigned *times)
{
	*areas = *times = 0;
	if (cli->area != NULL && catalogue_parse_area(cli->area, areas) < 0) {
		char *s = text_safe(cli->area);

		fprintf(stderr, "stretchcoach: ");
		/* TRANSLATORS: %s is what was typed. The area names in brackets are typed as they
		   stand: keep them in English. */
		fprintf(stderr, _("unknown area '%s' (neck, shoulders, upper-back, mid-back, "
		    "lower-back, hips, glutes, hamstrings, core, chest, wrists, calves, quads)"), s);
		fputc('\n', stderr);
		free(s);
		return -1;
	}
	if (cli->time != NULL && catalogue_parse_time(cli->time, times) < 0) {
		char *s = text_safe(cli->time);

		fprintf(stderr, "stretchcoach: ");
		/* TRANSLATORS: %s is what was given; morning and evening are typed as they are. */
		fprintf(stderr, _("unknown time '%s' (morning or evening)"), s);
		fputc('\n', stderr);
		free(s);
		return -1;
	}
	return 0;
}

/* The ids of a routine's stretches, in order. */
static cJSON *
item_ids_json(const struct routine *r)
{
	cJSON *a = cJSON_CreateArray();

	for (size_t i = 0; i < r->nitems; i++)
		cJSON_AddItemToArray(a, cJSON_CreateString(r->items[i].stretch->id));
	return a;
}

static cJSON *
names_json(unsigned set, const char *(*name)(unsigned))
{
	cJSON *a = cJSON_CreateArray();

	for (unsigned i = 0; i < 32; i++)
		if (set & (1u << i))
			cJSON_AddItemToArray(a, cJSON_CreateString(name(1u << i)));
	return a;
}

static cJSON *
stretch_json(const struct stretch *s)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddStringToObject(o, "id", s->id);
	cJSON_AddStringToObject(o, "name", s->orig_name != NULL ? s->orig_name : s->name);
	cJSON_AddStringToObject(o, "shown_name", s->name);
	cJSON_AddStringToObject(o, "kind", catalogue_kind_name(s->kind));
	cJSON_AddItemToObject(o, "areas", names_json(s->areas, catalogue_area_name));
	cJSON_AddStringToObject(o, "level", catalogue_level_name(s->level));
	cJSON_AddStringToObject(o, "position", catalogue_position_name(s->position));
	cJSON_AddItemToObject(o, "time", names_json(s->times, catalogue_time_name));
	cJSON_AddNumberToObject(o, "hold", s->hold);
	cJSON_AddNumberToObject(o, "reps", s->reps);
	cJSON_AddNumberToObject(o, "rep_seconds", s->rep_seconds);
	cJSON_AddStringToObject(o, "sides", s->each_side ? "each" : "none");
	cJSON_AddNumberToObject(o, "sets", s->sets);
	cJSON_AddItemToObject(o, "equipment", names_json(s->equipment, catalogue_equipment_name));
	cJSON_AddBoolToObject(o, "kneels", s->kneels);
	if (s->easier != NULL)
		cJSON_AddStringToObject(o, "easier", s->easier);
	/* what the condition rules rule it out for, from how it moves */
	cJSON_AddItemToObject(o, "avoid_if", names_json(conditions_forbidding(s), catalogue_condition_name));
	return o;
}

/* A stretch on two lines for a narrow terminal: id and name, then what and where, wrapped. */
static void
list_narrow(const struct stretch *s, int wid, int width)
{
	char amt[96], ar[320], *line;

	cli_out_cell(s->id, wid + 2);
	printf("%s\n    ", s->name);
	line = xasprintf("%s, %s, %s, %s: %s", catalogue_kind_label(s->kind),
	    catalogue_level_label(s->level), catalogue_position_label(s->position),
	    cli_out_amount(amt, sizeof amt, s),
	    catalogue_join_names(ar, sizeof ar, s->areas, catalogue_area_label, ", "));
	put_wrapped_cell(line, 4, width - 1);
	free(line);
}

/* The columns of `list`, each as wide as its widest cell. */
struct list_cols {
	int id, name, kind, level, where, amt;
};

static void
list_widths(const struct catalogue *c, struct list_cols *w)
{
	char amt[96];

	*w = (struct list_cols){ 2, 4, 9, 9, 9, 6 };
	for (size_t i = 0; i < catalogue_stretch_count(c); i++) {
		const struct stretch *s = catalogue_stretch(c, i);

		if ((int)strlen(s->id) > w->id)
			w->id = (int)strlen(s->id);
		if (text_width(s->name) > w->name)
			w->name = text_width(s->name);
		if (text_width(cli_out_amount(amt, sizeof amt, s)) > w->amt)
			w->amt = text_width(amt);
		w->kind = cli_out_wider(w->kind, catalogue_kind_label(s->kind));
		w->level = cli_out_wider(w->level, catalogue_level_label(s->level));
		w->where = cli_out_wider(w->where, catalogue_position_label(s->position));
	}
}

/* The head of `list`: the table's, or the two-line form's on a narrow terminal. */
static void
list_head(const struct list_cols *w, bool narrow)
{
	cli_out_cell(_("ID"), w->id + 2);
	if (narrow) {
		printf("%s\n    %s, %s, %s, %s: %s\n", _("NAME"), _("KIND"), _("LEVEL"),
		    _("WHERE"), _("AMOUNT"), _("AREAS"));
		return;
	}
	/* TRANSLATORS: the column heads of `list`, in capitals like the rest of the table head. */
	cli_out_cell(_("NAME"), w->name + 2);
	cli_out_cell(_("KIND"), w->kind);
	cli_out_cell(_("LEVEL"), w->level);
	cli_out_cell(_("WHERE"), w->where);
	cli_out_cell(_("AMOUNT"), w->amt + 2);
	printf("%s\n", _("AREAS"));
}

static void
list_row(const struct stretch *s, const struct list_cols *w, int width)
{
	int fixed = w->id + 2 + w->name + 2 + w->kind + w->level + w->where + w->amt + 2;
	char amt[96];

	if (width > 0 && width < fixed + 24) {
		list_narrow(s, w->id, width);
		return;
	}
	cli_out_cell(s->id, w->id + 2);
	cli_out_cell(s->name, w->name + 2);
	cli_out_cell(catalogue_kind_label(s->kind), w->kind);
	cli_out_cell(catalogue_level_label(s->level), w->level);
	cli_out_cell(catalogue_position_label(s->position), w->where);
	cli_out_cell(cli_out_amount(amt, sizeof amt, s), w->amt + 2);
	put_areas(s->areas, fixed, width);
}

int
cmd_list(const struct cli *cli)
{
	unsigned areas, times;
	int status, width = cli_out_width();
	struct list_cols w;
	struct catalogue *c;
	cJSON *json = NULL;

	if (list_filters(cli, &areas, &times) < 0)
		return EXIT_USAGE;
	if ((c = app_load_catalogue(cli, false, &status)) == NULL)
		return status;
	if (cli->json)
		json = cJSON_CreateArray();
	list_widths(c, &w);
	if (!cli->json)
		list_head(&w, width > 0 && width < w.id + w.name + w.kind + w.level + w.where +
		    w.amt + 6 + 24);
	for (size_t i = 0; i < catalogue_stretch_count(c); i++) {
		const struct stretch *s = catalogue_stretch(c, i);

		if ((areas && !(s->areas & areas)) || (times && !(s->times & times)))
			continue;
		if (json != NULL)
			cJSON_AddItemToArray(json, stretch_json(s));
		else
			list_row(s, &w, width);
	}
	catalogue_free(c);
	return json != NULL ? cli_out_json(json, true) : 0;
}

/* The areas a routine works, as a set. */
static unsigned
routine_areas(const struct routine *r)
{
	unsigned set = 0;

	for (size_t i = 0; i < r->nitems; i++)
		set |= r->items[i].stretch->areas;
	return set;
}

/* routines --time: 0 morning, 1 evening, 2 any; -1 after saying what was wrong. */
static int
routines_time(const char *time)
{
	static const char *const tnames[] = { "morning", "evening", "any" };
	char *s;

	for (int t = 0; t < 3; t++)
		if (strcmp(time, tnames[t]) == 0)
			return t;
	s = text_safe(time);
	fprintf(stderr, "stretchcoach: ");
	/* TRANSLATORS: %s is what was given; morning, evening and any are typed as they are. */
	fprintf(stderr, _("unknown time '%s' (morning, evening or any)"), s);
	fputc('\n', stderr);
	free(s);
	return -1;
}

static cJSON *
routine_json(const struct routine *r, long secs, bool runs)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddStringToObject(o, "id", r->id);
	cJSON_AddStringToObject(o, "name", r->orig_name != NULL ? r->orig_name : r->name);
	cJSON_AddStringToObject(o, "shown_name", r->name);
	cJSON_AddStringToObject(o, "time", catalogue_rtime_name(r->time));
	cJSON_AddNumberToObject(o, "seconds", (double)secs);
	cJSON_AddNumberToObject(o, "stretches", (double)r->nitems);
	cJSON_AddItemToObject(o, "areas", names_json(routine_areas(r), catalogue_area_name));
	cJSON_AddStringToObject(o, "description",
	    r->orig_description != NULL ? r->orig_description : r->description);
	cJSON_AddStringToObject(o, "shown_description", r->description);
	cJSON_AddItemToObject(o, "items", item_ids_json(r));
	/* false: with the person's conditions and settings it does not run (the menus leave it out) */
	cJSON_AddBoolToObject(o, "runs", runs);
	return o;
}

/* The columns of `routines`: each as wide as its widest cell; the areas go below when fewer than 24 are left. */
struct routine_cols {
	int id, name, time, len, count, areas_x;
	bool below;
};

static void
routines_widths(const struct catalogue *c, int width, struct routine_cols *w)
{
	*w = (struct routine_cols){ .id = 2, .name = 4, .time = 9 };
	for (size_t i = 0; i < catalogue_routine_count(c); i++) {
		const struct routine *r = catalogue_routine(c, i);

		if ((int)strlen(r->id) > w->id)
			w->id = (int)strlen(r->id);
		if (text_width(r->name) > w->name)
			w->name = text_width(r->name);
		w->time = cli_out_wider(w->time, catalogue_rtime_label(r->time));
	}
	/* TRANSLATORS: the column heads of `routines`. */
	w->len = cli_out_wider(8, _("LENGTH"));
	w->count = cli_out_wider(10, _("STRETCHES"));
	w->areas_x = w->id + 2 + w->name + 2 + w->time + w->len + w->count;
	w->below = width > 0 && width - w->areas_x < 24;
}

static void
routines_head(const struct routine_cols *w)
{
	cli_out_cell(_("ID"), w->id + 2);
	cli_out_cell(_("NAME"), w->name + 2);
	cli_out_cell(_("TIME"), w->time);
	cli_out_cell(_("LENGTH"), w->len);
	/* AREAS heads its column, or the lines under each row on a narrow terminal */
	cli_out_cell(_("STRETCHES"), w->below ? 0 : w->count);
	printf(w->below ? "\n    %s\n" : "%s\n", _("AREAS"));
}

static void
routines_row(const struct routine *r, long secs, const struct routine_cols *w, int width)
{
	char len[32], count[16];

	cli_out_cell(r->id, w->id + 2);
	cli_out_cell(r->name, w->name + 2);
	cli_out_cell(catalogue_rtime_label(r->time), w->time);
	cli_out_cell(text_duration(len, sizeof len, secs), w->len);
	snprintf(count, sizeof count, "%zu", r->nitems);
	/* on a narrow terminal the areas go below: nothing pads the row past its width */
	cli_out_cell(count, w->below ? 0 : w->count);
	put_areas(routine_areas(r), w->areas_x, width);
}

int
cmd_routines(const struct cli *cli)
{
	int status, want = -1, width = cli_out_width();
	const struct routine **list, **order;
	size_t n = 0, kept, dropped;
	char why[1024];
	struct routine_cols w;
	struct catalogue *c;
	struct app_today ct;
	cJSON *json = NULL;

	if (cli->time != NULL && (want = routines_time(cli->time)) < 0)
		return EXIT_USAGE;
	if ((status = app_today_init(&ct, cli)) != 0 ||
	    (c = app_load_catalogue(cli, false, &status)) == NULL) {
		app_today_done(&ct);
		return status;
	}
	if (cli->json)
		json = cJSON_CreateArray();
	list = xcalloc(catalogue_routine_count(c) + 1, sizeof *list);
	for (size_t i = 0; i < catalogue_routine_count(c); i++) {
		const struct routine *r = catalogue_routine(c, i);

		if (want < 0 || (int)r->time == want || r->time == RTIME_ANY)
			list[n++] = r;
	}
	/* what does not run for this person is left out, and said, as the menus do */
	order = xcalloc(n + 1, sizeof *order);
	memcpy(order, list, n * sizeof *list);
	kept = frontend_drop_unsuited(&ct.o, list, n, &dropped);
	routines_widths(c, width, &w);
	if (json == NULL)
		routines_head(&w);
	for (size_t i = 0; i < n; i++) {
		/* what runs today (today.h), as the menus show it; in the catalogue's order */
		struct today *t = today_plan(order[i], &ct.needs);
		const struct routine *r = today_routine(t);
		bool runs = false;

		for (size_t k = 0; k < kept && !runs; k++)
			runs = list[k] == order[i];
		if (json != NULL)
			cJSON_AddItemToArray(json, routine_json(r, today_seconds(t), runs));
		else if (runs)
			routines_row(r, today_seconds(t), &w, width);
		today_free(t);
	}
	free(order);
	if (json == NULL && dropped > 0) {
		putchar('\n');
		put_wrapped_cell(frontend_dropped_line(&ct.o, list + kept, dropped, false, why,
		    sizeof why), 0, width > 0 ? width : 80);
	}
	free(list);
	app_today_done(&ct);
	catalogue_free(c);
	return json != NULL ? cli_out_json(json, true) : 0;
}

int
cmd_safety(const struct cli *cli)
{
	size_t n;
	const char *const *lines = safety_lines(&n);

	struct run_opts o = cli->run;
	struct frontend fe = frontend_plain(&o);

	/* the plain front end wraps the notes to the page */
	fe.ops->page(fe.ctx, _("Safety notes"), lines, n, 0);
	fe.ops->close(fe.ctx);
	return 0;
}
