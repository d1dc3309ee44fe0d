import Testing
@testable import LintConfig

/// The shell reading behind `kamal-cmd-missing` and `kamal-hook-stops-app`: which words of a
/// role's `cmd` are files or package scripts, and which hook lines stop containers.
@Suite struct KamalCommandAndHookTests {
    @Test(arguments: [
        ("bun run src/workers/main.ts", ["file src/workers/main.ts (bun)"]),
        ("./bin/thrust ./bin/rails server", ["file bin/thrust (bin/thrust)"]),
        ("NODE_ENV=production exec node --enable-source-maps src/index.js", ["file src/index.js (node)"]),
        ("sh -c \"npm run migrate && npm start\"", ["script migrate (npm)", "script start (npm)"]),
        ("node dist/server.js", []),
        ("bundle exec sidekiq -C config/sidekiq.yml", []),
        ("python -m app.worker", []),
        ("yarn worker", []),
        ("bun run $ENTRY", []),
        ("/app/bin/start", []),
        ("deno run --allow-net src/main.ts; python3 jobs/run.py", ["file src/main.ts (deno)", "file jobs/run.py (python3)"]),
    ])
    func commandReferences(command: String, expected: [String]) {
        let found = KamalCommand.references(in: command).map { "\($0.kind.rawValue) \($0.name) (\($0.runner))" }
        #expect(found == expected)
    }

    @Test(arguments: [
        ("docker stop $(docker ps -q --filter label=service=app)", "docker stop"),
        ("ssh \"$h\" \"docker container kill app-web\"", "docker kill"),
        ("docker rm -f app-web-1", "docker rm -f"),
        ("docker compose down", "docker compose down"),
        ("kamal app stop -d staging", "kamal app stop"),
        ("  kamal remove -y", "kamal remove"),
    ])
    func stopCommands(line: String, verb: String) {
        #expect(KamalHook.parse(line + "\n", path: ".kamal/hooks/pre-deploy").stopCommands.map(\.verb) == [verb])
    }

    @Test(arguments: [
        "# docker stop app",
        "echo \"docker stop app\"",
        "docker rm app-web-1",
        "docker ps -q",
        "curl -fsS https://ops.example.com/drain  # then docker stop",
    ])
    func notStopCommands(line: String) {
        #expect(KamalHook.parse(line + "\n", path: ".kamal/hooks/pre-deploy").stopCommands.isEmpty)
    }

    @Test func onlyHooksBeforeTheBootCount() {
        #expect(KamalHook.parse("", path: ".kamal/hooks/pre-deploy").runsBeforeNewVersionIsUp)
        #expect(KamalHook.parse("", path: ".kamal/hooks/pre-app-boot").runsBeforeNewVersionIsUp)
        #expect(!KamalHook.parse("", path: ".kamal/hooks/post-deploy").runsBeforeNewVersionIsUp)
        #expect(!KamalHook.parse("", path: ".kamal/hooks/post-app-boot").runsBeforeNewVersionIsUp)
    }

    @Test func dockerfilePorts() {
        let ports = DockerfilePorts.parse("FROM node:22 AS build\nEXPOSE 9999\nFROM node:22-slim\nENV PORT=3000\nEXPOSE 3000/tcp 9464\nCMD [\"node\", \"server.js\"]\n", path: "Dockerfile")
        #expect(ports.exposed.map(\.value) == [3000, 9464], "the final stage only")
        #expect(ports.envPort?.value == 3000)
        #expect(ports.proxiedPort == nil)
        #expect(DockerfilePorts.parse("FROM ruby:3.4\nEXPOSE 80\nCMD [\"./bin/thrust\", \"./bin/rails\", \"server\"]\n", path: "Dockerfile").proxiedPort?.value == 3000)
    }
}
