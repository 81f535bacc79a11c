/* text_out.h — standard output and error made safe for the terminal's codeset. */
#ifndef SC_TEXT_OUT_H
#define SC_TEXT_OUT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

/* How what is written to stdout is changed in a locale that is not UTF-8. */
enum text_out_mode {
	TEXT_OUT_PLAIN,   /* text for people: each character its ASCII stand-in (text_ascii() in text.h) */
	TEXT_OUT_JSON,    /* JSON: each non-ASCII character as \uXXXX, the same data in ASCII */
	TEXT_OUT_RAW,     /* a document (an HTML or PDF sheet): its bytes as they are */
};

/*
 * Call once, after setlocale(): in a locale whose codeset is not UTF-8
 * (LANG=C under cron, an ISO 8859 terminal), stdout and stderr become
 * streams that let no byte above 0x7F through, so neither raw UTF-8 nor a
 * byte an 8-bit terminal takes as a C1 control (0x9B is CSI) reaches it.
 * In a UTF-8 locale nothing changes: text from files is made safe by
 * text_safe() and checked at load. Returns true when the filter is on.
 */
bool text_out_init(void);

/* Choose how the rest of stdout's output is written (TEXT_OUT_PLAIN until then). */
void text_out_set(enum text_out_mode mode);

/*
 * The terminal's own stdout stream, for curses, which writes its own bytes
 * (it draws non-ASCII only in a UTF-8 locale). stdout when no filter is on.
 */
FILE *text_out_terminal(void);

/*
 * After a failed write, send the rest of stdout's output nowhere, with
 * stdout's error cleared: what was said once is not reported again.
 */
void text_out_discard(void);

#endif
