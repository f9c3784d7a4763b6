/// JSON text appended to in place: what `JSONStream` hands each object item to fill (a model
/// object writes its canonical text into its `bytes` straight from its fields, NDCFormats'
/// `DocObject.writeJSON`).
public final class JSONText {
  public var bytes: [UInt8] = []
  public init() {}
}
