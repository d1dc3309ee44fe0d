/// The checks Kamal makes after its schema validation (`Configuration#ensure_*` and the builder
/// and env validators), with Kamal's own messages, on a merged deployment.
///
/// Knowingly not checked: empty host lists (`No servers specified for the web primary_role`),
/// because teams inject hosts at deploy time (`hosts: []` filled by a script), and checks that
/// need the running Kamal version or the hosts' state.
enum KamalRequiredSettings {
    static func violations(_ d: KamalDeployment) -> [ConfigViolation] {
        let config = d.config
        let top = Location.file(d.configFiles[0])
        var found: [ConfigViolation] = []
        func missing(_ key: String) {
            found.append(ConfigViolation(context: "", problem: "Missing required configuration for \(key)", location: top))
        }
        if !isPresent(config["service"]) { missing("service") }
        if !isPresent(config["registry"]) { missing("registry") }
        let localRegistry = config["registry"]?["server"]?.scalar.map { isLocalRegistry($0.text) } ?? false
        if !isPresent(config["image"]) && !localRegistry { missing("image") }

        if let service = config["service"], let scalar = service.scalar, !scalar.isTemplated, isPresent(service),
           !scalar.text.isEmpty, !KamalConfigLayout.isFillInPlaceholder(scalar.text), !scalar.text.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }) {
            found.append(ConfigViolation(context: "", problem: "Service name can only include alphanumeric characters, hyphens, and underscores",
                                          location: service.start))
        }
        if config["servers"]?.mapping != nil {
            let primary = config["primary_role"]
            let name = primary?.scalar?.text ?? "web"
            if primary?.scalar?.isTemplated != true, !d.roles.contains(where: { $0.name.value == name }) {
                found.append(ConfigViolation(context: "", problem: "The primary_role \(name) isn't defined", location: primary?.start ?? top))
            }
        }
        if let retain = config["retain_containers"], case .integer(let count?)? = retain.scalar?.value, count < 1 {
            found.append(ConfigViolation(context: "", problem: "Must retain at least 1 container", location: retain.start))
        }
        let builder = config["builder"]
        if builder?.scalar?.isTemplated != true, !isPresent(builder?["arch"]) {
            found.append(ConfigViolation(context: "builder", problem: "Builder arch not set", location: builder?.start ?? top))
        }
        for env in d.roles.map(\.env) + d.accessories.map(\.env) where !env.tags.isEmpty {
            found.append(ConfigViolation(context: env.context, problem: "tags are only allowed in the root env", location: env.tags[0].tag.location))
        }
        return found
    }

    /// Ruby's `present?`: not nil, not false, not empty or blank.
    static func isPresent(_ node: YAMLNode?) -> Bool {
        guard let node else { return false }
        switch node.content {
        case .mapping(let map): return !map.isEmpty
        case .sequence(let items): return !items.isEmpty
        case .scalar(let scalar):
            if scalar.isTemplated { return true }
            switch scalar.value {
            case .null, .bool(false): return false
            case .string(let text): return !text.allSatisfy(\.isWhitespace)
            default: return true
            }
        }
    }

    /// Kamal's local registry test (`/^localhost[:$]/`): `localhost:5555` is local, bare
    /// `localhost` is not.
    static func isLocalRegistry(_ server: String) -> Bool {
        server.hasPrefix("localhost:")
    }
}
