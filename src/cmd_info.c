/* cmd_info.c — list, routines, show and safety. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "catalogue.h"
#include "cmd.h"
#include "cue.h"
#include "conditions.h"
#include "diag.h"
#include "frontend.h"
#include "i18n.h"
#include "plan.h"
#include "safety.h"
#include "text.h"
#include "text_out.h"
#include "translation.h"

/* After a failed load of the bundled catalogue with the user's over it: whose file to mend, and how. */
static void
user_catalogue_hint(const char *user)
{
	char *us = text_safe(user);

	/* TRANSLATORS: %s is the path of the user's catalogue file. Keep 'stretchcoach
	   validate' as it is typed. */
	fprintf(stderr, _("stretchcoach: your catalogue %s is loaded over the bundled one; mend what "
	    "is named above in it (see 'stretchcoach validate'), or move it aside to go on "
	    "without it\n"), us);
	free(us);
}

struct catalogue *
cmd_load_catalogue(const struct cli *cli, bool warn, int *status)
{
	struct diag d;
	char **paths;
	size_t n = catalogue_paths(cli->catalogue, &paths);
	struct catalogue *c;

	diag_init(&d);
	c = catalogue_load((const char *const *)paths, n, &d);
	if (c != NULL) {
		char **tags;
		size_t ntags = i18n_languages(&tags);

		/* the words in the reader's language, where a translation has them */
		if (translation_apply(c, (const char *const *)tags, ntags, &d) < 0) {
			catalogue_free(c);
			c = NULL;
		}
		i18n_languages_free(tags, ntags);
	}
	if (c == NULL || warn)
		diag_print(&d, stderr);
	if (c == NULL && n > 1 && cli->catalogue == NULL)
		user_catalogue_hint(paths[n - 1]);
	*status = c == NULL ? (d.status ? d.status : EXIT_DATAERR) : 0;
	diag_done(&d);
	catalogue_paths_free(paths, n);
	return c;
}

/* Print s padded with spaces to width columns. */
static void
put_cell(const char *s, int width)
{
	int w = text_width(s);

	fputs(s, stdout);
	while (w++ < width)
		putchar(' ');
}

/* The larger of width and the columns of s plus a space: a column fits its widest cell. */
static int
wider(int width, const char *s)
{
	int w = text_width(s) + 1;

	return w > width ? w : width;
}

/* The terminal's width when stdout is one; 0 (no limit) for a pipe or a file. */
static int
out_width(void)
{
	struct winsize ws;

	if (!isatty(STDOUT_FILENO) || ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0 || ws.ws_col == 0)
		return 0;
	return ws.ws_col;
}

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

/* The amount of one stretch: "30 s", "6 x 10 s", with "each side" and sets. */
static char *
amount(char *buf, size_t size, const struct stretch *s)
{
	return cue_dose(buf, size, &(struct cue_dose){ .hold = s->hold, .reps = s->reps,
	    .each_side = s->each_side, .sets = s->sets }, CUE_SHORT);
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

/* Print a JSON tree and free it. */
static int
print_json(cJSON *root)
{
	char *text = cJSON_Print(root);

	if (text == NULL)
		fatal("out of memory formatting JSON");
	text_out_set(TEXT_OUT_JSON);
	puts(text);
	cJSON_free(text);
	cJSON_Delete(root);
	return 0;
}

/* A stretch on two lines for a narrow terminal: id and name, then what and where, wrapped. */
static void
list_narrow(const struct stretch *s, int wid, int width)
{
	char amt[96], ar[320], *line;

	put_cell(s->id, wid + 2);
	printf("%s\n    ", s->name);
	line = xasprintf("%s, %s, %s, %s: %s", catalogue_kind_label(s->kind),
	    catalogue_level_label(s->level), catalogue_position_label(s->position),
	    amount(amt, sizeof amt, s),
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
		if (text_width(amount(amt, sizeof amt, s)) > w->amt)
			w->amt = text_width(amt);
		w->kind = wider(w->kind, catalogue_kind_label(s->kind));
		w->level = wider(w->level, catalogue_level_label(s->level));
		w->where = wider(w->where, catalogue_position_label(s->position));
	}
}

/* The head of `list`: the table's, or the two-line form's on a narrow terminal. */
static void
list_head(const struct list_cols *w, bool narrow)
{
	put_cell(_("ID"), w->id + 2);
	if (narrow) {
		printf("%s\n    %s, %s, %s, %s: %s\n", _("NAME"), _("KIND"), _("LEVEL"),
		    _("WHERE"), _("AMOUNT"), _("AREAS"));
		return;
	}
	/* TRANSLATORS: the column heads of `list`, in capitals like the rest of the table head. */
	put_cell(_("NAME"), w->name + 2);
	put_cell(_("KIND"), w->kind);
	put_cell(_("LEVEL"), w->level);
	put_cell(_("WHERE"), w->where);
	put_cell(_("AMOUNT"), w->amt + 2);
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
	put_cell(s->id, w->id + 2);
	put_cell(s->name, w->name + 2);
	put_cell(catalogue_kind_label(s->kind), w->kind);
	put_cell(catalogue_level_label(s->level), w->level);
	put_cell(catalogue_position_label(s->position), w->where);
	put_cell(amount(amt, sizeof amt, s), w->amt + 2);
	put_areas(s->areas, fixed, width);
}

int
cmd_list(const struct cli *cli)
{
	unsigned areas, times;
	int status, width = out_width();
	struct list_cols w;
	struct catalogue *c;
	cJSON *json = NULL;

	if (list_filters(cli, &areas, &times) < 0)
		return EXIT_USAGE;
	if ((c = cmd_load_catalogue(cli, false, &status)) == NULL)
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
	return json != NULL ? print_json(json) : 0;
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
routine_json(const struct routine *r, long secs)
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
	return o;
}

int
cmd_routines(const struct cli *cli)
{
	int status, wid = 2, wname = 4, want = -1, wtime = 9, wlen = 8, wcount, width = out_width();
	int x;
	struct catalogue *c;
	struct cmd_today ct;
	cJSON *json = NULL;

	if (cli->time != NULL && (want = routines_time(cli->time)) < 0)
		return EXIT_USAGE;
	if ((status = cmd_today_init(&ct, cli)) != 0 ||
	    (c = cmd_load_catalogue(cli, false, &status)) == NULL) {
		cmd_today_done(&ct);
		return status;
	}
	if (cli->json)
		json = cJSON_CreateArray();
	for (size_t i = 0; i < catalogue_routine_count(c); i++) {
		const struct routine *r = catalogue_routine(c, i);

		if ((int)strlen(r->id) > wid)
			wid = (int)strlen(r->id);
		if (text_width(r->name) > wname)
			wname = text_width(r->name);
		wtime = wider(wtime, catalogue_rtime_label(r->time));
	}
	/* TRANSLATORS: the column heads of `routines`. */
	wlen = wider(wlen, _("LENGTH"));
	wcount = wider(10, _("STRETCHES"));
	if (!cli->json) {
		put_cell(_("ID"), wid + 2);
		put_cell(_("NAME"), wname + 2);
		put_cell(_("TIME"), wtime);
		put_cell(_("LENGTH"), wlen);
		x = wid + 2 + wname + 2 + wtime + wlen + wcount;
		/* AREAS heads its column, or the lines under each row on a narrow terminal */
		put_cell(_("STRETCHES"), width > 0 && width - x < 24 ? 0 : wcount);
		printf(width > 0 && width - x < 24 ? "\n    %s\n" : "%s\n", _("AREAS"));
	}
	for (size_t i = 0; i < catalogue_routine_count(c); i++) {
		/* what runs today (today.h), as the menus show it */
		struct today *t = today_plan(catalogue_routine(c, i), &ct.needs);
		const struct routine *r = today_routine(t);
		char len[32], count[16];
		long secs = today_seconds(t);

		if ((want >= 0 && (int)r->time != want && r->time != RTIME_ANY) || json != NULL) {
			if (json != NULL && !(want >= 0 && (int)r->time != want && r->time != RTIME_ANY))
				cJSON_AddItemToArray(json, routine_json(r, secs));
			today_free(t);
			continue;
		}
		put_cell(r->id, wid + 2);
		put_cell(r->name, wname + 2);
		put_cell(catalogue_rtime_label(r->time), wtime);
		put_cell(text_duration(len, sizeof len, secs), wlen);
		snprintf(count, sizeof count, "%zu", r->nitems);
		/* on a narrow terminal the areas go below: nothing pads the row past its width */
		x = wid + 2 + wname + 2 + wtime + wlen + wcount;
		put_cell(count, width > 0 && width - x < 24 ? 0 : wcount);
		put_areas(routine_areas(r), x, width);
		today_free(t);
	}
	cmd_today_done(&ct);
	catalogue_free(c);
	return json != NULL ? print_json(json) : 0;
}

static void
print_list(const char *title, const struct str_list *l, const char *bullet)
{
	if (l->n == 0)
		return;
	printf("\n%s\n", title);
	for (size_t i = 0; i < l->n; i++) {
		if (bullet[0] == '#')
			printf("  %zu. %s\n", i + 1, l->v[i]);
		else
			printf("  %s %s\n", bullet, l->v[i]);
	}
}

/* A picture indented under an optional title; blank lines stay empty. */
static void
print_picture(const char *title, const struct str_list *art)
{
	if (art->n == 0)
		return;
	printf("\n");
	if (title != NULL)
		printf("%s\n", title);
	for (size_t i = 0; i < art->n; i++)
		printf("%s%s\n", art->v[i][0] != '\0' ? "    " : "", art->v[i]);
}

/* Kneeling, the gentler variation, and the conditions it is unwise with, and why. */
static void
show_variations(const struct stretch *s)
{
	/* recent surgery rules out nearly everything: the safety page says so once */
	unsigned forbid = conditions_forbidding(s) & ~(unsigned)COND_RECENT_SURGERY;

	if (s->kneels)
		fputs(s->gentler ? _("Kneels: yes; --no-kneel swaps in the easier one below\n") :
		    _("Kneels: yes; --no-kneel leaves it out\n"), stdout);
	if (s->gentler != NULL)
		/* TRANSLATORS: the easier stretch's name, then its id. */
		printf(_("Easier: %s (%s)\n"), s->gentler->name, s->gentler->id);
	for (unsigned i = 0; i < COND_COUNT; i++)
		if (forbid & (1u << i))
			/* TRANSLATORS: "Not with osteoporosis: loaded twist". */
			printf(_("Not with %s: %s\n"), conditions_label(1u << i),
			    conditions_check(s, 1u << i, NULL));
	if (forbid != 0)
		fputs(_("Settings: \"conditions\" in the config file; ask your doctor or physiotherapist.\n"),
		    stdout);
}

static void
show_stretch(const struct catalogue *c, const struct stretch *s)
{
	char amt[96], ar[320], eq[240];
	const struct stretch *deeper = s->progression ? catalogue_find_stretch(c, s->progression) : NULL;

	printf("%s  (%s)\n", s->name, s->id);
	/* TRANSLATORS: level, kind, position and amount: "gentle dynamic, floor, 6 reps". */
	printf(_("%s %s, %s, %s\n"), catalogue_level_label(s->level), catalogue_kind_label(s->kind),
	    catalogue_position_label(s->position), amount(amt, sizeof amt, s));
	/* TRANSLATORS: %s lists the stretch's body areas, comma-separated. */
	printf(_("Areas: %s\n"), catalogue_join_names(ar, sizeof ar, s->areas, catalogue_area_label, ", "));
	/* TRANSLATORS: %s lists the times of day it suits; keep "Best:" padded to the width of "Areas:". */
	printf(_("Best:  %s\n"), catalogue_join_names(ar, sizeof ar, s->times, catalogue_time_label, ", "));
	if (s->equipment)
		printf(_("Needs: %s\n"), catalogue_join_names(eq, sizeof eq, s->equipment,
		    catalogue_equipment_label, ", "));
	show_variations(s);
	print_picture(NULL, &s->art);
	print_picture(_("On the in-breath"), &s->frame_in);
	print_picture(_("On the out-breath"), &s->frame_out);
	print_list(_("Steps"), &s->steps, "#");
	if (s->cue_in != NULL || s->cue_out != NULL) {
		printf("\n%s\n", _("With the breath"));
		/* TRANSLATORS: the cue said on the in-breath and the out-breath; keep the two aligned. */
		if (s->cue_in != NULL)
			/* TRANSLATORS: %s is the cue on the in-breath; keep "in:" and "out:" (next message) the same width. */
			printf(_("  in:  %s\n"), s->cue_in);
		if (s->cue_out != NULL)
			/* TRANSLATORS: %s is the cue on the out-breath; keep "in:" and "out:" the same width. */
			printf(_("  out: %s\n"), s->cue_out);
	}
	print_list(_("Take care"), &s->cautions, "!");
	if (deeper != NULL)
		/* TRANSLATORS: The first %s is the name of the harder variation, the second its id
		   ("cat-cow"), which is typed as it stands. */
		printf(_("\nWhen this gets easy: %s (%s)\n"), deeper->name, deeper->id);
}

/* A routine as it runs today for this person (today.h), and what was changed for them. */
static void
show_routine(const struct today *t)
{
	const struct routine *r = today_routine(t);
	char len[32], amt[96], eq[120];
	unsigned needs = 0;
	int namew = 33;

	printf("%s  (%s)\n", r->name, r->id);
	/* TRANSLATORS: the routine's time of day, its length ("5 min"), then the count of stretches. */
	printf(ngettext("%s, %s, %zu stretch\n", "%s, %s, %zu stretches\n", r->nitems),
	    catalogue_rtime_label(r->time), text_duration(len, sizeof len, today_seconds(t)), r->nitems);
	if (r->description[0] != '\0')
		printf("\n%s\n", r->description);
	if (today_note(t, true) != NULL)
		printf("\n%s\n", today_note(t, true));
	putchar('\n');
	/* the amounts in one column, past the longest name */
	for (size_t i = 0; i < r->nitems; i++)
		namew = wider(namew, r->items[i].stretch->name);
	for (size_t i = 0; i < r->nitems; i++) {
		const struct routine_item *it = &r->items[i];
		struct stretch shown = *it->stretch;

		shown.hold = it->hold;
		shown.reps = it->reps;
		shown.sets = it->sets;
		printf("  %2zu. ", i + 1);
		put_cell(it->stretch->name, namew);
		printf("%s\n", amount(amt, sizeof amt, &shown));
		needs |= it->stretch->equipment;
	}
	/* TRANSLATORS: %s is the equipment a routine needs ("towel, wall"), or the translation
	   of "no equipment". */
	printf(_("\nNeeds: %s\n"), needs ? catalogue_join_names(eq, sizeof eq, needs,
	    catalogue_equipment_label, ", ") : _("no equipment"));
	/* TRANSLATORS: %s is the routine's id ("morning-wake-up"). Keep "stretchcoach run" as
	   it is typed. */
	printf(_("\nStart it with: stretchcoach run %s\n"), r->id);
}

int
cmd_show(const struct cli *cli)
{
	int status;
	struct catalogue *c = cmd_load_catalogue(cli, false, &status);
	const struct stretch *s;
	const struct routine *r;

	if (c == NULL)
		return status;
	if ((s = catalogue_find_stretch(c, cli->args[0])) != NULL)
		show_stretch(c, s);
	else if ((r = catalogue_find_routine(c, cli->args[0])) != NULL) {
		struct cmd_today ct;
		struct today *t;

		status = cmd_today_init(&ct, cli);
		show_routine(t = today_plan(r, &ct.needs));
		today_free(t);
		cmd_today_done(&ct);
		catalogue_free(c);
		return status;
	}
	else {
		char *id = text_safe(cli->args[0]), *near = cmd_did_you_mean(c, id, true, true);

		fprintf(stderr, "stretchcoach: ");
		if (near != NULL)
			/* TRANSLATORS: %s is the id given, then a hint ("did you mean cat-cow?" or where to look). */
			fprintf(stderr, _("no stretch or routine '%s'; %s"), id, near);
		else
			/* TRANSLATORS: %s is the id typed. Keep "stretchcoach list" and "stretchcoach
			   routines" as they are typed. */
			fprintf(stderr, _("no stretch or routine '%s' (see stretchcoach "
			    "list, stretchcoach routines)"), id);
		fputc('\n', stderr);
		free(near);
		free(id);
		catalogue_free(c);
		return EXIT_USAGE;
	}
	catalogue_free(c);
	return 0;
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
