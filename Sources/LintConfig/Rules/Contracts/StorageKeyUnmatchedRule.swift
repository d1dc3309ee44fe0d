/// Lint: a browser storage key (`sessionStorage`, `localStorage`, React Native's `AsyncStorage`)
/// that a project reads while nothing writes it, or writes while nothing reads it — with the
/// near-identical key on the other side when there is one (`atm.deploySecret` written,
/// `atm.deploy-secret` read), or the same key in the other storage (written to
/// `sessionStorage`, read from `localStorage`).
///
/// Scope: browser storage belongs to one origin, and a deployed front end is one project (its
/// sources include the workspace packages it runs), so writes and reads are matched within each
/// project. A key the project leaves unmatched but another project of the workspace uses on the
/// other side in the same storage is not reported: two apps may be served from one origin, and
/// the files do not say which. `removeItem` is neither a read nor a write: a key only removed is
/// the clean-up of an old key. A near miss or a storage mismatch is medium; a key with no
/// counterpart at all is low (an inline script in an HTML page, a library or devtools may be
/// the other side).
public struct StorageKeyUnmatchedRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "storage-key-unmatched",
        severity: .medium,
        summary: "A browser storage key is read that nothing writes, or written that nothing reads.",
        rationale: "The page that reads the key always gets null: the value the other page saved (a return path, a "
            + "token typed once, a draft) is silently lost, and the user is asked again or sent to the default.",
        fix: "Change the side that misspells the key: usually the read, so it uses the key the writing page "
            + "stores (and the same storage: sessionStorage ends with the tab, localStorage outlives it); then "
            + "export the key from one constant both pages import. A key with no counterpart is either dead state "
            + "(stop writing it) or a read of something never saved (write it where the value is produced).",
        triggeringExamples: [
            RuleExample([
                "atm/package.json": "{}\n",
                "atm/src/pages/SecretsPage.tsx": "export function save(secret: string) {\n"
                    + "  sessionStorage.setItem(\"atm.deploySecret\", secret);\n}\n",
                "atm/src/pages/KamalPage.tsx": "export function load() {\n"
                    + "  return sessionStorage.getItem(↓\"atm.deploy-secret\") ?? \"\";\n}\n",
            ], note: "two pages spell one key two ways"),
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/keys.ts": "export const RETURN_TO = \"returnTo\";\n",
                "web/src/login.ts": "import { RETURN_TO } from \"./keys\";\nsessionStorage.setItem(RETURN_TO, "
                    + "location.pathname);\n",
                "web/src/callback.ts": "const back = localStorage.getItem(↓\"returnTo\") ?? \"/\";\n",
            ], note: "written to sessionStorage, read from localStorage"),
            RuleExample([
                "app/package.json": "{}\n",
                "app/src/onboarding.ts": "localStorage.setItem(↓\"onboarding_done\", \"1\");\n"
                    + "export const seen = () => localStorage.getItem(↓\"tourSeen\") === \"1\";\n",
            ], note: "a flag written and never read, another read and never written (each low)"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "web/package.json": "{}\n",
                "web/src/return-to.ts": "const KEY = \"valet.returnTo\";\nsessionStorage.setItem(KEY, path);\n"
                    + "const back = sessionStorage.getItem(\"valet.returnTo\");\nsessionStorage.removeItem(KEY);\n",
            ], note: "one key, through a constant and a literal"),
            RuleExample([
                "shell/package.json": "{}\n",
                "shell/src/auth.ts": "localStorage.setItem(\"auth.session\", token);\n",
                "admin/package.json": "{}\n",
                "admin/src/auth.ts": "const token = localStorage.getItem(\"auth.session\");\n",
            ], note: "written by one app, read by another that may share its origin"),
            RuleExample([
                "app/package.json": "{}\n",
                "app/src/drafts.ts": "await AsyncStorage.setItem(`draft:${id}`, json);\n"
                    + "const d = await AsyncStorage.getItem(`draft:${other}`);\n"
                    + "localStorage.removeItem(\"legacy-token\");\n",
            ], note: "a family of keys on both sides; a legacy key only removed"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        let facts = workspace.context.facts.of(.storageKey).filter { $0.attributes["operation"] != "remove" }
        var findings: [Finding] = []
        for project in Set(facts.map(\.project)).sorted() {
            let own = facts.filter { $0.project == project }
            let others = facts.filter { $0.project != project }
            for storage in Set(own.map(Self.storage)).sorted() {
                let inStorage = own.filter { Self.storage($0) == storage }
                let contract = NameContract(kind: .storageKey,
                                            producers: inStorage.filter { $0.direction == .produces },
                                            consumers: inStorage.filter { $0.direction == .consumes })
                let (readUnwritten, writtenUnread) = contract.unmatched(leading: .consumers)
                for unmatched in readUnwritten
                where !Self.usedElsewhere(unmatched.side.name, direction: .produces, storage: storage, others) {
                    findings.append(report(unmatched, read: true, storage: storage, own: own))
                }
                // A key read from another storage of the project was reported from its read.
                for unmatched in writtenUnread
                where !Self.usedElsewhere(unmatched.side.name, direction: .consumes, storage: storage, others)
                    && !own.contains(where: { $0.direction == .consumes && Self.storage($0) != storage
                        && NameContract.matches(unmatched.side.name, $0.name, kind: .storageKey) }) {
                    findings.append(report(unmatched, read: false, storage: storage, own: own))
                }
            }
        }
        return findings
    }

    static func storage(_ fact: Fact) -> String { fact.attributes["storage"] ?? "local" }

    static func storageName(_ storage: String) -> String {
        switch storage {
        case "session": "sessionStorage"
        case "async": "AsyncStorage"
        default: "localStorage"
        }
    }

    /// Whether another project uses the key on the given side of the same storage.
    static func usedElsewhere(_ key: String, direction: FactDirection, storage: String, _ others: [Fact]) -> Bool {
        others.contains { fact in
            fact.direction == direction && storage == Self.storage(fact)
                && (direction == .produces ? NameContract.matches(fact.name, key, kind: .storageKey)
                    : NameContract.matches(key, fact.name, kind: .storageKey))
        }
    }

    func report(_ unmatched: NameContract.Unmatched, read: Bool, storage: String, own: [Fact]) -> Finding {
        let side = unmatched.side
        let verb = read ? "read" : "written"
        let otherDirection: FactDirection = read ? .produces : .consumes
        let here = Self.storageName(storage)
        // The same key on the other side, in another storage of the project.
        if let crossed = own.first(where: { fact in
            fact.direction == otherDirection && Self.storage(fact) != storage
                && (read ? NameContract.matches(fact.name, side.name, kind: .storageKey)
                    : NameContract.matches(side.name, fact.name, kind: .storageKey))
        }) {
            let there = Self.storageName(Self.storage(crossed))
            return description.finding(
                "Storage key '\(side.name)' is \(verb) in \(here) but \(read ? "written to" : "read from") \(there)",
                kind: "storage-key", projects: side.projects, names: [side.name, storage], at: side.firstLocation,
                related: [RelatedLocation(crossed.location, note: "\(read ? "written to" : "read from") \(there) "
                    + "here")],
                what: "\(side.projectList) \(read ? "reads" : "writes") '\(side.name)' in \(here) at \(side.place); "
                    + "the key is \(read ? "written to" : "read from") \(there) at \(crossed.location) "
                    + "(`\(crossed.evidence)`). "
                    + "The two storages never share a value.",
                fix: "Use one storage on both sides: change \(read ? "the read" : "the write") at "
                    + "\(side.firstLocation) "
                    + "to \(there), or \(read ? "the write" : "the read") at \(crossed.location) to \(here) "
                    + "(sessionStorage ends with the tab; localStorage outlives it).")
        }
        if let near = unmatched.nearest {
            let otherVerb = read ? "writes" : "reads"
            return description.finding(
                "Storage key '\(side.name)' is \(verb), but the key \(read ? "written" : "read") is '\(near.name)'",
                kind: "storage-key", projects: side.projects, names: [side.name, near.name, storage],
                at: side.firstLocation,
                related: Array(side.related("also \(verb) here").dropFirst())
                    + near.related("\(near.projectList) \(otherVerb) '\(near.name)' here"),
                what: "\(side.projectList) \(read ? "reads" : "writes") '\(side.name)' in \(here) at \(side.place); "
                    + "nothing "
                    + "\(read ? "writes" : "reads") that key. \(near.projectList) \(otherVerb) '\(near.name)' at "
                    + "\(near.place) — did you mean '\(near.name)'?",
                fix: "Use one key on both sides: \(read ? "read" : "write") '\(near.name)' at \(side.firstLocation), "
                    + "or "
                    + "\(read ? "write" : "read") '\(side.name)' at \(near.firstLocation); better, export the key "
                    + "from one "
                    + "constant both pages import.")
        }
        return description.finding(
            "Storage key '\(side.name)' is \(verb) but never \(read ? "written" : "read")",
            kind: "storage-key", projects: side.projects, names: [side.name, storage], at: side.firstLocation,
            related: Array(side.related("also \(verb) here").dropFirst()),
            what: "\(side.projectList) \(read ? "reads" : "writes") '\(side.name)' in \(here) at \(side.place); no "
                + "code of "
                + "the workspace \(read ? "writes" : "reads") that key in \(here).",
            impact: read ? "The read always gets null, unless a script the workspace does not show (an inline script "
                + "in "
                + "an HTML page, a library) writes the key."
                : "The value is stored and never used: dead state, or a reader that spells the key in a way the "
                + "workspace does not show.",
            fix: read ? "Write '\(side.name)' where the value is produced, or remove the read at \(side.firstLocation)."
                : "Read '\(side.name)' where the value is needed, or stop writing it at \(side.firstLocation).",
            severity: .low)
    }
}
