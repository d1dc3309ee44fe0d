import Foundation

/// The files and package scripts each Kamal role's `cmd` runs, looked up in the project the
/// config deploys (its image is built from that folder): what `kamal-cmd-missing` reads.
public struct DeployedCommand: Sendable {
    /// Index of the deployment in `WorkspaceModel.kamalDeployments`.
    public var deploymentIndex: Int
    public var role: String
    public var location: Location
    /// The project whose image runs the command, and its folder.
    public var project: String
    public var projectRoot: String
    /// References found nowhere: a file not in the project, a script not in its package.json.
    public var missing: [KamalCommand.Reference]
    /// The package.json scripts were looked up in, when one was read.
    public var packageJSON: String?
    /// For a missing file: files of the project with the same name elsewhere (`src/worker.ts`
    /// for `src/workers/worker.ts`), the likely intended path.
    public var nearMisses: [String: String] = [:]
}

public enum DeployedCommands {
    /// Files whose presence shows the project's code is in the workspace.
    static let codeMarkers = ["package.json", "Gemfile", "go.mod", "pyproject.toml", "requirements.txt", "Cargo.toml",
                              "mix.exs", "composer.json", "Package.swift", "deno.json", "Dockerfile"]

    /// `deployedProject` names the project (and its root) that a deployment's image is built
    /// from; nil leaves the deployment out (nothing to look in).
    public static func resolve(_ deployments: [KamalDeployment], files: any WorkspaceFiles,
                               deployedProject: (KamalDeployment) -> (name: String, root: String)?) -> [DeployedCommand] {
        var result: [DeployedCommand] = []
        for (index, deployment) in deployments.enumerated() where deployment.isVerifiable {
            // A config checked without its project's code (only `config/` in the workspace)
            // proves nothing about the image: its files are elsewhere.
            guard let project = deployedProject(deployment),
                  codeMarkers.contains(where: { files.exists(joinPath(project.root, $0)) }) else { continue }
            let packagePath = joinPath(project.root, "package.json")
            let package = files.exists(packagePath) ? PackageScripts.read(packagePath, files) : nil
            for role in deployment.roles {
                guard let node = role.cmd, let scalar = node.scalar, !scalar.isTemplated else { continue }
                var command = DeployedCommand(deploymentIndex: index, role: role.name.value, location: node.start,
                                              project: project.name, projectRoot: project.root, missing: [],
                                              packageJSON: package == nil ? nil : packagePath)
                for reference in KamalCommand.references(in: scalar.text) {
                    switch reference.kind {
                    case .file:
                        let path = joinPath(project.root, reference.name)
                        guard files.kind(of: path) == .missing else { continue }
                        // A file whose folder is absent too says more about the checkout than the
                        // image (a partial snapshot, a generated bin/): only a missing file in a
                        // folder that exists, or a misspelt folder, is reported.
                        let near = sameName(reference.name, in: project.root, files)
                        let folder = WorkspacePath.directory(of: path)
                        guard near != nil || folder == project.root || files.kind(of: folder) == .directory else { continue }
                        command.missing.append(reference)
                        if let near { command.nearMisses[reference.name] = near }
                    case .script:
                        guard let package, !package.scripts.contains(reference.name),
                              !package.dependencies.contains(reference.name) else { continue }
                        command.missing.append(reference)
                    }
                }
                if !command.missing.isEmpty { result.append(command) }
            }
        }
        return result
    }

    /// The file meant, when the folder is misspelt: the same file name in a sibling folder whose
    /// name differs only in case, `-`/`_` or a plural `s` (`src/workers/main.ts` for
    /// `src/worker/main.ts`).
    static func sameName(_ path: String, in root: String, _ files: any WorkspaceFiles) -> String? {
        let name = WorkspacePath.fileName(of: path)
        let folder = WorkspacePath.directory(of: path)
        guard !folder.isEmpty else { return nil }
        let parent = WorkspacePath.directory(of: folder)
        let folded = fold(WorkspacePath.fileName(of: folder))
        for entry in files.list(joinPath(root, parent)) where entry != WorkspacePath.fileName(of: folder) && fold(entry) == folded {
            let candidate = joinPath(parent, entry, name)
            if files.kind(of: joinPath(root, candidate)) == .file { return candidate }
        }
        return nil
    }

    static func fold(_ name: String) -> String {
        let letters = name.lowercased().filter { $0 != "-" && $0 != "_" }
        return letters.hasSuffix("s") ? String(letters.dropLast()) : letters
    }
}

/// The `scripts` and dependency names of a package.json (bins of dependencies run by name).
struct PackageScripts {
    var scripts: Set<String>
    var dependencies: Set<String>

    static func read(_ path: String, _ files: any WorkspaceFiles) -> PackageScripts? {
        guard let text = try? files.text(path),
              let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return nil }
        let scripts = Set((object["scripts"] as? [String: Any])?.keys.map { $0 } ?? [])
        var dependencies = Set<String>()
        for key in ["dependencies", "devDependencies", "optionalDependencies"] {
            for name in (object[key] as? [String: Any])?.keys ?? [:].keys {
                dependencies.insert(name)
                if let last = name.split(separator: "/").last { dependencies.insert(String(last)) }
            }
        }
        return PackageScripts(scripts: scripts, dependencies: dependencies)
    }
}
