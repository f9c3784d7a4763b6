@testable import NDCDocument
import NDCLibXML
import Testing

/// The scans of decision 255 find the mistake where it is and give up where it is not, so
/// that libxml2's own position is kept rather than a wrong one.
@Suite struct WellFormednessAnchorTests {
  func anchored(_ anchor: WellFormednessAnchor, _ text: String, at marker: Character = "|") -> Int? {
    let at = text.firstIndex(of: marker).map { text.utf8.distance(from: text.startIndex, to: $0) }!
    var bytes = Array(text.utf8)
    bytes.remove(at: at)
    return WellFormednessPosition.anchored(anchor, at: at, in: bytes)
  }

  @Test func aReferenceIsFoundBackToItsAmpersand() {
    #expect(anchored(.referenceBefore, "<a>x &foo;| y</a>") == 5)
    #expect(anchored(.referenceBefore, "<a>x &#0;| y</a>") == 5)
    #expect(anchored(.referenceBefore, "<a>x; y;| z</a>") == nil, "no `&` before the `;`")
    #expect(anchored(.referenceBefore, "<a>x & foo;| y</a>") == nil, "a space is not in a name")
    #expect(anchored(.referenceBefore, "<a>x &foo| y</a>") == nil, "no `;` just before")
    let long = "<a>&" + String(repeating: "n", count: WellFormednessPosition.reach + 10) + ";|</a>"
    #expect(anchored(.referenceBefore, long) == nil, "beyond the reach")
  }

  @Test func aBareAmpersandIsTheByteBefore() {
    #expect(anchored(.ampersandBefore, "<a>x &| y</a>") == 5)
    #expect(anchored(.ampersandBefore, "<a>x |y</a>") == nil)
  }

  @Test func anEndTagIsFoundBackToItsSlash() {
    #expect(anchored(.endTagBefore, "<a>x</b>|") == 4)
    #expect(anchored(.endTagBefore, "<a>x<b>|") == nil, "the last `<` opens a start tag")
    #expect(anchored(.endTagBefore, "x>|") == nil)
  }

  @Test func aRepeatedAttributeIsItsSecondName() {
    #expect(anchored(.repeatedAttribute(name: "a"), #"<e a="1" a="2">|"#) == 9)
    #expect(anchored(.repeatedAttribute(name: "a"), #"<e a = '>' b="<x" a="2">|"#) == nil, "a `<` in a value: not a tag read")
    #expect(anchored(.repeatedAttribute(name: "a"), #"<e ab="1" a="2">|"#) == nil, "a longer name is another")
    #expect(anchored(.repeatedAttribute(name: "p:a"), #"<e p:a="1" q="2" p:a='3'>|"#) == 17)
  }

  @Test func aCDATAEndIsFoundInTheTextAhead() {
    #expect(anchored(.cdataEndAfter, "<a>|x ]]> y</a>") == 5)
    #expect(anchored(.cdataEndAfter, "<a>|x y</a>]]>") == nil, "not in this text")
    #expect(anchored(.cdataEndAfter, "<a>|]]") == nil)
  }
}
