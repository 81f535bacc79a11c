/* cli_out.h — what the commands print to stdout: table cells, a stretch's amount, JSON. */
#ifndef SC_CLI_OUT_H
#define SC_CLI_OUT_H

#include <stdbool.h>
#include <stddef.h>

struct cJSON;
struct stretch;

/* Print s padded with spaces to width columns (nothing past s when it is wider). */
void cli_out_cell(const char *s, int width);

/* The larger of width and the columns of s plus a space: a column fits its widest cell. */
int cli_out_wider(int width, const char *s);

/* The terminal's width when stdout is one; 0 (no limit) for a pipe or a file. */
int cli_out_width(void);

/* The amount of one stretch into buf ("30 s", "6 x 10 s", with "each side" and sets); returns buf. */
char *cli_out_amount(char *buf, size_t size, const struct stretch *s);

/*
 * Print root as JSON (indented when pretty, else on one line, as status
 * bars read it), non-ASCII escaped in a locale that is not UTF-8, and free
 * it. Returns 0, the exit status.
 */
int cli_out_json(struct cJSON *root, bool pretty);

#endif
