import Foundation
import NDCFormats
import NDCStorage

/// The inputs a command line names: the files to read, in order, with what is already known to
/// be wrong with some of them, and the folders that held no input at all.
public struct CollectedInputs: Sendable, Equatable {
  /// Every input, in order: the files found, and every path that names no readable file (a
  /// missing path, a folder that cannot be listed, a name that is not UTF-8), so that each gets
  /// its entry in the report (NDC-IO-001).
  public var files: [String] = []
  /// Why a path of `files` cannot be read, where that is known before reading it.
  public var unreadable: [String: String] = [:]
  /// Folders named on the command line (or in --files-from) holding no `.xml` or `.json` file.
  public var emptyFolders: [String] = []

  public init(files: [String] = [], unreadable: [String: String] = [:], emptyFolders: [String] = []) {
    self.files = files
    self.unreadable = unreadable
    self.emptyFolders = emptyFolders
  }
}

/// Turns command-line PATHs and `--files-from` into the list of input files (CLI.md "Inputs"):
/// a file is taken whatever its name; a folder is searched recursively for names ending
/// `.xml` or `.json` (any case), hidden files and folders skipped, symbolic links not
/// followed, ordered by byte-wise path. A path that names nothing is kept as an input (its
/// reading reports it); so is a folder that cannot be listed, and a name that is not UTF-8.
public enum InputCollector {
  /// Only `--files-from` itself being unreadable stops the collection.
  public static func collect(paths: [String], filesFrom: String?) throws(InputError) -> CollectedInputs {
    var all = paths
    if let filesFrom {
      let bytes: [UInt8]?
      do {
        bytes = try FileBytes.read(path: filesFrom, limit: 64 * 1024 * 1024)
      } catch {
        throw InputError(path: filesFrom, reason: "cannot be read: \(error.reason)")
      }
      guard let bytes, String(validating: bytes, as: UTF8.self) != nil else {
        throw InputError(path: filesFrom, reason: bytes == nil ? "larger than 64 MiB" : "is not UTF-8 text")
      }
      // Lines split on the byte LF, then a CR before it dropped: split as `Character`s, a
      // CRLF is one character that equals no "\n", and a list written on Windows was one path.
      let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      // No path holds a NUL: the system would read the path up to it, another file than the
      // one the report names (decision 254).
      if let n = lines.firstIndex(where: { $0.contains(0) }) {
        throw InputError(path: filesFrom, reason: "line \(n + 1) holds a NUL byte, which no path can hold")
      }
      all += lines.map { line in
        String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
      }.filter { !$0.isEmpty }
    }
    var collected = CollectedInputs()
    for path in all {
      var info = stat()
      if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
        let before = collected.files.count
        folderFiles(path, into: &collected)
        if collected.files.count == before { collected.emptyFolders.append(path) }
      } else {
        // A file, or nothing: reading it says which (no such file, a named pipe, …).
        collected.files.append(path)
      }
    }
    return collected
  }

  private static func folderFiles(_ folder: String, into collected: inout CollectedInputs) {
    var found: [String] = []
    var pending = [folder]
    while let current = pending.popLast() {
      guard let directory = opendir(current) else {
        found.append(current)
        collected.unreadable[current] = "the folder cannot be read: \(FileBytes.systemReason(errno))"
        continue
      }
      defer { closedir(directory) }
      while let entry = readdir(directory) {
        let nameBytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
        guard nameBytes.first != UInt8(ascii: ".") else { continue }
        let prefix = current.hasSuffix("/") ? current : current + "/"
        guard let name = String(validating: nameBytes, as: UTF8.self) else {
          // Not representable as a path here: reported, not skipped, if it could be an input.
          var info = stat()
          let isFolder = (nameBytes + [0]).withUnsafeBufferPointer { name in
            name.withMemoryRebound(to: CChar.self) {
              fstatat(dirfd(directory), $0.baseAddress!, &info, AT_SYMLINK_NOFOLLOW) == 0 && info.st_mode & S_IFMT == S_IFDIR
            }
          }
          if isFolder || hasInputSuffix(nameBytes) {
            let shown = prefix + String(decoding: nameBytes, as: UTF8.self)
            found.append(shown)
            collected.unreadable[shown] = "the name is not UTF-8; rename it"
          }
          continue
        }
        let path = prefix + name
        var info = stat()
        guard lstat(path, &info) == 0 else {
          // A folder that can be listed but not entered, or a path longer than the system
          // takes: an input (or a folder of inputs) there is reported, not lost (decision 254).
          let reason = FileBytes.systemReason(errno)
          let type = entry.pointee.d_type
          if hasInputSuffix(nameBytes) || type == UInt8(DT_DIR) || type == UInt8(DT_UNKNOWN) {
            found.append(path)
            collected.unreadable[path] = "cannot be examined: \(reason)"
          }
          continue
        }
        let type = info.st_mode & S_IFMT
        if type == S_IFLNK { continue }
        if type == S_IFDIR {
          pending.append(path)
        } else if type == S_IFREG, hasInputSuffix(nameBytes) {
          found.append(path)
        }
      }
    }
    collected.files += found.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
  }

  /// A name ending `.xml` or `.json` in any case.
  private static func hasInputSuffix(_ name: [UInt8]) -> Bool {
    let lower = name.map { (0x41...0x5A).contains($0) ? $0 + 32 : $0 }
    return lower.ends(with: Array(".xml".utf8)) || lower.ends(with: Array(".json".utf8))
  }
}

extension Array where Element == UInt8 {
  fileprivate func ends(with suffix: [UInt8]) -> Bool { count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix }
}
