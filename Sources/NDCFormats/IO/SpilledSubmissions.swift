import Foundation
import NDCCore

/// Submissions read and checked once, kept until they are needed again as their documents'
/// binary form (`DocBinary`) in a temporary file, so that compile never reads an input file
/// twice: what it compiles is what it checked and hashed. The file is removed from its folder
/// as soon as it is open, so nothing is left behind, whatever happens to the process. Workers
/// keep documents concurrently; a document kept is read back (on any core) by its key. When the
/// file cannot be written, `keep` says so and the caller falls back on reading the input again.
public final class SpilledSubmissions: @unchecked Sendable {
  private let file: FileHandle
  private let lock = NSLock()
  /// Encoded documents not yet written, after the `written` bytes of the file.
  private var pending: [UInt8] = []
  private var written = 0
  private var entries: [Int: (offset: Int, length: Int)] = [:]
  /// The first write that failed; nothing is kept from then on.
  private var failure: String?

  static let chunkSize = 1 << 20

  public init() throws(InputError) {
    file = try UnlinkedTemporaryFile.open(prefix: "ndc-checked", purpose: "the checked submissions")
  }

  /// How many documents are kept, and their bytes.
  public var stored: (documents: Int, bytes: Int) {
    lock.withLock { (entries.count, written + pending.count) }
  }

  /// Keeps a checked document under `key`; false if it cannot be kept (the file failed).
  @discardableResult
  public func keep(_ document: DocNode, key: Int) -> Bool {
    var bytes: [UInt8] = []
    DocBinary.submission.encode(document, into: &bytes)
    return lock.withLock {
      guard failure == nil else { return false }
      entries[key] = (written + pending.count, bytes.count)
      pending += bytes
      if pending.count >= Self.chunkSize { flushLocked() }
      return failure == nil
    }
  }

  /// The submission kept under `key`; nil if none is, or it cannot be read back.
  public func submission(_ key: Int) -> Submission? {
    let entry: (offset: Int, length: Int)? = lock.withLock {
      guard let entry = entries[key] else { return nil }
      if entry.offset + entry.length > written { flushLocked() }
      return entry.offset + entry.length <= written ? entry : nil
    }
    guard let entry else { return nil }
    var bytes = [UInt8](repeating: 0, count: entry.length)
    let complete = bytes.withUnsafeMutableBytes { buffer in
      var done = 0
      while done < entry.length {
        let n = pread(file.fileDescriptor, buffer.baseAddress! + done, entry.length - done, off_t(entry.offset + done))
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else { return false }
        done += n
      }
      return true
    }
    guard complete, let document = DocBinary.submission.decode(bytes) else { return nil }
    return SubmissionCoding.decode(document)
  }

  /// Writes the pending bytes (the lock is held); on failure, forgets what was not written.
  private func flushLocked() {
    guard failure == nil, !pending.isEmpty else { return }
    do {
      try file.write(contentsOf: pending)
      written += pending.count
      pending.removeAll(keepingCapacity: true)
    } catch {
      failure = error.localizedDescription
      entries = entries.filter { $0.value.offset + $0.value.length <= written }
      pending = []
    }
  }
}
