/* cmd_config.c — the settings in force, and `stretchcoach config`. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalogue.h"
#include "cmd.h"
#include "clock.h"
#include "config.h"
#include "diag.h"
#include "i18n.h"
#include "idle.h"
#include "paths.h"
#include "remind_int.h"
#include "schedule.h"
#include "text.h"
#include "ui_sound.h"

int
cmd_settings(const struct cli *cli, struct config *cfg, struct run_opts *o)
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
		.kneel = cfg->kneel, .floor = cfg->floor, .conditions = cfg->conditions,
	};
	return rc;
}

/* "on" or "off" in the user's language. */
static const char *
on_off(bool on)
{
	return on ? _("on") : _("off");
}

/* label padded to width columns (by its translated width), a space, then value and a newline. */
static void
put_row(const char *label, int width, const char *value)
{
	int pad = width - text_width(label);

	printf("%s%*s %s\n", label, pad > 0 ? pad : 0, "", value);
}

/*
 * The rows under a key's: the profile's other answers (leg, eases), and the
 * conditions after the first (conds' lines after its first), each in words.
 */
static void
put_under(const char *leg, const char *eases, const char *conds)
{
	if (*leg != '\0')
		printf("%-17s %s\n%-17s %s\n", "", leg, "", eases);
	for (const char *c = strchr(conds, '\n'); c != NULL; c = strchr(c + 1, '\n'))
		printf("%-17s %.*s\n", "", (int)strcspn(c + 1, "\n"), c + 1);
}

/* Where remind reads time away (as it would now), and the terminal a routine started from the desktop opens in. */
static void
config_remind_paths(void)
{
	struct idle_report idle;
	char *term = text_safe(remind_terminal());

	idle_check(isatty(0) ? ttyname(0) : NULL, clock_real(), &idle);
	put_row(_("time away"), 17, remind_source_words(idle.source));
	put_row(_("start terminal"), 17, term);
	free(term);
}

/* Which way sounds go out in a session: the theme, the bell (and why), or off. */
static void
config_sound_path(const struct run_opts *o)
{
	struct ui_sound *s = ui_sound_new(o->sound);
	char *why = text_safe(ui_sound_path(s));

	putchar('\n');
	put_row(_("sound path"), 17, why);
	free(why);
	config_remind_paths();
	ui_sound_free(s);
}

int
cmd_config(const struct cli *cli)
{
	struct config cfg;
	struct run_opts o;
	char value[160], leg[160] = "", eases[160] = "", conds[512] = "", *path = paths_config_file(), *ps;
	char **cats;
	size_t ncats;
	int status = cmd_settings(cli, &cfg, &o);

	if (status != 0) {
		config_done(&cfg);
		free(path);
		return status;
	}
	for (int k = 0; k < CFG_NKEYS; k++) {
		switch (k) {
		case CFG_BREATH: snprintf(value, sizeof value, "%d:%d", cfg.breath_in, cfg.breath_out); break;
		case CFG_BELL: snprintf(value, sizeof value, "%s", on_off(cfg.bell)); break;
		case CFG_COLOR: snprintf(value, sizeof value, "%s", on_off(cfg.color)); break;
		case CFG_CHECKIN: snprintf(value, sizeof value, "%s", on_off(cfg.checkin)); break;
		/* TRANSLATORS: %d is a number of minutes (10): the length of a built routine, shown in
		   config's table and in Build's form. Keep it short. */
		case CFG_BUILD_MINUTES: snprintf(value, sizeof value, _("%d min"), cfg.build_minutes); break;
		case CFG_SAY: {
			/* TRANSLATORS: The value of config's "say" row when no speech command is set (a
			   command, as in "the speech command"): agree with that word. */
			char *s = text_safe(cfg.say ? cfg.say : C_("no speech command", "(none)"));

			snprintf(value, sizeof value, "%s", s);
			free(s);
			break;
		}
		case CFG_REMIND_EVERY: text_duration(value, sizeof value, cfg.remind_every); break;
		case CFG_REMIND_SNOOZE: text_duration(value, sizeof value, cfg.remind_snooze); break;
		case CFG_AWAY_AFTER: text_duration(value, sizeof value, cfg.away_after); break;
		case CFG_REMIND_HOURS: schedule_hours_text(value, sizeof value, &cfg.hours); break;
		case CFG_REMIND_DAYS: schedule_days_text(value, sizeof value, &cfg.hours); break;
		case CFG_NOTIFY: snprintf(value, sizeof value, "%s", on_off(cfg.notify)); break;
		case CFG_SOUND: snprintf(value, sizeof value, "%s", config_sound_name(cfg.sound)); break;
		case CFG_KNEEL: snprintf(value, sizeof value, "%s", cfg.kneel ? _("yes") : _("no")); break;
		case CFG_FLOOR: snprintf(value, sizeof value, "%s", cfg.floor ? _("yes") : _("no")); break;
		case CFG_SAY_VOICE: {
			char *s = text_safe(cfg.say_voice ? cfg.say_voice : _("(from language)"));

			snprintf(value, sizeof value, "%s", s);
			free(s);
			break;
		}
		case CFG_CONDITIONS:
			/* in the checklist's words, one a row */
			cmd_profile_conditions(cfg.conditions, "\n", conds, sizeof conds);
			snprintf(value, sizeof value, "%.*s", (int)strcspn(conds, "\n"), conds);
			if (value[0] == '\0')
				/* TRANSLATORS: The value of config's "conditions" row when no health condition is set:
				   agree with the word for "your health conditions". */
				snprintf(value, sizeof value, "%s", C_("no health conditions", "(none)"));
			break;
		case CFG_PROFILE:
			cmd_profile_rows(&cfg.profile, value, leg, eases, sizeof value);
			break;
		case CFG_EQUIPMENT:
			if (cfg.equipment == 0)
				snprintf(value, sizeof value, "%s", _("(none given)"));
			else
				catalogue_join_names(value, sizeof value, cfg.equipment,
				    catalogue_equipment_name, ",");
			break;
		}
		printf("%-17s ", config_key_name((enum config_key)k));
		put_row(value, 16, cfg.source[k] == SRC_ENV ? _("environment (NO_COLOR)") :
		    _(config_source_name(cfg.source[k])));
		put_under(k == CFG_PROFILE ? leg : "", k == CFG_PROFILE ? eases : "",
		    k == CFG_CONDITIONS ? conds : "");
	}
	config_sound_path(&o);
	ps = text_safe(path ? path : _("(none: set HOME or XDG_CONFIG_HOME)"));
	{
		char *shown = xasprintf("%s%s", ps, path && access(path, F_OK) != 0 ? _(" (not present)") : "");

		put_row(_("config file"), 17, shown);
		free(shown);
	}
	free(ps);
	ncats = catalogue_paths(cli->catalogue, &cats);
	for (size_t i = 0; i < ncats; i++) {
		ps = text_safe(cats[i]);
		put_row(i == 0 ? _("catalogue") : "", 17, ps);
		free(ps);
	}
	catalogue_paths_free(cats, ncats);
	free(path);
	path = paths_history_file();
	ps = text_safe(path ? path : _("(none: set HOME or XDG_DATA_HOME)"));
	put_row(_("history"), 17, ps);
	free(ps);
	free(path);
	config_done(&cfg);
	return 0;
}
