import Foundation

/// An output written in chunks to a temporary file beside the target and renamed onto it by
/// `commit` (like `AtomicFile`, for text too large to hold whole); `discard` removes it.
/// Chunks are written on a queue of their own while the caller makes the next ones; at most
/// `inFlight` chunks wait at a time.
public final class StreamedFile: @unchecked Sendable {
  public let path: String
  private let temporary: String
  /// The permission bits of the file it replaces, kept (`OutputTarget`).
  private let mode: mode_t?
  private let handle: FileHandle
  /// Set on the queue only; read after it has drained.
  private var failure: String?
  private let queue = DispatchQueue(label: "ndc.streamed-file")
  private static let inFlight = 4
  private let slots = DispatchSemaphore(value: StreamedFile.inFlight)

  public init(path: String) throws(InputError) {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw InputError(path: path, reason: "the folder \(directory.path) does not exist")
    }
    mode = try OutputTarget.check(path)
    self.path = path
    temporary = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)").path
    // Created here, not by FileManager (which writes a file of its own and renames it).
    InterruptedOutputs.temporary(temporary)
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      let reason = FileBytes.systemReason(errno)
      InterruptedOutputs.settled(temporary)
      throw InputError(path: path, reason: "cannot be written (the temporary file \(temporary): \(reason))")
    }
    handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
  }

  /// Appends bytes; the first failure is kept and reported by `commit`.
  public func write(_ bytes: [UInt8]) {
    slots.wait()
    queue.async { [self] in
      defer { slots.signal() }
      guard failure == nil else { return }
      do {
        try handle.write(contentsOf: bytes)
      } catch {
        failure = error.localizedDescription
      }
    }
  }

  /// Appends a range of another file, after every chunk written before it, inside the kernel
  /// (`FileRange.copy`); how many bytes were taken. After a failure to write, the whole range
  /// is taken (and thrown away with the file: `commit` reports the failure).
  public func copy(_ range: FileRange) -> Int {
    queue.sync {
      guard failure == nil else { return range.length }
      return range.copy(to: handle.fileDescriptor)
    }
  }

  /// Closes the temporary file and renames it onto the target.
  public func commit() throws(InputError) {
    queue.sync {}
    do {
      try handle.close()
    } catch {
      failure = failure ?? error.localizedDescription
    }
    if failure == nil, let mode { chmod(temporary, mode) }
    if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
    if let failure {
      try? FileManager.default.removeItem(atPath: temporary)
      InterruptedOutputs.settled(temporary)
      throw InputError(path: path, reason: "cannot be written (\(failure))")
    }
    InterruptedOutputs.settled(temporary)
  }

  /// Closes and removes the temporary file; the target is untouched.
  public func discard() {
    queue.sync {}
    try? handle.close()
    try? FileManager.default.removeItem(atPath: temporary)
    InterruptedOutputs.settled(temporary)
  }
}
