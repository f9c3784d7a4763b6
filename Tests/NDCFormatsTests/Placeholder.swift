import Testing

@Test func placeholder_NDCFormatsTests() { #expect(Bool(true)) }
