import Testing

@Test func placeholder_NDCCheckTests() { #expect(Bool(true)) }
