import Foundation

/// Fixed slots written once each from concurrent workers (each index by one worker only),
/// read once they are done: the results of `DispatchQueue.concurrentPerform` in order.
public final class Slots<T>: @unchecked Sendable {
  private var storage: [T?]
  private let lock = NSLock()

  public init(count: Int) { storage = Array(repeating: nil, count: count) }

  public subscript(index: Int) -> T? {
    get { lock.withLock { storage[index] } }
    set { lock.withLock { storage[index] = newValue } }
  }

  /// The value at `index`, handed over: the slot is empty afterwards.
  public func take(_ index: Int) -> T? {
    lock.withLock {
      defer { storage[index] = nil }
      return storage[index]
    }
  }
}
