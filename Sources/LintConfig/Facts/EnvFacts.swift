/// The env contract of one project, as rules see it: names read by code, names supplied by each
/// environment's deploy, names documented in env examples. Built by the loader from whichever
/// front ends apply (Kamal, Fly, dotenv, source scanners), so rules never see a file format.
public struct ProjectEnvFacts: Sendable {
    public var project: ProjectConfig
    /// Every env read in the project's sources.
    public var reads: [EnvReadFact]
    /// Whether source files were scanned at all (no sources: nothing can be called unused).
    public var hasSources: Bool
    /// Keys of the project's env example files.
    public var documented: [EnvDocumentedFact]
    /// The env example files that were read.
    public var exampleFiles: [String]
    /// One per environment the project is deployed to (every environment, so that drift can be
    /// judged even when `--env` narrows the run).
    public var environments: [EnvironmentSupply]
}

/// What one environment's deploy hands a project's processes.
public struct EnvironmentSupply: Sendable {
    public var environment: String
    public var supplies: [EnvSupplyFact]
    /// nil when every supplied name is known; otherwise why secrets cannot be verified (a Fly
    /// app whose `fly secrets list` is not saved, a Kamal destination without its secrets file
    /// does not matter: Kamal's secret *names* are in the config).
    public var unverifiable: String?
    /// Where the deploy is configured (for findings about the environment as a whole).
    public var location: Location
    public var deployDescription: String

    public func supply(named name: String) -> EnvSupplyFact? { supplies.first { $0.name == name } }
}

/// A variable read by code.
public struct EnvReadFact: Sendable, Hashable {
    public var name: String
    public var location: Location
    /// How the code copes with the variable being absent (see `EnvReadUse`).
    public var use: EnvReadUse
    /// Why `use` was decided ("compared with 'queue'", "`createCipher()` throws without it").
    public var why: String
    /// How it is read (`process.env.X`, `zod schema`), for messages.
    public var form: String
    /// False for tests, examples, scripts, docs, stories and tool configs (`RuntimeCode`): no
    /// deploy runs them.
    public var isRuntime: Bool
    /// A front-end variable inlined when the app is built (`import.meta.env.VITE_*`,
    /// `NEXT_PUBLIC_*`): supplied by the build's environment, not the running process's.
    public var isBuildTime: Bool
    /// Set by a tool or the platform (`EnvBuiltIns`): never unsupplied, never undocumented.
    public var isBuiltIn: Bool
    /// The declared dependency that reads the variable itself (`next-auth`, `@aws-sdk/client-s3`,
    /// see `DependencyEnvTable`); nil for a read in the project's own code or config. Such a
    /// read keeps a supplied or documented variable "used"; it is never called undocumented.
    public var readBy: String?

    public init(name: String, location: Location, use: EnvReadUse, why: String, form: String, isRuntime: Bool = true,
                isBuildTime: Bool = false, isBuiltIn: Bool = false, readBy: String? = nil) {
        self.name = name
        self.location = location
        self.use = use
        self.why = why
        self.form = form
        self.isRuntime = isRuntime
        self.isBuildTime = isBuildTime
        self.isBuiltIn = isBuiltIn
        self.readBy = readBy
    }

    public init(name: String, location: Location, isRequired: Bool, form: String) {
        self.init(name: name, location: location, use: isRequired ? .required : .optional,
                  why: isRequired ? "no fallback" : "has a default", form: form)
    }

    /// False when the code copes without it (`?? "d"`, `.default(…)`, a guard).
    public var isRequired: Bool { use != .optional }

    /// A read that makes the deploy need the variable: runtime code, not built in, not optional.
    public var needsSupply: Bool { isRuntime && !isBuiltIn && isRequired }
}

/// A variable an environment supplies.
public struct EnvSupplyFact: Sendable, Hashable {
    public enum Source: String, Sendable {
        case kamalClear = "Kamal env.clear"
        case kamalSecret = "Kamal env.secret"
        case flySecret = "Fly secret"
        case flyEnv = "fly.toml [env]"
        /// `ENV` in the Dockerfile the deploy builds: in the image, so in every environment.
        case dockerfileEnv = "Dockerfile ENV"
        /// `ARG` in that Dockerfile: only while the image is built (front-end build variables).
        case dockerfileArg = "Dockerfile ARG"
    }

    public var name: String
    public var location: Location
    public var source: Source
    /// The clear value as written, kept only so that `secret-in-clear` can judge its shape;
    /// never printed. nil for secrets and for templated values.
    public var clearValue: String?

    public init(name: String, location: Location, source: Source, clearValue: String? = nil) {
        self.name = name
        self.location = location
        self.source = source
        self.clearValue = clearValue
    }

    public var isSecret: Bool { source == .kamalSecret || source == .flySecret }

    /// Supplied by the image rather than written for this deploy: never "unused" (an image sets
    /// `PATH` or `PYTHONUNBUFFERED` for everything it runs) and the same in every environment.
    public var isFromImage: Bool { source == .dockerfileEnv || source == .dockerfileArg }

    /// Whether the supply reaches a read: a build argument reaches build-time reads only.
    public func reaches(_ read: EnvReadFact) -> Bool { source != .dockerfileArg || read.isBuildTime }
}

/// A key in an env example file.
public struct EnvDocumentedFact: Sendable, Hashable {
    public var name: String
    public var location: Location
    /// The example value, only for `secret-in-clear`; never printed.
    public var value: String?
    /// Documented in a comment (`# NAME=`): it documents a read, but is never stale.
    public var isCommented: Bool

    public init(name: String, location: Location, value: String?, isCommented: Bool = false) {
        self.name = name
        self.location = location
        self.value = value
        self.isCommented = isCommented
    }
}
