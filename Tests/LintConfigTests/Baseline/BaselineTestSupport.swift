import Foundation
@testable import LintConfig

/// A workspace on disk (baselines are files), removed by the caller.
func temporaryWorkspace(_ files: [String: String], prefix: String = "lint-config-baseline") throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for (path, text) in files { try writeFile(text, at: root.appendingPathComponent(path)) }
    return root
}

func writeFile(_ text: String, at url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
}

/// A worker deployed by Kamal to staging and production with one contract of each fact kind the
/// manifest holds today: reads (required and optional), an env example, supplies per environment.
let baselineWorkspace: [String: String] = [
    "worker/package.json": "{}\n",
    "worker/.env.example": "DATABASE_URL=\nPORT=\n",
    "worker/src/main.ts": "const db = process.env.DATABASE_URL!;\nconst port = process.env.PORT ?? '3000';\n",
    "worker/config/deploy.yml": ExampleConfigs.kamalHeader
        + "servers:\n  - 10.0.0.1\nenv:\n  clear:\n    PORT: 3000\n  secret:\n    - DATABASE_URL\n",
    "worker/config/deploy.staging.yml": "servers:\n  - 10.0.1.1\n",
    "worker/config/deploy.production.yml": "servers:\n  - 10.0.2.1\n",
    "worker/.kamal/secrets-common": "KAMAL_REGISTRY_PASSWORD=$(op read r)\nDATABASE_URL=$(op read d)\n",
]
