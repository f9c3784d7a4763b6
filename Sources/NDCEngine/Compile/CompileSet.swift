import Foundation
import Logging
import NDCCheck
import NDCCompile
import NDCCore
import NDCDocument
import NDCFormats
import NDCStorage

/// One input of a compile: a file, or bytes held in memory under the name the document gives
/// as the input's `path`.
public enum CompileSource: Sendable {
  case file(String)
  case bytes([UInt8], path: String)

  public var path: String {
    switch self {
    case .file(let path), .bytes(_, let path): path
    }
  }

  func check(with engine: Engine, index: Int, forCompile: Bool) -> CheckedFile {
    switch self {
    case .file(let path): engine.check(path: path, index: index, forCompile: forCompile)
    case .bytes(let bytes, let path): engine.check(bytes: bytes, path: path, index: index, forCompile: forCompile)
    }
  }

  /// The model again, if the bytes are still those checked (their SHA-256).
  func readAgain(_ record: CompileRecord, reader: SubmissionReader) -> Submission? {
    switch self {
    case .file: return record.readAgain(with: reader)
    case .bytes(let bytes, let path):
      guard CompileInput.sha256(of: bytes) == record.sha256 else { return nil }
      return reader.readAgain(bytes: bytes, path: path).submission
    }
  }
}

/// Where a compiled document goes: a file written in chunks and renamed onto its path, or
/// bytes returned to the caller.
public enum CompileDestination: Sendable {
  case file(String)
  case memory
}

/// A compile that wrote its document.
public struct CompiledSet: Sendable {
  public var document: ContributionDocument
  /// The document's bytes, for `CompileDestination.memory`.
  public var bytes: [UInt8]?
}

/// An input that could not be read, and why.
struct Unreadable: Error {
  var path: String
  var message: String
}

/// Why a compile wrote nothing.
public enum CompileSetError: Error, Sendable, CustomStringConvertible {
  /// Inputs that could not be read at all (exit 2 in the CLI).
  case unreadable([(path: String, message: String)])
  /// The compiler refused (strict, nothing counts, several cycles: exit 1).
  case refused(CompileError)
  /// The output or a temporary file could not be written.
  case output(InputError)

  public var description: String {
    switch self {
    case .unreadable(let files): "\(files.count) input(s) cannot be read"
    case .refused(let error): error.description
    case .output(let error): error.description
    }
  }
}

extension Engine {
  /// `ndc compile`: every input read and checked once on all cores (valid models kept in
  /// memory up to a budget, beyond it in a temporary file), selected, merged and written as
  /// `format`, with the per-submitter detail spilled as it is made and copied in by the
  /// streamed writer. Nothing is written unless the whole document is.
  public func compile(
    _ sources: [CompileSource], options: CompileOptions, format: InputFormat, to destination: CompileDestination,
    progress: ProgressObserver? = nil, logger: Logger = Logger(label: "ndc")
  ) throws(CompileSetError) -> CompiledSet {
    var started = Date()
    let spill: SpilledSubmissions?
    do {
      spill = try SpilledSubmissions()
    } catch {
      logger.warning("the checked submissions beyond the memory budget will be read again: \(error.description)")
      spill = nil
    }
    let models = KeptModels(budget: KeptModels.budget(inputs: sources.count), spill: spill)
    let records = try firstPass(sources, progress: progress, keeping: models)
    logger.info("checked", metadata: ["files": "\(sources.count)", "seconds": "\(Date().timeIntervalSince(started))"])
    let kept = models.stored
    logger.info(
      "kept",
      metadata: [
        "models": "\(kept.models)", "of file bytes": "\(kept.fileBytes)", "spilled": "\(kept.spilled)",
        "spilled bytes": "\(kept.spilledBytes)",
      ])
    started = Date()

    let detail: SpilledDetail
    do {
      detail = try SpilledDetail(format: format)
    } catch {
      throw .output(error)
    }
    let readAgain: Compiler.Loader = { [reader] records in
      let slots = Slots<Submission?>(count: records.count)
      DispatchQueue.concurrentPerform(iterations: records.count) { i in
        slots[i] = .some(sources[records[i].position].readAgain(records[i], reader: reader))
      }
      return (0..<records.count).map { slots[$0] ?? nil }
    }
    let document: ContributionDocument
    do {
      document = try Compiler(reference: reference, options: options).compile(
        records: consume records, models: models.store(readAgain: readAgain), detail: detail)
    } catch {
      throw .refused(error)
    }
    logger.info(
      "compiled",
      metadata: ["counted": "\(document.inputs.filter(\.status.counts).count)", "seconds": "\(Date().timeIntervalSince(started))"])
    started = Date()
    let bytes = try write(document, as: format, detail: detail, to: destination)
    logger.info("written", metadata: ["seconds": "\(Date().timeIntervalSince(started))"])
    return CompiledSet(document: document, bytes: bytes)
  }

  /// The record of every input, and the models of valid ones kept in `models` (the compiler
  /// takes them when the selection asks for them).
  private func firstPass(
    _ sources: [CompileSource], progress: ProgressObserver?, keeping models: KeptModels
  ) throws(CompileSetError) -> [CompileRecord] {
    let checked = checkAll(sources, forCompile: true, progress: progress) { file -> Result<CompileRecord, Unreadable> in
      if let model = file.model {
        models.keep(model, position: file.outcome.index, fileBytes: file.fileBytes)
      }
      return file.record.map(Result.success)
        ?? .failure(Unreadable(path: file.outcome.path, message: file.outcome.diagnostics.first?.message ?? "cannot be read"))
    }
    let unreadable = checked.compactMap { if case .failure(let u) = $0 { (path: u.path, message: u.message) } else { nil } }
    if !unreadable.isEmpty { throw .unreadable(unreadable) }
    return checked.compactMap { try? $0.get() }
  }

  /// Writes the document as it is encoded, with the detail copied in, chunk by chunk: to a
  /// temporary file renamed onto the output (the detail copied from its temporary files in the
  /// kernel where it can be), or to memory; nothing if the detail could not be
  /// written (`close`) or read back (the writer).
  private func write(
    _ document: ContributionDocument, as format: InputFormat, detail: SpilledDetail, to destination: CompileDestination
  ) throws(CompileSetError) -> [UInt8]? {
    do throws(InputError) {
      try detail.close()
      switch destination {
      case .memory:
        var bytes: [UInt8] = []
        try ContributionWriter.write(document, as: format, spilled: detail, drain: { bytes += $0 })
        return bytes
      case .file(let path):
        let file = try StreamedFile(path: path)
        do throws(InputError) {
          try ContributionWriter.write(document, as: format, spilled: detail, drain: file.write, copy: file.copy)
        } catch {
          file.discard()
          throw error
        }
        try file.commit()
        return nil
      }
    } catch {
      throw .output(error)
    }
  }

}
