/* config.c — the settings file, validated like the catalogue. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "catalogue.h"
#include "diag.h"
#include "i18n.h"
#include "jsonfile.h"
#include "text.h"
#include "num.h"

static const char *const sound_names[] = { "theme", "bell", "off" };
/* The keys (defined below, after the readers they name). */
static const struct config_key_info keys[CFG_NKEYS];

const char *
config_source_name(enum config_source s)
{
	static const char *const names[] = {
		N_("default"), N_("config file"), N_("environment"), N_("command line"),
	};

	return names[s];
}

void
config_defaults(struct config *c)
{
	memset(c, 0, sizeof *c);
	c->breath_in = 4;
	c->breath_out = 6;
	c->bell = c->color = c->checkin = c->kneel = c->floor = true;
	c->build_minutes = 10;
	c->remind_every = 45 * 60;
	c->remind_snooze = 10 * 60;
	c->away_after = 5 * 60;
	schedule_init(&c->hours);
	c->notify = true;
	c->sound = CONFIG_SOUND_THEME;
	profile_init(&c->profile);
}

const char *config_sound_name(enum config_sound s) { return sound_names[s]; }

int
config_sound_parse(const char *s)
{
	for (int i = 0; i < 3; i++)
		if (strcmp(s, sound_names[i]) == 0)
			return i;
	return -1;
}

void
config_done(struct config *c)
{
	free(c->say);
	c->say = NULL;
	free(c->say_voice);
	c->say_voice = NULL;
}

long
config_parse_duration(const char *s)
{
	static const char units[] = "hms";
	static const long scale[] = { 3600, 60, 1 };
	long total = 0;
	int next = 0;      /* the first unit still allowed: h, then m, then s, each once */

	if (*s == '\0')
		return -1;
	while (*s != '\0') {
		const char *u;
		char *end;
		long v;

		if (!isdigit((unsigned char)*s))
			return -1;
		errno = 0;
		v = strtol(s, &end, 10);
		if (errno != 0 || v > 100000 || *end == '\0' || (u = strchr(units, *end)) == NULL ||
		    u - units < next)
			return -1;
		next = (int)(u - units) + 1;
		total += v * scale[u - units];
		s = end + 1;
	}
	return total;
}

long
config_duration(const char *s)
{
	long v = config_parse_duration(s);

	return v < CONFIG_DURATION_MIN_S || v > CONFIG_DURATION_MAX_S ? -1 : v;
}

/* Error helper: "FILE: KEY: what". */
static void
bad(struct diag *d, const char *file, const char *key, const char *what, const cJSON *v)
{
	char got[64] = "";

	if (v != NULL) {
		if (cJSON_IsNumber(v))
			/* TRANSLATORS: added to a config error: the number found (", got 70"). */
			snprintf(got, sizeof got, _(", got %g"), v->valuedouble);
		else if (cJSON_IsString(v))
			snprintf(got, sizeof got, "%s", _(", got a string"));
		else if (cJSON_IsBool(v))
			/* TRANSLATORS: added to a config error: true or false, as found. */
			snprintf(got, sizeof got, _(", got %s"), cJSON_IsTrue(v) ? "true" : "false");
		else
			/* TRANSLATORS: added to a config error: null, or "a list or object". */
			snprintf(got, sizeof got, _(", got %s"), cJSON_IsNull(v) ? "null" : _("a list or object"));
	}
	diag_error(d, EXIT_DATAERR, "%s: %s %s%s", file, key, _(what), got);
}

static int
get_whole(const cJSON *v, int lo, int hi, int *out)
{
	if (!cJSON_IsNumber(v) || !num_whole(v->valuedouble) ||
	    v->valuedouble < lo || v->valuedouble > hi)
		return -1;
	*out = (int)v->valuedouble;
	return 0;
}

static bool
read_breath(struct config *c, const cJSON *v, const char *fs, struct diag *d)
{
	const cJSON *in = cJSON_GetObjectItemCaseSensitive(v, "inhale");
	const cJSON *out = cJSON_GetObjectItemCaseSensitive(v, "exhale");
	int i, o;

	if (!cJSON_IsObject(v)) {
		bad(d, fs, "breath", keys[CFG_BREATH].help, v);
		return false;
	}
	if (get_whole(in, 1, 30, &i) < 0) {
		bad(d, fs, "breath: inhale", N_("must be an integer 1..30"), in);
		return false;
	}
	if (get_whole(out, 1, 30, &o) < 0) {
		bad(d, fs, "breath: exhale", N_("must be an integer 1..30"), out);
		return false;
	}
	c->breath_in = i;
	c->breath_out = o;
	return true;
}

/* A list of names parse() knows (conditions, equipment) into *set; -1 (nothing set) when any is unknown. */
static int
read_names(const cJSON *v, int (*parse)(const char *, unsigned *), unsigned *set)
{
	const cJSON *e;
	unsigned all = 0, bit;

	if (!cJSON_IsArray(v))
		return -1;
	cJSON_ArrayForEach(e, v) {
		if (!cJSON_IsString(e) || parse(e->valuestring, &bit) < 0)
			return -1;
		all |= bit;
	}
	*set = all;
	return 0;
}

/* "profile": {"area": "lower-back", "leg": false, "eased_by": "bending-backward"}, each optional. */
static bool
read_profile(struct config *c, const cJSON *v, const char *fs, struct diag *d)
{
	const cJSON *a = cJSON_GetObjectItemCaseSensitive(v, "area");
	const cJSON *l = cJSON_GetObjectItemCaseSensitive(v, "leg");
	const cJSON *e = cJSON_GetObjectItemCaseSensitive(v, "eased_by");
	struct profile p;
	int n;

	profile_init(&p);
	if (!cJSON_IsObject(v)) {
		bad(d, fs, "profile", keys[CFG_PROFILE].help, v);
		return false;
	}
	if (a != NULL && (!cJSON_IsString(a) || (n = profile_area_parse(a->valuestring)) < 0)) {
		bad(d, fs, "profile: area", N_("must be \"lower-back\", \"neck-shoulders\", \"both\" or \"general\""), a);
		return false;
	}
	if (a != NULL)
		p.area = (enum profile_area)n;
	if (l != NULL && !cJSON_IsBool(l)) {
		bad(d, fs, "profile: leg", N_("must be true or false"), l);
		return false;
	}
	if (l != NULL)
		p.leg = cJSON_IsTrue(l);
	if (e != NULL && (!cJSON_IsString(e) || (n = profile_eases_parse(e->valuestring)) < 0)) {
		bad(d, fs, "profile: eased_by", N_("must be \"bending-forward\", \"bending-backward\" or \"neither\""), e);
		return false;
	}
	if (e != NULL)
		p.eases = (enum profile_eases)n;
	c->profile = p;
	return true;
}

/* remind_hours, remind_days and sound: the parsers of CONFIG_WORD keys. */
static int
word_hours(struct config *c, const char *s)
{
	return schedule_parse_hours(&c->hours, s);
}

static int
word_days(struct config *c, const char *s)
{
	return schedule_parse_days(&c->hours, s);
}

static int
word_sound(struct config *c, const char *s)
{
	int snd = config_sound_parse(s);

	if (snd < 0)
		return -1;
	c->sound = (enum config_sound)snd;
	return 0;
}

#define AT(field) offsetof(struct config, field)
static const char must_bool[] = N_("must be true or false");
static const char must_duration[] = N_("must be a duration from \"10s\" to \"24h\", like \"45m\"");

/* The keys, in the order of enum config_key and of `config`'s rows. */
static const struct config_key_info keys[CFG_NKEYS] = {
	[CFG_BREATH] = { "breath", CONFIG_OBJECT, 1, 30,
	    N_("must be an object {\"inhale\": N, \"exhale\": N}"), CONFIG_SHOW_BREATH, NULL, 0,
	    .object = read_breath },
	[CFG_BELL] = { "bell", CONFIG_FLAG, 0, 0, must_bool, CONFIG_SHOW_ON_OFF, NULL, AT(bell) },
	[CFG_COLOR] = { "color", CONFIG_FLAG, 0, 0, must_bool, CONFIG_SHOW_ON_OFF, NULL, AT(color) },
	[CFG_CHECKIN] = { "checkin", CONFIG_FLAG, 0, 0, must_bool, CONFIG_SHOW_ON_OFF, NULL,
	    AT(checkin) },
	[CFG_BUILD_MINUTES] = { "build_minutes", CONFIG_WHOLE, 1, 60, N_("must be an integer 1..60"),
	    CONFIG_SHOW_MINUTES, NULL, AT(build_minutes) },
	[CFG_SAY] = { "say", CONFIG_TEXT, 1, 0, N_("must be a command name like \"espeak-ng\""),
	    /* TRANSLATORS: The value of config's "say" row when no speech command is set (a
	       command, as in "the speech command"): agree with that word. */
	    CONFIG_SHOW_TEXT, NC_("no speech command", "(none)"), AT(say),
	    .none_ctx = "no speech command" },
	[CFG_REMIND_EVERY] = { "remind_every", CONFIG_DURATION, 0, 0, must_duration,
	    CONFIG_SHOW_DURATION, NULL, AT(remind_every) },
	[CFG_REMIND_SNOOZE] = { "remind_snooze", CONFIG_DURATION, 0, 0, must_duration,
	    CONFIG_SHOW_DURATION, NULL, AT(remind_snooze) },
	[CFG_AWAY_AFTER] = { "away_counts_after", CONFIG_DURATION, 0, 0, must_duration,
	    CONFIG_SHOW_DURATION, NULL, AT(away_after) },
	[CFG_REMIND_HOURS] = { "remind_hours", CONFIG_WORD, 0, 0,
	    N_("must be hours like \"9-18\" or \"8:30-17:00\""), CONFIG_SHOW_HOURS, NULL, 0,
	    .word = word_hours },
	[CFG_REMIND_DAYS] = { "remind_days", CONFIG_WORD, 0, 0,
	    N_("must be days like \"mon-fri\" or \"mon,wed,fri\""), CONFIG_SHOW_DAYS, NULL, 0,
	    .word = word_days },
	[CFG_NOTIFY] = { "notify", CONFIG_FLAG, 0, 0, must_bool, CONFIG_SHOW_ON_OFF, NULL, AT(notify) },
	[CFG_SOUND] = { "sound", CONFIG_WORD, 0, 0, N_("must be \"theme\", \"bell\" or \"off\""),
	    CONFIG_SHOW_SOUND, NULL, 0, .word = word_sound },
	[CFG_KNEEL] = { "kneel", CONFIG_FLAG, 0, 0, must_bool, CONFIG_SHOW_YES_NO, NULL, AT(kneel) },
	[CFG_FLOOR] = { "floor", CONFIG_FLAG, 0, 0, must_bool, CONFIG_SHOW_YES_NO, NULL, AT(floor) },
	[CFG_CONDITIONS] = { "conditions", CONFIG_NAMES, 0, 0,
	    N_("must be a list of: pregnancy, osteoporosis, hip-replacement, knee-replacement, spinal-stenosis, sciatica, recent-surgery"),
	    /* TRANSLATORS: The value of config's "conditions" row when no health condition is set:
	       agree with the word for "your health conditions". */
	    CONFIG_SHOW_CONDITIONS, NC_("no health conditions", "(none)"), AT(conditions),
	    .names = catalogue_parse_condition, .none_ctx = "no health conditions" },
	/* "" is allowed: no voice words at all, not even espeak-ng's -v LANG */
	[CFG_SAY_VOICE] = { "say_voice", CONFIG_TEXT, 0, 64,
	    N_("must be the words to put before each cue, like \"-v de\""), CONFIG_SHOW_TEXT,
	    N_("(from language)"), AT(say_voice) },
	[CFG_EQUIPMENT] = { "equipment", CONFIG_NAMES, 0, 0,
	    N_("takes a list of: wall, foam-roller, towel, block, ball, mat"), CONFIG_SHOW_EQUIPMENT,
	    N_("(none given)"), AT(equipment), .names = catalogue_parse_equipment },
	[CFG_PROFILE] = { "profile", CONFIG_OBJECT, 0, 0,
	    N_("must be an object {\"area\": ..., \"leg\": ..., \"eased_by\": ...}"),
	    CONFIG_SHOW_PROFILE, NULL, AT(profile), .object = read_profile },
};
#undef AT

const struct config_key_info *config_key_info(enum config_key k) { return &keys[k]; }
const char *config_key_name(enum config_key k) { return keys[k].name; }

int
config_key_find(const char *name)
{
	for (int k = 0; k < CFG_NKEYS; k++)
		if (strcmp(name, keys[k].name) == 0)
			return k;
	return -1;
}

/* A value of one of the simple types into c; -1 (c untouched) when it is not one. */
static int
read_value(struct config *c, const struct config_key_info *row, const cJSON *v)
{
	char *at = (char *)c + row->offset;
	const char *s = cJSON_IsString(v) ? v->valuestring : NULL;
	long secs;

	switch (row->type) {
	case CONFIG_FLAG:
		if (!cJSON_IsBool(v))
			return -1;
		*(bool *)(void *)at = cJSON_IsTrue(v);
		return 0;
	case CONFIG_WHOLE:
		return get_whole(v, row->lo, row->hi, (int *)(void *)at);
	case CONFIG_DURATION:
		if ((secs = s != NULL ? config_duration(s) : -1) < 0)
			return -1;
		*(int *)(void *)at = (int)secs;
		return 0;
	case CONFIG_TEXT:
		if (s == NULL || strlen(s) < (size_t)row->lo ||
		    (row->hi > 0 && strlen(s) > (size_t)row->hi) || text_has_unsafe(s))
			return -1;
		free(*(char **)(void *)at);
		*(char **)(void *)at = xstrdup(s);
		return 0;
	case CONFIG_WORD:
		return s != NULL ? row->word(c, s) : -1;
	case CONFIG_NAMES:
		return read_names(v, row->names, (unsigned *)(void *)at);
	case CONFIG_OBJECT:
		break;
	}
	return -1;
}

static void
read_key(struct config *c, const cJSON *v, const char *fs, struct diag *d)
{
	int k = config_key_find(v->string);
	const struct config_key_info *row;

	if (k < 0) {
		char *ks = text_safe(v->string);

		/* TRANSLATORS: the config file's path, then the key it does not know. */
		diag_warn(d, _("%s: unknown key \"%s\" ignored"), fs, ks);
		free(ks);
		return;
	}
	row = &keys[k];
	if (row->type == CONFIG_OBJECT) {
		if (!row->object(c, v, fs, d))
			return;
	} else if (read_value(c, row, v) < 0) {
		bad(d, fs, row->name, row->help, v);
		return;
	}
	c->source[k] = SRC_FILE;
}

int
config_load(struct config *c, const char *path, struct diag *d)
{
	size_t errors = d->errors;
	const cJSON *v;
	cJSON *root;
	char *fs;

	/* only a file that is not there is no settings file; one we cannot reach is an error */
	if (path == NULL || (access(path, F_OK) != 0 && errno == ENOENT))
		return 0;
	if ((root = jsonfile_load(path, N_("settings file"), d)) == NULL)
		return -1;
	fs = text_safe(path);
	if (!cJSON_IsObject(root))
		/* TRANSLATORS: %s is the config file's path. */
		diag_error(d, EXIT_DATAERR, _("%s: the settings must be one JSON object"), fs);
	else
		cJSON_ArrayForEach(v, root)
			read_key(c, v, fs, d);
	free(fs);
	cJSON_Delete(root);
	return d->errors == errors ? 0 : -1;
}
