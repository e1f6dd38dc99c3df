/// Bounds that keep classification cheap and maps readable.
enum ClassificationLimits {
    /// More classes than this cannot be told apart on a map, and would only cost time and memory.
    static let maximumClassCount = 100
}
