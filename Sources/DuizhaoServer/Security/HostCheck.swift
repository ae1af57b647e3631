/// Decides which `Host` and `Origin` values a request may carry.
///
/// DNS rebinding gives an attacker's host name this machine's address: a page on
/// `evil.example` then reaches the server with `Host: evil.example`. So a host is accepted
/// only when it cannot be rebound: an IP address literal or `localhost`. A state-changing
/// request (any method but GET and HEAD) must in addition come from this very origin: an
/// `Origin` header, when the browser sends one, must name the host the request was sent to,
/// and `Sec-Fetch-Site: cross-site` is refused.
enum HostCheck {
    /// The host part of a `Host` value (`127.0.0.1:8080` → `127.0.0.1`, `[::1]:80` → `::1`),
    /// lowercased; nil when it is malformed.
    static func hostName(_ value: String) -> String? {
        let value = value.lowercased()
        if value.hasPrefix("[") {
            guard let close = value.firstIndex(of: "]") else { return nil }
            let rest = value[value.index(after: close)...]
            guard rest.isEmpty || (rest.hasPrefix(":") && rest.dropFirst().allSatisfy(\.isASCIIDigit) && rest.count > 1)
            else { return nil }
            return String(value[value.index(after: value.startIndex)..<close])
        }
        let parts = value.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, let name = parts.first, !name.isEmpty else { return nil }
        if parts.count == 2, parts[1].isEmpty || !parts[1].allSatisfy(\.isASCIIDigit) { return nil }
        return String(name)
    }

    /// Whether a `Host` value names this machine in a way DNS cannot rebind.
    static func isAllowedHost(_ value: String) -> Bool {
        guard let name = hostName(value) else { return false }
        return name == "localhost" || isIPv4(name) || isIPv6(name)
    }

    /// Whether `origin` (`http://127.0.0.1:8080`) is the origin of a request sent to `host`.
    static func isSameOrigin(_ origin: String, host: String) -> Bool {
        origin.lowercased() == "http://" + host.lowercased()
    }

    /// Whether `host` is a loopback address or name.
    static func isLoopback(_ host: String) -> Bool {
        let name = host.lowercased()
        return name == "localhost" || name == "::1" || (isIPv4(name) && name.hasPrefix("127."))
    }

    static func isIPv4(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4
            && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCIIDigit) && Int($0)! <= 255 }
    }

    static func isIPv6(_ name: String) -> Bool {
        name.contains(":") && name.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
    }
}

extension Character {
    /// An ASCII digit 0–9.
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
