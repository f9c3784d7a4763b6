/// An optional member that a synthesized `Encodable` writes as `null` when absent, where the
/// contract names the member always (CLI.md's file entries, SERVICE.md's shapes): the
/// synthesized encoder leaves absent optionals out, and writing `encode(to:)` by hand would
/// name every member three times.
@propertyWrapper
public struct EncodedNull<Value: Encodable & Sendable>: Encodable, Sendable {
  public var wrappedValue: Value?

  public init(wrappedValue: Value?) {
    self.wrappedValue = wrappedValue
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    if let wrappedValue {
      try container.encode(wrappedValue)
    } else {
      try container.encodeNil()
    }
  }
}
