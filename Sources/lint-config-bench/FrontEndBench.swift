import Foundation
import LintConfig

/// The other front ends' throughput (MB/s, medians) and whole-run times, the numbers a
/// pre-commit hook lives by: YAML+ERB as Kamal configs are read, dotenv, TS/JS env-read
/// scanning, and `Linter.run` on the example workspace and on a generated 40-project one.
enum FrontEndBench {
    static func run(runs: Int) throws {
        var rows: [(String, String)] = []

        let yaml = kamalLikeYAML(targetBytes: 4 * 1024 * 1024)
        let erbRate = try rate(bytes: yaml.utf8.count, runs: runs) {
            _ = try ERBTemplate.render(yaml, path: "bench.yml")
        }
        rows.append(("ERB rendering alone (Kamal-shaped, 4 MB)", String(format: "%.1f MB/s", erbRate)))
        let rendered = try ERBTemplate.render(yaml, path: "bench.yml").rendered
        let yamlRate = try rate(bytes: yaml.utf8.count, runs: runs) {
            _ = try YAMLParser(isTemplated: ERBTemplate.isTemplated).parse(rendered, path: "bench.yml")
        }
        rows.append(("YAML alone (libyaml events → typed tree, 4 MB)", String(format: "%.1f MB/s", yamlRate)))

        let dotenv = dotenvText(targetBytes: 4 * 1024 * 1024)
        let dotenvRate = rate(bytes: dotenv.utf8.count, runs: runs) {
            _ = DotenvFile.parse(dotenv, path: "bench.env")
        }
        rows.append(("dotenv (python-dotenv grammar, 4 MB)", String(format: "%.1f MB/s", dotenvRate)))

        let script = typeScript(targetBytes: 8 * 1024 * 1024)
        let scriptRate = try rate(bytes: script.utf8.count, runs: runs) {
            _ = try SourceScanner.envReads(text: script, path: "bench.ts")
        }
        rows.append(("TS/JS lex + env reads (8 MB)", String(format: "%.1f MB/s", scriptRate)))

        let examples = URL(fileURLWithPath: "Examples")
        if FileManager.default.fileExists(atPath: examples.path) {
            let files = DiskWorkspaceFiles(root: examples)
            let ms = try median(times(runs: max(runs, 9)) { _ = try Linter.run(files) }) * 1000
            rows.append(("whole run: Examples/ (3 projects, 2 environments)", String(format: "%.1f ms", ms)))
        }
        let generated = InMemoryWorkspaceFiles(generatedWorkspace(projects: 40))
        let ms = try median(times(runs: max(runs, 5)) { _ = try Linter.run(generated) }) * 1000
        rows.append(("whole run: generated workspace (40 projects, 400 source files)", String(format: "%.1f ms", ms)))

        print("")
        print("| front end / run | median |")
        print("|---|---:|")
        for (name, value) in rows { print("| \(name) | \(value) |") }
    }

    static func times(runs: Int, _ body: () throws -> Void) rethrows -> [Double] {
        var result: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            result.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return result
    }

    static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    static func rate(bytes: Int, runs: Int, _ body: () throws -> Void) rethrows -> Double {
        Double(bytes) / (1024 * 1024) / median(try times(runs: runs, body))
    }

    static func kamalLikeYAML(targetBytes: Int) -> String {
        var text = "service: bench\nimage: acme/bench\nx-env: &env\n  LOG_LEVEL: info\n  NODE_ENV: production\naccessories:\n"
        var i = 0
        while text.utf8.count < targetBytes {
            text += """
              svc\(i):
                image: "postgres:16"
                host: 10.0.\(i % 250).\(i % 200)
                port: "127.0.0.1:\(5000 + i % 1000):5432"
                env:
                  clear:
                    <<: *env
                    POSTGRES_DB: app_\(i)
                    PORT: \(3000 + i % 1000)
                    ENABLED: yes
                    HOST: <%= ENV["HOST_\(i)"] %>
                  secret:
                    - POSTGRES_PASSWORD
                    - API_TOKEN_\(i):STAGING_API_TOKEN_\(i)
                options:
                  publish: ["\(8000 + i % 1000):80"]

            """
            i += 1
        }
        return text
    }

    static func dotenvText(targetBytes: Int) -> String {
        var text = ""
        var i = 0
        while text.utf8.count < targetBytes {
            text += "# setting \(i)\nexport KEY_\(i)=value_\(i) # inline\nQUOTED_\(i)=\"multi word \\n value ${KEY_\(i)}\"\nSINGLE_\(i)='literal $X'\nEMPTY_\(i)=\n"
            i += 1
        }
        return text
    }

    static func typeScript(targetBytes: Int) -> String {
        var text = ""
        var i = 0
        while text.utf8.count < targetBytes {
            text += """
            // Module \(i): configuration and a handler.
            const url\(i) = process.env.SERVICE_URL_\(i) ?? `http://localhost:${3000 + \(i)}/v1`;
            const key\(i) = process.env["API_KEY_\(i)"]!;
            export async function handler\(i)(req: Request): Promise<Response> {
              const re = /^\\/api\\/v\\d+\\/items\\/(\\d+)$/g;
              const ratio = \(i) / 2 / (req.headers.get("x-n") ? 1 : 3);
              return fetch(`${url\(i)}/items/${req.url.match(re)?.[1] ?? "none"}`, { headers: { authorization: key\(i) } });
            }

            """
            i += 1
        }
        return text
    }

    /// 40 projects, each with ten source files, an env example and a Kamal config with two
    /// destinations and secrets files.
    static func generatedWorkspace(projects: Int) -> [String: String] {
        var files: [String: String] = [:]
        for p in 0..<projects {
            let root = "svc\(p)"
            files["\(root)/package.json"] = "{}\n"
            files["\(root)/config/deploy.yml"] = """
                service: svc\(p)
                image: acme/svc\(p)
                registry: {server: localhost:5555}
                builder: {arch: amd64}
                servers:
                  web: [10.0.\(p).1]
                  jobs: {hosts: [10.0.\(p).2], cmd: bin/jobs}
                env:
                  clear: {PORT: 3000, LOG_LEVEL: info}
                  secret: [DATABASE_URL, API_TOKEN]

                """
            files["\(root)/config/deploy.staging.yml"] = "servers:\n  web: [10.1.\(p).1]\n"
            files["\(root)/config/deploy.production.yml"] = "servers:\n  web: [10.2.\(p).1]\n"
            files["\(root)/.kamal/secrets.staging"] = "DATABASE_URL=$(op read x)\nAPI_TOKEN=$(op read y)\n"
            files["\(root)/.kamal/secrets.production"] = "DATABASE_URL=$(op read x)\nAPI_TOKEN=$(op read y)\n"
            files["\(root)/.env.example"] = "DATABASE_URL=\nAPI_TOKEN=\nPORT=3000\nLOG_LEVEL=info\n"
            for f in 0..<10 {
                files["\(root)/src/module\(f).ts"] = typeScript(targetBytes: 2_000)
                    + "export const db\(f) = process.env.DATABASE_URL!;\nexport const t\(f) = process.env.API_TOKEN!;\n"
            }
        }
        return files
    }
}
