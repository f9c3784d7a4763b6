import NDCStorage

/// Items of one list written ahead of the document (to a temporary file, say), which the
/// streamed writers copy in after the list's own items: the generic hook by which a writer
/// reaches text it did not make, whatever holds it. Writers find them by the list's path of
/// member names from the root, joined by dots (`inventory.figures`).
public protocol SplicedItems: AnyObject {
  /// How many items.
  var count: Int { get }
  /// Hands their text, once, as it appears after another item of the list (in JSON with the
  /// comma before it), from its byte `skipping` on (the writer skips JSON's first comma when
  /// the list has nothing before them). Where the text lies in a file and `copy` is given, its
  /// ranges are offered to `copy` first, which copies them without passing them through
  /// memory; what `copy` does not take is handed to `body` in chunks. Throws when the text
  /// cannot be read back (or was never written whole), naming the list; what was handed over
  /// before stays handed over, so the output is to be thrown away. The writer copying them in
  /// keeps the first failure (`spliceFailure`).
  func read(skipping: Int, copy: FileRangeCopy?, _ body: ([UInt8]) -> Void) throws(InputError)
}
