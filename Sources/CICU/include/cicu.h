#ifndef CICU_H
#define CICU_H

/* A small C layer over ICU. Only plain C types cross this boundary: Swift cannot
   import ICU's own headers (renamed entry points, clashes with Foundation's ICU). */

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Break iteration ---------------------------------------------------- */

typedef struct cicu_break cicu_break;

enum { CICU_BREAK_WORD = 0, CICU_BREAK_SENTENCE = 1, CICU_BREAK_CHARACTER = 2, CICU_BREAK_LINE = 3 };

/* Opens a break iterator of the given kind for a locale ("zh"). Returns NULL and sets *status on failure. */
cicu_break *cicu_break_open(int32_t kind, const char *locale, int32_t *status);
void cicu_break_close(cicu_break *iterator);
/* Points the iterator at a UTF-16 buffer, which must outlive the iteration. */
void cicu_break_set_text(cicu_break *iterator, const uint16_t *text, int32_t length, int32_t *status);
/* Writes up to capacity boundaries after `from` (exclusive) into `boundaries` and their
   rule statuses into `statuses` (may be NULL); returns how many were written. 0 means done. */
int32_t cicu_break_next_batch(cicu_break *iterator, int32_t *boundaries, int32_t *statuses, int32_t capacity);
/* Moves to the start of the text again. */
void cicu_break_reset(cicu_break *iterator);

/* ---- Charsets ------------------------------------------------------------ */

/* Detects the charset of bytes. Writes the ICU name (NUL-terminated) into name and
   the confidence (0-100) into *confidence. Returns 0 when nothing was detected. */
int32_t cicu_detect_charset(const char *bytes, int32_t length, char *name, int32_t name_capacity, int32_t *confidence);

/* Strictly converts bytes in charset to UTF-16. Returns the number of UTF-16 units
   written (call with out == NULL, capacity 0 to measure; status then is -1 for
   overflow only). On an invalid or truncated sequence returns -1 and sets *error_offset to
   the byte offset of the first bad sequence. On an unknown charset returns -2. */
int32_t cicu_convert_to_utf16(const char *charset, const char *bytes, int32_t length,
                              uint16_t *out, int32_t capacity, int32_t *error_offset);

/* ---- Transliteration ------------------------------------------------------ */

typedef struct cicu_translit cicu_translit;

/* Opens a transliterator by ID ("Han-Latin", "Hant-Hans"), given as UTF-16. */
cicu_translit *cicu_translit_open(const uint16_t *id, int32_t id_length, int32_t *status);
void cicu_translit_close(cicu_translit *translit);
/* Transliterates buffer in place. Returns the new length, or -1 when capacity is too small
   (*needed then holds a length to retry with), or -2 on another error. */
int32_t cicu_translit_apply(cicu_translit *translit, uint16_t *buffer, int32_t length, int32_t capacity, int32_t *needed);

/* ---- Normalization --------------------------------------------------------- */

enum { CICU_NFC = 0, CICU_NFKC = 1, CICU_NFKC_CASEFOLD = 2 };

/* Normalizes src into dest. Returns the length written, or the needed length as a
   negative number minus one when capacity is too small, or INT32_MIN on error. */
int32_t cicu_normalize(int32_t form, const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity);

/* ---- Collation ------------------------------------------------------------ */

typedef struct cicu_collator cicu_collator;

/* Opens a collator for a locale ("zh@collation=pinyin"). */
cicu_collator *cicu_collator_open(const char *locale, int32_t *status);
void cicu_collator_close(cicu_collator *collator);
/* Compares two UTF-16 strings: -1, 0 or 1. */
int32_t cicu_collator_compare(cicu_collator *collator, const uint16_t *a, int32_t a_length, const uint16_t *b, int32_t b_length);
/* Writes the sort key; returns its length (which may exceed capacity: then call again). */
int32_t cicu_collator_sort_key(cicu_collator *collator, const uint16_t *text, int32_t length, uint8_t *key, int32_t capacity);

/* ---- Library ------------------------------------------------------------- */

/* Writes ICU's version ("72.1") into buffer. */
void cicu_version(char *buffer, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
