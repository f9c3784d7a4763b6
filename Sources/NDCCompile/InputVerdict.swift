import NDCCore

/// What rule 1 decides for one input.
struct InputVerdict: Hashable, Sendable {
  var status: InputStatus
  var reason: String
}

/// CONTRIBUTION.md rule 1, "Which submission counts": per submitter and cycle the highest
/// version counts if it is valid and not a duplicate, else the highest valid earlier version
/// (`fallback`). Every input gets a status with its reason. Geography (rule 2) is applied
/// afterwards by the compiler.
enum InputSelection {
  /// The verdicts, parallel to `inputs`.
  static func select(_ inputs: [CompileInput], cycle: String) -> [InputVerdict] {
    var verdicts = [InputVerdict?](repeating: nil, count: inputs.count)
    var groups: [String: [Int]] = [:]
    for (i, input) in inputs.enumerated() {
      guard let inputCycle = input.cycle, let code = input.submitterCode, input.version != nil else {
        verdicts[i] = InputVerdict(status: .invalid, reason: invalidReason(input, fallback: "the submitter, cycle or version could not be read"))
        continue
      }
      if inputCycle != cycle {
        verdicts[i] = InputVerdict(status: .otherCycle, reason: "submitted for \(inputCycle), not \(cycle)")
        continue
      }
      groups[code, default: []].append(i)
    }
    for members in groups.values {
      for (i, verdict) in selectSubmitter(members.map { ($0, inputs[$0]) }) { verdicts[i] = verdict }
    }
    return verdicts.map { $0! }
  }

  /// One submitter's inputs of the cycle.
  private static func selectSubmitter(_ members: [(index: Int, input: CompileInput)]) -> [(Int, InputVerdict)] {
    var result: [(Int, InputVerdict)] = []
    let byVersion = Dictionary(grouping: members) { $0.input.version! }
    let highest = byVersion.keys.max()!
    // Per version: the candidate (a valid, non-duplicate input) and the others' verdicts.
    var candidates: [Int: (index: Int, input: CompileInput)] = [:]
    var identicalTo: [Int: [Int]] = [:]
    for (version, inputs) in byVersion {
      let models = Set(inputs.compactMap(\.input.submission))
      if models.count > 1 {
        for m in inputs {
          if m.input.submission == nil {
            result.append((m.index, InputVerdict(status: .invalid, reason: invalidReason(m.input, fallback: "unreadable"))))
          } else {
            let others = inputs.filter { $0.index != m.index && $0.input.submission != nil }.map(\.input.path)
            result.append((m.index, InputVerdict(
              status: .duplicate,
              reason: "version \(version) also in \(others.joined(separator: ", ")) with different content: all excluded")))
          }
        }
        continue
      }
      for m in inputs {
        if !m.input.isValid {
          result.append((m.index, InputVerdict(status: .invalid, reason: invalidReason(m.input, fallback: "invalid"))))
        } else if candidates[version] == nil {
          candidates[version] = m
        } else {
          identicalTo[version, default: []].append(m.index)
        }
      }
    }
    guard let counting = candidates.keys.max(), let winner = candidates[counting] else { return result }
    for (version, candidate) in candidates {
      let verdict: InputVerdict
      if version == counting {
        verdict = counting == highest
          ? InputVerdict(status: .counted, reason: "the highest version, valid")
          : InputVerdict(
            status: .fallback,
            reason: "version \(highest) is invalid or a duplicate; version \(counting), the highest valid one, counts")
      } else {
        verdict = InputVerdict(status: .superseded, reason: "version \(counting) counts")
      }
      result.append((candidate.index, verdict))
      for i in identicalTo[version] ?? [] {
        result.append((i, version == counting
          ? InputVerdict(status: .identical, reason: "the same submission as \(winner.input.path): not counted twice")
          : verdict))
      }
    }
    return result
  }

  private static func invalidReason(_ input: CompileInput, fallback: String) -> String {
    guard let first = input.diagnostics.first(where: { $0.severity.invalidates }) else { return fallback }
    return "\(first.code): \(first.message)"
  }
}
