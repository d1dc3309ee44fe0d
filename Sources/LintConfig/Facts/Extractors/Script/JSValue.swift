/// What an expression in code evaluates to, as far as a name contract cares: literal text, an
/// env variable, a reference to a constant (resolved once the whole project is read, because
/// the constant may be imported), a template of such pieces, or something computed at run time.
public indirect enum JSValue: Hashable, Sendable {
    case text(String)
    case env(String)
    /// An identifier or a dotted path (`QUEUES.APPLY`) not yet resolved.
    case reference(String)
    case template([JSValue])
    /// `a ?? b` / `a || b`: the first when present, else the fallback.
    case either(JSValue, JSValue)
    /// A run-time path appended to a URL (`` `${BASE}${path}` ``): one or more further
    /// segments, so a route ends there in `/*`.
    case pathRest
    case unknown

    /// The value with every reference replaced by what `lookup` knows (the lookup returns
    /// resolved values and bounds its own recursion), and templates flattened.
    func resolved(_ lookup: (String) -> JSValue?) -> JSValue {
        switch self {
        case .text, .env, .pathRest, .unknown:
            return self
        case .reference(let name):
            return lookup(name) ?? .unknown
        case .either(let first, let fallback):
            return .either(first.resolved(lookup), fallback.resolved(lookup))
        case .template(let pieces):
            if Self.isFlat(pieces) { return self }
            // Adjacent texts are joined and empty ones dropped; the text is gathered in one
            // string and appended when another kind of piece follows, so no boxed value is built
            // per piece (every fact's name passes here).
            var flat: [JSValue] = []
            flat.reserveCapacity(pieces.count)
            var text = ""
            func add(_ part: JSValue) {
                if case .text(let b) = part {
                    text += b
                } else {
                    if !text.isEmpty { flat.append(.text(text)); text = "" }
                    flat.append(part)
                }
            }
            for piece in pieces {
                let value = piece.resolved(lookup)
                if case .template(let inner) = value {
                    for part in inner { add(part) }
                } else {
                    add(value)
                }
            }
            if !text.isEmpty { flat.append(.text(text)) }
            if flat.count <= 1 { return flat.first ?? .text("") }
            return .template(flat)
        }
    }

    /// Whether a template's pieces are already what `resolved` makes of them: two or more, no
    /// reference, nested template or fallback, no empty text and no two texts side by side.
    /// Most facts' names are such templates or plain texts, and are then kept as they are.
    static func isFlat(_ pieces: [JSValue]) -> Bool {
        guard pieces.count > 1 else { return false }
        var previousIsText = false
        for piece in pieces {
            switch piece {
            case .text(let text):
                if previousIsText || text.isEmpty { return false }
                previousIsText = true
            case .env, .pathRest, .unknown:
                previousIsText = false
            case .reference, .template, .either:
                return false
            }
        }
        return true
    }

    /// The literal text when the value is fully known.
    public var text: String? {
        switch self {
        case .text(let text): return text
        case .either(let first, _): return first.text
        default: return nil
        }
    }

    /// The first env variable the value is built from, if any (`${process.env.BASE}/x`,
    /// `process.env.KEY ?? ""`).
    public var envVariable: String? {
        switch self {
        case .env(let name): return name
        case .either(let first, let fallback): return first.envVariable ?? fallback.envVariable
        case .template(let pieces): return pieces.lazy.compactMap(\.envVariable).first
        default: return nil
        }
    }

    /// A name, or a family of names when parts are computed: `` `${QUEUE}/${id}` `` with
    /// `QUEUE = "jobs"` is `jobs/*`. nil when nothing of it is known at the start (a name
    /// that starts with a run-time value cannot be matched against anything).
    public var familyName: String? {
        switch self {
        case .text(let text): return text
        case .either(let first, _): return first.familyName
        case .template(let pieces):
            guard case .text? = pieces.first else { return nil }
            var name = ""
            for piece in pieces {
                if case .text(let text) = piece { name += text } else if !name.hasSuffix("*") { name += "*" }
            }
            return name
        default: return nil
        }
    }

    /// The pieces of a template, or the value itself as one piece.
    var pieces: [JSValue] {
        if case .template(let pieces) = self { return pieces }
        return [self]
    }
}

extension JSValue {
    /// Names of variables that hold a path or URL suffix by convention.
    static let pathNames: Set<String> = ["path", "pathname", "subpath", "endpoint", "route", "url", "uri", "suffix"]

    /// The value with every unresolved path-named reference after the first piece of a template
    /// (`` `${BASE}${path}` ``, `` `/api/${endpoint}` ``) marked as a `.pathRest`: a function's
    /// `path` parameter appended to a base is further segments, not part of the last one.
    func markingPathRest(_ lookup: (String) -> JSValue?) -> JSValue {
        guard case .template(let pieces) = self, pieces.count > 1 else { return self }
        return .template(pieces.enumerated().map { index, piece in
            guard index > 0, case .reference(let name) = piece, lookup(name) == nil else { return piece }
            let last = (name.split(separator: ".").last.map(String.init) ?? name).lowercased()
            let pathLike = Self.pathNames.contains(last) || ["path", "endpoint", "url"].contains { last.hasSuffix($0) }
            return pathLike ? .pathRest : piece
        })
    }
}
