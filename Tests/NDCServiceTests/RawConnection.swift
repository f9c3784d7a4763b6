import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A TCP client below HTTP, for what an HTTP client will not do: stop in the middle of a
/// request, wait for an interim answer, and see whether the server closes the connection.
final class RawConnection {
  struct Failure: Error, CustomStringConvertible { var description: String }

  private let fd: Int32
  private var buffer = [UInt8](repeating: 0, count: 65536)

  /// Connected to 127.0.0.1:`port`.
  init(port: Int) throws {
    fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw Failure(description: "socket: \(errno)") }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else {
      close(fd)
      throw Failure(description: "connect: \(errno)")
    }
  }

  deinit { close(fd) }

  /// Sends all of `bytes` (no SIGPIPE when the server has closed: an error instead).
  func send(_ bytes: [UInt8]) throws {
    var sent = 0
    while sent < bytes.count {
      let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
      guard n > 0 else { throw Failure(description: "send: \(errno)") }
      sent += n
    }
  }

  enum Read { case bytes(ArraySlice<UInt8>), closed, silent }

  /// One read, waiting at most `seconds`.
  func read(waiting seconds: Int) -> Read {
    var timeout = timeval(tv_sec: seconds, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    let n = recv(fd, &buffer, buffer.count, 0)
    if n > 0 { return .bytes(buffer[..<n]) }
    return n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) ? .closed : .silent
  }

  /// What arrives until the server closes (true) or is silent for `seconds` (false); with
  /// `until`, only until that has arrived.
  func receive(silence seconds: Int, until: [UInt8]? = nil) -> (received: String, closed: Bool) {
    var received: [UInt8] = []
    while true {
      switch read(waiting: seconds) {
      case .bytes(let bytes):
        received.append(contentsOf: bytes)
        if let until, Self.contains(received, until) { return (String(decoding: received, as: UTF8.self), false) }
      case .closed: return (String(decoding: received, as: UTF8.self), true)
      case .silent: return (String(decoding: received, as: UTF8.self), false)
      }
    }
  }

  private static func contains(_ bytes: [UInt8], _ part: [UInt8]) -> Bool {
    guard bytes.count >= part.count else { return false }
    return (0...(bytes.count - part.count)).contains { bytes[$0..<($0 + part.count)].elementsEqual(part) }
  }

  /// Runs blocking socket work on a thread of its own: on Swift's cooperative pool (as many
  /// threads as cores) a few tests waiting in `recv` at once starve the service they talk to.
  static func onThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
      Thread { continuation.resume(with: Result { try body() }) }.start()
    }
  }

  /// Sends `bytes`, then drops what comes until the server closes the connection (true) or
  /// `seconds` pass (false).
  static func sendThenWaitForClose(port: Int, bytes: [UInt8], within seconds: Int) throws -> Bool {
    let connection = try RawConnection(port: port)
    try connection.send(bytes)
    let deadline = Date().addingTimeInterval(TimeInterval(seconds))
    while Date() < deadline {
      if case .closed = connection.read(waiting: 1) { return true }
    }
    return false
  }

  /// Sends `head`, and keeps what the server sends within `seconds` (`interim`: a `100
  /// Continue`, or nothing); then sends `body` and reads the rest until the server closes (the
  /// head should ask for `Connection: close`).
  static func headThenBody(port: Int, head: [UInt8], body: [UInt8], seconds: Int) throws -> (interim: String, rest: String) {
    let connection = try RawConnection(port: port)
    try connection.send(head)
    var interim = ""
    if case .bytes(let bytes) = connection.read(waiting: seconds) { interim = String(decoding: bytes, as: UTF8.self) }
    try connection.send(body)
    return (interim, connection.receive(silence: 4 * seconds + 10).received)
  }

  /// Sends `bytes`, and returns the first response head that arrives (up to its blank line),
  /// waiting at most `seconds` for it.
  static func sendThenReadHead(port: Int, bytes: [UInt8], seconds: Int) throws -> String {
    let connection = try RawConnection(port: port)
    try connection.send(bytes)
    return connection.receive(silence: seconds, until: Array("\r\n\r\n".utf8)).received
  }

  /// Sends `bytes`, and returns what arrives until the server closes or is silent for
  /// `seconds`, and whether it closed.
  static func sendThenReadToClose(port: Int, bytes: [UInt8], seconds: Int) throws -> (received: String, closed: Bool) {
    let connection = try RawConnection(port: port)
    try connection.send(bytes)
    return connection.receive(silence: seconds)
  }
}
