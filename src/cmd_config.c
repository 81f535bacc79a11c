/* cmd_config.c — the settings in force, and `stretchcoach config`. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalogue.h"
#include "cmd_int.h"
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

/*
 * The key column's width, and the value column's: at least VALUE_COLS, and
 * as wide as the widest value and a space up to VALUE_COLS_MOST (a longer
 * value is followed by one space).
 */
#define KEY_COLS 17
#define VALUE_COLS 16
#define VALUE_COLS_MOST 40

/* label padded to width columns (by its translated width), a space, then value and a newline. */
static void
put_row(const char *label, int width, const char *value)
{
	int pad = width - text_width(label);

	printf("%s%*s %s\n", label, pad > 0 ? pad : 0, "", value);
}

/* What `config` shows of one key: its value, and the rows under it ("\n" between). */
struct shown {
	char value[160];
	char under[512];
};

/* The row's words for none, translated under its context when it has one. */
static const char *
row_none(const struct config_key_info *row)
{
	return row->none_ctx != NULL ? C_(row->none_ctx, row->none) : _(row->none);
}

/* Text s (NULL: the row's words for none) made safe, into buf. */
static void
show_text(char *buf, size_t size, const char *s, const struct config_key_info *row)
{
	char *safe = text_safe(s != NULL ? s : row_none(row));

	snprintf(buf, size, "%s", safe);
	free(safe);
}

/* Key k's value in cfg as `config` shows it (its row's show), in words. */
static void
show_value(const struct config *cfg, enum config_key k, struct shown *sh)
{
	const struct config_key_info *row = config_key_info(k);
	const void *at = (const char *)cfg + row->offset;
	char *v = sh->value, leg[160], eases[160];
	size_t size = sizeof sh->value;

	*sh->under = '\0';
	switch (row->show) {
	case CONFIG_SHOW_ON_OFF: snprintf(v, size, "%s", *(const bool *)at ? _("on") : _("off")); break;
	case CONFIG_SHOW_YES_NO: snprintf(v, size, "%s", *(const bool *)at ? _("yes") : _("no")); break;
	/* TRANSLATORS: %d is a number of minutes (10): the length of a built routine, shown in
	   config's table and in Build's form. Keep it short. */
	case CONFIG_SHOW_MINUTES: snprintf(v, size, _("%d min"), *(const int *)at); break;
	case CONFIG_SHOW_DURATION: text_duration(v, size, *(const int *)at); break;
	case CONFIG_SHOW_TEXT: show_text(v, size, *(char *const *)at, row); break;
	case CONFIG_SHOW_HOURS: schedule_hours_text(v, size, &cfg->hours); break;
	case CONFIG_SHOW_DAYS: schedule_days_text(v, size, &cfg->hours); break;
	case CONFIG_SHOW_SOUND: snprintf(v, size, "%s", config_sound_name(cfg->sound)); break;
	case CONFIG_SHOW_BREATH: snprintf(v, size, "%d:%d", cfg->breath_in, cfg->breath_out); break;
	case CONFIG_SHOW_EQUIPMENT:
		if (*(const unsigned *)at == 0)
			snprintf(v, size, "%s", row_none(row));
		else
			catalogue_join_names(v, size, *(const unsigned *)at, catalogue_equipment_name, ",");
		break;
	case CONFIG_SHOW_CONDITIONS: {
		char conds[sizeof sh->under];
		size_t first;

		/* in the checklist's words, one a row */
		cmd_profile_conditions(*(const unsigned *)at, "\n", conds, sizeof conds);
		first = strcspn(conds, "\n");
		if (first > 0)
			snprintf(v, size, "%.*s", (int)first, conds);
		else
			snprintf(v, size, "%s", row_none(row));
		snprintf(sh->under, sizeof sh->under, "%s", conds[first] != '\0' ? conds + first + 1 : "");
		break;
	}
	case CONFIG_SHOW_PROFILE:
		cmd_profile_rows(&cfg->profile, v, leg, eases, size);
		if (*leg != '\0')
			snprintf(sh->under, sizeof sh->under, "%s\n%s", leg, eases);
		break;
	}
}

/*
 * Every key: its name, its value and where it came from, the sources in one
 * column after the widest value (up to VALUE_COLS_MOST), and the rows
 * under a key's (the profile's answers, more conditions) indented beneath it.
 */
static void
put_settings(const struct config *cfg)
{
	struct shown *sh = xreallocarray(NULL, CFG_NKEYS, sizeof *sh);
	int width = VALUE_COLS;

	for (int k = 0; k < CFG_NKEYS; k++) {
		int w;

		show_value(cfg, (enum config_key)k, &sh[k]);
		/* the widest value keeps two spaces before its source */
		if ((w = text_width(sh[k].value) + 1) > width)
			width = w < VALUE_COLS_MOST ? w : VALUE_COLS_MOST;
	}
	for (int k = 0; k < CFG_NKEYS; k++) {
		const char *u = sh[k].under;

		printf("%-*s ", KEY_COLS, config_key_name((enum config_key)k));
		put_row(sh[k].value, width, cfg->source[k] == SRC_ENV ? _("environment (NO_COLOR)") :
		    _(config_source_name(cfg->source[k])));
		for (size_t n; *u != '\0'; u += n + (u[n] != '\0')) {
			n = strcspn(u, "\n");
			printf("%-*s %.*s\n", KEY_COLS, "", (int)n, u);
		}
	}
	free(sh);
}

/* Where remind reads time away (as it would now), and the terminal a routine started from the desktop opens in. */
static void
config_remind_paths(void)
{
	struct idle_report idle;
	char *term = text_safe(remind_terminal());

	idle_check(isatty(0) ? ttyname(0) : NULL, clock_real(), &idle);
	put_row(_("time away"), KEY_COLS, remind_source_words(idle.source));
	put_row(_("start terminal"), KEY_COLS, term);
	free(term);
}

/* Which way sounds go out in a session: the theme, the bell (and why), or off. */
static void
config_sound_path(const struct run_opts *o)
{
	struct ui_sound *s = ui_sound_new(o->sound);
	char *why = text_safe(ui_sound_path(s));

	putchar('\n');
	put_row(_("sound path"), KEY_COLS, why);
	free(why);
	config_remind_paths();
	ui_sound_free(s);
}

/* Where the settings, the catalogue and the history are read from. */
static void
put_paths(const struct cli *cli)
{
	char *path = paths_config_file(), *ps, *shown, **cats;
	size_t ncats;

	ps = text_safe(path ? path : _("(none: set HOME or XDG_CONFIG_HOME)"));
	shown = xasprintf("%s%s", ps, path && access(path, F_OK) != 0 ? _(" (not present)") : "");
	put_row(_("config file"), KEY_COLS, shown);
	free(shown);
	free(ps);
	free(path);
	ncats = catalogue_paths(cli->catalogue, &cats);
	for (size_t i = 0; i < ncats; i++) {
		ps = text_safe(cats[i]);
		put_row(i == 0 ? _("catalogue") : "", KEY_COLS, ps);
		free(ps);
	}
	catalogue_paths_free(cats, ncats);
	path = paths_history_file();
	ps = text_safe(path ? path : _("(none: set HOME or XDG_DATA_HOME)"));
	put_row(_("history"), KEY_COLS, ps);
	free(ps);
	free(path);
}

int
cmd_config(const struct cli *cli)
{
	struct config cfg;
	struct run_opts o;
	int status = app_settings(cli, &cfg, &o);

	if (status == 0) {
		put_settings(&cfg);
		config_sound_path(&o);
		put_paths(cli);
	}
	config_done(&cfg);
	return status;
}
