extension Indicator {
    /// How the indicator is computed when it is a declared index (`formula: { index: … }`).
    public var indexMethod: IndexMethod? {
        if case .index(let method) = formula { return method }
        return nil
    }

    /// How the indicator classes another one (`formula: { classes: … }`).
    public var classMethod: ClassMethod? {
        if case .classes(let method) = formula { return method }
        return nil
    }

    /// The two class indicators the indicator crosses (`formula: { cross: [status, dynamics] }`).
    public var crossedClasses: [String]? {
        if case .cross(let pair) = formula { return pair }
        return nil
    }
}
