import Foundation

/// Reading input files: bounded, without following anything but the path given.
public enum FileBytes {
  /// The file's bytes, or nil when it is larger than `limit` (only `limit + 1` bytes are read).
  public static func read(path: String, limit: Int) throws(InputError) -> [UInt8]? {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      throw InputError(path: path, reason: !exists ? "no such file" : isDirectory.boolValue ? "is a folder" : "cannot be opened (permission?)")
    }
    defer { try? handle.close() }
    do {
      let data = try handle.read(upToCount: limit + 1) ?? Data()
      if data.count > limit { return nil }
      return [UInt8](data)
    } catch {
      throw InputError(path: path, reason: "cannot be read (\(error.localizedDescription))")
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
