import NDCCore

/// The structure-level rules of SUBMISSION.md: BLOCKERs (the file cannot be read as a
/// submission) and schema ERRORs. One value per rule; the catalogue in NDCCheck lists them.
public enum StructureRules {
  public static let notWellFormed = RuleDescriptor(
    code: "NDC-STR-001", severity: .blocker, area: "structure", title: "Not well-formed",
    explanation: """
      The file is not well-formed XML or JSON (or is empty, truncated, or neither format), so it \
      cannot be read at all. Example: a missing closing tag `<plan><title>…</title>`, a trailing \
      comma in JSON, `NaN`, or text after the root. Fix: repair the syntax; validate the file \
      with any XML or JSON parser before submitting.
      """)
  public static let encoding = RuleDescriptor(
    code: "NDC-STR-002", severity: .blocker, area: "structure", title: "Not UTF-8",
    explanation: """
      Submissions are UTF-8 (a leading BOM is allowed). Example: a file saved as Latin-1 \
      (`K\\xF8ge`), an XML declaration `encoding="ISO-8859-1"`, or a JSON escape that is a lone \
      surrogate (`"\\uD800"`). Fix: save the file as UTF-8 and drop the foreign encoding \
      declaration.
      """)
  public static let doctype = RuleDescriptor(
    code: "NDC-STR-003", severity: .blocker, area: "structure", title: "DOCTYPE present",
    explanation: """
      A submission may not carry a document type declaration: DTDs and entities are never \
      loaded or expanded. Example: `<!DOCTYPE submission [<!ENTITY x "…">]>`. Fix: remove the \
      DOCTYPE and any entity references; write the text itself.
      """)
  public static let fileTooLarge = RuleDescriptor(
    code: "NDC-STR-004", severity: .blocker, area: "structure", title: "File larger than 16 MiB",
    explanation: """
      A submission file may be at most 16 MiB (16 777 216 bytes). Example: a 30 MB file with \
      an embedded report. Fix: submit the data only; link documents by URL.
      """)
  public static let tooDeep = RuleDescriptor(
    code: "NDC-STR-005", severity: .blocker, area: "structure", title: "Nesting deeper than 32",
    explanation: """
      Elements (XML) or arrays and objects (JSON) may nest at most 32 levels deep. Example: \
      200 000 nested `[`. Fix: follow the schema; no submission needs more than 8 levels.
      """)
  public static let stringTooLong = RuleDescriptor(
    code: "NDC-STR-006", severity: .blocker, area: "structure", title: "String longer than 64 KiB",
    explanation: """
      A single text value may be at most 64 KiB (65 536 bytes of UTF-8). Example: a \
      description holding a whole report. Fix: shorten it; link long documents by URL.
      """)
  public static let listTooLong = RuleDescriptor(
    code: "NDC-STR-007", severity: .blocker, area: "structure", title: "List longer than 100 000 items",
    explanation: """
      A list (JSON array, or the children of one XML element) may hold at most 100 000 items. \
      Example: half a million inventory entries. Fix: aggregate to GPC reference numbers.
      """)
  public static let tooManyAttributes = RuleDescriptor(
    code: "NDC-STR-008", severity: .blocker, area: "structure", title: "Element with more than 64 attributes",
    explanation: """
      An XML element may carry at most 64 attributes (checked on the bytes before parsing: \
      libxml2 is quadratic in them). Example: `<submission a1="" a2="" … a100000="">`. Fix: \
      the format uses elements, not attributes; only the root has `schemaVersion`.
      """)
  public static let unknownSchemaVersion = RuleDescriptor(
    code: "NDC-STR-009", severity: .blocker, area: "structure", title: "Unknown schemaVersion",
    explanation: """
      `schemaVersion` must be `"1.0"`, the version this tool reads. Example: \
      `schemaVersion="2.0"` or no schemaVersion at all. Fix: write the submission in format \
      1.0 (`ndc template` gives a skeleton).
      """)
  public static let unknownNamespace = RuleDescriptor(
    code: "NDC-STR-010", severity: .blocker, area: "structure", title: "Unknown namespace",
    explanation: """
      The XML root must be in the namespace `urn:x-ndc:submission:1.0`. Example: \
      `<submission schemaVersion="1.0">` without `xmlns`. Fix: add \
      `xmlns="urn:x-ndc:submission:1.0"` to the root.
      """)
  public static let notASubmission = RuleDescriptor(
    code: "NDC-STR-011", severity: .blocker, area: "structure", title: "Not a submission",
    explanation: """
      The root is not a submission: an XML root other than `submission`, or a JSON root that \
      is not an object. Example: `<contribution …>` or `[ … ]`. Fix: submit one submission \
      per file, with `submission` (XML) or an object (JSON) at the root.
      """)
  public static let duplicateMember = RuleDescriptor(
    code: "NDC-STR-012", severity: .blocker, area: "structure", title: "Duplicate JSON member",
    explanation: """
      A JSON object names the same member twice, so which value holds is undefined. Example: \
      `{"version": 1, "version": 2}`. Fix: keep one.
      """)

  public static let missingMember = RuleDescriptor(
    code: "NDC-SCH-001", severity: .error, area: "structure", title: "Required member missing",
    explanation: """
      The schema requires this member (element in XML). Example: a `plan` without `title`. \
      The location points at the parent. Fix: add the member; `ndc template` lists them.
      """)
  public static let unexpectedMember = RuleDescriptor(
    code: "NDC-SCH-002", severity: .error, area: "structure", title: "Unexpected member",
    explanation: """
      A member (element) the schema does not allow here, or, in XML, one out of the \
      specification's order. Example: `"titel"` for `"title"`, or `<status>` before `<title>`. \
      Fix: spell it as SUBMISSION.md does, in its order.
      """)
  public static let wrongType = RuleDescriptor(
    code: "NDC-SCH-003", severity: .error, area: "structure", title: "Wrong type",
    explanation: """
      A value has the wrong type: a string where a number is expected, a decimal where a \
      count or year is expected, an object where a list is expected. Example: \
      `"version": "1"`. Fix: quantities are JSON numbers, counts and years integers, codes \
      and ids strings, flags booleans.
      """)
  public static let notInEnumeration = RuleDescriptor(
    code: "NDC-SCH-004", severity: .error, area: "structure", title: "Value not in the code list",
    explanation: """
      A coded value is not one of its list's values (codes are case-sensitive). Example: \
      `"gas": "co2"`. Fix: use a value SUBMISSION.md lists, e.g. `CO2`.
      """)
  public static let patternMismatch = RuleDescriptor(
    code: "NDC-SCH-005", severity: .error, area: "structure", title: "Lexical form not accepted",
    explanation: """
      A value does not have its canonical lexical form: a code with leading zeros, a date \
      that does not exist, a date-time without offset, an e-mail without `@`, a decimal with \
      an exponent (XML). Example: `<code>0101</code>`. Fix: write the canonical form the hint \
      gives (`101`).
      """)
  public static let outOfBounds = RuleDescriptor(
    code: "NDC-SCH-006", severity: .error, area: "structure", title: "Value out of bounds",
    explanation: """
      A number is outside its bounds, or a list has fewer items than required. Examples: \
      a year 1989 (inventories cover 1990…2100), a negative capacity, an overlap share of 0 \
      or 1.5, a measure with no gas. Fix: correct the value.
      """)
  public static let jsonNumberForm = RuleDescriptor(
    code: "NDC-SCH-007", severity: .error, area: "structure", title: "JSON number not in the accepted form",
    explanation: """
      JSON numbers must have the lexical form `-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,6})?`: no \
      exponent, at most 15 integer and 6 fraction digits. JSON Schema cannot see this, so \
      the reader checks it. Example: `1e400`, `2.5E3`, `0.1234567`. Fix: write `2500`, \
      round to 6 decimals.
      """)

  public static let unreadable = RuleDescriptor(
    code: "NDC-IO-001", severity: .blocker, area: "structure", title: "File cannot be read",
    explanation: """
      The path names no readable file: it does not exist, is a folder, or permission is \
      denied. Example: a `--files-from` list naming a moved file. The run exits 2 (an I/O \
      problem, not a defect of the content). Fix: correct the path or the permissions.
      """)

  public static let all: [RuleDescriptor] = [
    unreadable, notWellFormed, encoding, doctype, fileTooLarge, tooDeep, stringTooLong, listTooLong, tooManyAttributes,
    unknownSchemaVersion, unknownNamespace, notASubmission, duplicateMember,
    missingMember, unexpectedMember, wrongType, notInEnumeration, patternMismatch, outOfBounds, jsonNumberForm,
  ]
}

/// The limits of SUBMISSION.md.
public enum Limits {
  public static let maxFileBytes = 16 * 1024 * 1024
  public static let maxDepth = 32
  public static let maxStringBytes = 64 * 1024
  public static let maxListItems = 100_000
  public static let maxAttributes = 64
  /// Diagnostics listed per file; the rest are counted as suppressed.
  public static let maxDiagnosticsPerFile = 200
}
