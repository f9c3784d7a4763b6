import Foundation

/// Byte records kept out of memory until they are needed again: appended to one unlinked
/// temporary file (nothing is left behind, whatever happens to the process) and read back by
/// their key, on any thread. Writers append concurrently; a record is written in chunks, so a
/// read of one still pending writes the pending ones first. When the file cannot be written,
/// `keep` says so and every later `keep` too (the caller then keeps another way).
public final class SpilledRecords: @unchecked Sendable {
  private let file: FileHandle
  private let lock = NSLock()
  /// Records not yet written, after the `written` bytes of the file.
  private var pending: [UInt8] = []
  private var written = 0
  private var entries: [Int: (offset: Int, length: Int)] = [:]
  /// The first write that failed; nothing is kept from then on.
  private var failure: String?

  static let chunkSize = 1 << 20

  /// `prefix` names the file while it is created; `purpose` says in an error what it holds.
  public init(prefix: String, purpose: String) throws(InputError) {
    file = try UnlinkedTemporaryFile.open(prefix: prefix, purpose: purpose)
  }

  /// How many records are kept, and their bytes.
  public var stored: (records: Int, bytes: Int) {
    lock.withLock { (entries.count, written + pending.count) }
  }

  /// Keeps `bytes` under `key`; false if they cannot be kept (the file failed).
  @discardableResult
  public func keep(_ bytes: [UInt8], key: Int) -> Bool {
    lock.withLock {
      guard failure == nil else { return false }
      entries[key] = (written + pending.count, bytes.count)
      pending += bytes
      if pending.count >= Self.chunkSize { flushLocked() }
      return failure == nil
    }
  }

  /// The bytes kept under `key`; nil if none are, or they cannot be read back whole.
  public func record(_ key: Int) -> [UInt8]? {
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
    return complete ? bytes : nil
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
