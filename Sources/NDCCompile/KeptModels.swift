import Foundation
import NDCCore
import NDCFormats
import NDCStorage

/// The models read in compile's first pass, kept for the second: in memory while the files
/// they come from total at most `budget` bytes (a model takes less memory than its file), each
/// handed over once and then no longer kept; beyond the budget, in their binary form in a
/// temporary file (`SpilledSubmissions`), read back when asked for. Only inputs kept
/// in neither (none when the temporary file can be written) are read again from their files.
public final class KeptModels: @unchecked Sendable {
  public let budget: Int
  private let spill: SpilledSubmissions?
  private let lock = NSLock()
  private var models: [Int: Submission] = [:]
  private var bytesKept = 0

  public init(budget: Int = KeptModels.budget(inputs: 0), spill: SpilledSubmissions? = nil) {
    self.budget = budget
    self.spill = spill
  }

  /// The memory compile plans to use beside the models: it stays under 512 MB at 100 000
  /// inputs with the smallest budget (issue 6; the peak is at the end, writing the document).
  static let memoryPlan = 384 << 20
  /// What each input takes while compile runs, whatever happens to its model: its record
  /// (identity, keys, diagnostics' counts) and its share of the aggregates and of the
  /// document's `inputs` (measured: about 3 KB an input at 100 000).
  static let perInput = 3 << 10
  static let smallestBudget = 96 << 20
  static let largestBudget = 256 << 20

  /// The budget for `inputs` inputs (decision 67): what the plan leaves once every input has its
  /// record, between 96 and 256 MiB of file bytes. Up to about 10 000 inputs every model fits
  /// (no document is spilled and read back); at 100 000 it is the smallest.
  public static func budget(inputs: Int) -> Int {
    min(largestBudget, max(smallestBudget, memoryPlan - perInput * inputs))
  }

  /// What is kept: models in memory and the bytes of their files; models in the spill and
  /// their bytes there (for the log).
  public var stored: (models: Int, fileBytes: Int, spilled: Int, spilledBytes: Int) {
    let (models, fileBytes) = lock.withLock { (self.models.count, bytesKept) }
    let spilled = spill?.stored ?? (models: 0, bytes: 0)
    return (models, fileBytes, spilled.models, spilled.bytes)
  }

  /// Keeps the model of the input at `position`: in memory if its file's bytes still fit the
  /// budget, else in the spill. False if it is kept in neither.
  @discardableResult
  public func keep(_ model: Submission, position: Int, fileBytes: Int) -> Bool {
    let inMemory = lock.withLock {
      guard bytesKept + fileBytes <= budget else { return false }
      bytesKept += fileBytes
      models[position] = model
      return true
    }
    if inMemory { return true }
    guard let spill else { return false }
    return spill.keep(model, key: position)
  }

  /// The model kept for the input at `position`, handed over once if in memory; nil if none is kept.
  public func take(_ position: Int) -> Submission? {
    lock.withLock { models.removeValue(forKey: position) } ?? spill?.submission(position)
  }

  /// The model kept for the input at `position`, still kept; nil if none is.
  public func peek(_ position: Int) -> Submission? {
    lock.withLock { models[position] } ?? spill?.submission(position)
  }

  /// The kept models as the compiler's model store: those in the spill read back on all
  /// cores, and `readAgain` (in one call, so that it may read them on all cores) for those
  /// kept in neither.
  public func store(readAgain: @escaping Compiler.Loader) -> ModelLoaders {
    ModelLoaders(peek: loader(readAgain: readAgain, handOver: false), take: loader(readAgain: readAgain, handOver: true))
  }

  private func loader(readAgain: @escaping ([CompileRecord]) -> [Submission?], handOver: Bool) -> Compiler.Loader {
    { records in
      let slots = Slots<Submission>(count: records.count)
      DispatchQueue.concurrentPerform(iterations: records.count) { i in
        let position = records[i].position
        if let model = handOver ? self.take(position) : self.peek(position) { slots[i] = model }
      }
      let kept = records.indices.map { slots[$0] }
      let missing = records.indices.filter { kept[$0] == nil }
      var reread = readAgain(missing.map { records[$0] }).makeIterator()
      return kept.map { $0 ?? reread.next() ?? nil }
    }
  }
}
