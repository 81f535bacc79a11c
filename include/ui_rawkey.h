/* ui_rawkey.h — single keys from a terminal without Enter, the terminal always given back. */
#ifndef SC_UI_RAWKEY_H
#define SC_UI_RAWKEY_H

/*
 * Put the terminal on fd into single-key mode (no line editing, no echo;
 * Ctrl-C still interrupts). Ctrl-Z gives the terminal back while stopped
 * and takes it again after `fg`; exit() gives it back too. Returns 0, or
 * -1 when fd is not a terminal.
 */
int ui_rawkey_begin(int fd);

/* Give the terminal back as it was before ui_rawkey_begin(); harmless when not begun. */
void ui_rawkey_end(void);

#endif
