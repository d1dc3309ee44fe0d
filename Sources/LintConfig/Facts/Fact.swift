/// One name or value that crosses a service boundary, with the side it stands on and where it
/// was found. Every kind has this one shape, so rules group facts by kind and direction and
/// match names with one matcher; what is particular to a kind (a queue's options, the env var a
/// header's value comes from, a value's role) lives in `attributes`.
public struct Fact: Hashable, Sendable {
    public var kind: FactKind
    /// The name as the other side must spell it: `gh-apply-job`, `x-gh-service-key`,
    /// `POST /api/v1/jobs/{}`, `public.gh_automation_jobs.status`. A family of names built at
    /// run time ends in `/*` or `*` (`jobs/*`).
    public var name: String
    public var direction: FactDirection
    /// The value of a `column-value` fact (`queued`), a port number; nil for pure names.
    public var value: String?
    /// What rules need beyond the name, by key (`env`: the env var a value comes from;
    /// `role`: initial | transition | claim | filter; queue options …). Never a secret value.
    public var attributes: [String: String]
    /// The project whose code or migration holds the fact.
    public var project: String
    /// nil for facts that hold in every environment (code, migrations); set for facts of one
    /// deploy.
    public var environment: String?
    public var location: Location
    /// How it was found, short and stable (`boss.send`, `pg_notify in function gh_notify_job`):
    /// what a finding quotes as its evidence.
    public var evidence: String
    /// A configured value a rule judges but nothing prints: an env example's value or a clear
    /// `fly.toml [env]` value, whose shape `secret-in-clear` reads. Not part of the identity,
    /// never in a manifest, a finding or a baseline.
    public var unprintedValue: String?

    public init(kind: FactKind, name: String, direction: FactDirection, value: String? = nil,
                attributes: [String: String] = [:], project: String, environment: String? = nil,
                location: Location, evidence: String, unprintedValue: String? = nil) {
        self.unprintedValue = unprintedValue
        self.kind = kind
        self.name = name
        self.direction = direction
        // The manifest and findings print values: a literal of a secret-named column, or one
        // that looks like a credential, is kept only as its digest (equal values stay equal).
        if let value {
            let column = kind == .columnValue ? Self.lastComponent(of: name) : nil
            self.value = Redaction.literal(value, column: column)
        } else {
            self.value = nil
        }
        self.attributes = attributes
        self.project = project
        self.environment = environment
        self.location = location
        self.evidence = evidence
    }

    /// `public.jobs.status` → `status`: the last non-empty part between dots, as
    /// `split(separator: ".").last` gives it, found on bytes for ASCII names (all but a few).
    static func lastComponent(of name: String) -> String? {
        let utf8 = name.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return name.split(separator: ".").last.map(String.init) }
        let dot = UInt8(ascii: ".")
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == dot { end = utf8.index(before: end) }
        guard end > utf8.startIndex else { return nil }
        var start = end
        while start > utf8.startIndex, utf8[utf8.index(before: start)] != dot { start = utf8.index(before: start) }
        return String(name[start..<end])
    }

    /// Everything but the location: two facts with the same identity say the same thing from
    /// two places, and the manifest prints them once.
    public var identity: FactIdentity {
        FactIdentity(kind: kind, name: name, direction: direction, value: value, attributes: attributes,
                     project: project, environment: environment, evidence: evidence)
    }
}

/// A fact without its location: the unit of the canonical manifest.
public struct FactIdentity: Hashable, Sendable, Comparable {
    public var kind: FactKind
    public var name: String
    public var direction: FactDirection
    public var value: String?
    public var attributes: [String: String]
    public var project: String
    public var environment: String?
    public var evidence: String

    /// Sorted by kind, name, direction, value, then the rest, so the manifest is byte-stable.
    public static func < (lhs: FactIdentity, rhs: FactIdentity) -> Bool {
        lhs.sortKey.lexicographicallyPrecedes(rhs.sortKey)
    }

    /// Built once per fact when a set is sorted (`FactSet`): building it per comparison was a
    /// tenth of a whole run.
    var sortKey: [String] {
        [kind.rawValue, name, direction.rawValue, value ?? "", environment ?? "", evidence,
         attributes.keys.sorted().map { "\($0)=\(attributes[$0] ?? "")" }.joined(separator: "\u{1F}")]
    }
}
