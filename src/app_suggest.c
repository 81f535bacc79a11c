/* app_suggest.c — "did you mean ...?" for an id that is not in the catalogue, and the routine a command names. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "cli.h"
#include "app.h"
#include "diag.h"
#include "i18n.h"
#include "text.h"

#define SUGGEST_MAX 3

/* Keep id among the best (nearest first) when it is near enough to `typed`. */
static void
consider(const char *typed, const char *id, const char **best, size_t *dist, size_t *n)
{
	size_t d = text_distance(typed, id), at;

	if (!text_near(typed, id))
		return;
	for (size_t i = 0; i < *n; i++)
		if (strcmp(best[i], id) == 0)
			return;
	for (at = *n; at > 0 && dist[at - 1] > d; at--)
		continue;
	if (at >= SUGGEST_MAX)
		return;
	if (*n < SUGGEST_MAX)
		(*n)++;
	memmove(best + at + 1, best + at, (*n - at - 1) * sizeof *best);
	memmove(dist + at + 1, dist + at, (*n - at - 1) * sizeof *dist);
	best[at] = id;
	dist[at] = d;
}

char *
app_did_you_mean(const struct catalogue *c, const char *typed, bool stretches, bool routines)
{
	const char *best[SUGGEST_MAX + 1];
	size_t dist[SUGGEST_MAX + 1], n = 0;
	char *out, *next;

	for (size_t i = 0; stretches && i < catalogue_stretch_count(c); i++)
		consider(typed, catalogue_stretch(c, i)->id, best, dist, &n);
	for (size_t i = 0; routines && i < catalogue_routine_count(c); i++)
		consider(typed, catalogue_routine(c, i)->id, best, dist, &n);
	if (n == 0)
		return NULL;
	/* TRANSLATORS: %s is the id or command the user may have meant. */
	out = xasprintf(_("did you mean %s"), best[0]);
	for (size_t i = 1; i < n; i++) {
		next = xasprintf("%s%s%s", out, i + 1 == n ? _(" or ") : ", ", best[i]);
		free(out);
		out = next;
	}
	next = xasprintf("%s?", out);
	free(out);
	return next;
}

struct catalogue *
app_load_routine(const struct cli *cli, const struct routine **r, int *status)
{
	struct catalogue *c = app_load_catalogue(cli, false, status);
	char *safe, *near;

	if (c == NULL || (*r = catalogue_find_routine(c, cli->args[0])) != NULL)
		return c;
	safe = text_safe(cli->args[0]);
	near = app_did_you_mean(c, safe, false, true);
	if (near != NULL)
		/* TRANSLATORS: %s is the id given, then a hint ("did you mean morning-quick"). */
		fprintf(stderr, _("stretchcoach: no routine '%s'; %s\n"), safe, near);
	else
		/* TRANSLATORS: %s is the id given. */
		fprintf(stderr, _("stretchcoach: no routine '%s' (see stretchcoach routines)\n"), safe);
	free(near);
	free(safe);
	catalogue_free(c);
	*status = EXIT_USAGE;
	return NULL;
}
