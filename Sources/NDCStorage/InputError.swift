/// A file that could not be opened, read or written (exit code 2, not a diagnostic of its
/// content).
public struct InputError: Error, Sendable, CustomStringConvertible {
  public var path: String
  public var reason: String
  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }
  public var description: String { "\(path): \(reason)" }
}
