// swift-tools-version: 6.0
import PackageDescription

/// Warnings are errors in every target and every configuration.
let strict: [SwiftSetting] = [.unsafeFlags(["-warnings-as-errors"])]

let package = Package(
    name: "ReportGen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "reportgen", targets: ["reportgen"]),
        .library(name: "ReportGen", targets: ["ReportGen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // C headers, one small system library target per C library (as GRDB does for SQLite).
        .systemLibrary(
            name: "CCairo", pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        .systemLibrary(
            name: "CGDAL", pkgConfig: "gdal",
            providers: [.apt(["libgdal-dev"])]),
        .systemLibrary(
            name: "CNettle", pkgConfig: "nettle",
            providers: [.apt(["nettle-dev"])]),
        .systemLibrary(
            name: "CDeflate", pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"])]),
        .systemLibrary(
            name: "CXLSXWriter", pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]),

        // Value types all layers share: geometry, colours, sizes, periods, German numbers; no dependencies.
        .target(name: "Values", swiftSettings: strict),
        // The only Swift code that calls Cairo, Pango, libdeflate and Nettle.
        .target(name: "CairoBridge", dependencies: ["Values", "CCairo", "CDeflate", "CNettle"], swiftSettings: strict),
        // The only Swift code that calls GDAL: vector files, sheets, geometries, coordinate systems.
        .target(name: "GDALBridge", dependencies: ["Values", "CGDAL"], swiftSettings: strict),
        // Indicator data without presentation: store, import, statistics, topology simplification; links no Cairo.
        .target(
            name: "IndicatorData",
            dependencies: [
                "Values", "GDALBridge",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict),
        // Document model, measurement, pagination, figures, painting.
        .target(name: "Layout", dependencies: ["Values", "CairoBridge"], swiftSettings: strict),
        // The German words ReportGen hands to Layout with every document and figure: a target of its own so that the
        // layout tests print the very same words without depending on ReportGen (Layout itself holds none).
        .target(name: "GermanWords", dependencies: ["Layout"], swiftSettings: strict),
        // The editable and reusable formats (HTML, DOCX, ODT, XLSX, CSV), each a writer over the same document.
        .target(
            name: "Formats", dependencies: ["Values", "Layout", "CairoBridge", "CXLSXWriter"], swiftSettings: strict),
        // Templates, resolving, narrative, palettes, batch rendering, command line.
        .target(
            name: "ReportGen",
            dependencies: [
                "Values", "IndicatorData", "Layout", "CairoBridge", "Formats", "GermanWords",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),
        // The `reportgen` executable: a thin entry point so that tests can import the library.
        .executableTarget(name: "reportgen", dependencies: ["ReportGen"], swiftSettings: strict),

        // Reads PDFs back with poppler-utils and qpdf, for the tests.
        .target(name: "PDFInspection", path: "Tests/PDFInspection", swiftSettings: strict),
        .testTarget(name: "ValuesTests", dependencies: ["Values"], swiftSettings: strict),
        .testTarget(name: "GDALBridgeTests", dependencies: ["GDALBridge", "Values"], swiftSettings: strict),
        .testTarget(name: "CairoBridgeTests", dependencies: ["CairoBridge", "PDFInspection"], swiftSettings: strict),
        .testTarget(
            name: "LayoutTests", dependencies: ["Layout", "GermanWords", "PDFInspection"], swiftSettings: strict),
        .testTarget(
            name: "ReportGenTests", dependencies: ["ReportGen", "IndicatorData", "Formats", "PDFInspection"],
            exclude: ["Fixtures"],
            swiftSettings: strict),
    ]
)
