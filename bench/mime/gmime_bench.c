#define _GNU_SOURCE
/* GMime 3 doing the bench/mime work; see Sources/MIMEBench/main.swift for the result-line format.
 *
 *   gmime_bench DIR [--dump FILE]
 *
 * Per message: decode subject and first sender address, pick the first non-attachment text/plain leaf
 * (else text/html, rendered by the small tag stripper below), and decode every other leaf fully to count
 * its bytes. Prints messages, bytes, seconds and a CRC-32 checksum over the result lines. */
#include <dirent.h>
#include <gmime/gmime.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

static int is_ws(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* CRC-32 of the bytes of s that are not ASCII white space. */
static unsigned long crc_no_ws(const char *s) {
    unsigned long crc = crc32(0L, Z_NULL, 0);
    unsigned char buf[4096];
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (is_ws(*p)) continue;
        buf[n++] = *p;
        if (n == sizeof buf) { crc = crc32(crc, buf, (uInt)n); n = 0; }
    }
    return crc32(crc, buf, (uInt)n);
}

/* Minimal HTML to text: drops tags and script/style/head content, decodes a few entities. */
static char *render_html(const char *html) {
    size_t len = strlen(html);
    char *out = malloc(len + 1), *o = out;
    const char *p = html;
    while (*p) {
        if (*p == '<') {
            const char *q = p + 1;
            int closing = (*q == '/');
            if (closing) q++;
            char name[16]; size_t k = 0;
            while (k < sizeof name - 1 && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9')))
                name[k++] = (char)(*q++ | 0x20);
            name[k] = 0;
            const char *gt = strchr(p, '>');
            if (!gt) break;
            p = gt + 1;
            if (!closing && (!strcmp(name, "script") || !strcmp(name, "style") || !strcmp(name, "head") || !strcmp(name, "title"))) {
                char end[24]; snprintf(end, sizeof end, "</%s", name);
                const char *e = strcasestr(p, end);
                if (!e) break;
                gt = strchr(e, '>');
                p = gt ? gt + 1 : e + strlen(end);
            } else if (!strcmp(name, "br") || !strcmp(name, "p") || !strcmp(name, "div") || !strcmp(name, "li") || !strcmp(name, "tr")) {
                *o++ = '\n';
            }
        } else if (*p == '&') {
            const char *semi = strchr(p, ';');
            if (semi && semi - p < 10) {
                size_t n = (size_t)(semi - p - 1);
                const char *e = p + 1;
                if (n == 3 && !strncmp(e, "amp", 3)) *o++ = '&';
                else if (n == 2 && !strncmp(e, "lt", 2)) *o++ = '<';
                else if (n == 2 && !strncmp(e, "gt", 2)) *o++ = '>';
                else if (n == 4 && !strncmp(e, "quot", 4)) *o++ = '"';
                else if (n == 4 && !strncmp(e, "nbsp", 4)) *o++ = ' ';
                else { *o++ = '&'; p++; continue; }
                p = semi + 1;
            } else {
                *o++ = *p++;
            }
        } else {
            *o++ = *p++;
        }
    }
    *o = 0;
    return out;
}

typedef struct {
    GPtrArray *leaves;
} Walk;

static void collect(GMimeObject *obj, Walk *w) {
    if (GMIME_IS_MULTIPART(obj)) {
        int n = g_mime_multipart_get_count((GMimeMultipart *)obj);
        for (int i = 0; i < n; i++) collect(g_mime_multipart_get_part((GMimeMultipart *)obj, i), w);
    } else {
        g_ptr_array_add(w->leaves, obj);
    }
}

static int is_attachment(GMimeObject *obj) {
    const char *d = g_mime_object_get_disposition(obj);
    return d && !g_ascii_strcasecmp(d, "attachment");
}

static gint64 decoded_size(GMimeObject *obj) {
    GMimeStream *null = g_mime_stream_null_new();
    if (GMIME_IS_MESSAGE_PART(obj)) {
        GMimeMessage *m = g_mime_message_part_get_message((GMimeMessagePart *)obj);
        if (m) g_mime_object_write_to_stream((GMimeObject *)m, NULL, null);
    } else if (GMIME_IS_PART(obj)) {
        GMimeDataWrapper *content = g_mime_part_get_content((GMimePart *)obj);
        if (content) g_mime_data_wrapper_write_to_stream(content, null);
    }
    gint64 n = (gint64)((GMimeStreamNull *)null)->written;
    g_object_unref(null);
    return n;
}

static GString *result_line(const char *name, GMimeMessage *msg) {
    GString *line = g_string_new(name);
    g_string_append_c(line, '\t');
    const char *subject = g_mime_message_get_subject(msg);
    for (const char *p = subject ? subject : ""; *p; p++)
        if (!is_ws((unsigned char)*p)) g_string_append_c(line, *p);
    g_string_append_c(line, '\t');
    InternetAddressList *from = g_mime_message_get_from(msg);
    if (from && internet_address_list_length(from) > 0) {
        InternetAddress *ia = internet_address_list_get_address(from, 0);
        if (INTERNET_ADDRESS_IS_MAILBOX(ia)) g_string_append(line, internet_address_mailbox_get_addr((InternetAddressMailbox *)ia));
    }
    Walk w = {g_ptr_array_new()};
    GMimeObject *root = g_mime_message_get_mime_part(msg);
    if (root) collect(root, &w);
    GMimeObject *plain = NULL, *html = NULL;
    for (guint i = 0; i < w.leaves->len; i++) {
        GMimeObject *o = w.leaves->pdata[i];
        if (!GMIME_IS_TEXT_PART(o) || is_attachment(o)) continue;
        GMimeContentType *ct = g_mime_object_get_content_type(o);
        if (!plain && g_mime_content_type_is_type(ct, "text", "plain")) plain = o;
        if (!html && g_mime_content_type_is_type(ct, "text", "html")) html = o;
    }
    char *text = NULL;
    if (plain) {
        text = g_mime_text_part_get_text((GMimeTextPart *)plain);
    } else if (html) {
        char *h = g_mime_text_part_get_text((GMimeTextPart *)html);
        if (h) { text = render_html(h); g_free(h); }
    }
    g_string_append_printf(line, "\t%08lx\t", crc_no_ws(text ? text : ""));
    free(text);
    int first = 1;
    for (guint i = 0; i < w.leaves->len; i++) {
        GMimeObject *o = w.leaves->pdata[i];
        if (o == plain || o == html) continue;
        g_string_append_printf(line, first ? "%" G_GINT64_FORMAT : ",%" G_GINT64_FORMAT, decoded_size(o));
        first = 0;
    }
    g_ptr_array_free(w.leaves, TRUE);
    return line;
}

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(int argc, char **argv) {
    const char *dir = NULL, *dump_path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--dump") && i + 1 < argc) dump_path = argv[++i];
        else dir = argv[i];
    }
    if (!dir) { fprintf(stderr, "usage: gmime_bench DIR [--dump FILE]\n"); return 2; }
    g_mime_init();
    DIR *d = opendir(dir);
    if (!d) { perror(dir); return 1; }
    size_t cap = 1024, count = 0;
    char **names = malloc(cap * sizeof *names);
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n < 4 || strcmp(e->d_name + n - 4, ".eml")) continue;
        if (count == cap) names = realloc(names, (cap *= 2) * sizeof *names);
        names[count++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, count, sizeof *names, cmp);
    FILE *dump = dump_path ? fopen(dump_path, "w") : NULL;
    unsigned long checksum = crc32(0L, Z_NULL, 0);
    long long total = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (size_t i = 0; i < count; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        FILE *f = fopen(path, "rb");
        if (!f) continue;
        fseek(f, 0, SEEK_END);
        long size = ftell(f);
        fseek(f, 0, SEEK_SET);
        unsigned char *buf = malloc(size > 0 ? (size_t)size : 1);
        size_t got = fread(buf, 1, (size_t)size, f);
        fclose(f);
        total += (long long)got;
        GMimeStream *stream = g_mime_stream_mem_new_with_buffer((const char *)buf, got);
        GMimeParser *parser = g_mime_parser_new_with_stream(stream);
        GMimeMessage *msg = g_mime_parser_construct_message(parser, NULL);
        GString *line = msg ? result_line(names[i], msg) : g_string_new(names[i]);
        g_string_append_c(line, '\n');
        checksum = crc32(checksum, (const unsigned char *)line->str, (uInt)line->len);
        if (dump) fputs(line->str, dump);
        g_string_free(line, TRUE);
        if (msg) g_object_unref(msg);
        g_object_unref(parser);
        g_object_unref(stream);
        free(buf);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (dump) fclose(dump);
    double seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("messages=%zu bytes=%lld seconds=%f checksum=%08lx\n", count, total, seconds, checksum);
    return 0;
}
