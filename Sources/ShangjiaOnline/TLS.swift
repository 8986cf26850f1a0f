import COpenSSL

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A byte stream to a server: plain TCP, or TLS over it. Every call is bounded by the deadline.
protocol Channel: AnyObject {
    func send(_ bytes: [UInt8], url: String, step: Failure.Step, before deadline: Deadline) -> Failure?
    /// Up to `limit` bytes; empty at the end of the stream.
    func receive(limit: Int, url: String, step: Failure.Step, before deadline: Deadline) -> Result<[UInt8], Failure>
}

extension Socket: Channel {}

/// The two client configurations of a run: the main one (TLS 1.2–1.3, every certificate
/// problem recorded) and the legacy one (TLS 1.0–1.1 only, nothing verified), which asks
/// whether a server still accepts the old protocols.
final class TLSContexts: @unchecked Sendable {
    let main: OpaquePointer
    let legacy: OpaquePointer

    enum Problem: Error {
        case unreadableCAFile(String)
    }

    /// `caFile`: PEM roots to trust instead of the system store.
    init(caFile: String?) throws(Problem) {
        // The system's openssl.cnf is not read: what is accepted must not depend on the
        // machine's configuration (Debian's raises the security level and the lowest protocol).
        OPENSSL_init_ssl(UInt64(OPENSSL_INIT_NO_LOAD_CONFIG), nil)
        main = SSL_CTX_new(TLS_client_method())!
        legacy = SSL_CTX_new(TLS_client_method())!
        _ = shangjia_ctx_set_versions(main, TLS1_2_VERSION, TLS1_3_VERSION)
        // Key sizes and digests are judged by the tls-certificate rule, with messages of its
        // own, rather than refused by the library.
        SSL_CTX_set_security_level(main, 0)
        _ = shangjia_ctx_set_options(main, shangjia_option_ignore_unexpected_eof | shangjia_option_no_renegotiation)
        shangjia_ctx_verify_and_record(main)
        if let caFile {
            guard SSL_CTX_load_verify_locations(main, caFile, nil) == 1 else {
                ERR_clear_error()
                throw .unreadableCAFile(caFile) // deinit frees both contexts

            }
        } else {
            SSL_CTX_set_default_verify_paths(main)
        }
        _ = shangjia_ctx_set_versions(legacy, TLS1_VERSION, TLS1_1_VERSION)
        SSL_CTX_set_security_level(legacy, 0)
        _ = SSL_CTX_set_cipher_list(legacy, "ALL:@SECLEVEL=0")
        SSL_CTX_set_verify(legacy, SSL_VERIFY_NONE, nil)
    }

    deinit {
        SSL_CTX_free(main)
        SSL_CTX_free(legacy)
    }
}

/// A TLS session over a connected socket.
final class TLSChannel: Channel {
    private let socket: Socket
    private let ssl: OpaquePointer
    /// Filled by the verify callback during the handshake.
    private let verifyLog: UnsafeMutablePointer<shangjia_verify_log>

    private init(socket: Socket, ssl: OpaquePointer) {
        self.socket = socket
        self.ssl = ssl
        verifyLog = .allocate(capacity: 1)
        verifyLog.initialize(to: shangjia_verify_log())
    }

    deinit {
        SSL_free(ssl)
        verifyLog.deallocate()
    }

    enum HandshakeOutcome {
        case established(TLSChannel)
        case failed(Failure)
    }

    /// A handshake for `host` (SNI and name check) judged at `verifyTime` (seconds since 1970).
    static func handshake(over socket: Socket, context: OpaquePointer, host: String, verifyTime: Int, url: String,
                          before deadline: Deadline) -> HandshakeOutcome {
        ERR_clear_error()
        guard let ssl = SSL_new(context) else { return .failed(Failure(.handshakeFailed, url: url, detail: "SSL_new")) }
        let channel = TLSChannel(socket: socket, ssl: ssl)
        _ = shangjia_set_verify_log(ssl, channel.verifyLog)
        SSL_set_fd(ssl, socket.descriptor)
        let isIPLiteral = SocketAddress(numeric: host, port: 0) != nil
        if isIPLiteral {
            _ = X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), host)
        } else {
            _ = shangjia_set_server_name(ssl, host)
            _ = SSL_set1_host(ssl, host)
        }
        X509_VERIFY_PARAM_set_time(SSL_get0_param(ssl), time_t(verifyTime))
        while true {
            let status = SSL_connect(ssl)
            if status == 1 { return .established(channel) }
            switch SSL_get_error(ssl, status) {
            case SSL_ERROR_WANT_READ:
                guard socket.wait(for: Int16(POLLIN), before: deadline) else { return .failed(Failure(.timedOut(step: .handshake), url: url)) }
            case SSL_ERROR_WANT_WRITE:
                guard socket.wait(for: Int16(POLLOUT), before: deadline) else { return .failed(Failure(.timedOut(step: .handshake), url: url)) }
            default:
                return .failed(handshakeFailure(url: url))
            }
        }
    }

    /// The library's reason for a failed handshake: a protocol mismatch, or anything else.
    private static func handshakeFailure(url: String) -> Failure {
        var protocolMismatch = false
        var words: [String] = []
        while case let code = ERR_get_error(), code != 0 {
            let reason = shangjia_error_reason(code)
            if [SSL_R_TLSV1_ALERT_PROTOCOL_VERSION, SSL_R_UNSUPPORTED_PROTOCOL, SSL_R_NO_PROTOCOLS_AVAILABLE,
                SSL_R_VERSION_TOO_LOW, SSL_R_VERSION_TOO_HIGH].contains(reason) {
                protocolMismatch = true
            }
            words.append(String(cString: shangjia_error_text(code)))
        }
        if words.isEmpty {
            words.append(errno == 0 ? "connection closed by the server" : String(cString: strerror(errno)))
        }
        return Failure(protocolMismatch ? .noCommonProtocol : .handshakeFailed, url: url, detail: words.joined(separator: "; "))
    }

    /// What the handshake showed: protocol, verification problems, the server's certificate.
    var facts: TLSFacts {
        let log = verifyLog.pointee
        var errors: [VerifyError] = []
        withUnsafeBytes(of: log.codes) { codes in
            withUnsafeBytes(of: log.depths) { depths in
                for index in 0..<Int(log.count) {
                    let code = codes.load(fromByteOffset: index * 4, as: Int32.self)
                    errors.append(VerifyError(code: Int(code), depth: Int(depths.load(fromByteOffset: index * 4, as: Int32.self)),
                                              text: String(cString: X509_verify_cert_error_string(Int(code)))))
                }
            }
        }
        var leaf: Certificate?
        if let certificate = SSL_get1_peer_certificate(ssl) {
            leaf = Self.describe(certificate)
            X509_free(certificate)
        }
        return TLSFacts(protocolVersion: negotiatedVersion, verifyErrors: errors, leaf: leaf)
    }

    var negotiatedVersion: String { String(cString: SSL_get_version(ssl)) }

    private static func describe(_ certificate: OpaquePointer) -> Certificate {
        func name(_ name: OpaquePointer?) -> String {
            guard let name, let text = X509_NAME_oneline(name, nil, 0) else { return "" }
            defer { CRYPTO_free(text, #fileID, #line) }
            return String(cString: text)
        }
        var expiry = tm()
        var notAfter = UTCTime(year: 1970, month: 1, day: 1)
        if let time = X509_get0_notAfter(certificate), ASN1_TIME_to_tm(time, &expiry) == 1 {
            notAfter = UTCTime(year: Int(expiry.tm_year) + 1900, month: Int(expiry.tm_mon) + 1, day: Int(expiry.tm_mday),
                               hour: Int(expiry.tm_hour), minute: Int(expiry.tm_min), second: Int(expiry.tm_sec))
        }
        var keyType = "", keyBits = 0
        if let key = X509_get0_pubkey(certificate) {
            keyBits = Int(EVP_PKEY_get_bits(key))
            let type = EVP_PKEY_get_base_id(key)
            keyType = type == EVP_PKEY_RSA ? "RSA" : type == EVP_PKEY_EC ? "EC" : OBJ_nid2sn(type).map { String(cString: $0) } ?? "?"
        }
        var digest: Int32 = 0, publicKey: Int32 = 0, securityBits: Int32 = 0
        var flags: UInt32 = 0
        var digestName = ""
        if X509_get_signature_info(certificate, &digest, &publicKey, &securityBits, &flags) == 1, digest != NID_undef,
           let short = OBJ_nid2sn(digest) {
            digestName = String(cString: short).uppercased()
        }
        var altNames = [CChar](repeating: 0, count: 2048)
        let used = Int(shangjia_alt_names(certificate, &altNames, Int32(altNames.count)))
        let names = altNames[..<used].split(separator: 0).map { String(decoding: $0.map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        return Certificate(subject: name(X509_get_subject_name(certificate)), issuer: name(X509_get_issuer_name(certificate)),
                           notAfter: notAfter, keyType: keyType, keyBits: keyBits, signatureDigest: digestName,
                           selfSigned: X509_self_signed(certificate, 0) == 1, names: names)
    }

    func send(_ bytes: [UInt8], url: String, step: Failure.Step, before deadline: Deadline) -> Failure? {
        var offset = 0
        while offset < bytes.count {
            var written = 0
            let status = bytes[offset...].withUnsafeBytes { SSL_write_ex(ssl, $0.baseAddress, $0.count, &written) }
            if status == 1 {
                offset += written
                continue
            }
            if let failure = waitOrFail(status, url: url, step: step, before: deadline) { return failure }
        }
        return nil
    }

    func receive(limit: Int, url: String, step: Failure.Step, before deadline: Deadline) -> Result<[UInt8], Failure> {
        var buffer = [UInt8](repeating: 0, count: limit)
        while true {
            var count = 0
            let status = buffer.withUnsafeMutableBytes { SSL_read_ex(ssl, $0.baseAddress, limit, &count) }
            if status == 1 { return .success(Array(buffer.prefix(count))) }
            if SSL_get_error(ssl, status) == SSL_ERROR_ZERO_RETURN { return .success([]) }
            if let failure = waitOrFail(status, url: url, step: step, before: deadline) { return .failure(failure) }
        }
    }

    /// After a call that did not complete: waits for the socket when the library asks to, else the failure.
    private func waitOrFail(_ status: Int32, url: String, step: Failure.Step, before deadline: Deadline) -> Failure? {
        switch SSL_get_error(ssl, status) {
        case SSL_ERROR_WANT_READ:
            return socket.wait(for: Int16(POLLIN), before: deadline) ? nil : Failure(.timedOut(step: step), url: url)
        case SSL_ERROR_WANT_WRITE:
            return socket.wait(for: Int16(POLLOUT), before: deadline) ? nil : Failure(.timedOut(step: step), url: url)
        default:
            let code = ERR_get_error()
            ERR_clear_error()
            let words = code != 0 ? String(cString: shangjia_error_text(code)) : errno != 0 ? String(cString: strerror(errno)) : "connection reset"
            return Failure(.connectionFailed, url: url, detail: words)
        }
    }
}
