/* ui_plain_build.c — Build in the plain front end: the minutes asked, the routine printed. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "build_form.h"
#include "builder.h"
#include "catalogue.h"
#include "frontend.h"
#include "i18n.h"
#include "keymap.h"
#include "paths.h"
#include "report.h"
#include "ui_plain_int.h"

/* Read a line after a prompt; false at the end of input (or a signal). */
static bool
plain_ask(const char *prompt, char *line, size_t size)
{
	printf("%s", prompt);
	fflush(stdout);
	if (frontend_read_line(line, size) < 0 || frontend_signal() != 0) {
		putchar('\n');
		return false;
	}
	if (!isatty(0))
		putchar('\n');
	return true;
}

/* Save b under a name read from the user, and say where. */
static void
plain_build_save(const struct catalogue *c, const struct built *b, bool *saved)
{
	char name[65], id[64], *path, *cause = NULL;

	if (!plain_ask(_("Name for it: "), name, sizeof name) || *name == '\0')
		return;
	if (build_form_id(c, name, id, sizeof id) < 0) {
		fputs(_("A name needs a letter or a digit; not saved.\n"), stdout);
		return;
	}
	if ((path = paths_user_catalogue()) == NULL) {
		fputs(_("No place to save: set HOME or XDG_CONFIG_HOME.\n"), stdout);
		return;
	}
	if (build_form_save(path, b, name, id, &cause) < 0) {
		/* TRANSLATORS: %s is why, a system error such as "Permission denied". */
		printf(_("Not saved: %s\n"), cause);
		free(cause);
	} else {
		/* TRANSLATORS: Both %s are the routine's id ("my-back-routine"). Keep "stretchcoach
		   run" as it is typed. */
		printf(_("Saved as %s. Start it with: stretchcoach run %s\n"), id, id);
		*saved = true;
	}
	free(path);
}

/* Build: the minutes, then the routine; Enter runs it, s saves it, q goes back. */
enum build_exit
ui_plain_build(const struct run_opts *o, const struct catalogue *c, struct build_request *req,
    struct built **out, bool *saved)
{	char line[64], *cause = NULL;
	struct report r = { 0 };
	struct built *b;
	long v;

	*saved = false;
	req->nprefer = 0;  /* what works only when asked for: `build --what-works` */
	/* TRANSLATORS: %d is the minutes Enter chooses (10). q is the key the code reads: keep
	   it q. Keep the space at the end: the answer is typed after it. */
	snprintf(line, sizeof line, _("Minutes you have [1-60, Enter for %d, q to go back]: "),
	    req->minutes);
	if (!plain_ask(line, line, sizeof line) || line[0] == 'q')
		return BUILD_BACK;
	if ((v = strtol(line, NULL, 10)) >= 1 && v <= 60)
		req->minutes = (int)v;
	if ((b = builder_build(c, req, &cause)) == NULL) {
		printf("%s\n", cause);
		free(cause);
		return BUILD_BACK;
	}
	build_form_report(&r, b, c, o->hurt, o->nhurt);
	printf("\n%s\n", report_text(&r));
	report_done(&r);
	/* s and q as the Build screen's key table reads them; anything else starts it */
	while (plain_ask(_("Enter to start it, s to save it, q to go back: "), line, sizeof line)) {
		int act = keymap_screen_action(keymap_build(), ~0u, line[0] != '\0' ? line[0] : '\n');

		if (act == BUILD_ACT_SAVE) {
			plain_build_save(c, b, saved);
			continue;
		}
		if (act == BUILD_ACT_BACK)
			break;
		*out = b;
		return BUILD_RUN;
	}
	built_free(b);
	return BUILD_BACK;
}

