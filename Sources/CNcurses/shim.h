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

/// Writes one Unicode scalar at the given cell with attributes.
static inline void dossier_put_scalar(int y, int x, unsigned int scalar, int attrs) {
    wchar_t chars[2] = { (wchar_t)scalar, 0 };
    cchar_t cell;
    setcchar(&cell, chars, (attr_t)attrs, 0, NULL);
    mvadd_wch(y, x, &cell);
}

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
