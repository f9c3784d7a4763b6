/// How messages name a character people cannot see: `U+0000 NULL`, `U+0009 CHARACTER
/// TABULATION`, the code point with at least four hex digits and the Unicode name (for the
/// controls, their Unicode name alias).
public enum CharacterNames {
  public static func describe(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    let name: String? =
      if scalar.value < 0x20 { c0[Int(scalar.value)] }
      else if scalar.value == 0x7F { "DELETE" }
      else if (0x80...0x9F).contains(scalar.value) { "(a C1 control character)" }
      else { scalar.properties.name }
    return name.map { code + " " + $0 } ?? code
  }

  /// The C0 controls' name aliases (Unicode NameAliases.txt, type `control`).
  private static let c0 = [
    "NULL", "START OF HEADING", "START OF TEXT", "END OF TEXT", "END OF TRANSMISSION", "ENQUIRY", "ACKNOWLEDGE",
    "ALERT", "BACKSPACE", "CHARACTER TABULATION", "LINE FEED", "LINE TABULATION", "FORM FEED", "CARRIAGE RETURN",
    "SHIFT OUT", "SHIFT IN", "DATA LINK ESCAPE", "DEVICE CONTROL ONE", "DEVICE CONTROL TWO", "DEVICE CONTROL THREE",
    "DEVICE CONTROL FOUR", "NEGATIVE ACKNOWLEDGE", "SYNCHRONOUS IDLE", "END OF TRANSMISSION BLOCK", "CANCEL",
    "END OF MEDIUM", "SUBSTITUTE", "ESCAPE", "FILE SEPARATOR", "GROUP SEPARATOR", "RECORD SEPARATOR", "UNIT SEPARATOR",
  ]
}
