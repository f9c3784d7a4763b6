import Foundation

/// Where the package's files are, for every test target.
public enum PackageRoot {
  /// The package root (the folder holding Package.swift).
  public static let url: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// A file or folder under the package root.
  public static func path(_ relative: String) -> URL { url.appendingPathComponent(relative) }
  public static func file(_ relative: String) -> URL { path(relative) }

  /// A text file under the package root.
  public static func text(_ relative: String) throws -> String {
    try String(contentsOf: path(relative), encoding: .utf8)
  }

  /// The files directly in a folder of the package with the given extension, sorted by name.
  public static func files(in folder: String, extension ext: String) throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: path(folder), includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == ext }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
  }
}

/// The shipped corpora.
public enum Corpus {
  /// fixtures/dk: one submission per municipality and region.
  public static let dk = PackageRoot.path("fixtures/dk")

  /// The submission files of a folder (`.xml`, `.json`), sorted by name.
  public static func files(in folder: URL) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".json") || $0.hasSuffix(".xml") }.sorted().map { folder.appendingPathComponent($0) }
  }

  /// Each file of a folder with its bytes, named as `fixtures/dk/NAME` relative to the root.
  public static func contents(of folder: URL) -> [(path: String, bytes: [UInt8])] {
    let prefix = PackageRoot.url.path + "/"
    return files(in: folder).compactMap { url in
      guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
      let path = url.path.hasPrefix(prefix) ? String(url.path.dropFirst(prefix.count)) : url.path
      return (path, [UInt8](data))
    }
  }
}

/// A fresh temporary folder, removed by the caller.
public func temporaryFolder(_ label: String = "ndc-test") throws -> URL {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  return dir
}
