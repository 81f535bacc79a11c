/* cmd_build.c — `stretchcoach build`: compose, print, save or run a routine. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "adapt.h"
#include "app.h"
#include "build_form.h"
#include "builder.h"
#include "catalogue.h"
#include "clock.h"
#include "cmd_int.h"
#include "config.h"
#include "conditions.h"
#include "diag.h"
#include "history_stats.h"
#include "i18n.h"
#include "paths.h"
#include "profile.h"
#include "report.h"
#include "text.h"
#include "whatworks.h"

/*
 * Parse a comma-separated list of names given to option opt ("--area", as
 * typed) into a bit set; -1 naming the bad one. The names are areas with
 * catalogue_parse_area, else equipment.
 */
static int
parse_names(const char *list, const char *opt, int (*parse)(const char *, unsigned *),
    unsigned *set, const char *valid)
{
	char *copy = xstrdup(list), *save = NULL;
	size_t n = strlen(list);
	int rc = 0;

	*set = 0;
	if (n == 0 || list[0] == ',' || list[n - 1] == ',' || strstr(list, ",,") != NULL) {
		char *s = text_safe(list);

		/* TRANSLATORS: The first %s is the option as typed ("--area", "--with"), the
		   second the names it takes, as they are typed ("neck, shoulders, ..."), the last what
		   was typed. */
		fprintf(stderr, _("stretchcoach: %s takes one or more names separated by commas "
		    "(one of: %s), not '%s'\n"), opt, valid, s);
		free(s);
		free(copy);
		return -1;
	}
	for (char *tok = strtok_r(copy, ",", &save); tok != NULL; tok = strtok_r(NULL, ",", &save)) {
		unsigned bit;

		if (parse(tok, &bit) < 0) {
			char *s = text_safe(tok);

			if (parse == catalogue_parse_area)
				/* TRANSLATORS: The first %s is what was typed after --area, the second the
				   areas that work, as they are typed ("neck, shoulders, ..."). */
				fprintf(stderr, _("stretchcoach: no body area is called '%s' (one of: %s)\n"),
				    s, valid);
			else
				/* TRANSLATORS: The first %s is what was typed after --with or --without, the
				   second the equipment names that work, as they are typed ("wall, towel, ..."). */
				fprintf(stderr, _("stretchcoach: no equipment is called '%s' (one of: %s)\n"),
				    s, valid);
			free(s);
			rc = -1;
			break;
		}
		*set |= bit;
	}
	free(copy);
	return rc;
}

/* The request the command line and config describe; -1 (message printed) on a bad value. */
static int
make_request(const struct cli *cli, const struct config *cfg, struct build_request *req)
{
	memset(req, 0, sizeof *req);
	req->minutes = cli->minutes > 0 ? cli->minutes : cfg->build_minutes;
	req->with = cfg->equipment;
	req->weigh = profile_weigh;   /* what suits the first-visit answers comes first */
	req->weigh_arg = &cfg->profile;
	req->seed = cli->seed_given ? cli->seed :
	    (unsigned long)clock_wall() ^ ((unsigned long)getpid() << 16);
	req->at_desk = cli->at_desk;
	if (cli->time != NULL && (catalogue_parse_time(cli->time, &req->time) < 0)) {
		char *s = text_safe(cli->time);

		/* TRANSLATORS: %s is what was typed. "--time", "morning" and "evening" are typed as
		   they stand: keep them in English. */
		fprintf(stderr, _("stretchcoach: --time takes morning or evening, not '%s'\n"), s);
		free(s);
		return -1;
	}
	if (cli->level != NULL) {
		if (catalogue_parse_level(cli->level, &req->level) < 0) {
			char *s = text_safe(cli->level);

			/* TRANSLATORS: %s is what was typed. "--level", "gentle", "moderate" and "deep" are
			   typed as they stand: keep them in English. */
			fprintf(stderr, _("stretchcoach: --level takes gentle, moderate or deep, not '%s'\n"), s);
			free(s);
			return -1;
		}
		req->level_given = true;
	}
	if (cli->area != NULL && parse_names(cli->area, "--area", catalogue_parse_area, &req->areas,
	    "neck, shoulders, upper-back, mid-back, lower-back, hips, glutes, hamstrings, core, chest, wrists, calves, quads") < 0)
		return -1;
	if (cli->without != NULL && parse_names(cli->without, "--without", catalogue_parse_equipment,
	    &req->without, "wall, foam-roller, towel, block, ball, mat") < 0)
		return -1;
	if (cli->with != NULL && parse_names(cli->with, "--with", catalogue_parse_equipment,
	    &req->with, "wall, foam-roller, towel, block, ball, mat") < 0)
		return -1;
	return 0;
}

/* Add item (if not NULL) to the ", "-separated list in buf. */
static void
join_item(char *buf, size_t size, const char *item)
{
	size_t len = strlen(buf);

	if (item != NULL && len < size)
		snprintf(buf + len, size - len, "%s%s", len ? ", " : "", item);
}

/* Print the routine as a readable plan, and what was left out because it hurt. */
static void
print_plan(const struct catalogue *c, const struct built *b, const struct history_stats *hist,
    const struct adapt_needs *needs, bool include_hurt)
{
	struct report r = { 0 };

	build_form_report(&r, b, c, (const char *const *)hist->hurt_recent,
	    include_hurt ? 0 : hist->nhurt_recent);
	fputs(report_text(&r), stdout);
	report_done(&r);
	if (needs->no_kneel || needs->no_floor || needs->conditions != 0) {
		char conds[256], with[300], list[600] = "";

		catalogue_join_names(conds, sizeof conds, needs->conditions, conditions_label, ", ");
		/* TRANSLATORS: %s lists health conditions: "no stretch to avoid with pregnancy, sciatica". */
		snprintf(with, sizeof with, _("no stretch to avoid with %s"), conds);
		join_item(list, sizeof list, needs->no_kneel ? _("no kneeling") : NULL);
		join_item(list, sizeof list, needs->no_floor ? _("no floor work") : NULL);
		join_item(list, sizeof list, needs->conditions ? with : NULL);
		/* TRANSLATORS: %s is a list: "no kneeling, no floor work, no stretch to avoid with ...". */
		printf(_("Chosen to suit your settings: %s.\n"), list);
	}
}

const char **
cmd_build_avoid(const struct catalogue *c, const char *const *hurt, size_t nhurt,
    const struct adapt_needs *needs, size_t *n)
{
	size_t count = catalogue_stretch_count(c);
	const char **ids = xreallocarray(NULL, nhurt + count + 1, sizeof *ids);

	*n = 0;
	for (size_t i = 0; i < nhurt; i++)
		ids[(*n)++] = hurt[i];
	for (size_t i = 0; i < count; i++)
		if (!adapt_fits(catalogue_stretch(c, i), needs))
			ids[(*n)++] = catalogue_stretch(c, i)->id;
	return ids;
}

/*
 * Whether --save can be done, asked before anything is built or printed:
 * an id of the catalogue's form, and the catalogue in use being the one
 * saved to (bundled plus user). A routine built from --catalogue FILE may
 * use stretches only FILE has; saved into the user catalogue it would break
 * every later load. Returns 0, or 2 after saying why.
 */
static int
save_allowed(const struct cli *cli)
{
	const char *env = getenv("STRETCHCOACH_CATALOGUE");
	size_t n = strlen(cli->save);

	if (n == 0 || n > 48 || strspn(cli->save, "abcdefghijklmnopqrstuvwxyz0123456789-") != n) {
		char *s = text_safe(cli->save);

		/* TRANSLATORS: %s is what was typed after --save. Keep "--save" and "a-z, 0-9 and -"
		   as written. */
		fprintf(stderr, _("stretchcoach: --save needs an id of 1..48 of a-z, 0-9 and -, not '%s'\n"), s);
		free(s);
		return EXIT_USAGE;
	}
	if (cli->catalogue != NULL || (env != NULL && env[0] != '\0')) {
		/* TRANSLATORS: The first %s is "--catalogue" or "STRETCHCOACH_CATALOGUE", the second
		   "--catalogue" or "STRETCHCOACH_CATALOGUE set": an option or environment variable, as
		   typed. */
		fprintf(stderr, _("stretchcoach: --save keeps routines in the user catalogue, which %s "
		    "replaces, and a routine from it may need stretches only that file has; to save, "
		    "build without %s\n"), cli->catalogue != NULL ? "--catalogue" : "STRETCHCOACH_CATALOGUE",
		    cli->catalogue != NULL ? "--catalogue" : "STRETCHCOACH_CATALOGUE set");
		return EXIT_USAGE;
	}
	return 0;
}

/*
 * A saved routine must not hide a bundled one under its id: the bundled
 * programmes and reminders name theirs. 0, or 2 (usage) with a message.
 */
static int
save_id_free(const struct catalogue *c, const char *id)
{
	const struct routine *r = catalogue_find_routine(c, id);
	char *user = paths_user_catalogue();
	int status = 0;

	if (r != NULL && (user == NULL || strcmp(r->source, user) != 0)) {
		/* TRANSLATORS: Both %s are the id given to --save ("morning-wake-up"): the second
		   builds the suggested id "my-morning-wake-up". Keep "my-": an id is ASCII. */
		fprintf(stderr, _("stretchcoach: '%s' is a bundled routine: save under another id, "
		    "such as my-%s\n"), id, id);
		status = EXIT_USAGE;
	}
	free(user);
	return status;
}

static int
save(const struct built *b, const char *id)
{
	char *path = paths_user_catalogue(), *cause = NULL, *done;
	int status;

	if (path == NULL) {
		fputs(_("stretchcoach: no place for the user catalogue: set HOME or XDG_CONFIG_HOME\n"), stderr);
		return EXIT_IOERR;
	}
	if (catalogue_save_routine(path, built_routine(b), id, &cause) < 0) {
		/* TRANSLATORS: %s is why, a system error such as "Permission denied". */
		fprintf(stderr, _("stretchcoach: cannot save the routine: %s\n"), cause);
		free(cause);
		free(path);
		return EXIT_IOERR;
	}
	/* TRANSLATORS: The first and last %s are the routine's id ("my-routine"), the middle
	   one the file it was saved in. Keep "stretchcoach run" as it is typed. */
	printf(_("Saved as '%s' in %s. Start it with: stretchcoach run %s\n"), id, path, id);
	free(path);
	/* the routine is saved: a failed write of the words above must say so */
	/* TRANSLATORS: Said after an error when the output could not be written; %s is the
	   saved routine's id. Keep "stretchcoach routines" as it is typed. */
	done = xasprintf(_("the routine was saved all the same as '%s' (see: stretchcoach routines)"), id);
	status = app_flush(done);
	free(done);
	return status;
}

/*
 * The request from the settings and the command line; 0, or the exit
 * status after saying why nothing is built (a bad option, a recent
 * operation, a --save that cannot be kept). The request may point into
 * cfg (the profile it weighs by), the caller's storage, done here.
 */
static int
build_settings(const struct cli *cli, struct config *cfg, struct build_request *req,
    struct run_opts *o)
{
	int status = app_settings(cli, cfg, o);

	if (status == 0 && make_request(cli, cfg, req) < 0)
		status = EXIT_USAGE;
	config_done(cfg);
	if (status != 0)
		return status;
	if (!conditions_may_build(o->conditions)) {
		fputs(_("stretchcoach: after an operation, build makes nothing until your surgical team "
		    "says you may stretch; until then, 'stretchcoach run breathe-and-walk' offers easy "
		    "walking and calm breathing\n"), stderr);
		return EXIT_USAGE;
	}
	return cli->save != NULL ? save_allowed(cli) : 0;
}

/* What comes of a built routine: printed, saved, run; returns the exit status. */
static int
build_done(const struct cli *cli, const struct catalogue *c, const struct built *b,
    const struct history_stats *hist, const struct adapt_needs *needs, const char *note,
    unsigned long seed)
{
	int status = 0;

	if (!cli->then_run)
		print_plan(c, b, hist, needs, cli->include_hurt);
	if (!cli->then_run && cli->what_works)
		printf("%s\n", note);
	if (cli->save != NULL)
		status = save(b, cli->save);
	if (status == 0 && cli->then_run)
		status = cmd_run_routine(cli, built_routine(b), built_note(b), 0, true);
	else if (status == 0 && cli->save == NULL)
		/* TRANSLATORS: %lu is the random seed of this build. --seed, --save and --run are
		   options, typed as they stand; ID stands for an id the user chooses (translate it as
		   in the command synopses). */
		printf(_("\nThe same again: add --seed %lu. Keep it: --save ID. Start it: --run.\n"), seed);
	return status;
}

int
cmd_build(const struct cli *cli)
{
	struct build_request req;
	struct catalogue *c;
	struct built *b;
	struct config cfg;
	struct run_opts o;
	struct history_stats hist;
	bool first_run;
	struct whatworks ww;
	const char **prefer = NULL, **avoid;
	char *cause = NULL, note[400] = "";
	int status = build_settings(cli, &cfg, &req, &o);
	struct adapt_needs needs = { !o.kneel, !o.floor, o.conditions, NULL, 0 };

	if (status != 0)
		return status;
	if ((c = app_load_catalogue(cli, false, &status)) == NULL)
		return status;
	if (cli->save != NULL && (status = save_id_free(c, cli->save)) != 0) {
		catalogue_free(c);
		return status;
	}
	app_recent_history(&hist, &first_run, cli->what_works ? &ww : NULL);
	/* what hurt lately (unless --include-hurt) and what does not suit the settings */
	req.conditions = needs.conditions;   /* the preview keeps pregnancy's time on the back, as the run does */
	req.avoid = avoid = cmd_build_avoid(c, (const char *const *)hist.hurt_recent,
	    cli->include_hurt ? 0 : hist.nhurt_recent, &needs, &req.navoid);
	if (cli->what_works) {
		req.prefer = prefer = app_whatworks_prefer(&ww, c, &req.nprefer, note, sizeof note);
		whatworks_done(&ww);
	}
	b = builder_build(c, &req, &cause);
	free(avoid);
	if (b == NULL) {
		fprintf(stderr, "stretchcoach: %s\n", cause);
		free(cause);
		status = EXIT_USAGE;
	} else {
		status = build_done(cli, c, b, &hist, &needs, note, req.seed);
		built_free(b);
	}
	free(prefer);
	history_stats_done(&hist);
	catalogue_free(c);
	return status;
}
