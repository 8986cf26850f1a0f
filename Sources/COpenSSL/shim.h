// OpenSSL 3 for the online checks. Linked statically on Linux (see Package.swift), so a
// run that never probes pays nothing for it at start-up. The helpers below wrap what
// Swift cannot import (function-like macros) or cannot write (a C verify callback).
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <openssl/evp.h>
#include <arpa/inet.h>
#include <string.h>

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

/// The DNS names and IP addresses of a certificate's subjectAltName (what a client matches the
/// host against), written into `buffer` one after another, each ended by NUL; a name that does not
/// fit whole is left out, so a certificate with thousands of names costs `size` bytes at most.
/// Returns the bytes used. The stack macros are what Swift cannot import.
static inline int shangjia_alt_names(X509 *certificate, char *buffer, int size) {
    GENERAL_NAMES *names = X509_get_ext_d2i(certificate, NID_subject_alt_name, NULL, NULL);
    if (!names) return 0;
    int used = 0;
    for (int index = 0; index < sk_GENERAL_NAME_num(names); index++) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, index);
        char address[INET6_ADDRSTRLEN];
        const char *text = NULL;
        int length = 0;
        if (name->type == GEN_DNS) {
            text = (const char *)ASN1_STRING_get0_data(name->d.dNSName);
            length = ASN1_STRING_length(name->d.dNSName);
        } else if (name->type == GEN_IPADD) {
            int bytes = ASN1_STRING_length(name->d.iPAddress);
            int family = bytes == 4 ? AF_INET : bytes == 16 ? AF_INET6 : 0;
            if (family && inet_ntop(family, ASN1_STRING_get0_data(name->d.iPAddress), address, sizeof address)) {
                text = address;
                length = (int)strlen(address);
            }
        }
        if (!text || length <= 0 || used + length + 1 > size) continue;
        memcpy(buffer + used, text, (size_t)length);
        buffer[used + length] = 0;
        used += length + 1;
    }
    GENERAL_NAMES_free(names);
    return used;
}

static inline int shangjia_error_reason(unsigned long code) { return ERR_GET_REASON(code); }

static inline const char *shangjia_error_text(unsigned long code) {
    const char *reason = ERR_reason_error_string(code);
    return reason ? reason : "unknown error";
}

static inline long shangjia_ctx_set_mode(SSL_CTX *ctx, long mode) { return SSL_CTX_set_mode(ctx, mode); }

/// SSL_OP_BIT is a function-like macro, which Swift does not import.
static const uint64_t shangjia_option_ignore_unexpected_eof = SSL_OP_IGNORE_UNEXPECTED_EOF;
static const uint64_t shangjia_option_no_renegotiation = SSL_OP_NO_RENEGOTIATION;
