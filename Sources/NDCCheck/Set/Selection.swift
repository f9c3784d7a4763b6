import NDCCore

/// Why an input counts or not is `InputStatus` (NDCCore), shared with the contribution
/// document; `outside-geography` is decided by compile (geography on the as-of date), never here.
public typealias SelectionStatus = InputStatus

public struct InputSelection: Sendable, Hashable {
  public var index: Int
  public var path: String
  public var status: SelectionStatus
  public var reason: String
  public init(index: Int, path: String, status: SelectionStatus, reason: String) {
    self.index = index
    self.path = path
    self.status = status
    self.reason = reason
  }
}

/// CONTRIBUTION.md rule 1: per submitter and cycle the highest version counts if valid and
/// not a duplicate, else the highest valid earlier version (fallback). Every input gets a
/// status with its reason.
public enum Selection {
  /// Statuses in input order (by `index`).
  public static func select(_ keys: [SetKeys], requestedCycle: String?) -> [InputSelection] {
    var result: [Int: InputSelection] = [:]
    func set(_ k: SetKeys, _ status: SelectionStatus, _ reason: String) {
      result[k.index] = InputSelection(index: k.index, path: k.path, status: status, reason: reason)
    }
    var groups: [String: [SetKeys]] = [:]
    var groupOrder: [String] = []
    for k in keys.sorted(by: { $0.index < $1.index }) {
      guard let submitter = k.submitter, let cycle = k.cycle, k.version != nil else {
        set(k, .invalid, "the file could not be read as far as submitter, cycle and version")
        continue
      }
      if let requestedCycle, cycle != requestedCycle {
        set(k, .otherCycle, "cycle \(cycle), not the requested \(requestedCycle)")
        continue
      }
      let key = submitter + "\u{0}" + cycle
      if groups[key] == nil { groupOrder.append(key) }
      groups[key, default: []].append(k)
    }
    for key in groupOrder { selectWithin(groups[key]!, set) }
    return result.keys.sorted().map { result[$0]! }
  }

  /// The keys with the fingerprint filled in for every input read into the model that shares
  /// submitter, cycle and version with another — the only ones selection compares.
  public static func withFingerprints(_ keys: [SetKeys], _ fingerprint: (SetKeys) -> String?) -> [SetKeys] {
    var keys = keys
    let copies = Dictionary(grouping: keys.indices.filter { keys[$0].hasModel && keys[$0].version != nil }) {
      "\(keys[$0].submitter ?? "")\u{0}\(keys[$0].cycle ?? "")\u{0}\(keys[$0].version!)"
    }
    for group in copies.values where group.count > 1 {
      for i in group where keys[i].fingerprint == nil { keys[i].fingerprint = fingerprint(keys[i]) }
    }
    return keys
  }

  /// The versions of one submitter whose inputs differ in content (an input without a model
  /// differs from everything; the others compare by fingerprint, which `SetChecker.finish`
  /// fills in for every such copy).
  static func duplicateVersions(_ inputs: [SetKeys]) -> Set<Int> {
    let byVersion = Dictionary(grouping: inputs) { $0.version! }
    return Set(byVersion.filter { _, copies in
      copies.count > 1 && (copies.contains { $0.fingerprint == nil } || Set(copies.map(\.fingerprint)).count > 1)
    }.keys)
  }

  private static func selectWithin(_ inputs: [SetKeys], _ set: (SetKeys, SelectionStatus, String) -> Void) {
    let duplicates = duplicateVersions(inputs)
    let newest = inputs.map { $0.version! }.max()!
    let chosen = inputs.filter { $0.valid && !duplicates.contains($0.version!) }
      .max { ($0.version!, -$0.index) < ($1.version!, -$1.index) }
    for k in inputs {
      let v = k.version!
      if let chosen, k.index == chosen.index {
        if v == newest {
          set(k, .counted, "version \(v) is the newest, and valid")
        } else {
          let why = duplicates.contains(newest) ? "has copies with different content" : "is invalid"
          set(k, .fallback, "version \(v) counts because the newest, version \(newest), \(why)")
        }
      } else if duplicates.contains(v) {
        set(k, .duplicate, "version \(v) is submitted more than once with different content")
      } else if !k.valid {
        set(k, .invalid, "the file has an ERROR or a BLOCKER")
      } else if let chosen, chosen.version == v {
        set(k, .identical, "the same content as input \(chosen.index) (\(chosen.path)), which counts")
      } else {
        set(k, .superseded, "version \(v) is superseded by version \(chosen?.version ?? newest)")
      }
    }
  }
}
