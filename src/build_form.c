/* build_form.c — a built routine as lines, and saved under the user's name for it. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "build_form.h"
#include "builder.h"
#include "catalogue.h"
#include "cue.h"
#include "history_stats.h"
#include "i18n.h"
#include "plan.h"
#include "report.h"
#include "text.h"

/* "30 s each side, 2 sets" or "10 reps" for an item. */
static void
item_amount(char *buf, size_t size, const struct routine_item *it)
{
	cue_dose(buf, size, &(struct cue_dose){ .hold = it->hold, .reps = it->reps,
	    .each_side = it->stretch->each_side, .sets = it->sets }, CUE_SHORT);
}

/* Spaces that bring s to width columns (none when it is wider). */
static int
pad_to(const char *s, int width)
{
	int w = text_width(s);

	return w < width ? width - w : 0;
}

/* Seconds item i takes in plan p, with the rest that leads into it. */
static long
item_seconds(const struct plan *p, size_t i)
{
	long t = 0;

	for (size_t k = 0; k < p->nsteps; k++)
		if (p->steps[k].item == i)
			t += p->steps[k].seconds;
	return t;
}

/* The stretches: name, position, time and dose, in columns as wide as the longest name. */
static void
report_items(struct report *r, const struct routine *rt)
{
	struct plan *p = plan_new(rt);
	int w = 24;

	for (size_t i = 0; i < rt->nitems; i++)
		if (text_width(rt->items[i].stretch->name) > w)
			w = text_width(rt->items[i].stretch->name);
	for (size_t i = 0; i < rt->nitems; i++) {
		const struct routine_item *it = &rt->items[i];
		const char *pos = catalogue_position_label(it->stretch->position);
		char amount[96], len[16];

		item_amount(amount, sizeof amount, it);
		/*
		 * padded by columns, not bytes: names and amounts may be translated;
		 * the time before the dose, so that a narrow screen cuts the dose's
		 * tail and never the time column
		 */
		report_printf(r, "  %2zu. %s%*s  %s%*s %5s  %s\n", i + 1, it->stretch->name,
		    pad_to(it->stretch->name, w), "", pos, pad_to(pos, 8), "",
		    text_clock(len, sizeof len, item_seconds(p, i)), amount);
	}
	plan_free(p);
}

/* The names of the stretches left out because they hurt lately, joined with ", ". */
static void
hurt_names(char *buf, size_t size, const struct catalogue *c, const char *const *hurt, size_t n)
{
	size_t len = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < n && len < size; i++) {
		const struct stretch *s = c != NULL ? catalogue_find_stretch(c, hurt[i]) : NULL;
		char *id = text_safe(hurt[i]);
		int k = snprintf(buf + len, size - len, "%s%s", i ? ", " : "", s != NULL ? s->name : id);

		free(id);
		len += k > 0 ? (size_t)k : 0;
	}
}

void
build_form_report(struct report *r, const struct built *b, const struct catalogue *c,
    const char *const *hurt, size_t n)
{
	const struct routine *rt = built_routine(b);
	char total[16], needs[160], names[400];

	report_printf(r, "%s\n%s\n\n", rt->name, rt->description);
	report_items(r, rt);
	text_clock(total, sizeof total, built_seconds(b));
	if (rt->rest > 0)
		/* TRANSLATORS: the length of a built routine, "Total 5:30, ..."; %d is seconds.
		   Starts with the word of "Total" and keeps within 76 columns. */
		report_printf(r, _("\nTotal %s, with get-ready, side changes and %d s rests between "
		    "stretches\n"), total, rt->rest);
	else
		/* TRANSLATORS: the length of a built routine, "Total 5:30, ...". */
		report_printf(r, _("\nTotal %s, get-ready and side changes included\n"), total);
	catalogue_join_names(needs, sizeof needs, built_equipment(b), catalogue_equipment_label, ", ");
	/* TRANSLATORS: what a built routine needs: "Needs: towel, wall" */
	report_printf(r, _("Needs: %s\n"), built_equipment(b) ? needs : _("no equipment"));
	if (built_note(b) != NULL)
		report_printf(r, "%s\n", built_note(b));
	if (n == 0)
		return;
	hurt_names(names, sizeof names, c, hurt, n);
	/* TRANSLATORS: %d is the number of days (7), %s a list of stretch names. */
	report_printf(r, ngettext("Left out, marked hurt in the last %d days: %s (--include-hurt keeps it).\n",
	    "Left out, marked hurt in the last %d days: %s (--include-hurt keeps them).\n", n),
	    HISTORY_HURT_DAYS, names);
}

/* text_ascii(c), or "" when it has none. */
static const char *
text_ascii_or(uint32_t c)
{
	const char *t = text_ascii(c);

	return t != NULL ? t : "";
}

int
build_form_id(const struct catalogue *c, const char *name, char *id, size_t size)
{
	char base[49];
	size_t len = 0, step;

	for (const char *p = name; *p != '\0' && len < 48; p += step) {
		uint32_t cp;
		const char *ascii;

		step = text_utf8_next(p, &cp);
		ascii = isalpha((unsigned char)*text_ascii_or(cp)) ? text_ascii_or(cp) : NULL;
		if (cp < 0x80 && isalnum((int)cp))
			base[len++] = (char)tolower((int)cp);
		else if (ascii != NULL && len + strlen(ascii) <= 48)
			for (; *ascii != '\0'; ascii++)
				base[len++] = (char)tolower((unsigned char)*ascii);
		else if (len > 0 && base[len - 1] != '-')
			base[len++] = '-';
	}
	while (len > 0 && base[len - 1] == '-')
		len--;
	base[len] = '\0';
	if (len == 0 || size < 50)
		return -1;
	snprintf(id, size, "%s", base);
	for (int k = 2; catalogue_find_routine(c, id) != NULL; k++) {
		char suffix[16];
		int sl = snprintf(suffix, sizeof suffix, "-%d", k);

		snprintf(id, size, "%.*s%s", 48 - sl < (int)len ? 48 - sl : (int)len, base, suffix);
	}
	return 0;
}

int
build_form_save(const char *path, const struct built *b, const char *name, const char *id,
    char **cause)
{
	struct routine named = *built_routine(b);

	named.name = name;
	return catalogue_save_routine(path, &named, id, cause);
}
