import Foundation
import NDCFormats

/// Turns command-line PATHs and `--files-from` into the list of input files (CLI.md "Inputs"):
/// a file is taken whatever its name; a folder is searched recursively for names ending
/// `.xml` or `.json` (any case), hidden files and folders skipped, symbolic links not
/// followed, ordered by byte-wise path.
public enum InputCollector {
  public static func collect(paths: [String], filesFrom: String?) throws(InputError) -> [String] {
    var all = paths
    if let filesFrom {
      guard let data = FileManager.default.contents(atPath: filesFrom), let text = String(data: data, encoding: .utf8) else {
        throw InputError(path: filesFrom, reason: "cannot be read")
      }
      all += text.split(separator: "\n", omittingEmptySubsequences: true).map {
        $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
      }.filter { !$0.isEmpty }
    }
    var files: [String] = []
    for path in all {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw InputError(path: path, reason: "no such file or folder")
      }
      if isDirectory.boolValue {
        files += try folderFiles(path)
      } else {
        files.append(path)
      }
    }
    return files
  }

  private static func folderFiles(_ folder: String) throws(InputError) -> [String] {
    var found: [String] = []
    var pending = [folder]
    while let current = pending.popLast() {
      let names: [String]
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: current)
      } catch {
        throw InputError(path: current, reason: "folder cannot be read")
      }
      for name in names where !name.hasPrefix(".") {
        let path = current.hasSuffix("/") ? current + name : current + "/" + name
        var info = stat()
        guard lstat(path, &info) == 0 else { continue }
        let type = info.st_mode & S_IFMT
        if type == S_IFLNK { continue }
        if type == S_IFDIR {
          pending.append(path)
        } else if type == S_IFREG {
          let lower = name.lowercased()
          if lower.hasSuffix(".xml") || lower.hasSuffix(".json") { found.append(path) }
        }
      }
    }
    return found.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
  }
}
