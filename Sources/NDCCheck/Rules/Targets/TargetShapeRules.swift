import NDCCore

/// Targets as data: present, unique, complete for their kind, years in order, known sectors.
enum TargetShapeRules {
  static let all = [noTarget, idTwice, fieldOfKindMissing, targetYearNotAfterBaseYear, unknownCoverageCode]

  static let noTarget = SubmissionRule(
    RuleDescriptor(
      "NDC-TGT-001", .error, .targets, "No target",
      """
      A submission states at least one target. Example: an empty `targets` list. Fix: add the \
      plan's targets, e.g. a `base-year` target for 2030 and a `net-zero` target.
      """)
  ) { ctx, rule in
    ctx.submission.targets.isEmpty ? [rule.diagnostic("the submission has no target", at: .root)] : []
  }

  static let idTwice = SubmissionRule(
    RuleDescriptor(
      "NDC-TGT-002", .error, .targets, "Target id twice",
      """
      Each `targetId` is unique in the submission. Example: two targets `"targetId": "T1"`. \
      Fix: give the second its own id.
      """)
  ) { ctx, rule in
    DuplicateIds.find(ctx.submission.targets.map(\.targetId)).map {
      rule.diagnostic("targetId \"\($0.id)\" is used again (first at targets/\($0.first))", at: Pointers.target($0.index) / "targetId")
    }
  }

  /// The fields each kind requires (SUBMISSION.md, "Target").
  static func missingFields(_ t: Target) -> [String] {
    var missing: [String] = []
    func need(_ present: Bool, _ name: String) { if !present { missing.append(name) } }
    switch t.kind {
    case .baseYear:
      need(t.baseYear != nil, "baseYear")
      need(t.baseYearEmissions != nil, "baseYearEmissions")
      need(t.reductionPercent != nil, "reductionPercent")
    case .fixedLevel:
      need(t.targetEmissions != nil, "targetEmissions")
    case .baselineScenario:
      need(t.baselineEmissions != nil, "baselineEmissions")
      need(t.reductionPercent != nil, "reductionPercent")
    case .intensity:
      need(t.intensityUnit != nil, "intensityUnit")
      need(t.targetIntensity != nil, "targetIntensity")
    case .netZero:
      break
    }
    return missing
  }

  static let fieldOfKindMissing = SubmissionRule(
    RuleDescriptor(
      "NDC-TGT-003", .error, .targets, "A required field of the target's kind missing",
      """
      Each kind needs its figures: `base-year` baseYear, baseYearEmissions and \
      reductionPercent; `fixed-level` targetEmissions; `baseline-scenario` baselineEmissions \
      and reductionPercent; `intensity` intensityUnit and targetIntensity. Example: a \
      `base-year` target without `baseYearEmissions`. Fix: add the missing field.
      """)
  ) { ctx, rule in
    ctx.submission.targets.enumerated().flatMap { i, t in
      missingFields(t).map {
        rule.diagnostic("target \(t.targetId) of kind \(t.kind.rawValue) has no \($0)", at: Pointers.target(i))
      }
    }
  }

  static let targetYearNotAfterBaseYear = SubmissionRule(
    RuleDescriptor(
      "NDC-TGT-004", .error, .targets, "Target year not after the base year",
      """
      A target with a base year lies after it. Example: `"baseYear": 2030, "targetYear": \
      2030`. Fix: correct the years (base year = the inventory year the reduction is measured \
      against).
      """)
  ) { ctx, rule in
    ctx.submission.targets.enumerated().compactMap { i, t in
      guard let base = t.baseYear, t.targetYear <= base else { return nil }
      return rule.diagnostic(
        "target \(t.targetId): targetYear \(t.targetYear) is not after baseYear \(base)", at: Pointers.target(i) / "targetYear")
    }
  }

  static let unknownCoverageCode = SubmissionRule(
    RuleDescriptor(
      "NDC-TGT-013", .error, .targets, "Target coverage names an unknown GPC code",
      """
      `coverage.gpc` lists codes of the GPC table; an unknown one makes the coverage, and the \
      base-year comparison, meaningless. Example: `"gpc": ["I", "I.9"]` (a code of the right \
      form that the GPC table does not have; a malformed one such as `VII` is already a \
      schema error). Fix: use sector codes `I` … `VI` (or subsector codes).
      """)
  ) { ctx, rule in
    ctx.submission.targets.enumerated().flatMap { i, t in
      t.coverage.gpc.enumerated().compactMap { k, code in
        ctx.reference.gpcCode(code) == nil
          ? rule.diagnostic("target \(t.targetId) covers \(code), which is not a GPC code", at: Pointers.target(i) / "coverage" / "gpc" / k)
          : nil
      }
    }
  }
}

/// Repeated ids in a list: each repetition with its index and the first occurrence's.
enum DuplicateIds {
  static func find(_ ids: [String]) -> [(id: String, index: Int, first: Int)] {
    var seen: [String: Int] = [:]
    var found: [(String, Int, Int)] = []
    for (i, id) in ids.enumerated() {
      if let first = seen[id] { found.append((id, i, first)) } else { seen[id] = i }
    }
    return found
  }
}
