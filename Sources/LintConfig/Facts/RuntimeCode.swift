/// Which source files of a project are the runtime code of its deploy. Tests, examples, scripts,
/// docs, stories and tool configs read variables too, but no deploy runs them: their reads never
/// make a variable required by the deploy nor keep a supplied one "used" (they still count as
/// read for `env-example-stale`, since a developer sets them up from the example).
///
/// The defaults below are overridden per project by `runtime:` (globs that are runtime code
/// whatever the defaults say) and extended by `exclude:` in `lint-config.yml`.
public struct RuntimeCode: Sendable {
    let runtime: [Glob]
    let exclude: [Glob]
    /// The project's root, which `isRuntime(workspacePath:)` takes off a path.
    let root: String

    public init(runtime: [String] = [], exclude: [String] = [], root: String = "") {
        self.runtime = runtime.map(Glob.init)
        self.exclude = exclude.map(Glob.init)
        self.root = root
    }

    public init(_ project: ProjectConfig) {
        self.init(runtime: project.runtime, exclude: project.exclude, root: project.root)
    }

    /// Whether a workspace path of one of the project's files is runtime code: judged below the
    /// project's root, or as it is when the file lies outside it (a `../../packages/db` glob).
    public func isRuntime(workspacePath path: String) -> Bool {
        let prefix = root.isEmpty ? "" : root + "/"
        return isRuntime(path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path)
    }

    /// Folders whose files are never run by a deploy.
    static let folders: Set<String> = [
        "__tests__", "__test__", "test", "tests", "Tests", "spec", "specs", "e2e", "cypress", "playwright", "testdata",
        "fixtures", "__fixtures__", "mocks", "__mocks__", "examples", "example", "scripts", "docs", "doc", "stories",
        "storybook", "benchmarks", "seed", "seeds", "seeders", ".storybook",
    ]

    /// File-name infixes and prefixes of tests and stories: `x.test.ts`, `x.spec.js`, `x.stories.tsx`.
    static let infixes = [".test.", ".spec.", ".e2e.", ".stories.", ".story.", "_test.", "_spec.", ".mock.", ".mocks."]

    /// Whole file names (before the extension) of recorded data a test or a demo mode replays,
    /// and of seed scripts a developer runs (`prisma/seed.ts`).
    static let stems: Set<String> = ["mock", "mocks", "fixture", "fixtures", "seed", "seeds"]

    /// Tool configs: run by a build, a test runner or an editor, never by the deployed process.
    static let toolConfigs: Set<String> = [
        "vite", "vitest", "vitest.workspace", "playwright", "drizzle", "jest", "cypress", "eslint", "prettier", "tailwind",
        "postcss", "webpack", "rollup", "tsup", "babel", "knip", "commitlint", "lint-staged", "next", "nuxt", "astro",
        "svelte", "remix", "metro", "electron-builder", "wrangler", "histoire", "unocss", "panda", "stylelint",
        "forge", "electron.vite", "rspack", "tsdown", "trigger", "react-router", "vue",
    ]

    static let files: Set<String> = ["conftest.py", "setup.py", "noxfile.py", "fabfile.py", "jest.setup.ts", "jest.setup.js",
                                     "vitest.setup.ts", "setupTests.ts", "setupTests.js"]

    /// Whether a file (relative to the project root) is runtime code.
    public func isRuntime(_ path: String) -> Bool {
        if runtime.contains(where: { $0.matches(path) }) { return true }
        if exclude.contains(where: { $0.matches(path) }) { return false }
        return Self.defaultReason(path) == nil
    }

    /// Why a file is not runtime code by default ("a test", "a tool config"), or nil. Every file
    /// the fact scan reads passes here: an ASCII path (all but a few) is taken apart on its
    /// bytes, without splitting it into strings; any other as Foundation compares.
    public static func defaultReason(_ path: String) -> String? {
        guard path.utf8.allSatisfy({ $0 < 0x80 }) else { return nonASCIIReason(path) }
        let bytes = Array(path.utf8)
        // The last non-empty segment is the name; any segment before it may be a test folder.
        var end = bytes.count
        while end > 0, bytes[end - 1] == slash { end -= 1 }
        guard end > 0 else { return nil }
        var start = end
        while start > 0, bytes[start - 1] != slash { start -= 1 }
        var segment = 0
        while segment < start {
            var stop = segment
            while stop < start, bytes[stop] != slash { stop += 1 }
            if stop > segment, folderBytes.contains(where: { $0.elementsEqual(bytes[segment..<stop]) }) {
                return "not runtime code (its folder)"
            }
            segment = stop + 1
        }
        let nameBytes = bytes[start..<end]
        let name = String(decoding: nameBytes, as: UTF8.self)
        if files.contains(name) { return "a test or tool file" }
        let nameArray = Array(nameBytes)
        if infixBytes.contains(where: { ASCII.contains(nameArray, $0) })
            || (name.hasPrefix("test_") && name.hasSuffix(".py")) {
            return "a test"
        }
        // The stem as `split(separator: ".").first` gives it: leading dots skipped.
        var stem = nameBytes.startIndex
        while stem < end, bytes[stem] == dot { stem += 1 }
        var stemEnd = stem
        while stemEnd < end, bytes[stemEnd] != dot { stemEnd += 1 }
        if stem < end, nameBytes.contains(dot), stems.contains(String(decoding: bytes[stem..<stemEnd], as: UTF8.self)) {
            return "test data"
        }
        return configReason(name, ASCII.contains(nameArray, configBytes))
    }

    private static let configBytes = Array(".config.".utf8)
    private static let slash = UInt8(ascii: "/")
    private static let dot = UInt8(ascii: ".")
    private static let folderBytes = folders.map { Array($0.utf8) }
    private static let infixBytes = infixes.map { Array($0.utf8) }

    /// `defaultReason` for a path with non-ASCII bytes, compared as Swift strings compare.
    static func nonASCIIReason(_ path: String) -> String? {
        let segments = path.split(separator: "/")
        guard let name = segments.last.map(String.init) else { return nil }
        if segments.dropLast().contains(where: { folders.contains(String($0)) }) {
            return "not runtime code (its folder)"
        }
        if files.contains(name) { return "a test or tool file" }
        if infixes.contains(where: { name.contains($0) }) || (name.hasPrefix("test_") && name.hasSuffix(".py")) {
            return "a test"
        }
        if let stem = name.split(separator: ".").first, name.contains("."), stems.contains(String(stem)) {
            return "test data"
        }
        return configReason(name, name.contains(".config."))
    }

    /// A tool's config file (`vite.config.ts`, `.eslintrc.json`).
    static func configReason(_ name: String, _ hasConfigInfix: Bool) -> String? {
        if hasConfigInfix, let config = name.range(of: ".config.") {
            let tool = String(name[..<config.lowerBound])
            if toolConfigs.contains(tool.hasPrefix(".") ? String(tool.dropFirst()) : tool) { return "a tool config" }
        }
        if name.hasPrefix(".eslintrc") || name.hasPrefix(".prettierrc") { return "a tool config" }
        return nil
    }
}
