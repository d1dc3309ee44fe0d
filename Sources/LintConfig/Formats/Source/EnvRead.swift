/// A place where code reads an environment variable: the consumer side of the env contract.
///
/// `use` answers "what happens when the variable is absent?", decided per read site from the
/// form of the read and its use in the enclosing statement and function (no type checker):
///
/// | language | read | use |
/// |---|---|---|
/// | TS/JS | `process.env.X`, `process.env["X"]`, `Bun.env.X`, `import.meta.env.X`, destructuring | required (top level) / required on a path (in a function) |
/// | TS/JS | `?? d`, `\|\| d`, `{ X = d }`, `?.`, `=== 'x'`, `!== 'false'`, `&&`, `c ? … : …`, `if (X)`, `!X` without a throw | optional |
/// | TS/JS | `const k = process.env.X; if (!k) return` (return/continue/break) | optional |
/// | TS/JS | `if (!k) throw …` / `process.exit(…)`, `assert(X)`, `X!` | required (top level) / required on a path |
/// | TS/JS | zod / t3-env key without `.optional()`, `.default(…)`, `.nullish()`, `.catch(…)`; envalid key without `default:` | required |
/// | TS/JS | `f("X")` where project function `f` reads `process.env[name]` | as `f`'s body says (throws → required; default → optional) |
/// | Python | `os.environ["X"]` (raises `KeyError`), django-environ `env("X")` without `default=` | required / on a path |
/// | Python | `os.environ.get("X")`, `os.getenv("X")` (None), unless `if not x: raise`/`sys.exit` | optional |
/// | Ruby | `ENV.fetch("X")` (raises `KeyError`), `ENV["X"] \|\| raise`, `raise … unless x` | required / on a path |
/// | Ruby | `ENV["X"]` (nil), `ENV.fetch("X", d)`, `ENV.fetch("X") { … }`, `ENV["X"] \|\| d`, `&.` | optional |
/// | Go | `os.Getenv("X")` (""), `os.LookupEnv("X")` (ok=false), unless a guard exits, panics or returns an error | optional |
/// | Swift | `ProcessInfo.processInfo.environment["X"]`, Vapor's `Environment.get("X")`, with `!` | required |
/// | Swift | `… ?? d` | optional |
///
/// Required at top level (and in Go/Python `main`) means required at start-up; inside another
/// function only the path through that function needs it, and `why` names the function.
public struct EnvRead: Hashable, Sendable {
    public var name: String
    public var location: Location
    /// How the code copes with the variable being absent, decided from the read's use.
    public var use: EnvReadUse
    /// Why `use` was decided, for `lint-config manifest` and findings (`compared with 'queue'`,
    /// "`createCipherFromEnv()` throws without it").
    public var why: String
    public var language: SourceLanguage
    public var form: EnvReadForm

    public init(name: String, location: Location, use: EnvReadUse, why: String, language: SourceLanguage, form: EnvReadForm) {
        self.name = name
        self.location = location
        self.use = use
        self.why = why
        self.language = language
        self.form = form
    }

    /// A read decided by its form alone (the table above).
    public init(name: String, location: Location, hasDefault: Bool, language: SourceLanguage, form: EnvReadForm) {
        self.init(name: name, location: location, use: hasDefault ? .optional : .required,
                  why: hasDefault ? "has a default" : "no fallback", language: language, form: form)
    }

    public var hasDefault: Bool { use == .optional }

    /// Front-end variables inlined by a bundler when the app is built (Vite `import.meta.env`,
    /// Next `NEXT_PUBLIC_*`, Create React App `REACT_APP_*`, Expo `EXPO_PUBLIC_*`): they come
    /// from the build's environment, not the running process's.
    public var isBuildTime: Bool {
        form == .importMetaEnv || name.hasPrefix("NEXT_PUBLIC_") || name.hasPrefix("REACT_APP_") || name.hasPrefix("EXPO_PUBLIC_")
    }
}

/// How a read copes with its variable being absent.
public enum EnvReadUse: String, Hashable, Sendable, Codable, Comparable {
    /// Needed when the program starts: module top level, a schema field, a `!` or a throw there.
    case required
    /// Needed when one function runs: a throw, an exit or an unguarded use inside it.
    case requiredOnPath = "required-on-path"
    /// The code copes: a fallback, a comparison, a condition, a guard that returns.
    case optional

    public static func < (a: EnvReadUse, b: EnvReadUse) -> Bool { a.rank < b.rank }

    var rank: Int {
        switch self {
        case .required: 0
        case .requiredOnPath: 1
        case .optional: 2
        }
    }
}

public enum SourceLanguage: String, Hashable, Sendable, Codable {
    case typescript, javascript, python, ruby, go, swift

    /// The language of a file, from its extension; nil for files no extractor reads.
    public static func of(path: String) -> SourceLanguage? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...] {
        case "ts", "tsx", "mts", "cts": return .typescript
        case "js", "jsx", "mjs", "cjs": return .javascript
        case "py": return .python
        case "rb": return .ruby
        case "go": return .go
        case "swift": return .swift
        default: return nil
        }
    }
}

/// How the read is written, so a finding can say what it saw.
public enum EnvReadForm: String, Hashable, Sendable, Codable {
    case processEnvMember = "process.env.X"
    case processEnvIndex = "process.env[\"X\"]"
    case processEnvDestructuring = "const { X } = process.env"
    case bunEnv = "Bun.env.X"
    case importMetaEnv = "import.meta.env.X"
    case denoEnvGet = "Deno.env.get(\"X\")"
    /// A call of a project function that reads `process.env[name]` (or `os.getenv(name)`, …).
    case wrapperCall = "env wrapper call"
    case zodSchema = "zod schema"
    case t3Env = "t3-env createEnv"
    case envalid = "envalid cleanEnv"
    case pythonEnviron = "os.environ[\"X\"]"
    case pythonEnvironGet = "os.environ.get(\"X\")"
    case pythonGetenv = "os.getenv(\"X\")"
    case djangoEnviron = "django-environ env(\"X\")"
    case rubyEnvIndex = "ENV[\"X\"]"
    case rubyEnvFetch = "ENV.fetch(\"X\")"
    case goGetenv = "os.Getenv(\"X\")"
    case goLookupEnv = "os.LookupEnv(\"X\")"
    case swiftProcessInfo = "ProcessInfo.processInfo.environment[\"X\"]"
    case vaporEnvironmentGet = "Environment.get(\"X\")"
}
