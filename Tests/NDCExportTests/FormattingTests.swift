@testable import NDCCore
import NDCExport
import Testing

@Suite struct FormattingTests {
  @Test(arguments: [
    ("1234.5", "1.2345"), ("0.000001", "0.000000001"), ("-12", "-0.012"), ("1000", "1"), ("0", "0"),
    ("123456789.123456", "123456.789123456"), ("999", "0.999"), ("-0.5", "-0.0005"), ("10", "0.01"),
  ])
  func kilotonnesShiftTheDecimalPointWithoutRounding(_ tonnes: String, _ kt: String) {
    #expect(Kilotonnes.text(ExactDecimal(tonnes)!) == kt)
    #expect(Fixture.tonnes(fromKt: kt) == ExactDecimal(tonnes)!)
  }

  @Test func csvQuotesOnlyWhatNeedsQuoting() {
    let table = CSVTable(header: ["a", "b"], rows: [["plain", "with, comma"], ["say \"hi\"", "two\nlines"], ["", "æøå"]])
    #expect(table.text == "a,b\nplain,\"with, comma\"\n\"say \"\"hi\"\"\",\"two\nlines\"\n,æøå\n")
    #expect(Fixture.parseCSV(table.text) == [["a", "b"], ["plain", "with, comma"], ["say \"hi\"", "two\nlines"], ["", "æøå"]])
  }

  /// Decision 249: a text a spreadsheet would run as a formula gets an apostrophe; numbers,
  /// and texts that only contain such a character later, are written as they are.
  @Test func csvTextThatASpreadsheetWouldRunIsNeutralised() {
    let cases: [(String, String)] = [
      ("=HYPERLINK(\"http://x\",\"klik\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\""), ("+45 1234", "'+45 1234"),
      ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\r=1", "\"'\r=1\""),
      ("-", "'-"), ("-1.", "'-1."), ("-.5", "'-.5"), ("--5", "'--5"),
      ("-12.5", "-12.5"), ("-0", "-0"), ("-595658.735", "-595658.735"), ("a=b", "a=b"), ("Ærø -20 %", "Ærø -20 %"), ("", ""),
    ]
    for (field, written) in cases {
      let text = CSVTable(header: ["f"], rows: [[field]]).text
      #expect(text == "f\n\(written)\n", "\(field.debugDescription)")
    }
  }

  @Test func numbersForPeopleKeepEveryDigit() {
    let value = ExactDecimal("34039453.5")!
    #expect(NumberText.format(value, .en) == "34,039,453.5")
    #expect(NumberText.format(value, .da) == "34.039.453,5")
    #expect(NumberText.format(ExactDecimal("-999.25")!, .en) == "−999.25")
    #expect(NumberText.format(ExactDecimal("1000")!, .da) == "1.000")
    #expect(NumberText.percent(ExactDecimal("66.7")!, .da) == "66,70")
  }

  @Test func instrumentStatusAndSectorMappings() {
    #expect(UNFCCCMappings.instrument(.publicInvestment) == "Economic")
    #expect(UNFCCCMappings.instrument(.economic) == "Economic")
    #expect(UNFCCCMappings.instrument(.voluntaryAgreement) == "Voluntary/negotiated agreement")
    #expect(UNFCCCMappings.instrument(.fiscal) == "Fiscal")
    #expect(UNFCCCMappings.status(.implemented) == "Implemented")
    #expect(UNFCCCMappings.status(.expired) == "Expired")
    #expect(UNFCCCMappings.sectors(ofGPC: "I.4.4") == ["Energy"])
    #expect(UNFCCCMappings.sectors(ofGPC: "II.1") == ["Transport"])
    #expect(UNFCCCMappings.sectors(ofGPC: "III") == ["Waste management"])
    #expect(UNFCCCMappings.sectors(ofGPC: "IV.2") == ["Industrial processes and product use"])
    #expect(UNFCCCMappings.sectors(ofGPC: "V.1") == ["Agriculture"])
    #expect(UNFCCCMappings.sectors(ofGPC: "V.3.1") == ["Agriculture"])
    #expect(UNFCCCMappings.sectors(ofGPC: "V.2") == ["LULUCF"])
    #expect(UNFCCCMappings.sectors(ofGPC: "V") == ["Agriculture", "LULUCF"])
    #expect(UNFCCCMappings.sectors(ofGPC: "VI") == ["Other"])
  }
}
