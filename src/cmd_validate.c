/* cmd_validate.c — validate: catalogue files and the translations beside them. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "catalogue.h"
#include "cmd.h"
#include "diag.h"
#include "i18n.h"
#include "text.h"
#include "translation.h"

/* Whether paths a and b name one file. */
static bool
same_file(const char *a, const char *b)
{
	struct stat sa, sb;

	if (strcmp(a, b) == 0)
		return true;
	return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
	    sa.st_ino == sb.st_ino;
}

/* What validate reads: catalogue files, and translations each with the catalogue it is of. */
struct vfiles {
	char **cats, **trs;
	const char **of;     /* of[i]: the entry of cats that trs[i] translates */
	size_t ncats, ntrs;
};

static void
add_translation(struct vfiles *v, char *path, const char *of)
{
	v->trs = xreallocarray(v->trs, v->ntrs + 1, sizeof *v->trs);
	v->of = xreallocarray(v->of, v->ntrs + 1, sizeof *v->of);
	v->trs[v->ntrs] = path;
	v->of[v->ntrs++] = of;
}

/* True when a translation named is of a catalogue file that is not in use. */
static bool
outside_use(const struct cli *cli, char *const *named, size_t nnamed)
{
	char **use;
	size_t nuse = catalogue_paths(cli->catalogue, &use);
	bool out = false;

	for (size_t i = 0; i < nnamed && !out; i++) {
		char *base = translation_base(named[i]);
		size_t k;

		for (k = 0; k < nuse && !same_file(use[k], base); k++)
			;
		out = k == nuse;
		free(base);
	}
	catalogue_paths_free(use, nuse);
	return out;
}

/* The catalogue files named, else those in use; the translations named, else those beside. */
static void
validate_files(const struct cli *cli, struct vfiles *v)
{
	char **named = xcalloc((size_t)cli->nargs + 1, sizeof *named);
	size_t nnamed = 0;

	memset(v, 0, sizeof *v);
	v->cats = xcalloc((size_t)cli->nargs + 1, sizeof *v->cats);
	for (int i = 0; i < cli->nargs; i++) {
		char *base = translation_base(cli->args[i]);
		struct stat st;

		if (base != NULL && stat(base, &st) == 0)
			named[nnamed++] = xstrdup(cli->args[i]);
		else
			v->cats[v->ncats++] = xstrdup(cli->args[i]);
		free(base);
	}
	if (v->ncats == 0 && !outside_use(cli, named, nnamed)) {
		free(v->cats);
		v->ncats = catalogue_paths(cli->catalogue, &v->cats);
	}
	/*
	 * a translation is checked against its own catalogue file: over the others
	 * in use when it is one of them, else alone (not merged over files it was
	 * never meant to replace)
	 */
	for (size_t i = 0; i < nnamed; i++) {
		char *base = translation_base(named[i]);
		size_t k;

		for (k = 0; k < v->ncats && !same_file(v->cats[k], base); k++)
			;
		if (k == v->ncats) {
			v->cats = xreallocarray(v->cats, v->ncats + 1, sizeof *v->cats);
			v->cats[v->ncats++] = base;
		} else
			free(base);
		add_translation(v, named[i], v->cats[k]);
	}
	free(named);
	/* catalogue files alone: the translations beside them are checked too */
	for (size_t i = 0; nnamed == 0 && i < v->ncats; i++) {
		char **beside;
		size_t n = translation_files(v->cats[i], &beside);

		for (size_t k = 0; k < n; k++)
			add_translation(v, beside[k], v->cats[i]);
		free(beside);
	}
}

static void
print_ok(const char *path)
{
	char *fs = text_safe(path);

	/* TRANSLATORS: %s is the file's path. */
	printf(_("%s: ok\n"), fs);
	free(fs);
}

/* A stretch without "movement" still loads; with any health condition set it is left out. */
static void
warn_unmoved(const struct catalogue *c, struct diag *d)
{
	for (size_t i = 0; c != NULL && i < catalogue_stretch_count(c); i++) {
		const struct stretch *s = catalogue_stretch(c, i);
		char *src;

		if (s->movement.known)
			continue;
		src = text_safe(s->source);
		/* TRANSLATORS: A warning of validate: the first %s is the catalogue file, the second
		   the stretch's id. "movement" is a JSON key: keep it in English. */
		diag_warn(d, _("%s: stretch \"%s\" has no \"movement\"; with any health condition set "
		    "it is left out (no movement description)"), src, s->id);
		free(src);
	}
}

int
cmd_validate(const struct cli *cli)
{
	struct diag d;
	struct vfiles v;
	struct catalogue *c;
	int status;
	bool *tr_ok;

	validate_files(cli, &v);
	tr_ok = xcalloc(v.ntrs + 1, sizeof *tr_ok);
	diag_init(&d);
	c = catalogue_load((const char *const *)v.cats, v.ncats, &d);
	for (size_t i = 0; c != NULL && i < v.ntrs; i++)
		tr_ok[i] = translation_check(c, v.trs[i], v.of[i], &d) == 0;
	warn_unmoved(c, &d);
	diag_print(&d, stderr);
	if (c != NULL) {
		for (size_t i = 0; i < v.ncats; i++)
			print_ok(v.cats[i]);
		for (size_t i = 0; i < v.ntrs; i++)
			if (tr_ok[i])
				print_ok(v.trs[i]);
		/* TRANSLATORS: %zu is the count; the line goes on with the routines, programmes and warnings. */
		printf(ngettext("%zu stretch, ", "%zu stretches, ", catalogue_stretch_count(c)),
		    catalogue_stretch_count(c));
		/* TRANSLATORS: %zu is the count; the line goes on with the programmes and warnings. */
		printf(ngettext("%zu routine, ", "%zu routines, ", catalogue_routine_count(c)),
		    catalogue_routine_count(c));
		if (catalogue_programme_count(c) > 0)
			/* TRANSLATORS: %zu is the count; the line goes on with the warnings. */
			printf(ngettext("%zu programme, ", "%zu programmes, ", catalogue_programme_count(c)),
			    catalogue_programme_count(c));
		/* TRANSLATORS: %zu is the count of warnings; the line ends here. */
		printf(ngettext("%zu warning\n", "%zu warnings\n", d.warnings), d.warnings);
	}
	status = c == NULL || d.errors > 0 ? (d.status ? d.status : EXIT_DATAERR) : 0;
	catalogue_free(c);
	diag_done(&d);
	free(tr_ok);
	free(v.of);
	catalogue_paths_free(v.cats, v.ncats);
	translation_files_free(v.trs, v.ntrs);
	return status;
}
