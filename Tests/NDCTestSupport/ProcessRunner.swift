import Dispatch
import Foundation

/// A child process's exit status and everything it printed.
public struct ProcessResult: Sendable {
  public var status: Int32
  public var stdout: String
  public var stderr: String
}

public struct ProcessRunnerError: Error, CustomStringConvertible {
  public var description: String
}

/// Runs a program and reads both of its pipes at once, so that a child writing more than a
/// pipe buffer to either never blocks on the other.
public enum ProcessRunner {
  public static func run(
    _ executable: URL, _ arguments: [String], environment: [String: String] = [:], in directory: URL = PackageRoot.url,
    input: Data? = nil
  ) throws -> ProcessResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let stdin = Pipe()
    process.standardInput = input == nil ? FileHandle.nullDevice : stdin
    try process.run()
    if let input {
      try stdin.fileHandleForWriting.write(contentsOf: input)
      try stdin.fileHandleForWriting.close()
    }
    let group = DispatchGroup()
    let errBox = DataBox()
    group.enter()
    DispatchQueue.global().async {
      errBox.data = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return ProcessResult(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errBox.data, as: UTF8.self))
  }

  private final class DataBox: @unchecked Sendable { var data = Data() }
}

/// The `ndc` executable of this build: the one beside the test bundle, built by the same
/// `swift test` (never one of another configuration or an older build).
public enum NDCBinary {
  public static let url: URL? = {
    var url = Bundle.main.bundleURL
    for _ in 0..<4 {
      let candidate = url.appendingPathComponent("ndc")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      url = url.deletingLastPathComponent()
    }
    return nil
  }()

  /// Runs `ndc` with these arguments.
  public static func run(
    _ arguments: [String], environment: [String: String] = [:], in directory: URL = PackageRoot.url, input: Data? = nil
  ) throws -> ProcessResult {
    guard let binary = url else {
      throw ProcessRunnerError(description: "the ndc executable is not built beside the tests (run `swift build --build-tests`)")
    }
    return try ProcessRunner.run(binary, arguments, environment: environment, in: directory, input: input)
  }
}
