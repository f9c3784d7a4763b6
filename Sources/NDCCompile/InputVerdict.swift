import NDCCore

/// What rule 1 decides for one input.
struct InputVerdict: Hashable, Sendable {
  var status: InputStatus
  var reason: String
}
