import Foundation

/// Reading input files: bounded, without following anything but the path given.
public enum FileBytes {
  /// The file's bytes, or nil when it is larger than `limit` (only `limit + 1` bytes are read).
  /// Only a regular file is read: a named pipe, socket or device is refused at once (its type
  /// is checked before it is opened, and it is opened without blocking, then checked again), so
  /// nothing waits for a writer that never comes. Failures say what the system said, once.
  public static func read(path: String, limit: Int) throws(InputError) -> [UInt8]? {
    var info = stat()
    guard stat(path, &info) == 0 else { throw InputError(path: path, reason: systemReason(errno)) }
    if let refusal = notRegular(info.st_mode) { throw InputError(path: path, reason: refusal) }
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { throw InputError(path: path, reason: systemReason(errno)) }
    defer { close(fd) }
    // The path may have been replaced between the two looks: what was opened decides.
    guard fstat(fd, &info) == 0 else { throw InputError(path: path, reason: systemReason(errno)) }
    if let refusal = notRegular(info.st_mode) { throw InputError(path: path, reason: refusal) }
    var bytes: [UInt8] = []
    let expected = min(Int(info.st_size), limit) + 1
    bytes.reserveCapacity(max(expected, 0))
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while bytes.count <= limit {
      let wanted = min(chunk.count, limit + 1 - bytes.count)
      let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, wanted) }
      if count < 0 {
        if errno == EINTR { continue }
        throw InputError(path: path, reason: systemReason(errno))
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes.count > limit ? nil : bytes
  }

  /// Why a file of this type is not read, or nil for a regular file.
  static func notRegular(_ mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: nil
    case S_IFDIR: "is a folder"
    case S_IFIFO: "is a named pipe, not a regular file"
    case S_IFSOCK: "is a socket, not a regular file"
    case S_IFCHR, S_IFBLK: "is a device, not a regular file"
    default: "is not a regular file"
    }
  }

  /// The system's text for an error number, as `ls` or `cat` would say it ("No such file or
  /// directory" → "no such file or directory").
  public static func systemReason(_ code: Int32) -> String {
    let text = String(cString: strerror(code))
    guard let first = text.first else { return "error \(code)" }
    return first.lowercased() + text.dropFirst()
  }
}

/// Writing outputs atomically: to a temporary file beside the target, then renamed.
public enum AtomicFile {
  public static func write(_ text: String, to path: String) throws(InputError) {
    try write(Data(text.utf8), to: path)
  }

  public static func write(_ data: Data, to path: String) throws(InputError) {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw InputError(path: path, reason: "the folder \(directory.path) does not exist")
    }
    let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
    do {
      try data.write(to: temporary)
      if rename(temporary.path, url.path) != 0 {
        let reason = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: temporary)
        throw InputError(path: path, reason: "cannot be written (\(reason))")
      }
    } catch let error as InputError {
      throw error
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw InputError(path: path, reason: "cannot be written (\(error.localizedDescription))")
    }
  }
}
