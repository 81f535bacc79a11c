/* ui_home.c — the main menu, written once: both front ends list these rows. */
#include <stddef.h>
#include <time.h>

#include "home.h"
#include "i18n.h"

/*
 * The main menu's own rows, after any lead entries (today's programme step
 * first). A new screen is a line here and a model it points at.
 */
static const struct home_row rows[] = {
	{ N_("Morning routines"), N_("Gentle routines to wake the back up after a night's sleep."),
	    HOME_ROUTINES, MENU_MORNING, NULL, 0, 0 },
	{ N_("Evening routines"), N_("Slower routines with longer holds, to let the day's tension go."),
	    HOME_ROUTINES, MENU_EVENING, NULL, 0, 0 },
	{ N_("All routines"), N_("Every routine in the catalogue."), HOME_ROUTINES, MENU_ALL, NULL, 0, 0 },
	{ N_("Build a routine"), N_("Put together a routine from the time you have, the areas to work "
	    "and the equipment at hand."), HOME_FORM, MENU_MAIN, NULL, 0, HOME_FORM_BUILD },
	{ N_("History"), N_("Past sessions, your streak, and how your back has felt before and after."),
	    HOME_PAGE, MENU_MAIN, home_page_history, PAGE_VERBATIM, 0 },
	{ N_("Safety notes"), N_("When to ease off, and the signs that mean stop and see a "
	    "health professional."), HOME_PAGE, MENU_MAIN, home_page_safety, 0, 0 },
	{ N_("About your back"), N_("Four questions: where it is, whether it goes down a leg, "
	    "what eases it, and the conditions to allow for. The answers steer what is offered."),
	    HOME_FORM, MENU_MAIN, NULL, 0, HOME_FORM_PROFILE },
};

const struct home_row *
home_rows(size_t *n)
{
	*n = sizeof rows / sizeof rows[0];
	return rows;
}

const char *
home_scope_title(enum menu_scope scope)
{
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
		if (rows[i].kind == HOME_ROUTINES && rows[i].scope == (scope == MENU_MAIN ? MENU_ALL : scope))
			return rows[i].label;
	return N_("All routines");
}

size_t
home_first_row(time_t now)
{
	struct tm tm;
	enum menu_scope want;

	if (localtime_r(&now, &tm) == NULL || (tm.tm_hour >= 12 && tm.tm_hour < 17))
		return 0;
	want = tm.tm_hour < 12 ? MENU_MORNING : MENU_EVENING;
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
		if (rows[i].kind == HOME_ROUTINES && rows[i].scope == want)
			return i;
	return 0;
}
