import Foundation
import Synchronization

/// Token buckets per key (a token id, or a client address): `rate` requests a second sustained,
/// bursts of `burst`. Keys idle long enough to have a full bucket are forgotten, so the table
/// stays small whatever the clients send.
public final class RateLimiter: Sendable {
  public let rate: Double
  public let burst: Double
  private let buckets = Mutex<[String: Bucket]>([:])
  private let clock: @Sendable () -> Double

  struct Bucket { var tokens: Double; var at: Double }

  public init(rate: Double, burst: Double, clock: @escaping @Sendable () -> Double = { Date().timeIntervalSinceReferenceDate }) {
    self.rate = rate; self.burst = burst; self.clock = clock
  }

  /// The seconds to wait if `key`'s bucket is empty now, without taking from it; nil otherwise.
  public func blocked(_ key: String) -> Int? {
    let now = clock()
    return buckets.withLock { table in
      guard let bucket = table[key] else { return nil }
      let tokens = min(burst, bucket.tokens + (now - bucket.at) * rate)
      return tokens >= 1 ? nil : max(1, Int(((1 - tokens) / rate).rounded(.up)))
    }
  }

  /// nil when the request may proceed (and is counted); otherwise the seconds to wait.
  public func take(_ key: String) -> Int? {
    let now = clock()
    return buckets.withLock { table in
      if table.count > 10_000 { table = table.filter { now - $0.value.at < burst / rate } }
      var bucket = table[key] ?? Bucket(tokens: burst, at: now)
      bucket.tokens = min(burst, bucket.tokens + (now - bucket.at) * rate)
      bucket.at = now
      if bucket.tokens >= 1 {
        bucket.tokens -= 1
        table[key] = bucket
        return nil
      }
      table[key] = bucket
      return max(1, Int(((1 - bucket.tokens) / rate).rounded(.up)))
    }
  }
}
