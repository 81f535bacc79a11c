/* builder_note.c — what a built routine is called, and the sentences that say why it falls short. */
#include "builder.h"
#include "builder_int.h"

#include <stdio.h>
#include <stdlib.h>

#include "diag.h"
#include "i18n.h"
#include "text.h"

/* Say why nothing fits, naming the constraints that empty the pool. */
char *
built_nothing_fits(const struct build_request *req)
{
	char *given = built_constraints(req), *out;

	/* TRANSLATORS: %s lists the options given: "--time evening, --area neck, --at-desk". */
	out = xasprintf(_("no stretch fits these constraints (%s); ask for less (drop --area, "
	    "--without, --at-desk or raise --level)"), given);
	free(given);
	return out;
}

/* The constraints req gives, as the options that set them ("--time evening, --area neck"); caller frees. */
char *
built_constraints(const struct build_request *req)
{
	char names[200], *list = NULL, *t;

	if (req->time) {
		t = xasprintf("--time %s", catalogue_time_name(req->time));
		built_add_name(&list, t);
		free(t);
	}
	if (req->areas) {
		catalogue_join_names(names, sizeof names, req->areas, catalogue_area_name, ",");
		t = xasprintf("--area %s", names);
		built_add_name(&list, t);
		free(t);
	}
	if (req->level_given) {
		t = xasprintf("--level %s", catalogue_level_name(req->level));
		built_add_name(&list, t);
		free(t);
	}
	if (req->at_desk)
		built_add_name(&list, "--at-desk");
	if (req->without) {
		catalogue_join_names(names, sizeof names, req->without, catalogue_equipment_name, ",");
		t = xasprintf("--without %s", names);
		built_add_name(&list, t);
		free(t);
	}
	if (req->conditions & COND_RECENT_SURGERY)
		/* after an operation nearly everything is left out: say why it is so short */
		built_add_name(&list, _("only what suits a recent operation"));
	else if (req->navoid > 0)
		built_add_name(&list, _("stretches left out for your settings or a recent hurt"));
	return list != NULL ? list : xstrdup(_("the stretches in the catalogue"));
}

/* The note when the time asked cannot be met: too short for the areas, or too long for the pool. */
char *
built_time_note(const struct built *b, const struct build_request *req)
{
	char areas[200], len[16], *given, *out;

	text_clock(len, sizeof len, b->seconds);
	if (b->seconds > req->minutes * 60L && req->areas) {
		catalogue_join_names(areas, sizeof areas, req->areas, catalogue_area_label, ", ");
		/* TRANSLATORS: A note of stretchcoach build. The first %s is the body areas asked for
		   ("neck, lower back"), the second the shortest length as minutes:seconds ("6:30"), %d
		   the minutes asked (5). */
		return xasprintf(_("Covering %s takes at least %s, more than the %d min asked."), areas,
		    len, req->minutes);
	}
	if (b->seconds > req->minutes * 60L)
		/* TRANSLATORS: A note of stretchcoach build. %s is the shortest length as
		   minutes:seconds ("6:30"), %d the minutes asked (5). */
		return xasprintf(_("A routine that keeps to the rules takes at least %s, more than the "
		    "%d min asked."), len, req->minutes);
	given = built_constraints(req);
	/* TRANSLATORS: A note of stretchcoach build. The first %s is the longest length
	   possible as minutes:seconds ("7:30"), %d the minutes asked (20), the last %s the
	   options given, as typed ("--area neck, --at-desk"). */
	out = xasprintf(_("These constraints allow at most %s of the %d min asked (%s): "
	    "every stretch that fits is in, at up to twice its hold."), len, req->minutes, given);
	free(given);
	return out;
}

/* The built routine's name and description. */
void
built_name(struct built *b, const struct build_request *req)
{
	char areas[200] = "";

	catalogue_join_names(areas, sizeof areas, req->areas, catalogue_area_label, ", ");
	/* TRANSLATORS: The name of a built routine; %d is its minutes (10). The name is saved
	   with the routine and shown in lists: 64 characters at most. */
	b->name = xasprintf(req->time == TIME_MORNING ? _("%d-minute morning routine") :
	    /* TRANSLATORS: The name of a built routine; %d is its minutes (10). The name is saved
	       with the routine and shown in lists: 64 characters at most. Use the glossary's word
	       for evening. */
	    req->time == TIME_EVENING ? _("%d-minute evening routine") :
	    /* TRANSLATORS: The name of a built routine made to do at a desk; %d is its minutes
	       (10). The name is saved with the routine and shown in lists: 64 characters at most. */
	    req->at_desk ? _("%d-minute desk routine") :
	    /* TRANSLATORS: The name of a built routine; %d is its minutes (10). The name is saved
	       with the routine and shown in lists: 64 characters at most. */
	    _("%d-minute routine"), req->minutes);
	if (req->areas)
		/* TRANSLATORS: The description of a built routine. %d is the minutes asked, %s the
		   body areas asked for ("neck, lower back"), %lu the random seed that builds the same
		   routine again (build --seed); keep "seed" recognisable as that option. */
		b->description = xasprintf(ngettext("Built for %d minute, focus: %s (seed %lu).",
		    "Built for %d minutes, focus: %s (seed %lu).", (unsigned long)req->minutes),
		    req->minutes, areas, req->seed);
	else
		/* TRANSLATORS: The description of a built routine. %d is the minutes asked, %lu the
		   random seed that builds the same routine again (build --seed). */
		b->description = xasprintf(ngettext("Built for %d minute (seed %lu).",
		    "Built for %d minutes (seed %lu).", (unsigned long)req->minutes), req->minutes, req->seed);
}
