import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A TCP client below HTTP, for what an HTTP client will not do: stop in the middle of a
/// request and see whether the server closes the connection.
enum RawConnection {
  struct Failure: Error, CustomStringConvertible { var description: String }

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
}
