// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "lint-config",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lint-config", targets: ["lint-config"]),
        .library(name: "LintConfig", targets: ["LintConfig"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // libyaml from the system (Debian: libyaml-dev), never a vendored copy.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(
            name: "LintConfig",
            // fly.toml is read by our own TOML reader (Formats/TOML), so no C++ is built.
            dependencies: ["CYAML"]
        ),
        .executableTarget(
            name: "lint-config",
            dependencies: [
                "LintConfig",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench`: SQL front-end throughput against squawk and pglast (release build).
        .executableTarget(
            name: "lint-config-bench",
            dependencies: ["LintConfig"]
        ),
        .testTarget(
            name: "LintConfigTests",
            // The executable is a dependency so that the CLI tests can run the real binary.
            dependencies: ["LintConfig", "lint-config"],
            exclude: ["Fixtures"]
        ),
    ]
)
