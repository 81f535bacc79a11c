/*
 * cmd.h — the commands: one function a row of the command table (cli.c),
 * each run by main() through cli_run() and returning an exit status. It
 * declares nothing else (tests/cli/cmd_header.sh holds it to the table):
 * what the commands' files share is in src/cmd_int.h, what they compute
 * with the menus in the app layer (app.h).
 */
#ifndef SC_CMD_H
#define SC_CMD_H

#include "cli.h"

/* cmd_run.c: the menus and a session (no command, morning, evening; run ROUTINE-ID) */
int cmd_menu(const struct cli *cli);
int cmd_run(const struct cli *cli);
/* cmd_build.c */
int cmd_build(const struct cli *cli);
/* cmd_info.c, cmd_show.c, cmd_validate.c */
int cmd_list(const struct cli *cli);
int cmd_routines(const struct cli *cli);
int cmd_show(const struct cli *cli);
int cmd_validate(const struct cli *cli);
int cmd_safety(const struct cli *cli);
/* cmd_history.c, cmd_status.c */
int cmd_history(const struct cli *cli);
int cmd_status(const struct cli *cli);
/* cmd_config.c, cmd_remind.c */
int cmd_config(const struct cli *cli);
int cmd_remind(const struct cli *cli);
/* cmd_programme.c: `programme`, `programme start ID | status | stop` */
int cmd_programme(const struct cli *cli);
/* cmd_sheet.c: `sheet ROUTINE-ID [--html|--pdf] [-o FILE]` */
int cmd_sheet(const struct cli *cli);
/* cmd_profile.c: the first-visit questions again */
int cmd_profile(const struct cli *cli);

#endif
