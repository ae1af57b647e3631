import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A request the server received.
public struct RecordedRequest: Sendable {
    /// `POST`, `GET`…
    public var method: String
    /// The request target (`/v1/chat/completions`).
    public var path: String
    /// Header fields, names lowercased.
    public var headers: [String: String]
    /// The body.
    public var body: Data
}

/// What the server does with a request.
public enum ScriptedResponse: Sendable {
    /// Answers with `status`, `headers` and `body`, after waiting `delay` seconds.
    case respond(status: Int, headers: [String: String] = [:], body: Data, delay: Double = 0)
    /// Reads the request and never answers (until the server stops).
    case hang
    /// Closes the connection without answering.
    case close
}

/// A tiny HTTP/1.1 server for tests: listens on 127.0.0.1 on a port the system chooses,
/// answers each request with what the test's handler says (one request per connection,
/// `Connection: close`, unless `keepAlive`), and records every request, the connections
/// made and the most requests it has been handling at once.
///
/// `GET /props` is answered apart, as llama.cpp's server does (`{"total_slots": n}` when
/// `slots` is given, 404 otherwise), and is counted in ``propsRequests``, not ``requests``.
public final class LoopbackHTTPServer: @unchecked Sendable {
    /// Decides the response to the `index`-th request (from 0).
    public typealias Handler = @Sendable (_ request: RecordedRequest, _ index: Int) -> ScriptedResponse

    /// The port it listens on.
    public let port: UInt16
    private let listener: Int32
    private let handler: Handler
    private let slots: Int?
    private let keepAlive: Bool
    private var connectionsMade = 0
    private var props = 0
    private let lock = NSLock()
    private var recorded: [RecordedRequest] = []
    private var active = 0
    private var mostActive = 0
    private var stopped = false
    private var connections: Set<Int32> = []
    private let stopSignal = DispatchSemaphore(value: 0)

    /// Starts a server.
    public init(slots: Int? = nil, keepAlive: Bool = false, handler: @escaping Handler) throws {
        self.handler = handler
        self.slots = slots
        self.keepAlive = keepAlive
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw LoopbackError.system("socket", errno) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            close(fd)
            throw LoopbackError.system("bind/listen", errno)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        listener = fd
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    deinit { stop() }

    /// `http://127.0.0.1:<port>`.
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// The requests received so far, in order of arrival.
    public var requests: [RecordedRequest] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    /// Connections accepted so far.
    public var connectionCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return connectionsMade
    }

    /// `GET /props` requests received so far.
    public var propsRequests: Int {
        lock.lock()
        defer { lock.unlock() }
        return props
    }

    /// The most requests the server was handling at the same time.
    public var maxConcurrentRequests: Int {
        lock.lock()
        defer { lock.unlock() }
        return mostActive
    }

    /// Stops listening and closes open connections (hanging requests end).
    public func stop() {
        lock.lock()
        if stopped {
            lock.unlock()
            return
        }
        stopped = true
        let open = connections
        lock.unlock()
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        for fd in open { shutdown(fd, Int32(SHUT_RDWR)) }
        for _ in 0..<64 { stopSignal.signal() }
    }

    /// A port on 127.0.0.1 where nothing listens (bound, then released).
    public static func closedPort() throws -> UInt16 {
        let server = try LoopbackHTTPServer { _, _ in .close }
        let port = server.port
        server.stop()
        return port
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                lock.lock()
                let done = stopped
                lock.unlock()
                if done { return }
                continue
            }
            lock.lock()
            connections.insert(client)
            connectionsMade += 1
            lock.unlock()
            let thread = Thread { [self] in serve(client) }
            thread.start()
        }
    }

    private func serve(_ fd: Int32) {
        defer {
            lock.lock()
            connections.remove(fd)
            lock.unlock()
            close(fd)
        }
        while let request = read(fd) {
            if request.method == "GET", request.path == "/props" {
                lock.lock()
                props += 1
                lock.unlock()
                let body = slots.map { Data("{\"total_slots\":\($0)}".utf8) } ?? Data("{\"error\":\"not found\"}".utf8)
                respond(fd, status: slots == nil ? 404 : 200, headers: [:], body: body)
            } else if !answer(request, on: fd) {
                return
            }
            if !keepAlive { return }
        }
    }

    /// Answers a scripted request; false when the connection is to be closed.
    private func answer(_ request: RecordedRequest, on fd: Int32) -> Bool {
        let index: Int = {
            lock.lock()
            defer { lock.unlock() }
            recorded.append(request)
            active += 1
            mostActive = max(mostActive, active)
            return recorded.count - 1
        }()
        // The request stops counting as active before its answer is written: a
        // client may send its next request the moment it reads this answer, and
        // that request must not be counted as running beside this one.
        func finished() {
            lock.lock()
            active -= 1
            lock.unlock()
        }
        switch handler(request, index) {
        case .respond(let status, let headers, let body, let delay):
            if delay > 0 { _ = stopSignal.wait(timeout: .now() + delay) }
            finished()
            respond(fd, status: status, headers: headers, body: body)
            return true
        case .hang:
            _ = stopSignal.wait(timeout: .now() + 60)
            finished()
            return false
        case .close:
            finished()
            return false
        }
    }

    private func respond(_ fd: Int32, status: Int, headers: [String: String], body: Data) {
        var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\nContent-Length: \(body.count)\r\n"
        head += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n"
        if headers["Content-Type"] == nil { head += "Content-Type: application/json\r\n" }
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        write(fd, Data(head.utf8) + body)
    }

    /// Reads one request: the head, then `Content-Length` bytes of body (answering
    /// `Expect: 100-continue` first).
    private func read(_ fd: Int32) -> RecordedRequest? {
        var buffer = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let separator = Data("\r\n\r\n".utf8)
        var headEnd: Range<Data.Index>?
        while headEnd == nil {
            let count = recv(fd, &chunk, chunk.count, 0)
            if count <= 0 { return nil }
            buffer.append(contentsOf: chunk[0..<count])
            headEnd = buffer.range(of: separator)
        }
        guard let headEnd else { return nil }
        let head = String(decoding: buffer[buffer.startIndex..<headEnd.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        var body = Data(buffer[headEnd.upperBound...])
        let length = Int(headers["content-length"] ?? "0") ?? 0
        if body.count < length, headers["expect"]?.lowercased() == "100-continue" {
            write(fd, Data("HTTP/1.1 100 Continue\r\n\r\n".utf8))
        }
        while body.count < length {
            let count = recv(fd, &chunk, chunk.count, 0)
            if count <= 0 { return nil }
            body.append(contentsOf: chunk[0..<count])
        }
        return RecordedRequest(
            method: String(requestLine[0]), path: String(requestLine[1]), headers: headers, body: body)
    }

    private func write(_ fd: Int32, _ data: Data) {
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let sent = send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if sent <= 0 { return }
                offset += sent
            }
        }
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 404: return "Not Found"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 503: return "Service Unavailable"
        default: return "Status"
        }
    }
}

/// A socket call failed.
public enum LoopbackError: Error, CustomStringConvertible {
    case system(String, Int32)

    public var description: String {
        switch self {
        case .system(let call, let code): return "\(call) failed: \(String(cString: strerror(code)))"
        }
    }
}
