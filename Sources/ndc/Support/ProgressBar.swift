import Foundation
import NDCEngine

/// A progress bar on standard error, shown only on a terminal, without `--quiet`, and only
/// once a run has taken more than a second.
final class ProgressBar: ProgressObserver, @unchecked Sendable {
  private let total: Int
  private let label: String
  private let enabled: Bool
  private let start = Date()
  private let lock = NSLock()
  private var done = 0
  private var shown = false
  private var lastDraw = Date.distantPast

  init(total: Int, label: String, quiet: Bool) {
    self.total = total
    self.label = label
    self.enabled = !quiet && Terminal.standardErrorIsTerminal && total > 0
  }

  func advance() {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    done += 1
    let now = Date()
    guard now.timeIntervalSince(start) > 1, now.timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
    lastDraw = now
    shown = true
    let width = 30
    let filled = total == 0 ? width : done * width / total
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    FileHandle.standardError.write(Data("\r\(label) \(bar) \(done)/\(total)".utf8))
  }

  func finish() {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }
}
