import CCurl

/// Owns one libcurl easy handle. Every libcurl return code goes through `check`. Not thread-safe: each owner
/// (an actor on a `BlockingExecutor`) uses it from one thread at a time.
final class CurlEasy {
    let handle: UnsafeMutableRawPointer
    private let errorBuffer: UnsafeMutablePointer<CChar>
    private var slists: [UInt32: UnsafeMutablePointer<curl_slist>] = [:]

    init() throws(TransportError) {
        CurlGlobal.initializeOnce()
        guard let h = curl_easy_init() else {
            throw TransportError(.configuration, "libcurl could not create a handle")
        }
        handle = h
        errorBuffer = .allocate(capacity: Int(CCURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CCURL_ERROR_SIZE))
        _ = ccurl_setopt_ptr(handle, CURLOPT_ERRORBUFFER, errorBuffer)
        _ = ccurl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
    }

    deinit {
        curl_easy_cleanup(handle)
        for list in slists.values { curl_slist_free_all(list) }
        errorBuffer.deallocate()
    }

    func set(_ option: CURLoption, _ value: Int) throws(TransportError) {
        try check(ccurl_setopt_long(handle, option, value), "setting option \(option.rawValue)")
    }

    func set(_ option: CURLoption, _ value: String?) throws(TransportError) {
        let rc: CURLcode
        if let value {
            rc = value.withCString { ccurl_setopt_str(handle, option, $0) }
        } else {
            rc = ccurl_setopt_str(handle, option, nil)
        }
        try check(rc, "setting option \(option.rawValue)")
    }

    func set(_ option: CURLoption, list: [String]) throws(TransportError) {
        var head: UnsafeMutablePointer<curl_slist>?
        for item in list { head = curl_slist_append(head, item) }
        let rc = ccurl_setopt_slist(handle, option, head)
        // libcurl keeps the pointer: free the previous list only once it is replaced.
        if let old = slists.removeValue(forKey: option.rawValue) { curl_slist_free_all(old) }
        if let head { slists[option.rawValue] = head }
        try check(rc, "setting list option \(option.rawValue)")
    }

    /// Applies the TLS policy for a server URL: verification on, CA file if given, TLS required unless plaintext
    /// is allowed to a loopback host.
    func applyTLS(_ policy: TLSPolicy, url: ServerURL) throws(TransportError) {
        try set(CURLOPT_SSL_VERIFYPEER, 1)
        try set(CURLOPT_SSL_VERIFYHOST, 2)
        if let ca = policy.caFile { try set(CURLOPT_CAINFO, ca) }
        if !url.isImplicitTLS {
            let plaintextOK = policy.allowPlaintext && TLSPolicy.isLoopback(url.host)
            if policy.allowPlaintext && !plaintextOK {
                throw TransportError(.configuration, "plaintext is only allowed to a loopback host, not \(url.host)")
            }
            try set(CURLOPT_USE_SSL, Int(plaintextOK ? CURLUSESSL_NONE.rawValue : CURLUSESSL_ALL.rawValue))
        }
    }

    func perform() throws(TransportError) {
        errorBuffer[0] = 0
        try check(curl_easy_perform(handle), "transfer")
    }

    var responseCode: Int {
        var code = 0
        _ = ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &code)
        return code
    }

    var activeSocket: curl_socket_t? {
        var socket: curl_socket_t = -1
        guard ccurl_getinfo_socket(handle, &socket) == CURLE_OK, socket != -1 else { return nil }
        return socket
    }

    /// Maps a libcurl code to a `TransportError` with a code a caller can act on.
    func check(_ rc: CURLcode, _ what: String) throws(TransportError) {
        guard rc != CURLE_OK else { return }
        var detail = String(cString: curl_easy_strerror(rc))
        let buffer = String(cString: errorBuffer)
        if !buffer.isEmpty { detail += ": " + buffer }
        let code: TransportError.Code
        switch rc {
        case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: code = .connect
        case CURLE_OPERATION_TIMEDOUT: code = .timeout
        case CURLE_LOGIN_DENIED: code = .login
        case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CONNECT_ERROR, CURLE_USE_SSL_FAILED, CURLE_SSL_CACERT_BADFILE,
            CURLE_SSL_CERTPROBLEM:
            code = .tls
        case CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_GOT_NOTHING: code = .connectionLost
        case CURLE_UNKNOWN_OPTION, CURLE_BAD_FUNCTION_ARGUMENT, CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL:
            code = .configuration
        default: code = .rejected
        }
        let serverCode = responseCode
        throw TransportError(
            code, "\(what) failed: \(detail)", curlCode: Int(rc.rawValue), serverCode: serverCode > 0 ? serverCode : nil
        )
    }
}

/// `curl_global_init` exactly once per process.
enum CurlGlobal {
    private static let once: Void = { _ = curl_global_init(CCURL_GLOBAL_ALL) }()
    static func initializeOnce() { _ = once }

    /// libcurl's version string, e.g. `7.88.1`.
    static var version: String { String(cString: curl_version()) }
}
