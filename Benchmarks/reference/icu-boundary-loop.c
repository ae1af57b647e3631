/* The reference ceiling for an ICU-backed segmenter: a minimal loop over ICU's word
   (or sentence) break iterator on UTF-16 text, counting boundaries. Only the loop is timed;
   reading and converting the file to UTF-16 is not. Prints one JSON object. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: %s word|sentence FILE [repeat]\n", argv[0]); return 64; }
    int repeat = argc > 3 ? atoi(argv[3]) : 3;
    FILE *file = fopen(argv[2], "rb");
    if (!file) { perror(argv[2]); return 1; }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *bytes = malloc(size);
    if (fread(bytes, 1, size, file) != (size_t)size) { perror("read"); return 1; }
    fclose(file);
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    u_strFromUTF8(NULL, 0, &length, bytes, size, &status);
    status = U_ZERO_ERROR;
    UChar *text = malloc(sizeof(UChar) * (length + 1));
    u_strFromUTF8(text, length + 1, &length, bytes, size, &status);
    if (U_FAILURE(status)) { fprintf(stderr, "not UTF-8\n"); return 1; }
    UBreakIteratorType type = strcmp(argv[1], "sentence") == 0 ? UBRK_SENTENCE : UBRK_WORD;
    double best = 1e9;
    long count = 0;
    for (int run = 0; run < repeat; run++) {
        UBreakIterator *iterator = ubrk_open(type, "zh", text, length, &status);
        if (U_FAILURE(status)) { fprintf(stderr, "ubrk_open: %s\n", u_errorName(status)); return 1; }
        double start = now();
        count = 0;
        for (int32_t b = ubrk_first(iterator); b != UBRK_DONE; b = ubrk_next(iterator)) count++;
        double elapsed = now() - start;
        if (elapsed < best) best = elapsed;
        ubrk_close(iterator);
    }
    printf("{\"phase\": \"icu-%s-break-loop\", \"bytes\": %ld, \"seconds\": %.6f, \"boundaries\": %ld}\n", argv[1], size, best, count);
    return 0;
}
