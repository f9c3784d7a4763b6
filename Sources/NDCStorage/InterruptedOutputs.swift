import Foundation
import Synchronization

/// What an interrupted command leaves of its outputs (decision 254): every temporary file or
/// folder beside a target is registered while it exists, and a folder moved aside to be
/// replaced is registered with its target. `undo()` (the CLI runs it on SIGINT and SIGTERM,
/// then exits) removes the temporary ones and moves an aside folder back where its target is
/// missing, so an interrupted run leaves the old output as it was and nothing else. SIGKILL
/// cannot be caught: the names carry the process id, so what it leaves is never mistaken.
public enum InterruptedOutputs {
  enum Entry: Hashable {
    case temporary(String)
    case aside(String, target: String)
  }

  struct State {
    var entries: [Entry] = []
    var interrupted = false
  }

  private static let state = Mutex(State())

  public static func temporary(_ path: String) { state.withLock { $0.entries.append(.temporary(path)) } }
  public static func aside(_ path: String, of target: String) { state.withLock { $0.entries.append(.aside(path, target: target)) } }

  /// The path is settled (renamed, removed): no longer undone.
  public static func settled(_ path: String) {
    state.withLock { state in
      state.entries.removeAll { entry in
        switch entry {
        case .temporary(let p), .aside(let p, _): p == path
        }
      }
    }
  }

  /// Removes the temporary outputs and puts back what was moved aside, newest first. The
  /// command's own thread may be writing meanwhile; it waits in `waitIfInterrupted()`.
  public static func undo() {
    state.withLock { state in
      state.interrupted = true
      undo(state.entries)
      state.entries.removeAll()
    }
  }

  /// For the command's own thread before it exits: when an interruption is being undone,
  /// waits until that is done and never returns (the signal's handler ends the process with
  /// the signal's status); else returns at once.
  public static func waitIfInterrupted() {
    guard state.withLock({ $0.interrupted }) else { return }
    while true { pause() }
  }

  /// Undoes `list`, newest first (the registry's entries; a test gives its own).
  static func undo(_ list: [Entry]) {
    for entry in list.reversed() {
      switch entry {
      case .temporary(let path):
        // The command goes on writing while this runs: a folder is first renamed out of its
        // way (its next files then fail), so that it is removed whole.
        let gone = path + ".gone"
        try? FileManager.default.removeItem(atPath: rename(path, gone) == 0 ? gone : path)
      case .aside(let path, let target):
        var info = stat()
        if lstat(target, &info) != 0 { _ = rename(path, target) } else { try? FileManager.default.removeItem(atPath: path) }
      }
    }
  }
}
