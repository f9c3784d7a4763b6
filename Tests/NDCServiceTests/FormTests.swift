import Foundation
import NDCForms
import NDCFuzzContracts
import Testing

/// The web pages' form bodies (NDCForms), each rule both ways.
@Suite("forms") struct FormTests {
  @Test func urlEncodedFieldsDecodePlusAndEscapesAndKeepTheLastOfARepeatedName() {
    let fields = URLEncodedForm.fields(Array("csrf=a%2Bb&token=x+y%20z&empty=&bare&csrf=c".utf8))
    #expect(fields == ["csrf": "c", "token": "x y z", "empty": "", "bare": ""])
    #expect(URLEncodedForm.fields(Array("bad=%C3%28&half=%4".utf8)) == ["bad": "", "half": ""], "escapes that are not UTF-8")
    #expect(URLEncodedForm.fields([UInt8]()) == [:])
  }

  @Test func urlEncodedFieldsWrittenAgainReadBack() {
    let fields = [(name: "a&b=c", value: "1+2 %3"), (name: "æø", value: "\u{0}\r\n")]
    let text = URLEncodedForm.encode(fields)
    #expect(text == "a%26b%3Dc=1%2B2+%253&%C3%A6%C3%B8=%00%0D%0A")
    #expect(URLEncodedForm.fields(Array(text.utf8)) == ["a&b=c": "1+2 %3", "æø": "\u{0}\r\n"])
  }

  @Test func theBoundaryIsAMultipartFormDataParameter() {
    #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=abc") == "abc")
    #expect(MultipartForm.boundary(contentType: "Multipart/Form-Data;charset=utf-8; Boundary=\"a b\"") == "a b")
    #expect(MultipartForm.boundary(contentType: "multipart/form-data") == nil)
    #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=") == nil)
    #expect(MultipartForm.boundary(contentType: "multipart/mixed; boundary=abc") == nil)
    #expect(MultipartForm.boundary(contentType: "text/plain; boundary=abc") == nil)
    #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=" + String(repeating: "a", count: 70)) != nil)
    #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=" + String(repeating: "a", count: 71)) == nil)
    #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=\"a \"") == nil, "ends in a space")
    #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=a\u{0D}b") == nil)
    #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=kø") == nil)
  }

  static let upload = Array(
    """
    --XyZ\r
    Content-Disposition: form-data; name="csrf"\r
    \r
    token-1\r
    --XyZ\r
    content-disposition: form-data; name="file"; filename="101.json"\r
    Content-Type: application/json\r
    \r
    {"a": "--Xy"}\r
    --XyZ--\r

    """.utf8)

  @Test func partsAndTheUploadForm() throws {
    let parts = try #require(MultipartForm.parts(Self.upload, boundary: "XyZ"))
    #expect(parts.count == 2)
    #expect(parts[1].headers["content-type"] == "application/json")
    let form = UploadForm(parts: parts)
    #expect(form.fields == ["csrf": "token-1"])
    #expect(form.file?.bytes == Array(#"{"a": "--Xy"}"#.utf8))
    #expect(form.file?.contentType == "application/json")
  }

  @Test func aFieldLongerThanTheBoundIsDroppedAndAPartWithoutANameIsSkipped() {
    let long = MultipartPart(headers: ["content-disposition": "form-data; name=\"note\""], body: Array(repeating: 0x61, count: 4097))
    let short = MultipartPart(headers: ["content-disposition": "form-data; name=\"csrf\""], body: Array(repeating: 0x61, count: 4096))
    let nameless = MultipartPart(headers: ["content-disposition": "form-data"], body: Array("x".utf8))
    let form = UploadForm(parts: [long, short, nameless])
    #expect(form.fields.keys.sorted() == ["csrf"])
    #expect(form.file == nil)
  }

  @Test func aBodyThatBreaksOffIsRefused() throws {
    for cut in [90, Self.upload.count - 3, Self.upload.count - 8] {
      #expect(MultipartForm.parts(Array(Self.upload.prefix(cut)), boundary: "XyZ") == nil, "cut at \(cut)")
    }
    #expect(MultipartForm.parts(Self.upload, boundary: "XyZ") != nil)
  }

  /// What MultipartKit 4.7.1 trapped on (decision 235): a byte above 0x7F in a header name.
  @Test func aHeaderThatIsNotATokenAndCRLFIsRefused() {
    func body(_ header: String) -> [UInt8] {
      Array("--b\r\n\(header)\r\n\r\nx\r\n--b--\r\n".utf8)
    }
    #expect(MultipartForm.parts(body("Content-Disposition: form-data; name=\"a\""), boundary: "b")?.count == 1)
    #expect(MultipartForm.parts(body("X-Ok: København"), boundary: "b")?.first?.headers == ["x-ok": "København"], "UTF-8 in a value")
    #expect(MultipartForm.parts(body("X-Tab: a\tb"), boundary: "b")?.first?.headers == ["x-tab": "a\tb"])
    for bad in ["Kø: 1", ": 1", "No colon", "Sp ace: 1", "A: 1\nB: 2", "A: 1\u{0}", "A: \u{7F}", "A: \u{1B}[31m"] {
      #expect(MultipartForm.parts(body(bad), boundary: "b") == nil, "\(bad)")
    }
  }

  @Test func theCountsOfPartsAndHeadersAreBounded() {
    let part = "--b\r\nA: 1\r\n\r\nx\r\n"
    func parts(_ n: Int) -> [MultipartPart]? { MultipartForm.parts(Array((String(repeating: part, count: n) + "--b--").utf8), boundary: "b") }
    #expect(parts(MultipartForm.maxParts)?.count == MultipartForm.maxParts)
    #expect(parts(MultipartForm.maxParts + 1) == nil)
    func headers(_ n: Int) -> [MultipartPart]? {
      MultipartForm.parts(Array(("--b\r\n" + (0..<n).map { "H\($0): v\r\n" }.joined() + "\r\nx\r\n--b--").utf8), boundary: "b")
    }
    #expect(headers(MultipartForm.maxHeaders)?.first?.headers.count == MultipartForm.maxHeaders)
    #expect(headers(MultipartForm.maxHeaders + 1) == nil)
  }

  @Test func aPreambleAndTransportPaddingAreAllowed() throws {
    let parts = try #require(MultipartForm.parts(Array("preamble\r\n--b  \r\nA: 1\r\n\r\nx\r\n--b--\r\nepilogue".utf8), boundary: "b"))
    #expect(parts == [MultipartPart(headers: ["a": "1"], body: Array("x".utf8))])
    #expect(MultipartForm.parts(Array("--b x\r\n\r\nx\r\n--b--".utf8), boundary: "b") == nil, "padding is white space only")
    #expect(MultipartForm.parts(Array("no delimiter at all".utf8), boundary: "b") == nil)
  }

  @Test func aParameterOfAHeader() {
    #expect(MultipartForm.parameter("name", in: "form-data; NAME=\"a\"") == "a", "the key in any case, the quotes removed")
    #expect(MultipartForm.parameter("name", in: "form-data; filename=\"x\"; name=file") == "file")
    #expect(MultipartForm.parameter("name", in: "form-data; filename=\"x\"") == nil)
  }

  /// The fuzz target's contract holds on a form of each kind and on bytes that are neither.
  @Test func theFormsContract() throws {
    let seed = Array("multipart/form-data; boundary=XyZ\n".utf8) + Self.upload
    #expect(throws: Never.self) { try ReaderContract.serviceForms.check(seed) }
    #expect(throws: Never.self) { try ReaderContract.serviceForms.check(Array("application/x-www-form-urlencoded\ncsrf=a&token=b".utf8)) }
    #expect(throws: Never.self) { try ReaderContract.serviceForms.check([0xFF, 0x0A, 0x25]) }
  }
}
