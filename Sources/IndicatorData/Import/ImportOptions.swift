/// How strictly an import treats what it finds implausible.
public struct ImportOptions: Sendable {
    /// Implausible values, areas and points are errors (the store is left unchanged) instead of warnings.
    public var strict: Bool

    public init(strict: Bool = false) {
        self.strict = strict
    }
}
