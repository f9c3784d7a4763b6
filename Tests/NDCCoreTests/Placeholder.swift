import Testing

@Test func placeholder_NDCCoreTests() { #expect(Bool(true)) }
