/* cli_int.h — the command table, shared by the parser (cli.c) and the help it prints (cli_help.c). */
#ifndef SC_CLI_INT_H
#define SC_CLI_INT_H

#include <stddef.h>

#include "cli.h"

struct command_entry {
	const char *name;
	enum command cmd;
	int (*run)(const struct cli *cli);
	int min_args, max_args;
	const char *synopsis;
	const char *brief;
	const char *about;
	const char *examples;
};

/* A command-specific option: which commands (1u << CMD_*) take it, its value, its help. */
struct scoped_option {
	int opt;
	const char *name;
	unsigned cmds;
	const char *arg;
	const char *help;
};

/* The rows of the command table and of the command-specific options (static, borrowed). */
const struct command_entry *cli_command_table(size_t *n);
const struct scoped_option *cli_option_table(size_t *n);

/* "unknown command 'hisory'; did you mean history?": sets *cause (the caller frees), returns -1. */
int cli_unknown_command(const char *typed, char **cause);

/* `help`, `help CMD`, `help --commands` (cli_help.c). */
int cmd_help(const struct cli *cli);

#endif
