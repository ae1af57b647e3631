#include "cicu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucol.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

struct cicu_break {
    UBreakIterator *iterator;
    int32_t done;
};

cicu_break *cicu_break_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIteratorType type = UBRK_WORD;
    switch (kind) {
    case CICU_BREAK_SENTENCE: type = UBRK_SENTENCE; break;
    case CICU_BREAK_CHARACTER: type = UBRK_CHARACTER; break;
    case CICU_BREAK_LINE: type = UBRK_LINE; break;
    default: type = UBRK_WORD; break;
    }
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &error);
    *status = (int32_t)error;
    if (U_FAILURE(error)) return NULL;
    cicu_break *result = malloc(sizeof(cicu_break));
    if (result == NULL) { ubrk_close(iterator); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    result->iterator = iterator;
    result->done = 0;
    return result;
}

void cicu_break_close(cicu_break *iterator) {
    if (iterator == NULL) return;
    ubrk_close(iterator->iterator);
    free(iterator);
}

void cicu_break_set_text(cicu_break *iterator, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    ubrk_setText(iterator->iterator, (const UChar *)text, length, &error);
    iterator->done = 0;
    *status = (int32_t)error;
}

void cicu_break_reset(cicu_break *iterator) {
    ubrk_first(iterator->iterator);
    iterator->done = 0;
}

int32_t cicu_break_next_batch(cicu_break *iterator, int32_t *boundaries, int32_t *statuses, int32_t capacity) {
    int32_t count = 0;
    if (iterator->done) return 0;
    while (count < capacity) {
        int32_t boundary = ubrk_next(iterator->iterator);
        if (boundary == UBRK_DONE) { iterator->done = 1; break; }
        boundaries[count] = boundary;
        if (statuses != NULL) statuses[count] = ubrk_getRuleStatus(iterator->iterator);
        count++;
    }
    return count;
}

int32_t cicu_detect_charset(const char *bytes, int32_t length, char *name, int32_t name_capacity, int32_t *confidence) {
    UErrorCode error = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&error);
    if (U_FAILURE(error)) return 0;
    ucsdet_setText(detector, bytes, length, &error);
    const UCharsetMatch *match = ucsdet_detect(detector, &error);
    int32_t found = 0;
    if (U_SUCCESS(error) && match != NULL) {
        const char *matched = ucsdet_getName(match, &error);
        int32_t conf = ucsdet_getConfidence(match, &error);
        if (U_SUCCESS(error) && matched != NULL) {
            strncpy(name, matched, (size_t)name_capacity - 1);
            name[name_capacity - 1] = 0;
            *confidence = conf;
            found = 1;
        }
    }
    ucsdet_close(detector);
    return found;
}

int32_t cicu_convert_to_utf16(const char *charset, const char *bytes, int32_t length,
                              uint16_t *out, int32_t capacity, int32_t *error_offset) {
    UErrorCode error = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &error);
    if (U_FAILURE(error)) return -2;
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &error);
    if (U_FAILURE(error)) { ucnv_close(converter); return -2; }

    const char *source = bytes;
    const char *sourceLimit = bytes + length;
    UChar scratch[1024];
    int32_t written = 0;
    for (;;) {
        UChar *target;
        UChar *targetLimit;
        if (out != NULL) {
            target = (UChar *)out + written;
            targetLimit = (UChar *)out + capacity;
        } else {
            target = scratch;
            targetLimit = scratch + 1024;
        }
        UChar *targetStart = target;
        error = U_ZERO_ERROR;
        ucnv_toUnicode(converter, &target, targetLimit, &source, sourceLimit, NULL, 1, &error);
        written += (int32_t)(target - targetStart);
        if (error == U_BUFFER_OVERFLOW_ERROR) {
            if (out != NULL) { ucnv_close(converter); return -3; }
            continue;
        }
        if (U_FAILURE(error)) {
            char invalid[32];
            int8_t invalidLength = sizeof(invalid);
            UErrorCode ignored = U_ZERO_ERROR;
            ucnv_getInvalidChars(converter, invalid, &invalidLength, &ignored);
            if (U_FAILURE(ignored)) invalidLength = 0;
            *error_offset = (int32_t)(source - bytes) - invalidLength;
            ucnv_close(converter);
            return -1;
        }
        break;
    }
    ucnv_close(converter);
    return written;
}

struct cicu_translit {
    UTransliterator *transliterator;
};

cicu_translit *cicu_translit_open(const uint16_t *id, int32_t id_length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UTransliterator *transliterator = utrans_openU((const UChar *)id, id_length, UTRANS_FORWARD, NULL, 0, NULL, &error);
    *status = (int32_t)error;
    if (U_FAILURE(error)) return NULL;
    cicu_translit *result = malloc(sizeof(cicu_translit));
    if (result == NULL) { utrans_close(transliterator); return NULL; }
    result->transliterator = transliterator;
    return result;
}

void cicu_translit_close(cicu_translit *translit) {
    if (translit == NULL) return;
    utrans_close(translit->transliterator);
    free(translit);
}

int32_t cicu_translit_apply(cicu_translit *translit, uint16_t *buffer, int32_t length, int32_t capacity, int32_t *needed) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t textLength = length;
    int32_t limit = length;
    utrans_transUChars(translit->transliterator, (UChar *)buffer, &textLength, capacity, 0, &limit, &error);
    if (error == U_BUFFER_OVERFLOW_ERROR) {
        *needed = textLength > capacity ? textLength : capacity * 2;
        return -1;
    }
    if (U_FAILURE(error)) return -2;
    return textLength;
}

int32_t cicu_normalize(int32_t form, const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *normalizer;
    switch (form) {
    case CICU_NFKC: normalizer = unorm2_getNFKCInstance(&error); break;
    case CICU_NFKC_CASEFOLD: normalizer = unorm2_getNFKCCasefoldInstance(&error); break;
    default: normalizer = unorm2_getNFCInstance(&error); break;
    }
    if (U_FAILURE(error)) return INT32_MIN;
    int32_t result = unorm2_normalize(normalizer, (const UChar *)src, length, (UChar *)dest, capacity, &error);
    if (error == U_BUFFER_OVERFLOW_ERROR) return -result - 1;
    if (U_FAILURE(error)) return INT32_MIN;
    return result;
}

struct cicu_collator {
    UCollator *collator;
};

cicu_collator *cicu_collator_open(const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UCollator *collator = ucol_open(locale, &error);
    *status = (int32_t)error;
    if (U_FAILURE(error)) return NULL;
    cicu_collator *result = malloc(sizeof(cicu_collator));
    if (result == NULL) { ucol_close(collator); return NULL; }
    result->collator = collator;
    return result;
}

void cicu_collator_close(cicu_collator *collator) {
    if (collator == NULL) return;
    ucol_close(collator->collator);
    free(collator);
}

int32_t cicu_collator_compare(cicu_collator *collator, const uint16_t *a, int32_t a_length, const uint16_t *b, int32_t b_length) {
    return (int32_t)ucol_strcoll(collator->collator, (const UChar *)a, a_length, (const UChar *)b, b_length);
}

int32_t cicu_collator_sort_key(cicu_collator *collator, const uint16_t *text, int32_t length, uint8_t *key, int32_t capacity) {
    return ucol_getSortKey(collator->collator, (const UChar *)text, length, key, capacity);
}

void cicu_version(char *buffer, int32_t capacity) {
    UVersionInfo info;
    u_getVersion(info);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(info, text);
    strncpy(buffer, text, (size_t)capacity - 1);
    buffer[capacity - 1] = 0;
}
