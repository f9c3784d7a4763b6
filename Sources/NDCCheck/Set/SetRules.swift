import NDCCore

/// The rules over a set of inputs. "All inputs" rules see every input; "counting versions"
/// rules see the version of each submitter that counts (CONTRIBUTION.md rule 1).
public enum SetRules {
  public static let all = [duplicateVersion, submissionIdReused, fallback, overlapMeasureMissing, overlapOneSided, regionOverlapOutside, overlapCounterpartAbsent]

  public static let duplicateVersion = RuleDescriptor(
    "NDC-SET-001", .error, .set, "Same submitter, cycle and version with different content",
    """
    (All inputs.) Two inputs of one submitter, cycle and version differ in content, so which \
    one is meant is unknown; all of them are excluded (status `duplicate`). Example: \
    `101-v2.json` and `101-v2-final.json`, both version 2, with different targets. Fix: \
    submit the corrected one as version 3. (The same content in XML and JSON is fine: \
    status `identical`.)
    """)

  public static let submissionIdReused = RuleDescriptor(
    "NDC-SET-002", .warning, .set, "One submissionId for two versions",
    """
    (All inputs.) A `submissionId` is unique per submitter across all versions. Example: \
    versions 1 and 2 of 101 both `"submissionId": "kbh-2026"`. Fix: give each version its \
    own id (e.g. `kbh-2026-v2`).
    """)

  public static let fallback = RuleDescriptor(
    "NDC-SET-003", .warning, .set, "An older version counts (fallback)",
    """
    (All inputs.) The submitter's newest version is invalid or a duplicate, so its highest \
    valid earlier version counts (status `fallback`). Example: version 3 has an ERROR, \
    version 2 is valid. Fix: correct the newest version and submit it again.
    """)

  public static let overlapMeasureMissing = RuleDescriptor(
    "NDC-SET-004", .warning, .set, "Overlap names a measure the counterpart does not have",
    """
    (Counting versions.) An overlap names a measure that the other submitter's counting \
    submission does not contain, so nothing is settled for it. Example: 101's M2 overlaps \
    with 1084/R7, but 1084's counting version has R1–R5. Fix: agree the measure ids with the \
    other submitter.
    """)

  public static let overlapOneSided = RuleDescriptor(
    "NDC-SET-005", .warning, .set, "Overlap not declared by the other side",
    """
    (Counting versions.) Measure A declares an overlap with measure B, but B does not declare \
    one with A; the ledger settles it with A's share alone. Example: 101/M2 names 1084/R1, \
    R1 names nothing. Fix: the two submitters agree on the overlap and both declare it.
    """)

  public static let regionOverlapOutside = RuleDescriptor(
    "NDC-SET-006", .warning, .set, "Region overlap with a municipality outside the region",
    """
    (Counting versions.) A region's measure overlaps with a municipality that does not belong \
    to the region on the cycle's reference date. Example: Region Nordjylland (1081) naming \
    København (101). Fix: correct the submitter code of the overlap.
    """)

  public static let overlapCounterpartAbsent = RuleDescriptor(
    "NDC-SET-007", .info, .set, "Overlap with a submitter that has no counting submission",
    """
    (Counting versions.) An overlap names a submitter none of whose inputs counts, so the \
    pair is not settled and the measure keeps its full effect. Example: 101/M2 names \
    147/M1, and no valid submission of 147 is among the inputs. Nothing to fix in this file.
    """)
}
