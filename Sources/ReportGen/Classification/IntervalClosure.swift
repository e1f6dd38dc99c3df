/// Which end of a class interval belongs to the class.
public enum IntervalClosure: Sendable, Hashable {
    /// `(lo, hi]`, the first class `[min, b0]`: mapclassify's convention; legends read "über 10,0 bis 20,0".
    case right
    /// `[lo, hi)`, the last class closed `[lo, max]`: R classInt's default; legends read "10,0 bis unter 20,0".
    case left
}
