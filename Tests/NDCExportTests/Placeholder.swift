import Testing

@Test func placeholder_NDCExportTests() { #expect(Bool(true)) }
