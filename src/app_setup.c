/*
 * app_setup.c — what every command sets up before it does its work: the
 * catalogue in use (its errors printed), the settings in force, and at the
 * end stdout flushed with a write error told once.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "catalogue.h"
#include "cli.h"
#include "config.h"
#include "diag.h"
#include "frontend.h"
#include "i18n.h"
#include "paths.h"
#include "profile.h"
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
app_load_catalogue(const struct cli *cli, bool warn, int *status)
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

int
app_settings(const struct cli *cli, struct config *cfg, struct run_opts *o)
{
	const char *nc = getenv("NO_COLOR");
	char *path = paths_config_file();
	struct diag d;
	int rc;

	config_defaults(cfg);
	diag_init(&d);
	rc = config_load(cfg, path, &d);
	/* a file that cannot be read is 66, one that reads wrong 65 */
	if (rc < 0)
		rc = d.status == EXIT_NOINPUT ? EXIT_NOINPUT : EXIT_DATAERR;
	diag_print(&d, stderr);
	diag_done(&d);
	free(path);
	if (nc != NULL && nc[0] != '\0') {
		cfg->color = false;
		cfg->source[CFG_COLOR] = SRC_ENV;
	}
	if (cli->given & OPT_BREATH) {
		cfg->breath_in = cli->run.breath_in;
		cfg->breath_out = cli->run.breath_out;
		cfg->source[CFG_BREATH] = SRC_CLI;
	}
	if (cli->given & OPT_BELL) {
		cfg->bell = cli->run.bell;
		cfg->source[CFG_BELL] = SRC_CLI;
	}
	if (cli->given & OPT_COLOR) {
		cfg->color = cli->run.color;
		cfg->source[CFG_COLOR] = SRC_CLI;
	}
	if (cli->given & OPT_CHECKIN) {
		cfg->checkin = cli->run.checkin;
		cfg->source[CFG_CHECKIN] = SRC_CLI;
	}
	if (cli->given & OPT_SAY) {
		free(cfg->say);
		cfg->say = xstrdup(cli->run.say);
		cfg->source[CFG_SAY] = SRC_CLI;
	}
	if (cli->given & OPT_KNEEL) {
		cfg->kneel = cli->run.kneel;
		cfg->source[CFG_KNEEL] = SRC_CLI;
	}
	if (cli->given & OPT_FLOOR) {
		cfg->floor = cli->run.floor;
		cfg->source[CFG_FLOOR] = SRC_CLI;
	}
	*o = (struct run_opts){
		.speed = cli->run.speed, .breath_in = cfg->breath_in, .breath_out = cfg->breath_out,
		.bell = cfg->bell, .sound = cfg->bell ? cfg->sound : CONFIG_SOUND_OFF, .color = cfg->color, .checkin = cfg->checkin, .say = cfg->say, .say_voice = cfg->say_voice,
		.kneel = cfg->kneel, .floor = cfg->floor,
		.conditions = profile_conditions(&cfg->profile, cfg->conditions),
	};
	return rc;
}

struct catalogue *
app_load_catalogue_quiet(const void *arg)
{
	int status;

	return app_load_catalogue(arg, false, &status);
}

int
app_flush(const char *done)
{
	int err;

	if (fflush(stdout) != EOF && !ferror(stdout))
		return 0;
	err = errno;
	fprintf(stderr, _("stretchcoach: cannot write output: %s\n"),
	    err != 0 ? strerror(err) : _("write error"));
	if (done != NULL)
		fprintf(stderr, "stretchcoach: %s\n", done);
	/* said once: what is left to write goes nowhere, and is not reported again */
	text_out_discard();
	return EXIT_IOERR;
}
