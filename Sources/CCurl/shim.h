// Typed shims for libcurl's variadic calls, which Swift cannot call directly.
// Only the Transport module imports this.
#ifndef INTAKE_CCURL_SHIM_H
#define INTAKE_CCURL_SHIM_H

#include <curl/curl.h>
#include <poll.h>

static inline CURLcode ccurl_setopt_long(CURL *h, CURLoption o, long v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode ccurl_setopt_off(CURL *h, CURLoption o, curl_off_t v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode ccurl_setopt_str(CURL *h, CURLoption o, const char *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode ccurl_setopt_ptr(CURL *h, CURLoption o, void *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode ccurl_setopt_slist(CURL *h, CURLoption o, struct curl_slist *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode ccurl_setopt_readcb(CURL *h, curl_read_callback cb) { return curl_easy_setopt(h, CURLOPT_READFUNCTION, cb); }
static inline CURLcode ccurl_setopt_writecb(CURL *h, CURLoption o, curl_write_callback cb) { return curl_easy_setopt(h, o, cb); }
static inline CURLcode ccurl_getinfo_long(CURL *h, CURLINFO i, long *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode ccurl_getinfo_socket(CURL *h, curl_socket_t *v) { return curl_easy_getinfo(h, CURLINFO_ACTIVESOCKET, v); }

/// Macro expressions are not imported into Swift.
static const long CCURL_GLOBAL_ALL = CURL_GLOBAL_ALL;
static const int CCURL_ERROR_SIZE = CURL_ERROR_SIZE;
static const short CCURL_POLLIN = POLLIN;
static const short CCURL_POLLOUT = POLLOUT;

/// Waits until the socket is readable (or writable); returns poll(2)'s result.
static inline int ccurl_wait_socket(curl_socket_t fd, int for_write, int timeout_ms) {
    struct pollfd p;
    p.fd = fd;
    p.events = for_write ? POLLOUT : POLLIN;
    p.revents = 0;
    return poll(&p, 1, timeout_ms);
}

#endif
