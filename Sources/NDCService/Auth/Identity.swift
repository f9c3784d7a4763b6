import NDCStore

/// Who a request is from: one token, either the ministry's or one submitter's. Made from a
/// bearer token (`BearerAuthenticator`) and, later, from a web session: both end here.
public struct Identity: Sendable, Equatable {
  public var tokenId: String
  public var role: TokenRole
  /// The municipality or region code of a submitter token; nil for the ministry.
  public var submitter: String?

  public init(token: TokenRecord) {
    tokenId = token.id
    role = token.role
    submitter = token.role == .submitter ? token.submitter : nil
  }

  public var isMinistry: Bool { role == .ministry }

  /// Whether this identity may read a submitter's data: the ministry, or that submitter.
  public func mayRead(submitter code: String) -> Bool { isMinistry || submitter == code }
}
