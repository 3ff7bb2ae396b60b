// A small shim over ncursesw: functions for what Swift cannot import directly
// (function-like macros such as COLOR_PAIR, attribute bits, wide-character calls).
#ifndef DOSSIER_CNCURSES_SHIM_H
#define DOSSIER_CNCURSES_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <ncursesw/curses.h>

static inline int dossier_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int dossier_attr_bold(void) { return (int)A_BOLD; }
static inline int dossier_attr_reverse(void) { return (int)A_REVERSE; }
static inline int dossier_attr_underline(void) { return (int)A_UNDERLINE; }
static inline int dossier_attr_dim(void) { return (int)A_DIM; }
static inline int dossier_attr_normal(void) { return (int)A_NORMAL; }

/// Reads one key. Returns KEY_CODE_YES for a function key, OK for a character, ERR otherwise.
static inline int dossier_get_wch(WINDOW *w, unsigned int *out) {
    wint_t ch = 0;
    int r = wget_wch(w, &ch);
    *out = (unsigned int)ch;
    return r;
}

/// Writes one cell: a base scalar and up to four combining marks, with attributes and a
/// colour pair. The pair goes to setcchar itself: setcchar ignores a pair in `attrs`.
static inline void dossier_put_cell(int y, int x, const unsigned int *scalars, int count, int attrs, short pair) {
    wchar_t chars[6] = { 0 };
    if (count > 5) count = 5;
    for (int i = 0; i < count; i++) chars[i] = (wchar_t)scalars[i];
    cchar_t cell;
    setcchar(&cell, chars, (attr_t)attrs, pair, NULL);
    mvadd_wch(y, x, &cell);
}

static inline int dossier_attr_italic(void) { return (int)A_ITALIC; }
static inline int dossier_colors(void) { return COLORS; }
static inline int dossier_color_pairs(void) { return COLOR_PAIRS; }

/// Mouse reporting: clicks, double clicks and the wheel; the terminal keeps Shift-drag for copying.
static inline void dossier_enable_mouse(void) {
    mousemask(BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(200);
}

/// The pending mouse event: 1 click, 2 double click, 3 wheel up, 4 wheel down, 0 other; -1 none.
static inline int dossier_mouse_event(int *y, int *x) {
    MEVENT e;
    if (getmouse(&e) != OK) return -1;
    *y = e.y;
    *x = e.x;
    if (e.bstate & BUTTON1_DOUBLE_CLICKED) return 2;
    if (e.bstate & BUTTON1_CLICKED) return 1;
    if (e.bstate & BUTTON4_PRESSED) return 3;
#ifdef BUTTON5_PRESSED
    if (e.bstate & BUTTON5_PRESSED) return 4;
#endif
    return 0;
}

static inline int dossier_key_mouse(void) { return KEY_MOUSE; }

static inline WINDOW *dossier_stdscr(void) { return stdscr; }
static inline WINDOW *dossier_curscr(void) { return curscr; }
static inline int dossier_lines(void) { return LINES; }
static inline int dossier_cols(void) { return COLS; }
static inline int dossier_key_code_yes(void) { return KEY_CODE_YES; }

/// A new terminal on stdin/stdout; NULL when TERM is unknown (newterm does not exit then).
static inline SCREEN *dossier_newterm(const char *term) {
    return newterm(term, stdout, stdin);
}

static inline const char *dossier_codeset(void) { return nl_langinfo(CODESET); }

#endif
