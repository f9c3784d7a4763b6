import NDCCore

/// One entry on its own: amount or notation key, explanation, source, sign.
enum InventoryEntryRules {
  static let all = [amountOrNotationKey, notationKeyWithoutExplanation, unknownSourceRef, negativeNonCO2]

  /// Calls `body` for every entry with its year and its pointer, which is made only when the
  /// body asks for it (for a finding): most entries have none, and a pointer is text.
  static func eachEntry(
    _ ctx: RuleContext, _ body: (InventoryYear, InventoryEntry, () -> JSONPointer) -> Diagnostic?
  ) -> [Diagnostic] {
    guard let years = ctx.submission.inventory?.years else { return [] }
    var found: [Diagnostic] = []
    for (y, year) in years.enumerated() {
      for (e, entry) in year.entries.enumerated() {
        if let d = body(year, entry, { Pointers.entry(y, e) }) { found.append(d) }
      }
    }
    return found
  }

  static let amountOrNotationKey = SubmissionRule(
    RuleDescriptor(
      "NDC-INV-008", .error, .inventory, "Amount and notation key both or neither",
      """
      An entry has exactly one of `amount` and `notationKey`. Example: `"amount": 0, \
      "notationKey": "NO"`, or an entry with neither. Fix: give the amount, or the notation \
      key (`NO` not occurring, `NE` not estimated, `IE` included elsewhere, `C` confidential).
      """)
  ) { ctx, rule in
    eachEntry(ctx) { year, entry, pointer in
      switch (entry.amount, entry.notationKey) {
      case (.some, .some):
        rule.diagnostic("\(entry.gpc)/\(entry.gas.rawValue) in \(year.year) has both an amount and a notation key", at: pointer() / "notationKey")
      case (nil, nil):
        rule.diagnostic("\(entry.gpc)/\(entry.gas.rawValue) in \(year.year) has neither an amount nor a notation key", at: pointer())
      default: nil
      }
    }
  }

  static let notationKeyWithoutExplanation = SubmissionRule(
    RuleDescriptor(
      "NDC-INV-009", .error, .inventory, "NE, IE or C without explanation",
      """
      The notation keys `NE`, `IE` and `C` need an `explanation` (where the emissions are \
      included, why they are not estimated or confidential). Example: `"notationKey": "IE"` \
      alone. Fix: add e.g. `"explanation": "included in I.2"`.
      """)
  ) { ctx, rule in
    eachEntry(ctx) { year, entry, pointer in
      guard let key = entry.notationKey, key.needsExplanation,
        (entry.explanation ?? "").allSatisfy(\.isWhitespace)
      else { return nil }
      return rule.diagnostic("\(entry.gpc)/\(entry.gas.rawValue) in \(year.year) is \(key.rawValue) without explanation", at: pointer())
    }
  }

  static let unknownSourceRef = SubmissionRule(
    RuleDescriptor(
      "NDC-INV-010", .error, .inventory, "sourceRef names no data source",
      """
      An entry's `sourceRef` names the `sourceId` of one of the submission's `dataSources`. \
      Example: `"sourceRef": "ens-2023"` with no such data source. Fix: add the data source, \
      or correct the reference.
      """)
  ) { ctx, rule in
    let ids = Set(ctx.submission.dataSources.map(\.sourceId))
    return eachEntry(ctx) { year, entry, pointer in
      guard let ref = entry.sourceRef, !ids.contains(ref) else { return nil }
      return rule.diagnostic("sourceRef \"\(ref)\" names no data source", at: pointer() / "sourceRef")
    }
  }

  static let negativeNonCO2 = SubmissionRule(
    RuleDescriptor(
      "NDC-INV-011", .error, .inventory, "Negative amount of a gas other than CO2 and CO2e",
      """
      Only CO2 and CO2e may be negative (removals by land use; net sinks are real). Other \
      gases are emitted, never removed. Example: `"gas": "CH4", "amount": -12`. Fix: report \
      removals as CO2 (or CO2e) of the land-use code.
      """)
  ) { ctx, rule in
    eachEntry(ctx) { year, entry, pointer in
      guard let amount = entry.amount, amount.isNegative, !entry.gas.mayBeNegative else { return nil }
      return rule.diagnostic(
        "\(entry.gpc)/\(entry.gas.rawValue) in \(year.year) is \(amount.grouped) t; only CO2 and CO2e may be negative",
        at: pointer() / "amount")
    }
  }
}
