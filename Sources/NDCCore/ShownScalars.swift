extension Unicode.Scalar {
  /// The bidirectional embeddings, overrides and their end (U+202A–U+202E) and isolates
  /// (U+2066–U+2069). In a submitted text they reorder what follows them where it is shown —
  /// on a page, a figure beside a submitted id with its digits reversed (decision 244); on a
  /// terminal, a diagnostic that reads otherwise than it is ("Trojan source", decision 247).
  /// Every place that shows submitted text shows them as U+FFFD, so that the reader sees that
  /// something was there.
  public var isDirectionControl: Bool {
    (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
  }
}
