/* cmd_remind.c — `stretchcoach remind`: not built yet. */
#include <stdio.h>

#include "cmd.h"
#include "diag.h"

int
cmd_remind(const struct cli *cli)
{
	(void)cli;
	fprintf(stderr, "stretchcoach: 'remind' is not available in this version yet; "
	    "use cron or a systemd timer to run 'stretchcoach run desk-break'\n");
	return EXIT_USAGE;
}
