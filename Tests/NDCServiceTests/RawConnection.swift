import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A TCP client below HTTP, for what an HTTP client will not do: stop in the middle of a
/// request and see whether the server closes the connection.
enum RawConnection {
  struct Failure: Error, CustomStringConvertible { var description: String }

  /// Runs blocking socket work on a thread of its own: on Swift's cooperative pool (as many
  /// threads as cores) a few tests waiting in `recv` at once starve the service they talk to.
  static func onThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
      Thread { continuation.resume(with: Result { try body() }) }.start()
    }
  }

  /// Connects to 127.0.0.1:`port`, sends `bytes`, then reads (and drops) what comes until the
  /// server closes the connection (true) or `seconds` pass (false).
  static func sendThenWaitForClose(port: Int, bytes: [UInt8], within seconds: Int) throws -> Bool {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw Failure(description: "socket: \(errno)") }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else { throw Failure(description: "connect: \(errno)") }
    guard bytes.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, 0) }) == bytes.count else {
      throw Failure(description: "send: \(errno)")
    }
    var timeout = timeval(tv_sec: 1, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    let deadline = Date().addingTimeInterval(TimeInterval(seconds))
    var buffer = [UInt8](repeating: 0, count: 4096)
    while Date() < deadline {
      let n = recv(fd, &buffer, buffer.count, 0)
      if n == 0 { return true }
      if n < 0, errno != EAGAIN, errno != EWOULDBLOCK, errno != EINTR { return true }
    }
    return false
  }

  /// Connects to 127.0.0.1:`port`, sends `head`, and keeps what the server sends within
  /// `seconds` (`interim`: a `100 Continue`, or nothing); then sends `body` and reads the rest
  /// until the server closes (the head should ask for `Connection: close`).
  static func headThenBody(port: Int, head: [UInt8], body: [UInt8], seconds: Int) throws -> (interim: String, rest: String) {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw Failure(description: "socket: \(errno)") }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else { throw Failure(description: "connect: \(errno)") }
    var timeout = timeval(tv_sec: seconds, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    func sendAll(_ bytes: [UInt8]) throws {
      var sent = 0
      while sent < bytes.count {
        let n = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { throw Failure(description: "send: \(errno)") }
        sent += n
      }
    }
    var buffer = [UInt8](repeating: 0, count: 65536)
    try sendAll(head)
    // The interim answer, if any, before the body: one read, up to the timeout.
    var interim: [UInt8] = []
    let n = recv(fd, &buffer, buffer.count, 0)
    if n > 0 { interim.append(contentsOf: buffer[..<n]) }
    try sendAll(body)
    var rest: [UInt8] = []
    let deadline = Date().addingTimeInterval(TimeInterval(4 * seconds + 10))
    while Date() < deadline {
      let n = recv(fd, &buffer, buffer.count, 0)
      if n == 0 { break }
      if n < 0 {
        if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { continue }
        break
      }
      rest.append(contentsOf: buffer[..<n])
    }
    return (String(decoding: interim, as: UTF8.self), String(decoding: rest, as: UTF8.self))
  }

  /// Connects to 127.0.0.1:`port`, sends `bytes`, and returns what arrives until the server
  /// closes or sends nothing for `seconds`.
  static func sendThenRead(port: Int, bytes: [UInt8], seconds: Int) throws -> String {
    try sendThenReadToClose(port: port, bytes: bytes, seconds: seconds).received
  }

  /// `sendThenRead`, and whether the server closed the connection (rather than went silent).
  static func sendThenReadToClose(port: Int, bytes: [UInt8], seconds: Int) throws -> (received: String, closed: Bool) {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw Failure(description: "socket: \(errno)") }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else { throw Failure(description: "connect: \(errno)") }
    guard bytes.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == bytes.count else {
      throw Failure(description: "send: \(errno)")
    }
    var timeout = timeval(tv_sec: seconds, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    var closed = false
    while true {
      let n = recv(fd, &buffer, buffer.count, 0)
      if n > 0 {
        received.append(contentsOf: buffer[..<n])
        continue
      }
      closed = n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)
      break
    }
    return (String(decoding: received, as: UTF8.self), closed)
  }
}

