/// The pairing every env rule starts from, per project and checked environment: required reads
/// nothing supplies, supplies nothing reads, and the near-miss pairs between the two — so that
/// `env-name-mismatch` can claim a pair and the other rules stay silent about its halves.
struct EnvContract {
    let facts: ProjectEnvFacts
    let supply: EnvironmentSupply
    /// Required runtime reads with no supply of the same name, grouped by name; reads required
    /// at start-up first, then those required on a path.
    let unsupplied: [(name: String, reads: [EnvReadFact])]
    /// Supplies no read of the project uses.
    let unread: [EnvSupplyFact]
    /// Unsupplied name → the unread supply it nearly matches.
    let mismatches: [(name: String, reads: [EnvReadFact], supply: EnvSupplyFact)]

    /// Variables the runtime or framework reads on its own, so code never mentions them.
    static let consumedByRuntime: Set<String> = [
        "NODE_ENV", "NODE_OPTIONS", "TZ", "LANG", "LC_ALL", "RAILS_ENV", "RACK_ENV", "RAILS_MASTER_KEY", "RAILS_LOG_TO_STDOUT",
        "RAILS_SERVE_STATIC_FILES", "RAILS_LOG_LEVEL", "WEB_CONCURRENCY", "RAILS_MAX_THREADS", "SECRET_KEY_BASE", "PYTHONUNBUFFERED",
        "PYTHONPATH", "GOMAXPROCS", "GOGC", "JAVA_OPTS", "BUN_ENV", "DEBUG",
    ]

    init(facts: ProjectEnvFacts, supply: EnvironmentSupply) {
        self.facts = facts
        self.supply = supply
        var order: [String] = []
        var byName: [String: [EnvReadFact]] = [:]
        let reads = facts.reads.sorted { ($0.use, $0.location) < ($1.use, $1.location) }
        // Only runtime code makes the deploy need a variable, and only runtime code uses one.
        for read in reads where read.needsSupply && !(supply.supply(named: read.name)?.reaches(read) ?? false) {
            if byName[read.name] == nil { order.append(read.name) }
            byName[read.name, default: []].append(read)
        }
        let readNames = Set(facts.reads.filter(\.isRuntime).map(\.name))
        let unread = supply.supplies.filter {
            !readNames.contains($0.name) && !Self.consumedByRuntime.contains($0.name) && !$0.isFromImage
        }
        var mismatches: [(String, [EnvReadFact], EnvSupplyFact)] = []
        var claimed = Set<String>()
        for name in order {
            let candidates = unread.map(\.name).filter { !claimed.contains($0) }
            guard let nearest = NameNearMiss.nearest(to: name, among: candidates),
                  let supplied = unread.first(where: { $0.name == nearest.name }) else { continue }
            claimed.insert(nearest.name)
            mismatches.append((name, byName[name]!, supplied))
        }
        let mismatched = Set(mismatches.map(\.0))
        self.unsupplied = order.filter { !mismatched.contains($0) }.map { ($0, byName[$0]!) }
        self.unread = unread.filter { !claimed.contains($0.name) }
        self.mismatches = mismatches.map { (name: $0.0, reads: $0.1, supply: $0.2) }
    }

    /// Every (project, checked environment) pair with a deploy.
    static func all(in workspace: WorkspaceModel) -> [EnvContract] {
        workspace.envFacts.flatMap { facts in
            facts.environments.filter { workspace.environments.contains($0.environment) }.map { EnvContract(facts: facts, supply: $0) }
        }
    }
}
