import CFileSpace
import Foundation

/// A temporary file in `$TMPDIR` for data too large to hold in memory, open for reading and
/// writing and removed from its folder as soon as it is open: nothing is left behind, whatever
/// happens to the process (the space is freed when the handle is closed).
public enum UnlinkedTemporaryFile {
  /// `prefix` names the file while it exists; `purpose` says in an error what it was for.
  public static func open(prefix: String, purpose: String) throws(InputError) -> FileHandle {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "\(prefix)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
    ).path
    let fd = Foundation.open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else {
      throw InputError(path: path, reason: "cannot be written (a temporary file for \(purpose): \(String(cString: strerror(errno))))")
    }
    unlink(path)
    return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
  }

  /// Gives the space of `length` bytes from `offset` back to the file system, when the file's
  /// text there has been used and will not be read again: its pages leave the page cache at
  /// once (dirty ones too, which are then never written to disk), so that writing the output
  /// reuses them instead of taking as much memory again. Best effort: where the file system
  /// cannot do it, the space is freed when the file is closed, as before. The range reads as
  /// zeros afterwards. Whether the space was given back.
  @discardableResult
  public static func release(_ handle: FileHandle, offset: Int, length: Int) -> Bool {
    guard length > 0 else { return true }
    return ndc_release_file_range(handle.fileDescriptor, Int64(offset), Int64(length)) == 0
  }
}
