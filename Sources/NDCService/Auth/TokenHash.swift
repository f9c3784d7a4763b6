import Crypto
import Foundation
import NDCStore

/// Tokens are 256 random bits shown once; the store keeps only their SHA-256.
public enum TokenHash {
  public static func of(_ token: String) -> Data { Data(SHA256.hash(data: Data(token.utf8))) }
}

/// The identity behind a secret, looked up by its SHA-256: shared by the bearer authenticator
/// and by any other authenticator (a web session) that ends at a token.
public struct TokenResolver: Sendable {
  let store: any SubmissionStore
  public init(store: any SubmissionStore) { self.store = store }

  /// The active token's identity, or nil (unknown, revoked, or not token-shaped).
  public func identity(bearer token: String) async throws(StoreError) -> Identity? {
    // A token is 64 lowercase hex digits: anything else is unknown without asking the store.
    guard token.utf8.count == 64, token.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
      return nil
    }
    return try await store.activeToken(hash: TokenHash.of(token)).map(Identity.init(token:))
  }
}
