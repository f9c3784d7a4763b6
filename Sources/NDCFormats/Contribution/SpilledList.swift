import Foundation
import NDCCore
import NDCDocument
import NDCStorage

/// The items of one list of the contribution document, written as the document's text ahead of
/// the document and kept in a temporary file until the stream reaches the list (which then
/// copies the text in). The file is removed from its folder as soon as it is open, so nothing
/// is left behind, whatever happens to the process.
final class SpilledList: SplicedItems, @unchecked Sendable {
  let format: InputFormat
  private let list: ListShape
  /// Its path in the document (`inventory.figures`).
  let name: String
  /// The list's depth below the root: JSON's indentation and XML's, in steps of two spaces.
  private let depth: Int
  private let handle: FileHandle
  private var pending: [UInt8] = []
  /// The bytes written to the file.
  private var size = 0
  private(set) var count = 0
  /// The first write or read that failed.
  private(set) var failure: String?
  /// Read (and its space given back).
  private var consumed = false

  static let chunkSize = 256 << 10
  /// The bytes offered to an output at a time, each range's space given back once copied.
  static let rangeSize = 64 << 20

  init(path: [String], format: InputFormat) throws(InputError) {
    guard let list = Self.listShape(at: path) else { preconditionFailure("no list at \(path.joined(separator: "."))") }
    self.format = format
    self.list = list
    name = path.joined(separator: ".")
    depth = path.count + 1
    handle = try UnlinkedTemporaryFile.open(prefix: "ndc-spill", purpose: "the document's detail")
  }

  /// The list at `path` in the contribution document's shape.
  static func listShape(at path: [String]) -> ListShape? {
    var object = ContributionFormat.document.root
    for (i, name) in path.enumerated() {
      guard let shape = object.field(name)?.shape else { return nil }
      if i == path.count - 1 {
        if case .list(let list) = shape { return list }
        return nil
      }
      guard let inner = shape.objectShape else { return nil }
      object = inner
    }
    return nil
  }

  /// The text of items as they appear after another item of the list (in JSON with the comma
  /// before them; the stream drops the first when the list has nothing before them), appended
  /// to `out`. JSON is written straight from the items, XML through their trees. Pure.
  func text<Item: DocObject>(_ items: [Item], into out: inout [UInt8]) {
    switch format {
    case .json:
      for item in items {
        JSONWriter.newLine(depth, comma: true, into: &out)
        item.writeJSON(indent: depth, into: &out)
      }
    case .xml:
      var piece = ""
      for item in items { XMLWriter.write(item.encoded(), named: list.itemElement, shape: list.item, depth: depth, into: &piece) }
      out += piece.utf8
    }
  }

  /// Appends the text of `count` items made by `text(_:)`.
  func append(_ text: [UInt8], count: Int) {
    self.count += count
    // A long text goes to the file as it is, after what is pending, not through the buffer.
    if text.count >= Self.chunkSize / 2 {
      flush()
      return write(text)
    }
    if pending.count + text.count > Self.chunkSize { flush() }
    pending += text
  }

  private func flush() {
    guard !pending.isEmpty else { return }
    write(pending)
    pending.removeAll(keepingCapacity: true)
  }

  private func write(_ bytes: [UInt8]) {
    guard failure == nil else { return }
    do {
      try handle.write(contentsOf: bytes)
      size += bytes.count
    } catch {
      failure = error.localizedDescription
    }
  }

  /// Writes what is pending; the failure, if any, from then on.
  func close() -> String? {
    flush()
    return failure
  }

  /// Hands the text written, from its byte `skipping` on, once: first to `copy` as ranges of
  /// the file while it takes them whole, the rest to `body` in chunks read from the file. The
  /// space of each range or chunk in the file is given back once it is handed over
  /// (`UnlinkedTemporaryFile.release`), so the output it is copied into takes the pages it
  /// leaves. Throws at once if the text could not all be written, or where a read fails.
  func read(skipping: Int, copy: FileRangeCopy?, _ body: ([UInt8]) -> Void) throws(InputError) {
    flush()
    precondition(!consumed, "a spilled list is read once")
    consumed = true
    let fd = handle.fileDescriptor
    var offset = skipping
    if let copy, failure == nil {
      while offset < size {
        let length = min(Self.rangeSize, size - offset)
        let copied = copy(FileRange(descriptor: fd, offset: offset, length: length))
        UnlinkedTemporaryFile.release(handle, offset: offset, length: copied)
        offset += copied
        if copied < length { break }
      }
    }
    var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
    while failure == nil {
      let got = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(offset)) }
      if got < 0 {
        if errno == EINTR { continue }
        failure = String(cString: strerror(errno))
        break
      }
      if got == 0 { break }
      body(got == chunk.count ? chunk : Array(chunk[..<got]))
      UnlinkedTemporaryFile.release(handle, offset: offset, length: got)
      offset += got
    }
    if let failure {
      throw InputError(
        path: FileManager.default.temporaryDirectory.path,
        reason: "the document's \(name) written ahead to a temporary file cannot be read back (\(failure))")
    }
  }

  /// Makes every later read of the file fail (EBADF), for the tests of a failed read.
  func breakReadsForTesting() { try? handle.close() }
}

/// Compile's per-submitter detail kept out of memory: each list's items are written as text,
/// in the output's format, to a spilled list as batches come (on all cores), and the streamed
/// writer copies them in when it reaches the list (`ContributionWriter.write(_:as:spilled:drain:copy:)`).
/// A batch is turned into text while the compiler goes on with the next (at most two wait).
public final class SpilledDetail: @unchecked Sendable {
  public let format: InputFormat
  private let lists: [SubmitterDetailList: SpilledList]
  /// Batches are written in the order they come, one after the other, off the caller's thread.
  private let queue = DispatchQueue(label: "ndc.spilled-detail")
  private let waiting = DispatchSemaphore(value: 2)
  /// The text buffers of the last batch written, to be written into again (only `write`, on
  /// the queue, touches them).
  private var spare: [[UInt8]] = []

  public init(format: InputFormat) throws(InputError) {
    self.format = format
    var lists: [SubmitterDetailList: SpilledList] = [:]
    for list in SubmitterDetailList.allCases { lists[list] = try SpilledList(path: list.path, format: format) }
    self.lists = lists
  }

  /// Submitters in a task, when a batch is turned into text on the cores.
  static let perTask = 16

  public func add(_ batch: [SubmitterDetail]) {
    waiting.wait()
    queue.async { [self] in
      write(batch)
      waiting.signal()
    }
  }

  /// Waits until every batch added is written (to the lists' pending text or their files).
  private func settle() { queue.sync {} }

  private func write(_ batch: [SubmitterDetail]) {
    let ranges = stride(from: 0, to: batch.count, by: Self.perTask).map { $0..<min($0 + Self.perTask, batch.count) }
    let kinds = SubmitterDetailList.allCases
    // Task k writes list l's text into buffer k × kinds + l: a buffer of the batch before,
    // emptied with its capacity kept, instead of one grown from nothing for every batch.
    let slots = ranges.count * kinds.count
    let texts = Slots<([UInt8], Int)>(count: slots)
    for (n, buffer) in spare.prefix(slots).enumerated() { texts[n] = (buffer, 0) }
    spare = []
    DispatchQueue.concurrentPerform(iterations: ranges.count) { k in
      for (l, list) in kinds.enumerated() {
        let n = k * kinds.count + l
        var out = texts.take(n)?.0 ?? []
        out.removeAll(keepingCapacity: true)
        var count = 0
        for i in ranges[k] { count += Self.write(batch[i], in: list, to: lists[list]!, into: &out) }
        texts[n] = (out, count)
      }
    }
    var buffers: [[UInt8]] = []
    buffers.reserveCapacity(slots)
    for n in 0..<slots {
      let (text, count) = texts.take(n)!
      if count > 0 { lists[kinds[n % kinds.count]]!.append(text, count: count) }
      buffers.append(text)
    }
    spare = buffers
  }

  /// Makes every later read of the spilled lists fail, for the tests.
  func breakReadsForTesting() {
    settle()
    for list in lists.values { list.breakReadsForTesting() }
  }

  /// Writes what is pending; throws the first failure to write a spilled list.
  public func close() throws(InputError) {
    settle()
    for list in SubmitterDetailList.allCases {
      if let failure = lists[list]!.close() {
        throw InputError(path: FileManager.default.temporaryDirectory.path, reason: "the document's detail cannot be written to a temporary file (\(failure))")
      }
    }
  }

  /// The spilled lists by their path in the document (`inventory.figures`).
  var byPath: [String: any SplicedItems] {
    settle()
    return Dictionary(uniqueKeysWithValues: lists.map { ($0.key.rawValue, $0.value) })
  }

  /// Appends the text of a submitter's items in `list`; how many there were.
  static func write(_ detail: SubmitterDetail, in list: SubmitterDetailList, to spill: SpilledList, into out: inout [UInt8]) -> Int {
    switch list {
    case .figures: spill.text(detail.figures, into: &out); return detail.figures.count
    case .memo: spill.text(detail.memo, into: &out); return detail.memo.count
    case .targets: spill.text([detail.targets], into: &out); return 1
    case .measures: spill.text([detail.measures], into: &out); return 1
    case .renewables: spill.text(detail.renewables, into: &out); return detail.renewables.count
    case .lowlandSoils: spill.text(detail.lowlandSoils, into: &out); return detail.lowlandSoils.count
    case .engagementByKind: spill.text(detail.engagementByKind, into: &out); return detail.engagementByKind.count
    case .engagementByCommitment: spill.text(detail.engagementByCommitment, into: &out); return detail.engagementByCommitment.count
    }
  }
}

/// The document's lists a submitter's detail adds to, in the document's order, with their
/// member paths from the root; each list's per-submitter rows come after its aggregate rows
/// (in `inventory.figures` and `inventory.memo`, after the nation's and the regions').
public enum SubmitterDetailList: String, CaseIterable, Sendable {
  case figures = "inventory.figures"
  case memo = "inventory.memo"
  case targets = "targets.submitters"
  case measures = "measures.submitters"
  case renewables
  case lowlandSoils
  case engagementByKind = "engagement.byKind"
  case engagementByCommitment = "engagement.byCommitment"

  /// The member names from the document's root to the list.
  public var path: [String] { rawValue.split(separator: ".").map(String.init) }
}
