/// One Kamal YAML file after ERB and YAML: what the deep merge starts from.
public struct KamalConfigFile: Sendable {
    public var path: String
    public var template: ERBTemplate
    public var stream: YAMLStream
    /// The document as a mapping; an empty file or a non-mapping root is an input error, since
    /// Kamal would fail on it too (`symbolize_keys` on a non-Hash).
    public var root: YAMLNode
    /// The whole document is one ERB output tag (`<%= ERB.new(File.read(…)).result %>`): Kamal
    /// renders it into a mapping we cannot see. `root` is then an empty mapping and every check
    /// that needs the content treats the deployment as not verifiable, instead of refusing a
    /// file Kamal accepts.
    public var isGeneratedByERB = false

    public static func read(_ path: String, from files: any WorkspaceFiles) throws(InputError) -> KamalConfigFile {
        let text = try files.text(path)
        let template = try ERBTemplate.render(text, path: path)
        let parser = YAMLParser(isTemplated: ERBTemplate.isTemplated)
        let stream = try parser.parse(template.rendered, path: path)
        guard let root = stream.root, !(root.scalar?.value == .null) else {
            throw InputError("is empty: a Kamal config must be a YAML mapping of keys such as 'service' and 'image'", at: .file(path))
        }
        if let scalar = root.scalar, scalar.isTemplated, scalar.style == .plain {
            var file = KamalConfigFile(path: path, template: template, stream: stream,
                                       root: YAMLNode(.mapping(YAMLMapping()), start: root.start, end: root.end))
            file.isGeneratedByERB = true
            return file
        }
        guard root.mapping != nil else {
            throw InputError("a Kamal config must be a YAML mapping, but the document is \(root.kindDescription)", at: root.start)
        }
        return KamalConfigFile(path: path, template: template, stream: stream, root: root)
    }

    /// Duplicate keys that can both survive rendering (keys in different branches of one ERB
    /// conditional are alternatives, not duplicates).
    public var duplicateKeys: [YAMLDuplicateKey] {
        stream.duplicateKeys.filter { !template.areExclusive(line: $0.first.line, line: $0.second.line) }
    }
}

/// Rails' `Hash#deep_merge`, which Kamal applies to the base config and the destination overlay:
/// mappings merge key by key, recursively; any other value (a list included) is replaced whole.
enum KamalDeepMerge {
    static func merge(_ base: YAMLNode, _ overlay: YAMLNode) -> YAMLNode {
        guard let baseMap = base.mapping, let overlayMap = overlay.mapping else { return overlay }
        var result = baseMap
        for entry in overlayMap.entries {
            if let existing = result.entry(matching: entry.key) {
                result.set(existing.key, merge(existing.value, entry.value))
            } else {
                result.set(entry.key, entry.value)
            }
        }
        return YAMLNode(.mapping(result), tag: base.tag, start: base.start, end: base.end)
    }
}
