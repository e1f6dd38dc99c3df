/// What a higher value of an indicator means; decides which end of a palette shows need.
public enum Polarity: String, Sendable, Hashable, Codable {
    /// More is better (e.g. Kita attendance): low values show need.
    case higherIsBetter = "higher-is-better"
    /// More is worse (e.g. child poverty): high values show need.
    case higherIsWorse = "higher-is-worse"
    /// Neither (e.g. population): the palette keeps its order.
    case neutral
}
