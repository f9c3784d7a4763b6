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

/// What stands where an output goes (decision 254): nothing, a regular file, or a symbolic
/// link (replaced, not followed) may be replaced; a device, a named pipe, a socket or a folder
/// is refused — a rename onto `/dev/null` made the device a regular file.
public enum OutputTarget {
  /// Refuses what may not be replaced; the permission bits of a regular file there, which the
  /// new file keeps (a private output stays private), else nil.
  public static func check(_ path: String) throws(InputError) -> mode_t? {
    // `r.html/` names a folder: URL drops the slash, and a file `r.html` was written.
    guard !path.hasSuffix("/") else { throw InputError(path: path, reason: "ends in `/`: it names a folder, not a file") }
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return info.st_mode & 0o777
    case S_IFLNK: return nil
    default: throw InputError(path: path, reason: FileBytes.notRegular(info.st_mode) ?? "is not a regular file")
    }
  }

  /// The first of `inputs` that is the file at `path` (the same device and inode, whatever
  /// the spelling or the links), if any: an output written there would replace that input.
  public static func sameFile(_ path: String, among inputs: [String]) -> String? {
    var target = stat()
    guard stat(path, &target) == 0 else { return nil }
    return inputs.first { input in
      var info = stat()
      return stat(input, &info) == 0 && info.st_dev == target.st_dev && info.st_ino == target.st_ino
    }
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
    let mode = try OutputTarget.check(path)
    let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
    InterruptedOutputs.temporary(temporary.path)
    defer { InterruptedOutputs.settled(temporary.path) }
    do {
      try data.write(to: temporary)
      if let mode { chmod(temporary.path, mode) }
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
