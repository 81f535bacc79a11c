/* build_form.c — a built routine as lines, and saved under the user's name for it. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "build_form.h"
#include "builder.h"
#include "catalogue.h"
#include "cue.h"
#include "i18n.h"
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

void
build_form_report(struct report *r, const struct built *b, const char *const *hurt, size_t n)
{
	const struct routine *rt = built_routine(b);
	char total[16];

	report_printf(r, "%s\n%s\n\n", rt->name, rt->description);
	for (size_t i = 0; i < rt->nitems; i++) {
		const struct routine_item *it = &rt->items[i];
		char amount[96], len[16];

		item_amount(amount, sizeof amount, it);
		/* padded by columns, not bytes: names and amounts may be translated */
		report_printf(r, "  %2zu. %s%*s %s%*s %s\n", i + 1, it->stretch->name,
		    pad_to(it->stretch->name, 40), "", amount, pad_to(amount, 26), "",
		    text_clock(len, sizeof len, builder_seconds(it, 1, 0)));
	}
	/* TRANSLATORS: the first word of the total's line, "Total 5:30". */
	report_printf(r, "\n%s %s", _("Total"), text_clock(total, sizeof total, built_seconds(b)));
	if (rt->rest > 0)
		report_printf(r, _(", with %d s rests between stretches"), rt->rest);
	report_puts(r, "\n");
	if (built_note(b) != NULL)
		report_printf(r, "%s\n", built_note(b));
	for (size_t i = 0; i < n; i++) {
		char *id = text_safe(hurt[i]);

		report_printf(r, "%s%s", i ? ", " : _("Left out, marked hurt in the last week: "), id);
		free(id);
	}
	if (n > 0)
		report_puts(r, "\n");
}

int
build_form_id(const struct catalogue *c, const char *name, char *id, size_t size)
{
	char base[49];
	size_t len = 0;

	for (const unsigned char *p = (const unsigned char *)name; *p != '\0' && len < 48; p++) {
		if (isalnum(*p) && *p < 0x80)
			base[len++] = (char)tolower(*p);
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
