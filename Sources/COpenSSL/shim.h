// OpenSSL 3 for the online checks. Linked statically on Linux (see Package.swift), so a
// run that never probes pays nothing for it at start-up. The helpers below wrap what
// Swift cannot import (function-like macros) or cannot write (a C verify callback).
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <openssl/evp.h>

/// Every certificate verification error of one handshake, in the order OpenSSL met them.
typedef struct {
    int count;
    int codes[16];
    int depths[16];
} shangjia_verify_log;

/// Records the error and lets the handshake go on, so that one connection reports the
/// certificate and still fetches the page.
static int shangjia_verify_callback(int ok, X509_STORE_CTX *store) {
    if (!ok) {
        SSL *ssl = (SSL *)X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx());
        shangjia_verify_log *log = ssl ? (shangjia_verify_log *)SSL_get_ex_data(ssl, 0) : NULL;
        if (log && log->count < 16) {
            log->codes[log->count] = X509_STORE_CTX_get_error(store);
            log->depths[log->count] = X509_STORE_CTX_get_error_depth(store);
            log->count += 1;
        }
    }
    return 1;
}

static inline void shangjia_ctx_verify_and_record(SSL_CTX *ctx) {
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, shangjia_verify_callback);
}

static inline int shangjia_set_verify_log(SSL *ssl, shangjia_verify_log *log) { return SSL_set_ex_data(ssl, 0, log); }

static inline int shangjia_ctx_set_versions(SSL_CTX *ctx, int lowest, int highest) {
    return SSL_CTX_set_min_proto_version(ctx, lowest) && SSL_CTX_set_max_proto_version(ctx, highest);
}

static inline long shangjia_ctx_set_options(SSL_CTX *ctx, uint64_t options) { return (long)SSL_CTX_set_options(ctx, options); }

static inline int shangjia_set_server_name(SSL *ssl, const char *name) { return (int)SSL_set_tlsext_host_name(ssl, name); }

static inline int shangjia_error_reason(unsigned long code) { return ERR_GET_REASON(code); }

static inline const char *shangjia_error_text(unsigned long code) {
    const char *reason = ERR_reason_error_string(code);
    return reason ? reason : "unknown error";
}

static inline long shangjia_ctx_set_mode(SSL_CTX *ctx, long mode) { return SSL_CTX_set_mode(ctx, mode); }

/// SSL_OP_BIT is a function-like macro, which Swift does not import.
static const uint64_t shangjia_option_ignore_unexpected_eof = SSL_OP_IGNORE_UNEXPECTED_EOF;
static const uint64_t shangjia_option_no_renegotiation = SSL_OP_NO_RENEGOTIATION;
