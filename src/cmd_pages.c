/* cmd_pages.c — the models of the main menu's pages: each makes the lines a front end shows. */
#include <stdlib.h>

#include "app.h"
#include "cmd_int.h"
#include "diag.h"
#include "home.h"
#include "i18n.h"
#include "report.h"
#include "safety.h"
#include "text.h"

size_t
home_page_safety(const struct home_env *env, char ***lines)
{
	size_t n;
	const char *const *from = safety_lines(&n);
	char **out = xcalloc(n + 1, sizeof *out);

	(void)env;
	for (size_t i = 0; i < n; i++)
		out[i] = xstrdup(from[i]);
	*lines = out;
	return n;
}

/* The report `history` prints, its warnings first. */
size_t
home_page_history(const struct home_env *env, char ***lines)
{
	struct report r = { 0 };
	struct diag d;
	char **rep, **all;
	size_t n, k = 0;

	diag_init(&d);
	cmd_history_report(env->cli, env->cat, _("No sessions yet: pick a routine and your first one "
	    "shows up here."), &r, &d);
	n = report_lines(&r, &rep);
	all = xcalloc(d.n + n + 1, sizeof *all);
	for (size_t i = 0; i < d.n; i++)
		all[k++] = xasprintf("%s%s", d.is_error[i] ? "" : _("warning: "), d.msg[i]);
	for (size_t i = 0; i < n; i++)
		all[k++] = rep[i];
	free(rep);
	report_done(&r);
	diag_done(&d);
	*lines = all;
	return k;
}
