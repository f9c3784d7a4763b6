/// A value of the submission, the contribution or the reference data: every stored property has a
/// default, so the type's members are listed once, in its declaration.
///
/// Such a type declares no initialiser. The compiler's memberwise one (internal, every argument
/// defaulted) builds it inside NDCCore and in `@testable` tests; elsewhere a value starts as
/// `blank` and its properties are set, as the decoders do, member by member.
public protocol Model: Hashable, Sendable {
  /// Every property at its default: the start of a decode or of a build, never a value read.
  static var blank: Self { get }
}

extension Model {
  /// A blank value with `build` applied, where a value is made outside NDCCore:
  /// `InventoryEntry.with { $0.gpc = "I"; $0.gas = .co2e; $0.amount = amount }`.
  @inlinable
  public static func with(_ build: (inout Self) throws -> Void) rethrows -> Self {
    var value = blank
    try build(&value)
    return value
  }
}
