/// Who a report is for, as a template's `audience:` says; decides which indicators and notes it may show.
public enum Audience: String, Sendable, CaseIterable { case `public`, `internal` }
