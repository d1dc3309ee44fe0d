/// Variables nobody has to supply or document: set by the tool that runs or builds the code,
/// or by the platform the deploy runs on. They are never `env-unsupplied` nor
/// `env-example-missing`.
///
/// NODE_ENV is deliberately not here: Node never sets it. It is supplied by a Dockerfile
/// (`ENV NODE_ENV=production`), a deploy or a script, and almost every read of it is a
/// comparison (`=== 'production'`), which is optional anyway; a required read of it that nothing
/// supplies is a real finding. It stays in `EnvContract.consumedByRuntime`, so documenting or
/// supplying it without reading it is never reported.
public enum EnvBuiltIns {
    /// Vite's own `import.meta.env` keys (vitejs.dev, "Env Variables and Modes").
    static let vite: Set<String> = ["MODE", "DEV", "PROD", "SSR", "BASE_URL"]

    /// Set by the framework for its own code paths: Next.js `NEXT_RUNTIME` ("nodejs" | "edge")
    /// and `NEXT_PHASE`.
    static let frameworks: Set<String> = ["NEXT_RUNTIME", "NEXT_PHASE"]

    /// Set by the operating system, the shell, CI runners and container runtimes.
    static let system: Set<String> = ["CI", "HOME", "PATH", "HOSTNAME", "TZ", "PWD", "USER", "SHELL", "TMPDIR", "TERM", "LANG"]

    /// Fly.io Machines' runtime environment (fly.io/docs/machines/runtime-environment).
    static let fly: Set<String> = [
        "FLY_APP_NAME", "FLY_MACHINE_ID", "FLY_ALLOC_ID", "FLY_REGION", "FLY_PUBLIC_IP", "FLY_IMAGE_REF",
        "FLY_MACHINE_VERSION", "FLY_PRIVATE_IP", "FLY_PROCESS_GROUP", "FLY_VM_MEMORY_MB", "PRIMARY_REGION",
    ]

    /// What `kamal` passes to every app container (`docker run --env KAMAL_CONTAINER_NAME=… --env
    /// KAMAL_VERSION=… --env KAMAL_HOST=…`); the other `KAMAL_*` names exist only in hooks.
    static let kamal: Set<String> = ["KAMAL_CONTAINER_NAME", "KAMAL_VERSION", "KAMAL_HOST"]

    /// Vercel's system variables (`VERCEL_ENV`, `VERCEL_URL`, …, exposed to Next's client as
    /// `NEXT_PUBLIC_VERCEL_*`).
    static let platformPrefixes = ["npm_", "VERCEL_", "NEXT_PUBLIC_VERCEL_"]

    /// Whether a read of `name` needs no supply and no documentation; `viaImportMeta` for
    /// `import.meta.env.X`, where Vite's keys are built in.
    public static func contains(_ name: String, viaImportMeta: Bool) -> Bool {
        if viaImportMeta, vite.contains(name) { return true }
        return platformPrefixes.contains(where: name.hasPrefix) || frameworks.contains(name) || system.contains(name) || fly.contains(name) || kamal.contains(name)
    }
}
