/* ui_plain_int.h — shared by the ui_plain*.c files of the plain front end only. */
#ifndef SC_UI_PLAIN_INT_H
#define SC_UI_PLAIN_INT_H

#include <stdbool.h>
#include <stdint.h>

#include "frontend.h"

/* The frontend_ops build of the plain front end, over its run options. */
enum build_exit ui_plain_build(const struct run_opts *o, const struct catalogue *c,
    struct build_request *req, struct built **out, bool *saved);

/* ui_plain_ask.c: the frontend_ops ask */
int ui_plain_ask(void *ctx, const struct frontend_question *q);
/* ui_plain_ask.c: the choice after "it hurts", with title (the stretch marked) above it */
enum after_hurt ui_plain_after_hurt(const struct frontend_hurt_ask *a, const char *title);
/* ui_plain_summary.c: the frontend_ops summary, over the run options */
enum summary_exit ui_plain_summary(const struct run_opts *o, const struct session *s, int64_t now,
    long span_s, const struct summary_info *info);
/* ui_plain.c: print s wrapped to 78 columns, continuation lines indented under its text */
void ui_plain_wrapped(const char *s);
/* The plain front end's choose (frontend_ops); top is the menu the program opened with (its q quits). */
enum menu_choice ui_plain_choose(const struct run_opts *o, enum menu_scope top,
    const struct catalogue *c, enum menu_scope scope, const struct routine **out,
    enum menu_scope *from, const struct home_row **row);

#endif
