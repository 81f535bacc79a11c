/* ui_field.c — a line of text typed in: the keys that edit it, and the field drawn with its cursor. */
#include <curses.h>
#include <string.h>

#include "text.h"
#include "ui_curses_int.h"

/* The UTF-8 bytes a typed key adds to a text field (0: none): printable text only, never a control. */
static size_t
key_utf8(int ch, char *u)
{
	unsigned long cp;
	size_t n;

	if (ch >= 32 && ch < 127) {
		u[0] = (char)ch;
		u[1] = '\0';
		return 1;
	}
	if (ch < UI_KEY_CHAR(0xA0) || ch > UI_KEY_CHAR(0x10FFFF))
		return 0;
	cp = (unsigned long)(ch - UI_KEY_CHAR(0));
	if (cp < 0x800) {
		u[0] = (char)(0xC0 | cp >> 6);
		n = 1;
	} else if (cp < 0x10000) {
		u[0] = (char)(0xE0 | cp >> 12);
		u[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		n = 2;
	} else {
		u[0] = (char)(0xF0 | cp >> 18);
		u[1] = (char)(0x80 | (cp >> 12 & 0x3F));
		u[2] = (char)(0x80 | (cp >> 6 & 0x3F));
		n = 3;
	}
	u[n] = (char)(0x80 | (cp & 0x3F));
	u[n + 1] = '\0';
	/* surrogates, bidi overrides and C1 controls stay out, as text_safe() would show them */
	return text_has_unsafe(u) ? 0 : n + 1;
}

int
ui_edit_line(char *buf, size_t size, int ch)
{
	size_t len = strlen(buf), n;
	char u[5];

	if (ch == UI_KEY_ESC)
		return UI_EDIT_CANCEL;
	if (ch == '\n' || ch == '\r' || ch == KEY_ENTER)
		return UI_EDIT_DONE;
	if ((ch == KEY_BACKSPACE || ch == 127 || ch == 8) && len > 0) {
		/* a whole character, its continuation bytes with it */
		while (len > 0 && ((unsigned char)buf[--len] & 0xC0) == 0x80)
			continue;
		buf[len] = '\0';
	} else if (ch == 21) {   /* Ctrl-U: the whole line */
		*buf = '\0';
	} else if ((n = key_utf8(ch, u)) > 0 && len + n < size) {
		memcpy(buf + len, u, n + 1);
	}
	return UI_EDIT_GOING;
}

int
ui_put_field(const struct ui *ui, int y, int x, int w, const char *text)
{
	const char *tail = text;
	int used;

	/* the end of a long text, where the typing is, with the cursor after it */
	while (*tail != '\0' && ui_text_cols(ui, tail) > w - 1) {
		tail++;
		while (((unsigned char)*tail & 0xC0) == 0x80)
			tail++;
	}
	used = ui_put(ui, y, x, w - 1, A_NORMAL, tail);
	ui_put(ui, y, x + used, 1, ui_attr(ui, UI_SELECT), " ");
	return used + 1;
}
