import Foundation

/// The package root, found from this file's path (Tests/NDCFormatsTests/…).
enum PackageRoot {
  static let url = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func file(_ relativePath: String) -> URL { url.appendingPathComponent(relativePath) }

  static func text(_ relativePath: String) throws -> String {
    try String(contentsOf: file(relativePath), encoding: .utf8)
  }

  /// The files directly in a folder of the package with the given extension, sorted.
  static func files(in folder: String, extension ext: String) throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: file(folder), includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == ext }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
  }
}
