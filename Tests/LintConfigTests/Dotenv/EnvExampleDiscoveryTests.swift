import Testing
@testable import LintConfig

@Suite struct EnvExampleDiscoveryTests {
    @Test(arguments: [".env.example", ".env.sample", ".env.template", ".env.deploy.example", ".env.example.local",
                      ".env.staging.sample", "example.env"])
    func recognisesExampleNames(_ name: String) {
        #expect(EnvExampleDiscovery.isEnvExampleName(name))
    }

    @Test(arguments: [".env", ".env.local", ".env.production", "env.example", ".env.", ".env..example", ".env.a.b.example",
                      ".envexample", "example.env.local"])
    func ignoresRealEnvFilesAndLookAlikes(_ name: String) {
        #expect(!EnvExampleDiscovery.isEnvExampleName(name))
    }

    @Test func walksProjectsButNotDependenciesOrDotFolders() {
        let files = InMemoryWorkspaceFiles([
            ".env.example": "",
            ".env": "SECRET=1",
            "valet/.env.example": "",
            "valet/apps/web/config/.env.deploy.example": "",
            "valet/a/b/c/d/.env.example": "",
            "valet/a/b/c/d/e/.env.example": "",
            "valet/node_modules/pkg/.env.example": "",
            "valet/vendor/gem/.env.example": "",
            "valet/dist/.env.example": "",
            "valet/build/.env.example": "",
            "valet/.build-cache/.env.example": "",
            "valet/.github/.env.example": "",
            "atm/example.env": "",
        ])
        #expect(EnvExampleDiscovery.paths(in: files) == [
            ".env.example", "atm/example.env", "valet/.env.example", "valet/a/b/c/d/.env.example",
            "valet/apps/web/config/.env.deploy.example",
        ])
    }

    @Test func loaderParsesDiscoveredFilesAndCollectsReadErrors() throws {
        let files = InMemoryWorkspaceFiles(bytes: [
            "api/.env.example": Array("DATABASE_URL=postgres://localhost/app\nPORT=3000\n".utf8),
            "web/.env.example": [0x41, 0x3D, 0xFF, 0x0A],
        ])
        let load = try WorkspaceLoader.load(files, environment: nil)
        #expect(load.model.dotenvFiles.map(\.path) == ["api/.env.example"])
        #expect(load.model.dotenvFiles.first?.entries.map(\.key) == ["DATABASE_URL", "PORT"])
        #expect(load.errors.map(\.location.path) == ["web/.env.example"])
    }
}
