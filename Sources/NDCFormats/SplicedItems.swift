/// Items of one list written ahead of the document (to a temporary file, say), which the
/// streamed writers copy in after the list's own items: the generic hook by which a writer
/// reaches text it did not make, whatever holds it. Writers find them by the list's path of
/// member names from the root, joined by dots (`inventory.figures`).
public protocol SplicedItems: AnyObject {
  /// How many items.
  var count: Int { get }
  /// Hands their text to `body` in chunks, once, as it appears after another item of the list
  /// (in JSON with the comma before it: the writer drops the first when the list has nothing
  /// before them).
  func read(_ body: ([UInt8]) -> Void)
}
