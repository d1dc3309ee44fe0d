import Testing
@testable import LintConfig

/// What a Dockerfile supplies: `ENV` of the final stage (and of the stages it is built from),
/// `ARG` of every stage, names only.
@Suite struct DockerfileEnvTests {
    @Test func finalStageEnvAndEveryArg() {
        let text = """
            # syntax=docker/dockerfile:1
            ARG NODE_VERSION=22
            FROM node:${NODE_VERSION}-slim AS base
            ENV PNPM_HOME="/pnpm" \\
                PATH="$PNPM_HOME:$PATH"
            FROM base AS build
            ARG VITE_API_URL
            ENV BUILD_ONLY=1
            FROM base AS runner
            ENV NODE_ENV=production
            ENV LEGACY_FORM some value
            CMD ["node", "dist/main.js"]
            """
        let image = DockerfileEnv.parse(text, path: "Dockerfile")
        #expect(image.env.map(\.name) == ["PNPM_HOME", "PATH", "NODE_ENV", "LEGACY_FORM"])
        #expect(image.args.map(\.name) == ["NODE_VERSION", "VITE_API_URL"])
        #expect(image.env[2].location == Location(path: "Dockerfile", line: 10, column: 5))
    }

    @Test func commentsAndQuotedSpacesAreNotNames() {
        let image = DockerfileEnv.parse("FROM alpine\n# ENV COMMENTED=1\nENV GREETING=\"hello world\" OTHER='a b'\n", path: "Dockerfile")
        #expect(image.env.map(\.name) == ["GREETING", "OTHER"])
    }
}
