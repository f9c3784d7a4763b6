import Testing

@Test func placeholder_NDCCompileTests() { #expect(Bool(true)) }
