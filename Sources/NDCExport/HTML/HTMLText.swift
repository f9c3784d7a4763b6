import NDCMap

/// Escaping text for HTML and SVG content and attribute values: the maps' one function.
enum HTMLText {
  static func escape(_ text: String) -> String { MarkupText.escape(text) }
}
