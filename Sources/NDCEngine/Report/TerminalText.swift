import NDCCore

/// Text that comes from outside — a submitted value, a member name, a source line, a path —
/// made safe to print on a terminal (decision 247). A terminal acts on what it is sent: an
/// escape sequence in a submission would clear the screen, hide the rest of a report, set the
/// window's title or write the clipboard; a line break or a carriage return would forge a line
/// of the report ("1 files, 1 valid"); a direction control would show the rest of a line
/// reordered. So, scalar for scalar (a caret under a column stays under it):
/// - the C0 controls and DEL as their Unicode control pictures (ESC as `␛`, LF as `␊`);
/// - the C1 controls, the direction controls, the other format characters (zero-width spaces
///   and joiners, the byte order mark, soft hyphens, tags) and the line and paragraph
///   separators as U+FFFD.
/// Everything else — letters of any script, æøå, emoji — is printed as it is.
public enum TerminalText {
  /// `text` as one line that a terminal shows as it reads.
  public static func shown(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
    var out = String.UnicodeScalarView()
    for c in text.unicodeScalars { out.append(shown(c)) }
    return String(out)
  }

  /// `text` with its line breaks kept (text of several lines of the tool's own, such as a
  /// usage message, that may quote an argument): each line as `shown(_:)` gives it.
  public static func shownKeepingLines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { shown(String($0)) }.joined(separator: "\n")
  }

  /// One scalar as it is printed.
  public static func shown(_ c: Unicode.Scalar) -> Unicode.Scalar {
    switch c.value {
    case 0x20..<0x7F: c
    case 0x00..<0x20: Unicode.Scalar(0x2400 + c.value)!
    case 0x7F: "\u{2421}"
    case 0x80..<0xA0: "\u{FFFD}"
    case 0xA0..<0xAD: c
    default:
      // The direction controls (`Unicode.Scalar.isDirectionControl`) are format characters.
      switch c.properties.generalCategory {
      case .format, .lineSeparator, .paragraphSeparator: "\u{FFFD}"
      default: c
      }
    }
  }

  /// How many columns a terminal gives a shown scalar: 0 for a combining mark, 2 for the
  /// wide and full-width characters of East Asian scripts and for emoji shown as pictures,
  /// else 1 (after Markus Kuhn's `wcwidth`). The caret's indent under a source line is the
  /// sum over the scalars before it, so it stands under its column also after `中` or `😀`.
  public static func columns(_ c: Unicode.Scalar) -> Int {
    let v = c.value
    if v < 0x300 { return 1 }
    switch c.properties.generalCategory {
    case .nonspacingMark, .enclosingMark: return 0
    default: break
    }
    if c.properties.isEmojiPresentation { return 2 }
    return wide.contains { $0.contains(v) } ? 2 : 1
  }

  /// The East Asian wide and full-width blocks.
  private static let wide: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
    0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD,
  ]

  /// `text` shown, and cut to at most `limit` scalars with " …" after the cut.
  public static func shown(_ text: String, limit: Int) -> String {
    let s = shown(text)
    guard s.unicodeScalars.count > limit else { return s }
    return String(String.UnicodeScalarView(s.unicodeScalars.prefix(limit))) + " …"
  }
}
