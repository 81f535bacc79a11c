/* cli_out.c — what the commands print: cells padded to columns, a stretch's amount, JSON. */
#include <stdbool.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "catalogue.h"
#include "cli_out.h"
#include "cue.h"
#include "diag.h"
#include "text.h"
#include "text_out.h"

/* Print s padded with spaces to width columns. */
void
cli_out_cell(const char *s, int width)
{
	int w = text_width(s);

	fputs(s, stdout);
	while (w++ < width)
		putchar(' ');
}

/* The larger of width and the columns of s plus a space: a column fits its widest cell. */
int
cli_out_wider(int width, const char *s)
{
	int w = text_width(s) + 1;

	return w > width ? w : width;
}

/* The terminal's width when stdout is one; 0 (no limit) for a pipe or a file. */
int
cli_out_width(void)
{
	struct winsize ws;

	if (!isatty(STDOUT_FILENO) || ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0 || ws.ws_col == 0)
		return 0;
	return ws.ws_col;
}

/* The amount of one stretch: "30 s", "6 x 10 s", with "each side" and sets. */
char *
cli_out_amount(char *buf, size_t size, const struct stretch *s)
{
	return cue_dose(buf, size, &(struct cue_dose){ .hold = s->hold, .reps = s->reps,
	    .each_side = s->each_side, .sets = s->sets }, CUE_SHORT);
}

int
cli_out_json(cJSON *root, bool pretty)
{
	char *text = pretty ? cJSON_Print(root) : cJSON_PrintUnformatted(root);

	if (text == NULL)
		fatal("out of memory formatting JSON");
	text_out_set(TEXT_OUT_JSON);
	puts(text);
	cJSON_free(text);
	cJSON_Delete(root);
	return 0;
}
