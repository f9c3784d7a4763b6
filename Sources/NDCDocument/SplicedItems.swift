import NDCStorage

/// Items of one list written ahead of the document (to a temporary file, say), which the
/// streamed writers copy in after the list's own items: the generic hook by which a writer
/// reaches text it did not make, whatever holds it. Writers find them by the list's path of
/// member names from the root, joined by dots (`inventory.figures`).
public protocol SplicedItems: AnyObject {
  /// How many items.
  var count: Int { get }
  /// Hands their text to `body` in chunks, once, as it appears after another item of the list
  /// (in JSON with the comma before it: the writer drops the first when the list has nothing
  /// before them). Throws when the text cannot be read back (or was never written whole),
  /// naming the list; the chunks handed over before stay handed over, so the output is to be
  /// thrown away. The writer copying them in keeps the first failure (`spliceFailure`).
  func read(_ body: ([UInt8]) -> Void) throws(InputError)
}
