import Foundation
import NDCCore

/// The models read in compile's first pass, kept for the second while the files they come from
/// total at most `budget` bytes (a model takes less memory than its file), each handed over
/// once and then no longer kept. Inputs beyond the budget are read again from their files.
public final class KeptModels: @unchecked Sendable {
  public let budget: Int
  private let lock = NSLock()
  private var models: [Int: Submission] = [:]
  private var bytesKept = 0

  public init(budget: Int = 96 << 20) { self.budget = budget }

  /// Keeps the model of the input at `position` if its file's bytes still fit the budget.
  @discardableResult
  public func keep(_ model: Submission, position: Int, fileBytes: Int) -> Bool {
    lock.withLock {
      guard bytesKept + fileBytes <= budget else { return false }
      bytesKept += fileBytes
      models[position] = model
      return true
    }
  }

  /// The model kept for the input at `position`, handed over once; nil if none is kept.
  public func take(_ position: Int) -> Submission? {
    lock.withLock { models.removeValue(forKey: position) }
  }

  /// The model kept for the input at `position`, still kept; nil if none is.
  public func peek(_ position: Int) -> Submission? {
    lock.withLock { models[position] }
  }

  /// A loader for `Compiler.compile(records:load:)`: the kept models, and `readAgain` for the
  /// others (in one call, so that it may read them on all cores).
  public func loader(readAgain: @escaping ([CompileRecord]) -> [Submission?]) -> Compiler.Loader {
    loader(readAgain: readAgain, handOver: true)
  }

  /// The same, but the models stay kept (for `peek`, whose inputs are loaded again later).
  public func peeker(readAgain: @escaping ([CompileRecord]) -> [Submission?]) -> Compiler.Loader {
    loader(readAgain: readAgain, handOver: false)
  }

  private func loader(readAgain: @escaping ([CompileRecord]) -> [Submission?], handOver: Bool) -> Compiler.Loader {
    { records in
      let kept = records.map { handOver ? self.take($0.position) : self.peek($0.position) }
      let missing = records.indices.filter { kept[$0] == nil }
      var reread = readAgain(missing.map { records[$0] }).makeIterator()
      return kept.map { $0 ?? reread.next() ?? nil }
    }
  }
}
