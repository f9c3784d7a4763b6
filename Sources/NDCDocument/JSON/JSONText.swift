/// JSON text appended to in place: what a model object writes its canonical text into
/// straight from its fields (NDCFormats' `DocObject.writeJSON`), and what `JSONStream` hands
/// each object item to fill.
public final class JSONText {
  public var bytes: [UInt8] = []
  public init() {}
}
