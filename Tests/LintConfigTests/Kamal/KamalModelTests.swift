import Testing
@testable import LintConfig

/// The Kamal model: destination merge, env forms, aliased secrets, role env merge and the
/// secrets files each destination reads — each case the way Kamal 2 itself behaves.
@Suite struct KamalModelTests {
    static let base = """
        service: worker
        image: acme/worker
        servers:
          web:
            hosts:
              - 10.0.0.1
            env:
              clear:
                ROLE: web
          jobs:
            hosts:
              - 10.0.0.2: [gpu]
            cmd: bin/jobs
            proxy: false
        proxy:
          app_port: 3000
          host: a.example.com, b.example.com
          healthcheck:
            path: /up
        env:
          clear:
            PORT: 3000
            LOG_LEVEL: info
          secret:
            - DATABASE_URL
            - API_TOKEN:PROD_API_TOKEN
          tags:
            gpu:
              CUDA: "1"
        registry:
          server: ghcr.io
          username:
            - REGISTRY_USER
          password:
            - REGISTRY_PASSWORD
        accessories:
          redis:
            image: redis:7
            host: 10.0.0.3
            env:
              secret:
                - REDIS_PASSWORD
        """

    func deployment(_ files: [String: String], destination: String? = nil) throws -> KamalDeployment {
        let workspace = InMemoryWorkspaceFiles(files)
        let project = try #require(KamalDeploymentReader.discoverProjects(in: workspace).first)
        var reader = KamalDeploymentReader(files: workspace)
        return try reader.deployment(of: project, destination: destination)
    }

    @Test func readsServiceImageAndRoles() throws {
        let d = try deployment(["config/deploy.yml": Self.base])
        #expect(d.service?.value == "worker")
        #expect(d.image?.value == "acme/worker")
        #expect(d.roles.map(\.name.value) == ["web", "jobs"])
        #expect(d.roles[1].hosts.first?.address.value == "10.0.0.2")
        #expect(d.roles[1].hosts.first?.tags == ["gpu"])
        #expect(d.roles[1].proxy?.isEnabled == false)
        #expect(d.roles[1].cmd?.string == "bin/jobs")
    }

    @Test func aHostListIsOneWebRole() throws {
        let d = try deployment(["config/deploy.yml": "service: s\nimage: i\nservers:\n  - 1.1.1.1\n  - 1.1.1.2\n"])
        #expect(d.roles.map(\.name.value) == ["web"])
        #expect(d.roles[0].hosts.map(\.address.value) == ["1.1.1.1", "1.1.1.2"])
    }

    @Test func proxyHostsAppPortAndHealthcheck() throws {
        let d = try deployment(["config/deploy.yml": Self.base])
        let proxy = try #require(d.proxy)
        #expect(proxy.appPort?.value == 3000)
        #expect(proxy.appPort?.location.line == 16)
        #expect(proxy.hosts.map(\.value) == ["a.example.com", "b.example.com"])
        #expect(proxy.healthcheckPath?.value == "/up")
    }

    @Test func structuredEnvSplitsClearSecretAndTags() throws {
        let d = try deployment(["config/deploy.yml": Self.base])
        #expect(d.env.clear.map(\.name.value) == ["PORT", "LOG_LEVEL"])
        #expect(d.env.secrets.map(\.raw) == ["DATABASE_URL", "API_TOKEN:PROD_API_TOKEN"])
        #expect(d.env.tags.map(\.tag.value) == ["gpu"])
        #expect(d.env.tags[0].env.clear.map(\.name.value) == ["CUDA"])
        #expect(d.env.droppedPlainKeys.isEmpty)
    }

    @Test func aliasedSecretSplitsOnTheFirstColon() {
        let reference = KamalSecretReference(raw: "API_TOKEN:PROD:TOKEN", location: .file("x"), context: "env/secret")
        #expect(reference.envName == "API_TOKEN")
        #expect(reference.secretName == "PROD:TOKEN")
        #expect(reference.isAliased)
        let plain = KamalSecretReference(raw: "DATABASE_URL", location: .file("x"), context: "env/secret")
        #expect(plain.envName == "DATABASE_URL" && plain.secretName == "DATABASE_URL" && !plain.isAliased)
    }

    @Test func plainEnvFormIsAllClear() throws {
        let d = try deployment(["config/deploy.yml": "service: s\nimage: i\nservers: [1.1.1.1]\nenv:\n  PORT: 3000\n  DEBUG: false\n"])
        #expect(d.env.clear.map(\.name.value) == ["PORT", "DEBUG"])
        #expect(d.env.secrets.isEmpty)
    }

    @Test func plainKeysBesideClearOrSecretAreDroppedNotPassed() throws {
        let d = try deployment(["config/deploy.yml": "service: s\nimage: i\nservers: [1.1.1.1]\nenv:\n  secret:\n    - A\n  RAILS_ENV: production\n  clear:\n    B: 1\n"])
        #expect(d.env.clear.map(\.name.value) == ["B"])
        #expect(d.env.droppedPlainKeys.map(\.value) == ["RAILS_ENV"])
        #expect(d.env.droppedPlainKeys.first?.location == Location(path: "config/deploy.yml", line: 7, column: 3))
    }

    @Test func tagsAloneAlsoSwitchToTheStructuredForm() throws {
        let d = try deployment(["config/deploy.yml": "service: s\nimage: i\nservers: [1.1.1.1]\nenv:\n  PORT: 1\n  tags:\n    t:\n      X: 1\n"])
        #expect(d.env.clear.isEmpty)
        #expect(d.env.droppedPlainKeys.map(\.value) == ["PORT"])
    }

    @Test func roleEnvMergesOverTopLevelEnv() throws {
        let d = try deployment(["config/deploy.yml": Self.base + "\n", "config/deploy.x.yml": "servers:\n  web:\n    env:\n      clear:\n        LOG_LEVEL: debug\n      secret:\n        - DATABASE_URL\n        - WEB_ONLY\n"], destination: "x")
        let web = d.roles[0].effectiveEnv
        #expect(web.clear.map(\.name.value) == ["PORT", "LOG_LEVEL", "ROLE"])
        #expect(web.clear.first { $0.name.value == "LOG_LEVEL" }?.value.string == "debug")
        #expect(web.secrets.map(\.raw) == ["DATABASE_URL", "API_TOKEN:PROD_API_TOKEN", "WEB_ONLY"], "secret lists are a union")
        #expect(web.context == "servers/web/env")
    }

    @Test func destinationOverlayDeepMergesMapsAndReplacesLists() throws {
        let d = try deployment([
            "config/deploy.yml": Self.base,
            "config/deploy.staging.yml": "servers:\n  web:\n    hosts:\n      - 10.9.9.9\nenv:\n  secret:\n    - STAGING_ONLY\n  clear:\n    PORT: 4000\n",
        ], destination: "staging")
        #expect(d.configFiles == ["config/deploy.yml", "config/deploy.staging.yml"])
        #expect(d.roles[0].hosts.map(\.address.value) == ["10.9.9.9"], "the overlay's list replaces the base list")
        #expect(d.roles[0].env.clear.map(\.name.value) == ["ROLE"], "the role's env survives: maps merge")
        #expect(d.roles[1].cmd?.string == "bin/jobs")
        #expect(d.env.secrets.map(\.raw) == ["STAGING_ONLY"], "env.secret is a list: replaced whole")
        let port = try #require(d.env.clear.first { $0.name.value == "PORT" })
        #expect(port.value.scalar?.text == "4000")
        #expect(port.value.start.path == "config/deploy.staging.yml", "merged nodes stay located in their own file")
        #expect(d.env.clear.map(\.name.value) == ["PORT", "LOG_LEVEL"], "a replaced key keeps its place")
    }

    @Test func overlayNullReplacesTheBaseValue() throws {
        let d = try deployment(["config/deploy.yml": Self.base, "config/deploy.p.yml": "proxy: ~\n"], destination: "p")
        #expect(d.proxy == nil)
    }

    @Test func secretsFilesWithoutDestination() throws {
        let d = try deployment([
            "config/deploy.yml": Self.base,
            ".kamal/secrets-common": "DATABASE_URL=common\nSHARED=1\n",
            ".kamal/secrets": "DATABASE_URL=$(op read x)\n",
            ".kamal/secrets.staging": "STAGING=1\n",
        ])
        #expect(d.secrets.candidatePaths == [".kamal/secrets-common", ".kamal/secrets"])
        #expect(d.secrets.files.map(\.path) == [".kamal/secrets-common", ".kamal/secrets"])
        #expect(d.secrets.definition(of: "DATABASE_URL")?.location.path == ".kamal/secrets", "later files override")
        #expect(d.secrets.definition(of: "DATABASE_URL")?.valueKind == .deployTime)
        #expect(d.secrets.definition(of: "STAGING") == nil)
    }

    @Test func aDestinationReadsItsOwnFileNotThePlainOne() throws {
        let d = try deployment([
            "config/deploy.yml": Self.base,
            "config/deploy.staging.yml": "service: worker\n",
            ".kamal/secrets-common": "SHARED=1\n",
            ".kamal/secrets": "PLAIN_ONLY=1\n",
            ".kamal/secrets.staging": "STAGING=1\n",
        ], destination: "staging")
        #expect(d.secrets.files.map(\.path) == [".kamal/secrets-common", ".kamal/secrets.staging"])
        #expect(d.secrets.definition(of: "PLAIN_ONLY") == nil)
        #expect(d.secrets.definition(of: "STAGING") != nil)
        #expect(d.secrets.destinationFileExists)
    }

    @Test func secretsPathIsHonoured() throws {
        let d = try deployment([
            "config/deploy.yml": Self.base + "\nsecrets_path: config/secrets\n",
            "config/secrets": "DATABASE_URL=1\n",
        ])
        #expect(d.secrets.destinationFilePath == "config/secrets")
        #expect(d.secrets.destinationFileExists)
    }

    @Test func everySecretReferenceIsCollected() throws {
        let d = try deployment(["config/deploy.yml": Self.base + "\nbuilder:\n  arch: amd64\n  secrets:\n    - NPM_TOKEN\n"])
        #expect(d.allSecretReferences.map(\.secretName) == [
            "DATABASE_URL", "PROD_API_TOKEN", "REDIS_PASSWORD", "REGISTRY_USER", "REGISTRY_PASSWORD", "NPM_TOKEN",
        ])
        #expect(d.allSecretReferences.map(\.context).contains("accessories/redis/env/secret"))
    }

    @Test func aRegistryPasswordGivenAsAStringIsNotASecret() throws {
        let d = try deployment(["config/deploy.yml": "service: s\nimage: i\nservers: [1.1.1.1]\nregistry:\n  username: u\n  password: <%= ENV[\"PW\"] %>\n"])
        #expect(d.registry.secretReferences.isEmpty)
        #expect(d.erbEnvReads.map(\.name) == ["PW"])
    }

    @Test func secretsFileGrammar() {
        let file = KamalSecretsFile.parse("""
            # comment
            export A=1
            B = "two words"
            C='$(not run)'
            D="$(op read x)"
            E=${OTHER}-suffix
            F=
            G: colon form
            H="multi
            line"
            not an assignment
            I=after
            """, path: "s")
        #expect(file.definitions.map(\.name) == ["A", "B", "C", "D", "E", "F", "G", "H", "I"])
        #expect(file.definitions.map(\.valueKind) == [.literal, .literal, .literal, .deployTime, .deployTime, .empty, .literal, .literal, .literal])
        #expect(file.definition(named: "E")?.referencedVariables == ["OTHER"])
        #expect(file.definition(named: "I")?.location == Location(path: "s", line: 12, column: 1))
        #expect(file.ignoredLines == [Location(path: "s", line: 11, column: 1)])
    }

    @Test func discoveryFindsProjectsAndDestinations() {
        let files = InMemoryWorkspaceFiles([
            "ATM/config/deploy.yml": "service: a\n",
            "ATM/config/deploy.staging.yml": "x: 1\n",
            "ATM/config/deploy.production.yml": "x: 1\n",
            "ATM/config/deploy.staging.old.yml": "x: 1\n",
            "WEB/package.json": "{}\n",
            "node_modules/config/deploy.yml": "service: n\n",
        ])
        let projects = KamalDeploymentReader.discoverProjects(in: files)
        #expect(projects == [KamalProject(root: "ATM", configPath: "ATM/config/deploy.yml", destinations: ["production", "staging"])])
        #expect(projects[0].overlayPath(for: "staging") == "ATM/config/deploy.staging.yml")
    }

    @Test func requireDestinationChecksOnlyNamedDestinations() throws {
        var reader = KamalDeploymentReader(files: InMemoryWorkspaceFiles([
            "config/deploy.yml": "service: s\nrequire_destination: true\n",
            "config/deploy.a.yml": "x: 1\n", "config/deploy.b.yml": "x: 1\n", ".kamal/secrets": "A=1\n",
        ]))
        let project = KamalProject(root: "", configPath: "config/deploy.yml", destinations: ["a", "b"])
        #expect(try reader.destinationsToCheck(project, requested: nil) == ["a", "b"])
        #expect(try reader.destinationsToCheck(project, requested: "b") == ["b"])
        #expect(try reader.destinationsToCheck(project, requested: "c") == [])
    }

    @Test func bareConfigIsCheckedWhenItIsDeployedAlone() throws {
        let project = KamalProject(root: "", configPath: "config/deploy.yml", destinations: ["a"])
        var withSecrets = KamalDeploymentReader(files: InMemoryWorkspaceFiles([
            "config/deploy.yml": "service: s\n", "config/deploy.a.yml": "x: 1\n", ".kamal/secrets": "A=1\n",
        ]))
        #expect(try withSecrets.destinationsToCheck(project, requested: nil) == [nil, "a"])
        var overlaysOnly = KamalDeploymentReader(files: InMemoryWorkspaceFiles([
            "config/deploy.yml": "service: s\n", "config/deploy.a.yml": "x: 1\n",
        ]))
        #expect(try overlaysOnly.destinationsToCheck(project, requested: nil) == ["a"])
    }

    /// Shape of basecamp/fizzy's saas config: `secrets_path` computed by ERB from a gem's folder
    /// that is the project itself; its `.kamal/secrets.<dest>` files are the ones Kamal reads.
    @Test func aSecretsPathComputedFromAGemFolderIsTheProjectsOwn() throws {
        let gem = "secrets_path: <%= File.join(Gem::Specification.find_by_name(\"app-saas\").gem_dir, \".kamal\", \"secrets\") %>\n"
        let committed = try deployment(["saas/config/deploy.yml": "service: s\n" + gem, "saas/config/deploy.production.yml": "x: 1\n",
                                        "saas/.kamal/secrets.production": "A=1\n"], destination: "production")
        #expect(committed.secrets.computedPathLocation == nil)
        #expect(committed.secrets.files.map(\.path) == ["saas/.kamal/secrets.production"])
        let elsewhere = try deployment(["saas/config/deploy.yml": "service: s\n" + gem, "saas/config/deploy.production.yml": "x: 1\n"],
                                       destination: "production")
        #expect(elsewhere.secrets.computedPathLocation?.line == 2)
        #expect(elsewhere.secrets.candidatePaths.isEmpty)
        #expect(KamalSecretsPath.literalTail(of: #"File.join(dir, "/.kamal/", 'secrets')"#) == ".kamal/secrets")
    }

    /// Shape of a public Rails project (corpus regedarek/kw-app): the base's only role carries
    /// options, every overlay adds its hosts; a plain `.kamal/secrets` exists. Kamal stops a bare
    /// deploy ("No servers specified"), so the base is no environment of its own.
    @Test func aBaseWhoseRolesNameNoHostIsNotATarget() throws {
        let project = KamalProject(root: "", configPath: "config/deploy.yml", destinations: ["a", "b"])
        let header = "service: s\nimage: acme/s\nregistry:\n  username: acme\n  password: x\nbuilder:\n  arch: amd64\n"
        let overlay = "servers:\n  web:\n    hosts:\n      - 10.0.0.1\n"
        for (servers, bareIsTarget) in [
            ("servers:\n  web:\n    options:\n      network: app\n", false),
            ("servers:\n  web:\n    hosts: []\n", false),
            ("servers:\n  web:\n    hosts:\n      - 10.0.0.9\n", true),
            ("servers:\n  - 10.0.0.9\n", true),
            ("servers:\n  web:\n    hosts: <%= ENV[\"HOSTS\"] %>\n", true),
        ] {
            var reader = KamalDeploymentReader(files: InMemoryWorkspaceFiles([
                "config/deploy.yml": header + servers, "config/deploy.a.yml": overlay, "config/deploy.b.yml": overlay,
                ".kamal/secrets": "A=1\n",
            ]))
            let expected: [String?] = bareIsTarget ? [nil, "a", "b"] : ["a", "b"]
            #expect(try reader.destinationsToCheck(project, requested: nil) == expected, "\(servers)")
        }
    }
}
