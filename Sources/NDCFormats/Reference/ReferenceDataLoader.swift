import Foundation
import NDCCore
import NDCStorage

/// A reference-data file that cannot be used: unreadable, malformed, or inconsistent.
/// The CLI reports it and exits 2.
public struct ReferenceDataError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file as given (`(shipped)` never appears: the shipped file's bundle path is used).
  public var path: String
  public var message: String
  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }
  public var description: String { "\(path): reference data: \(message)" }
}

/// Loads reference data: the shipped file (`reference.json`, a resource of this module) or a
/// replacement given with `--reference PATH`. Both go through the same checks.
public enum ReferenceDataLoader {
  /// The shipped reference data, read and checked once per process.
  public static func shipped() throws(ReferenceDataError) -> ReferenceData {
    try shippedResult.get()
  }

  /// A reference-data file is read up to this size (the shipped one is under 100 KiB).
  public static let maxFileBytes = 64 * 1024 * 1024

  /// Reads and checks a reference-data file in the documented format.
  public static func load(path: String) throws(ReferenceDataError) -> ReferenceData {
    let bytes: [UInt8]?
    do {
      bytes = try FileBytes.read(path: path, limit: maxFileBytes)
    } catch {
      throw ReferenceDataError(path: path, message: "cannot be read: \(error.reason)")
    }
    guard let bytes else { throw ReferenceDataError(path: path, message: "larger than 64 MiB") }
    // Decoded where the bytes are (the `Data` lives only during the decode): a copy would hold
    // the file twice while it is decoded, 37 MiB more at the peak with the 38 MB reference file
    // of the 100 000-file benchmark (decision 225).
    let decoded = bytes.withUnsafeBytes { raw in
      Result { () throws(ReferenceDataError) in
        guard let start = raw.baseAddress else { return try decode(Data(), path: path) }
        return try decode(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: start), count: raw.count, deallocator: .none), path: path)
      }
    }
    return try decoded.get()
  }

  /// Checks reference data given as bytes; `path` names it in errors.
  public static func decode(_ data: Data, path: String) throws(ReferenceDataError) -> ReferenceData {
    let file: ReferenceDataFile
    do {
      file = try JSONDecoder().decode(ReferenceDataFile.self, from: data)
    } catch let error as DecodingError {
      throw ReferenceDataError(path: path, message: describe(error))
    } catch {
      throw ReferenceDataError(path: path, message: "not valid JSON (\(error.localizedDescription))")
    }
    do {
      return try ReferenceDataValidator(file: file).validated()
    } catch let problem {
      throw ReferenceDataError(path: path, message: problem.message)
    }
  }

  /// Where the shipped file is (a resource of this module).
  static var shippedURL: URL? { Bundle.module.url(forResource: "reference", withExtension: "json") }

  private static let shippedResult: Result<ReferenceData, ReferenceDataError> = {
    guard let url = shippedURL else {
      return .failure(ReferenceDataError(path: "reference.json", message: "the shipped reference data is missing from the bundle"))
    }
    do throws(ReferenceDataError) {
      return .success(try load(path: url.path))
    } catch {
      return .failure(error)
    }
  }()

  private static func describe(_ error: DecodingError) -> String {
    func at(_ path: [any CodingKey]) -> String {
      let text = path.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
      return text.isEmpty ? "the root" : String(text.drop { $0 == "." })
    }
    switch error {
    case .dataCorrupted(let context) where context.codingPath.isEmpty:
      return "not valid JSON (\(context.debugDescription))"
    case .dataCorrupted(let context):
      return "\(at(context.codingPath)): \(context.debugDescription)"
    case .keyNotFound(let key, let context):
      return "\(at(context.codingPath + [key])): required member missing"
    case .typeMismatch(let type, let context):
      return "\(at(context.codingPath)): expected \(type)"
    case .valueNotFound(let type, let context):
      return "\(at(context.codingPath)): expected \(type), found null"
    @unknown default:
      return "malformed (\(error))"
    }
  }
}
