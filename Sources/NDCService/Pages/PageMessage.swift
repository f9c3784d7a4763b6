import NDCCore

/// A message of the web pages in the page's language (decision 241): a key of `PageTexts`
/// whose `{1}`, `{2}`… stand for the values, each written as the language writes it (numbers
/// with its separators, times in Danish time). The API's problems carry one beside their
/// English `detail`, so that a refusal the pages show reads in the page's language.
struct PageMessage: Sendable, Equatable {
  enum Value: Sendable, Equatable {
    case text(String)
    case number(Int)
    /// An RFC 3339 time.
    case time(String)
  }

  var key: String
  var values: [Value]

  init(_ key: String, _ values: Value...) {
    self.key = key
    self.values = values
  }

  /// The text in `language`, the values put in one pass (a value that holds `{2}` stays as it is).
  func text(in language: PageLanguage) -> String {
    var named: [String: String] = [:]
    for (i, value) in values.enumerated() { named[String(i + 1)] = rendered(value, in: language) }
    return TextTemplate.fill(language.text(key), named)
  }

  private func rendered(_ value: Value, in language: PageLanguage) -> String {
    switch value {
    case .text(let text): text
    case .number(let n): language.number(n)
    case .time(let time): language.time(time)
    }
  }
}
