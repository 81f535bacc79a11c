/* cmd_show.c — show: one stretch (steps, cautions, pictures) or one routine as it runs today. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "cli_out.h"
#include "cmd_int.h"
#include "conditions.h"
#include "diag.h"
#include "i18n.h"
#include "text.h"
#include "today.h"

/* A titled list, numbered when bullet is "#", else each line after bullet. */
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
	    catalogue_position_label(s->position), cli_out_amount(amt, sizeof amt, s));
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

/* A routine as it runs today for this person (today.h, a's needs), and what was changed for them. */
static void
show_routine(const struct app_today *a, const struct today *t)
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
		namew = cli_out_wider(namew, r->items[i].stretch->name);
	for (size_t i = 0; i < r->nitems; i++) {
		const struct routine_item *it = &r->items[i];
		struct stretch shown = *it->stretch;

		shown.hold = it->hold;
		shown.reps = it->reps;
		shown.sets = it->sets;
		printf("  %2zu. ", i + 1);
		cli_out_cell(it->stretch->name, namew);
		printf("%s\n", cli_out_amount(amt, sizeof amt, &shown));
		needs |= it->stretch->equipment;
	}
	/* TRANSLATORS: %s is the equipment a routine needs ("towel, wall"), or the translation
	   of "no equipment". */
	printf(_("\nNeeds: %s\n"), needs ? catalogue_join_names(eq, sizeof eq, needs,
	    catalogue_equipment_label, ", ") : _("no equipment"));
	/* a routine that will not run for this person offers no command: what run would say instead */
	if (today_state(t) == TODAY_RUNS) {
		/* TRANSLATORS: %s is the routine's id ("morning-wake-up"). Keep "stretchcoach run" as
		   it is typed. */
		printf(_("\nStart it with: stretchcoach run %s\n"), r->id);
	} else {
		char *why = app_today_not_run(a, t, r, false);

		printf("\n%s\n", why);
		free(why);
	}
}

int
cmd_show(const struct cli *cli)
{
	int status;
	struct catalogue *c = app_load_catalogue(cli, false, &status);
	const struct stretch *s;
	const struct routine *r;

	if (c == NULL)
		return status;
	if ((s = catalogue_find_stretch(c, cli->args[0])) != NULL)
		show_stretch(c, s);
	else if ((r = catalogue_find_routine(c, cli->args[0])) != NULL) {
		struct app_today ct;
		struct today *t;

		status = app_today_init(&ct, cli);
		show_routine(&ct, t = today_plan(r, &ct.needs));
		today_free(t);
		app_today_done(&ct);
		catalogue_free(c);
		return status;
	}
	else {
		char *id = text_safe(cli->args[0]), *near = app_did_you_mean(c, id, true, true);

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
