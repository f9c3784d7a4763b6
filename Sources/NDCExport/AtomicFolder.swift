import Foundation
import NDCFormats
import NDCStorage

/// Writing a folder of files atomically (CLI.md, "Outputs"): the files go to a temporary folder
/// beside the target, which is then renamed onto it. An existing non-empty folder is refused
/// unless `replacing` is true; it is then moved aside, replaced, and removed.
public enum AtomicFolder {
  public static func write(_ files: [ExportFile], to path: String, replacing: Bool) throws(InputError) {
    let manager = FileManager.default
    let target = URL(fileURLWithPath: path).standardizedFileURL
    let parent = target.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: parent.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw InputError(path: path, reason: "the folder \(parent.path) does not exist")
    }
    let exists = manager.fileExists(atPath: target.path, isDirectory: &isDirectory)
    if exists {
      guard isDirectory.boolValue else { throw InputError(path: path, reason: "exists and is not a folder") }
      let contents = (try? manager.contentsOfDirectory(atPath: target.path)) ?? []
      if !contents.isEmpty && !replacing {
        throw InputError(path: path, reason: "the folder exists and is not empty (use --force to replace it)")
      }
    }
    let pid = ProcessInfo.processInfo.processIdentifier
    let temporary = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(pid)")
    let aside = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(pid)")
    InterruptedOutputs.temporary(temporary.path)
    defer {
      InterruptedOutputs.settled(temporary.path)
      InterruptedOutputs.settled(aside.path)
    }
    do {
      try? manager.removeItem(at: temporary)
      try manager.createDirectory(at: temporary, withIntermediateDirectories: false)
      for file in files {
        try Data(file.text.utf8).write(to: temporary.appendingPathComponent(file.name))
      }
    } catch {
      try? manager.removeItem(at: temporary)
      throw InputError(path: path, reason: "cannot be written (\(error.localizedDescription))")
    }
    if exists { InterruptedOutputs.aside(aside.path, of: target.path) }
    if exists, rename(target.path, aside.path) != 0 {
      let reason = String(cString: strerror(errno))
      try? manager.removeItem(at: temporary)
      throw InputError(path: path, reason: "cannot be replaced (\(reason))")
    }
    if rename(temporary.path, target.path) != 0 {
      let reason = String(cString: strerror(errno))
      if exists { _ = rename(aside.path, target.path) }
      try? manager.removeItem(at: temporary)
      throw InputError(path: path, reason: "cannot be written (\(reason))")
    }
    if exists { try? manager.removeItem(at: aside) }
  }
}
