// Written by `make schemas` from Schemas/lint-config.schema.json; edit that file, not this one.

extension WorkspaceConfigSchema {
    static let json = ##"""
{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://lint-config.dev/schemas/lint-config.schema.json",
  "title": "lint-config.yml",
  "description": "The workspace config: which projects exist, how each is deployed in each environment, and where their env examples, sources and migrations are. Every path is relative to the workspace root unless a description says otherwise; paths may not leave the workspace.",
  "type": "object",
  "additionalProperties": false,
  "definitions": {
    "path": {"type": "string", "description": "A path relative to the workspace root."},
    "pathList": {"type": "array", "items": {"type": "string"}},
    "kamalDeploy": {
      "type": "object",
      "additionalProperties": false,
      "description": "Deployed by Kamal: the config may live in another project (an ops repo deploying a worker).",
      "properties": {
        "config": {"type": "string", "description": "The base config, e.g. ATM/config/deploy.yml."},
        "destination": {"type": ["string", "null"], "description": "The Kamal destination (-d); null or absent deploys the bare config."},
        "roles": {"type": "array", "items": {"type": "string"}, "description": "Only these roles run this project's code (default: every role)."}
      }
    },
    "flyDeploy": {
      "type": "object",
      "additionalProperties": false,
      "description": "Deployed to Fly.io as one app.",
      "properties": {
        "app": {"type": "string", "description": "The Fly app name (fly deploy --app); defaults to `app` in the toml."},
        "config": {"type": "string", "description": "The fly.toml used for this environment."},
        "secrets": {"type": "string", "description": "A saved `fly secrets list` (table or --json) for this app; absent: use --fly-live or report that secrets cannot be verified."}
      }
    },
    "deploy": {
      "type": "object",
      "additionalProperties": false,
      "description": "How a project is deployed in one environment: by Kamal or by Fly.",
      "properties": {
        "kamal": {"$ref": "#/definitions/kamalDeploy"},
        "fly": {"$ref": "#/definitions/flyDeploy"}
      }
    },
    "migrationSource": {
      "type": "object",
      "additionalProperties": false,
      "description": "One folder or file of SQL migrations.",
      "properties": {
        "project": {"type": "string", "description": "The project whose migrations these are (for attribution)."},
        "path": {"type": "string", "description": "A folder or a single .sql file."},
        "order": {"enum": ["auto", "supabase", "drizzle", "prisma", "up-down", "numbered", "lexical"], "description": "How the tool that owns the folder orders it (default: auto-detected)."}
      }
    },
    "project": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "name": {"type": "string", "description": "A name for reports; defaults to the root folder."},
        "root": {"type": "string", "description": "The project folder."},
        "sources": {"$ref": "#/definitions/pathList", "description": "Globs of source files, relative to the project root (default: every .ts/.js/.py/.rb/.go/.swift file outside vendored folders)."},
        "env_examples": {"$ref": "#/definitions/pathList", "description": "Env example files, relative to the project root (default: discovered .env.example, .env.*.example, …)."},
        "runtime": {"$ref": "#/definitions/pathList", "description": "Globs, relative to the project root, of source files that are runtime code of the deploy even where the defaults say otherwise (e.g. scripts/worker.ts)."},
        "exclude": {"$ref": "#/definitions/pathList", "description": "Globs, relative to the project root, of source files that are not runtime code (besides tests, examples, scripts, docs, stories and tool configs): their reads never make a variable required or used."},
        "migrations": {"type": "array", "items": {"$ref": "#/definitions/migrationSource"}, "description": "This project's migration sources."},
        "deploy": {"type": "object", "additionalProperties": {"$ref": "#/definitions/deploy"}, "description": "Environment name -> how the project is deployed there."}
      }
    },
    "database": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "name": {"type": "string"},
        "migrations": {"type": "array", "items": {"$ref": "#/definitions/migrationSource"}, "description": "Sources replayed in this order into one schema."}
      }
    }
  },
  "properties": {
    "environments": {"type": "array", "items": {"type": "string"}, "description": "Every environment name; `--env` must be one of them."},
    "projects": {"type": "array", "items": {"$ref": "#/definitions/project"}},
    "databases": {"type": "array", "items": {"$ref": "#/definitions/database"}, "description": "Shared databases built from several projects' migrations."},
    "baselines": {"type": "string", "description": "The baselines folder (`lint-config baseline write|check`, `check --baseline`), relative to the workspace root unless absolute; default Baselines. `--baseline-dir` overrides it."}
  }
}
"""##
}
