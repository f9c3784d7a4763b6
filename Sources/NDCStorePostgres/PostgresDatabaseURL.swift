import Foundation
import PostgresNIO

/// `--database-url postgresql://USER[:PASSWORD]@HOST[:PORT]/DB[?sslmode=MODE]` (also
/// `postgres://`). User, password, host and database may carry percent-escapes (`%40` for `@`,
/// `%2F` for `/`); a host that decodes to an absolute path is the folder of the server's unix
/// socket, as libpq reads it. An IPv6 host is written in brackets (`[::1]`). `sslmode` is
/// `disable`, `prefer` (the default, as libpq's), or `require` / `verify-full` (TLS required,
/// with the certificate and host name verified).
public struct PostgresDatabaseURL: Sendable, Equatable {
  public enum TLSMode: String, Sendable { case disable, prefer, require }

  public var user: String
  public var password: String?
  public var host: String
  public var port: Int
  public var database: String
  public var tls: TLSMode

  public init(user: String, password: String?, host: String, port: Int = 5432, database: String, tls: TLSMode = .prefer) {
    self.user = user; self.password = password; self.host = host; self.port = port; self.database = database
    self.tls = tls
  }

  /// Parses the URL. The error never repeats the URL (it may hold a password).
  public init(_ text: String) throws(DatabaseURLError) {
    var rest = Substring(text)
    if rest.hasPrefix("postgresql://") {
      rest = rest.dropFirst("postgresql://".count)
    } else if rest.hasPrefix("postgres://") {
      rest = rest.dropFirst("postgres://".count)
    } else {
      throw DatabaseURLError("it must start with postgresql://")
    }
    var query: Substring = ""
    if let mark = rest.firstIndex(of: "?") {
      query = rest[rest.index(after: mark)...]
      rest = rest[..<mark]
    }
    guard let slash = rest.firstIndex(of: "/") else { throw DatabaseURLError("it names no database (…/DB)") }
    let authority = rest[..<slash]
    let path = rest[rest.index(after: slash)...]
    guard let at = authority.lastIndex(of: "@") else { throw DatabaseURLError("it names no user (USER@HOST)") }
    let userInfo = authority[..<at]
    let hostPort = authority[authority.index(after: at)...]

    if let colon = userInfo.firstIndex(of: ":") {
      user = try Self.decode(userInfo[..<colon], "user")
      password = try Self.decode(userInfo[userInfo.index(after: colon)...], "password")
    } else {
      user = try Self.decode(userInfo, "user")
      password = nil
    }
    guard !user.isEmpty else { throw DatabaseURLError("the user is empty") }

    var hostText: Substring
    var portText: Substring?
    if hostPort.hasPrefix("[") {
      guard let close = hostPort.firstIndex(of: "]") else { throw DatabaseURLError("the IPv6 host lacks its ]") }
      hostText = hostPort[hostPort.index(after: hostPort.startIndex)..<close]
      let after = hostPort[hostPort.index(after: close)...]
      if !after.isEmpty {
        guard after.hasPrefix(":") else { throw DatabaseURLError("unexpected text after the IPv6 host") }
        portText = after.dropFirst()
      }
    } else if let colon = hostPort.lastIndex(of: ":") {
      hostText = hostPort[..<colon]
      portText = hostPort[hostPort.index(after: colon)...]
    } else {
      hostText = hostPort
    }
    host = try Self.decode(hostText, "host")
    guard !host.isEmpty else { throw DatabaseURLError("the host is empty") }
    if let portText {
      guard !portText.isEmpty, portText.count <= 5, portText.allSatisfy({ $0.isASCII && $0.isNumber }),
        let value = Int(portText), (1...65535).contains(value)
      else { throw DatabaseURLError("the port must be a number from 1 to 65535") }
      port = value
    } else {
      port = 5432
    }
    guard !path.contains("/") else { throw DatabaseURLError("the path has more than the database name") }
    database = try Self.decode(path, "database")
    guard !database.isEmpty else { throw DatabaseURLError("the database name is empty") }

    tls = .prefer
    if !query.isEmpty {
      for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
        let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let name = try Self.decode(parts[0], "parameter")
        let value = parts.count > 1 ? try Self.decode(parts[1], "parameter value") : ""
        guard name == "sslmode" else { throw DatabaseURLError("unknown parameter \(name.debugDescription) (only sslmode)") }
        switch value {
        case "disable": tls = .disable
        case "prefer", "allow": tls = .prefer
        case "require", "verify-ca", "verify-full": tls = .require
        default: throw DatabaseURLError("sslmode must be disable, prefer or require")
        }
      }
    }
  }

  /// Percent-decodes `text` strictly: `%` must be followed by two hex digits, and the result
  /// must be UTF-8 without control characters.
  static func decode(_ text: Substring, _ what: String) throws(DatabaseURLError) -> String {
    var bytes: [UInt8] = []
    var utf8 = Array(text.utf8)[...]
    while let byte = utf8.popFirst() {
      if byte == UInt8(ascii: "%") {
        guard let high = utf8.popFirst().flatMap(hexValue), let low = utf8.popFirst().flatMap(hexValue) else {
          throw DatabaseURLError("the \(what) has a % not followed by two hex digits")
        }
        bytes.append(high << 4 | low)
      } else {
        bytes.append(byte)
      }
    }
    guard let decoded = String(validating: bytes, as: UTF8.self) else {
      throw DatabaseURLError("the \(what) is not UTF-8 once its %-escapes are decoded")
    }
    guard !decoded.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
      throw DatabaseURLError("the \(what) holds a control character")
    }
    return decoded
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }

  /// The PostgresNIO client configuration (connection pool of `maximumConnections`).
  public func clientConfiguration(maximumConnections: Int = 20) -> PostgresClient.Configuration {
    var configuration: PostgresClient.Configuration
    if host.hasPrefix("/") {
      configuration = .init(
        unixSocketPath: host + "/.s.PGSQL.\(port)", username: user, password: password, database: database)
    } else {
      let tlsSetting: PostgresClient.Configuration.TLS =
        switch tls {
        case .disable: .disable
        case .prefer: .prefer(.makeClientConfiguration())
        case .require: .require(.makeClientConfiguration())
        }
      configuration = .init(
        host: host, port: port, username: user, password: password, database: database, tls: tlsSetting)
    }
    configuration.options.maximumConnections = maximumConnections
    return configuration
  }
}

/// A `--database-url` that cannot be read; the message never holds the URL or its password.
public struct DatabaseURLError: Error, Equatable, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { "--database-url: \(message)" }
}
