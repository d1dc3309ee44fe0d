// Written by `make schemas` from Schemas/kamal-deploy.schema.json; edit that file, not this one.

extension KamalSchema {
    static let json = ##"""
{
  "description": "Keys Kamal 2 (through 2.12) accepts in config/deploy.yml after merging the destination overlay; written for lint-config from Kamal's documented examples.",
  "type": "object",
  "properties": {
    "service": {
      "$ref": "#/definitions/stringish",
      "description": "Service name, required; letters, digits, - and _ only; prefixes container names."
    },
    "image": {
      "$ref": "#/definitions/stringish",
      "description": "Image name pushed to the registry (may be omitted with a local registry)."
    },
    "labels": {
      "$ref": "#/definitions/labels",
      "description": "Extra labels added to every app container."
    },
    "volumes": {
      "$ref": "#/definitions/stringList",
      "description": "Extra volumes mounted into every app container."
    },
    "registry": {
      "$ref": "#/definitions/registry",
      "description": "Registry the app image is pushed to and pulled from."
    },
    "servers": {
      "anyOf": [
        {
          "$ref": "#/definitions/hostList"
        },
        {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/roleConfig"
          },
          "description": "Role name -> role."
        }
      ],
      "description": "A list of hosts (single web role) or a map of role name -> role."
    },
    "env": {
      "$ref": "#/definitions/rootEnv",
      "description": "Environment variables for all roles."
    },
    "asset_path": {
      "$ref": "#/definitions/stringish",
      "description": "Container path whose assets are bridged across versions, optionally :options."
    },
    "hooks_path": {
      "$ref": "#/definitions/stringish",
      "description": "Directory with hook scripts (default .kamal/hooks)."
    },
    "hooks_output": {
      "anyOf": [
        {
          "enum": [
            "quiet",
            "verbose",
            ":quiet",
            ":verbose"
          ],
          "description": "Hook output level."
        },
        {
          "type": "object",
          "additionalProperties": {
            "enum": [
              "quiet",
              "verbose",
              ":quiet",
              ":verbose"
            ],
            "description": "Hook output level."
          },
          "description": "Hook name -> level."
        }
      ],
      "description": "Hook output visibility, globally or per hook name."
    },
    "secrets_path": {
      "$ref": "#/definitions/stringish",
      "description": "Base path of the secrets files (default .kamal/secrets)."
    },
    "error_pages_path": {
      "$ref": "#/definitions/stringish",
      "description": "Directory of NNN.html error pages served by the proxy."
    },
    "require_destination": {
      "type": "boolean",
      "description": "Refuse to run without -d <destination>."
    },
    "primary_role": {
      "$ref": "#/definitions/stringish",
      "description": "Role used for locks, health checks and primary_host (default web)."
    },
    "allow_empty_roles": {
      "type": "boolean",
      "description": "Allow non-primary roles without hosts."
    },
    "retain_containers": {
      "type": "integer",
      "description": "How many old containers and images to keep (default 5, minimum 1)."
    },
    "minimum_version": {
      "$ref": "#/definitions/stringish",
      "description": "Oldest Kamal version allowed to deploy this config."
    },
    "readiness_delay": {
      "type": "integer",
      "description": "Seconds to wait for containers without proxy/healthcheck (default 7)."
    },
    "deploy_timeout": {
      "type": "integer",
      "description": "Seconds to wait for a new container to become ready (default 30)."
    },
    "drain_timeout": {
      "type": "integer",
      "description": "Seconds to let an old container drain (default 30)."
    },
    "stop_timeout": {
      "type": "integer",
      "description": "Seconds to wait after SIGTERM before killing containers."
    },
    "run_directory": {
      "$ref": "#/definitions/stringish",
      "description": "Host directory for Kamal runtime files (accepted; Kamal uses .kamal)."
    },
    "ssh": {
      "$ref": "#/definitions/ssh",
      "description": "SSH connection settings."
    },
    "builder": {
      "$ref": "#/definitions/builder",
      "description": "Image build settings (arch required)."
    },
    "accessories": {
      "type": "object",
      "additionalProperties": {
        "$ref": "#/definitions/accessory"
      },
      "description": "Accessory name -> accessory."
    },
    "proxy": {
      "$ref": "#/definitions/proxy",
      "description": "kamal-proxy settings for the primary role and proxied roles (must be a map here)."
    },
    "sshkit": {
      "$ref": "#/definitions/sshkit",
      "description": "SSHKit connection pool settings."
    },
    "boot": {
      "$ref": "#/definitions/boot",
      "description": "Rolling boot settings."
    },
    "logging": {
      "$ref": "#/definitions/logging",
      "description": "Docker logging settings for app containers."
    },
    "output": {
      "$ref": "#/definitions/output",
      "description": "Command output log destinations."
    },
    "aliases": {
      "type": "object",
      "additionalProperties": {
        "$ref": "#/definitions/stringish"
      },
      "description": "Alias name -> kamal command line it expands to."
    }
  },
  "patternProperties": {
    "^x-": {
      "description": "Extension block ignored by Kamal, typically a YAML anchor source.",
      "x-kamal-context": "free"
    }
  },
  "additionalProperties": false,
  "definitions": {
    "stringish": {
      "type": [
        "string",
        "integer",
        "number",
        "boolean"
      ],
      "description": "A value Kamal accepts where its docs show a string: any string, number or boolean (YAML null is rejected)."
    },
    "never": {
      "type": "null",
      "enum": [
        false
      ],
      "description": "Matches no value at all; used to forbid a property name (a null that would also have to equal false)."
    },
    "stringList": {
      "type": "array",
      "items": {
        "$ref": "#/definitions/stringish"
      },
      "description": "A list of string-like values."
    },
    "freeMap": {
      "type": "object",
      "description": "A map passed through to Docker or another tool; Kamal only checks that it is a map.",
      "x-kamal-context": "free"
    },
    "hostTags": {
      "anyOf": [
        {
          "$ref": "#/definitions/stringish"
        },
        {
          "$ref": "#/definitions/stringList"
        }
      ],
      "description": "Tag or tags attached to one host; used to select env.tags and accessory tag targets."
    },
    "hostEntry": {
      "anyOf": [
        {
          "$ref": "#/definitions/stringish"
        },
        {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/hostTags"
          },
          "description": "Single-entry map of host to its tag or list of tags."
        }
      ],
      "description": "One host: a hostname/IP, or a single-entry map hostname -> tag(s). Kamal rejects maps with more than one entry."
    },
    "hostList": {
      "type": "array",
      "items": {
        "$ref": "#/definitions/hostEntry"
      },
      "description": "A list of hosts, each a plain host or a host->tags map."
    },
    "labels": {
      "type": "object",
      "additionalProperties": {
        "$ref": "#/definitions/stringish"
      },
      "description": "Docker labels: label name -> string-like value."
    },
    "scopedLabels": {
      "type": "object",
      "description": "Docker labels for a role or accessory; destination, role and service are reserved by Kamal.",
      "properties": {
        "destination": {
          "$ref": "#/definitions/never",
          "description": "Reserved label, set by Kamal."
        },
        "role": {
          "$ref": "#/definitions/never",
          "description": "Reserved label, set by Kamal."
        },
        "service": {
          "$ref": "#/definitions/never",
          "description": "Reserved label, set by Kamal."
        }
      },
      "additionalProperties": {
        "$ref": "#/definitions/stringish"
      }
    },
    "dockerOptions": {
      "type": "object",
      "description": "Extra `docker run` options as --name value pairs (values may be lists); options.restart must be no, always, unless-stopped or on-failure[:N].",
      "x-kamal-context": "free"
    },
    "envValues": {
      "type": "object",
      "additionalProperties": {
        "$ref": "#/definitions/stringish"
      },
      "description": "Plain environment variables: name -> string-like value."
    },
    "secretList": {
      "type": "array",
      "items": {
        "$ref": "#/definitions/stringish"
      },
      "description": "Secret names to inject; `NAME:SECRET_KEY` sets container var NAME from secret SECRET_KEY."
    },
    "simpleEnv": {
      "type": "object",
      "description": "Flat env form: every key is a variable; the keys clear, secret and tags switch to the structured form.",
      "properties": {
        "clear": {
          "$ref": "#/definitions/never",
          "description": "Not allowed in the flat form."
        },
        "secret": {
          "$ref": "#/definitions/never",
          "description": "Not allowed in the flat form."
        },
        "tags": {
          "$ref": "#/definitions/never",
          "description": "Not allowed in the flat form."
        }
      },
      "additionalProperties": {
        "$ref": "#/definitions/stringish"
      }
    },
    "structuredEnvNoTags": {
      "type": "object",
      "description": "Structured env form without tags (role, accessory and tag envs); a plain key beside clear/secret/tags is accepted here and reported by the env model instead (Kamal rejects it: it never reaches the container).",
      "properties": {
        "clear": {
          "$ref": "#/definitions/envValues",
          "description": "Variables passed in clear on the docker command line."
        },
        "secret": {
          "$ref": "#/definitions/secretList",
          "description": "Variables read from the .kamal/secrets files and written to an env file on the host."
        }
      },
      "additionalProperties": {
        "$ref": "#/definitions/stringish"
      }
    },
    "structuredRootEnv": {
      "type": "object",
      "description": "Structured env form for the root env; any key other than clear, secret, tags is an error.",
      "properties": {
        "clear": {
          "$ref": "#/definitions/envValues",
          "description": "Variables passed in clear on the docker command line."
        },
        "secret": {
          "$ref": "#/definitions/secretList",
          "description": "Variables read from the .kamal/secrets files and written to an env file on the host."
        },
        "tags": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/nestedEnv"
          },
          "description": "Extra env per host tag: tag name -> env (flat or structured, no nested tags)."
        }
      },
      "additionalProperties": {
        "$ref": "#/definitions/stringish"
      }
    },
    "nestedEnv": {
      "anyOf": [
        {
          "$ref": "#/definitions/simpleEnv"
        },
        {
          "$ref": "#/definitions/structuredEnvNoTags"
        }
      ],
      "description": "Env for a role, an accessory or a host tag: flat or structured, tags not allowed."
    },
    "rootEnv": {
      "anyOf": [
        {
          "$ref": "#/definitions/simpleEnv"
        },
        {
          "$ref": "#/definitions/structuredRootEnv"
        }
      ],
      "description": "Root env: flat map, or structured clear/secret/tags."
    },
    "logging": {
      "type": "object",
      "description": "Docker logging driver settings.",
      "properties": {
        "driver": {
          "$ref": "#/definitions/stringish",
          "description": "Docker log driver name, e.g. json-file."
        },
        "options": {
          "$ref": "#/definitions/freeMap",
          "description": "Log driver options passed as --log-opt."
        }
      },
      "additionalProperties": false
    },
    "proxySsl": {
      "type": "object",
      "description": "Custom certificate: names of the secrets holding the PEM data (Kamal does not check other keys here).",
      "properties": {
        "certificate_pem": {
          "$ref": "#/definitions/stringish",
          "description": "Secret name holding the certificate chain PEM."
        },
        "private_key_pem": {
          "$ref": "#/definitions/stringish",
          "description": "Secret name holding the private key PEM."
        }
      },
      "additionalProperties": true
    },
    "proxy": {
      "type": "object",
      "description": "kamal-proxy settings for the app (root), a role override, or an accessory.",
      "properties": {
        "host": {
          "$ref": "#/definitions/stringish",
          "description": "Hostname to route to the app; may be a comma-separated list."
        },
        "hosts": {
          "$ref": "#/definitions/hostList",
          "description": "Hostnames to route to the app (use host or hosts, not both)."
        },
        "app_port": {
          "type": "integer",
          "description": "Port the container listens on (default 80)."
        },
        "ssl": {
          "anyOf": [
            {
              "type": "boolean"
            },
            {
              "$ref": "#/definitions/proxySsl"
            }
          ],
          "description": "Automatic Let's Encrypt (true) or a custom certificate map."
        },
        "ssl_redirect": {
          "type": "boolean",
          "description": "Redirect HTTP to HTTPS when SSL is on (default true)."
        },
        "forward_headers": {
          "type": "boolean",
          "description": "Forward X-Forwarded-For/Proto headers to the app."
        },
        "response_timeout": {
          "type": "integer",
          "description": "Seconds to wait for a response (default 30)."
        },
        "path_prefix": {
          "$ref": "#/definitions/stringish",
          "description": "Path prefix(es) routed to this app, comma separated."
        },
        "path_prefixes": {
          "$ref": "#/definitions/stringList",
          "description": "Path prefixes routed to this app."
        },
        "strip_path_prefix": {
          "type": "boolean",
          "description": "Whether the prefix is removed before forwarding (default true)."
        },
        "healthcheck": {
          "type": "object",
          "description": "Deploy-time health check performed by the proxy.",
          "properties": {
            "interval": {
              "type": "integer",
              "description": "Seconds between checks."
            },
            "path": {
              "$ref": "#/definitions/stringish",
              "description": "HTTP path to request (default /up)."
            },
            "timeout": {
              "type": "integer",
              "description": "Seconds before one check times out."
            }
          },
          "additionalProperties": false
        },
        "buffering": {
          "type": "object",
          "description": "Request/response buffering in the proxy.",
          "properties": {
            "requests": {
              "type": "boolean",
              "description": "Buffer request bodies."
            },
            "responses": {
              "type": "boolean",
              "description": "Buffer response bodies."
            },
            "max_request_body": {
              "type": "integer",
              "description": "Largest request body in bytes (0 = unlimited)."
            },
            "max_response_body": {
              "type": "integer",
              "description": "Largest response body in bytes (0 = unlimited)."
            },
            "memory": {
              "type": "integer",
              "description": "Bytes buffered in memory before spilling to disk."
            }
          },
          "additionalProperties": false
        },
        "logging": {
          "type": "object",
          "description": "Which headers the proxy writes to its request log.",
          "properties": {
            "request_headers": {
              "$ref": "#/definitions/stringList",
              "description": "Request headers to log."
            },
            "response_headers": {
              "$ref": "#/definitions/stringList",
              "description": "Response headers to log."
            }
          },
          "additionalProperties": false
        },
        "run": {
          "type": "object",
          "description": "Options used when booting the kamal-proxy container itself.",
          "properties": {
            "http_port": {
              "type": "integer",
              "description": "Host HTTP port (default 80)."
            },
            "https_port": {
              "type": "integer",
              "description": "Host HTTPS port (default 443)."
            },
            "metrics_port": {
              "type": "integer",
              "description": "Port for Prometheus metrics."
            },
            "debug": {
              "type": "boolean",
              "description": "Enable proxy debug logging."
            },
            "log_max_size": {
              "$ref": "#/definitions/stringish",
              "description": "Max proxy log file size, e.g. 10m."
            },
            "publish": {
              "type": "boolean",
              "description": "Publish the proxy ports on the host (default true)."
            },
            "bind_ips": {
              "$ref": "#/definitions/stringList",
              "description": "Host IPs to bind the published ports to."
            },
            "registry": {
              "$ref": "#/definitions/stringish",
              "description": "Registry for the kamal-proxy image."
            },
            "repository": {
              "$ref": "#/definitions/stringish",
              "description": "Repository of the kamal-proxy image."
            },
            "version": {
              "$ref": "#/definitions/stringish",
              "description": "kamal-proxy image tag."
            },
            "options": {
              "$ref": "#/definitions/freeMap",
              "description": "Extra docker run options for the proxy container."
            }
          },
          "additionalProperties": false
        }
      },
      "additionalProperties": false
    },
    "role": {
      "type": "object",
      "description": "Settings for one server role; anything not set falls back to the root configuration.",
      "properties": {
        "hosts": {
          "$ref": "#/definitions/hostList",
          "description": "Hosts running this role (use [] for an empty role; needs allow_empty_roles)."
        },
        "cmd": {
          "$ref": "#/definitions/stringish",
          "description": "Command run in the container instead of the image default."
        },
        "stop_timeout": {
          "type": "integer",
          "description": "Seconds to wait after SIGTERM before killing this role's containers."
        },
        "options": {
          "$ref": "#/definitions/dockerOptions",
          "description": "Extra docker run options for this role."
        },
        "logging": {
          "$ref": "#/definitions/logging",
          "description": "Logging overrides merged over the root logging."
        },
        "proxy": {
          "anyOf": [
            {
              "type": "boolean"
            },
            {
              "$ref": "#/definitions/proxy"
            }
          ],
          "description": "true/false to switch the proxy on or off, or proxy settings merged over the root proxy."
        },
        "labels": {
          "$ref": "#/definitions/scopedLabels",
          "description": "Labels for this role's containers, merged over root labels."
        },
        "env": {
          "$ref": "#/definitions/nestedEnv",
          "description": "Env merged over the root env for this role (no tags here)."
        },
        "asset_path": {
          "$ref": "#/definitions/stringish",
          "description": "Asset bridging path for this role, optionally with :options."
        }
      },
      "additionalProperties": false
    },
    "roleConfig": {
      "anyOf": [
        {
          "$ref": "#/definitions/hostList"
        },
        {
          "$ref": "#/definitions/role"
        }
      ],
      "description": "A role as a bare host list or as a settings map."
    },
    "registry": {
      "type": "object",
      "description": "Container registry credentials; username/password required unless server is localhost:<port>.",
      "properties": {
        "server": {
          "$ref": "#/definitions/stringish",
          "description": "Registry host (default Docker Hub); localhost:<port> starts a local registry."
        },
        "username": {
          "anyOf": [
            {
              "type": "string"
            },
            {
              "type": "array",
              "items": {
                "type": "string"
              },
              "description": "One secret name."
            }
          ],
          "description": "Literal username, or a one-item list naming the secret that holds it."
        },
        "password": {
          "anyOf": [
            {
              "type": "string"
            },
            {
              "type": "array",
              "items": {
                "type": "string"
              },
              "description": "One secret name."
            }
          ],
          "description": "Literal password (often ERB output), or a one-item list naming the secret that holds it."
        }
      },
      "additionalProperties": false
    },
    "pathMount": {
      "type": "object",
      "description": "Long form of a mounted file or directory (other keys are not checked by Kamal).",
      "properties": {
        "local": {
          "$ref": "#/definitions/stringish",
          "description": "Path in the repo (files) or on the host (directories)."
        },
        "remote": {
          "$ref": "#/definitions/stringish",
          "description": "Path inside the container."
        },
        "mode": {
          "$ref": "#/definitions/stringish",
          "description": "Permissions as a quoted string such as \"0600\" (unquoted 0600 is an octal integer)."
        },
        "owner": {
          "$ref": "#/definitions/stringish",
          "description": "Owner such as user:group (needs root)."
        },
        "options": {
          "$ref": "#/definitions/stringish",
          "description": "Mount options such as ro or Z."
        }
      },
      "additionalProperties": true
    },
    "pathList": {
      "type": "array",
      "items": {
        "anyOf": [
          {
            "$ref": "#/definitions/stringish"
          },
          {
            "$ref": "#/definitions/pathMount"
          }
        ],
        "description": "One mount."
      },
      "description": "Mounts in local:remote[:options] form or the long map form."
    },
    "accessory": {
      "type": "object",
      "description": "An auxiliary container (database, cache, ...) managed separately from the app; exactly one of host, hosts, role, roles, tag, tags.",
      "properties": {
        "service": {
          "$ref": "#/definitions/stringish",
          "description": "Service label/container name (default <service>-<accessory>)."
        },
        "image": {
          "$ref": "#/definitions/stringish",
          "description": "Docker image to run."
        },
        "registry": {
          "$ref": "#/definitions/registry",
          "description": "Registry for this accessory's image if it differs."
        },
        "host": {
          "$ref": "#/definitions/stringish",
          "description": "Single host to run on."
        },
        "hosts": {
          "$ref": "#/definitions/hostList",
          "description": "Hosts to run on."
        },
        "role": {
          "$ref": "#/definitions/stringish",
          "description": "Run on every host of this role."
        },
        "roles": {
          "$ref": "#/definitions/stringList",
          "description": "Run on every host of these roles."
        },
        "tag": {
          "$ref": "#/definitions/stringish",
          "description": "Run on every host carrying this tag."
        },
        "tags": {
          "$ref": "#/definitions/stringList",
          "description": "Run on every host carrying any of these tags."
        },
        "cmd": {
          "$ref": "#/definitions/stringish",
          "description": "Command overriding the image default."
        },
        "port": {
          "$ref": "#/definitions/stringish",
          "description": "Published port: a port number or host_ip:host_port:container_port."
        },
        "labels": {
          "$ref": "#/definitions/scopedLabels",
          "description": "Extra labels for the accessory container."
        },
        "options": {
          "$ref": "#/definitions/dockerOptions",
          "description": "Extra docker run options for the accessory."
        },
        "env": {
          "$ref": "#/definitions/nestedEnv",
          "description": "Env for the accessory (independent of the root env; no tags)."
        },
        "files": {
          "$ref": "#/definitions/pathList",
          "description": "Files uploaded from the repo and mounted (ERB files are rendered)."
        },
        "directories": {
          "$ref": "#/definitions/pathList",
          "description": "Directories created on the host and mounted."
        },
        "volumes": {
          "$ref": "#/definitions/stringList",
          "description": "Other docker volumes, mounted as given."
        },
        "network": {
          "$ref": "#/definitions/stringish",
          "description": "Docker network to attach to (default kamal)."
        },
        "proxy": {
          "anyOf": [
            {
              "type": "boolean",
              "enum": [
                false
              ],
              "description": "Only false is usable here."
            },
            {
              "$ref": "#/definitions/proxy"
            }
          ],
          "description": "Proxy settings to serve this accessory through kamal-proxy (false means none)."
        }
      },
      "additionalProperties": false
    },
    "builder": {
      "type": "object",
      "description": "How the image is built; arch is required.",
      "properties": {
        "arch": {
          "anyOf": [
            {
              "$ref": "#/definitions/stringish"
            },
            {
              "$ref": "#/definitions/stringList"
            }
          ],
          "description": "Target architecture(s): amd64 and/or arm64."
        },
        "remote": {
          "$ref": "#/definitions/stringish",
          "description": "Connection string of a remote builder, e.g. ssh://docker@builder."
        },
        "local": {
          "type": "boolean",
          "description": "Whether the local machine may build (false needs remote)."
        },
        "pack": {
          "type": "object",
          "description": "Cloud Native Buildpacks build settings.",
          "properties": {
            "builder": {
              "$ref": "#/definitions/stringish",
              "description": "Buildpacks builder image."
            },
            "buildpacks": {
              "$ref": "#/definitions/stringList",
              "description": "Buildpacks to apply."
            }
          },
          "additionalProperties": false
        },
        "cache": {
          "type": "object",
          "description": "Build cache settings.",
          "properties": {
            "type": {
              "enum": [
                "gha",
                "registry"
              ],
              "description": "Cache backend."
            },
            "options": {
              "$ref": "#/definitions/stringish",
              "description": "Cache options string, e.g. mode=max."
            },
            "image": {
              "$ref": "#/definitions/stringish",
              "description": "Image name used for a registry cache."
            }
          },
          "additionalProperties": false
        },
        "context": {
          "$ref": "#/definitions/stringish",
          "description": "Build context path (default: a clean git clone)."
        },
        "dockerfile": {
          "$ref": "#/definitions/stringish",
          "description": "Dockerfile path (default Dockerfile)."
        },
        "target": {
          "$ref": "#/definitions/stringish",
          "description": "Multi-stage build target."
        },
        "args": {
          "$ref": "#/definitions/freeMap",
          "description": "Build arguments passed as --build-arg."
        },
        "secrets": {
          "$ref": "#/definitions/stringList",
          "description": "Secret names exposed to the build as --secret."
        },
        "ssh": {
          "$ref": "#/definitions/stringish",
          "description": "SSH agent socket or keys exposed to the build."
        },
        "driver": {
          "$ref": "#/definitions/stringish",
          "description": "Buildx driver, e.g. docker or cloud org/builder."
        },
        "provenance": {
          "$ref": "#/definitions/stringish",
          "description": "Provenance attestation setting (string or boolean)."
        },
        "sbom": {
          "type": "boolean",
          "description": "Generate an SBOM attestation."
        }
      },
      "additionalProperties": false
    },
    "ssh": {
      "type": "object",
      "description": "SSH connection settings.",
      "properties": {
        "user": {
          "$ref": "#/definitions/stringish",
          "description": "Remote user (default root)."
        },
        "port": {
          "$ref": "#/definitions/stringish",
          "description": "SSH port (default 22)."
        },
        "proxy": {
          "$ref": "#/definitions/stringish",
          "description": "Jump host, user@host or host."
        },
        "proxy_command": {
          "$ref": "#/definitions/stringish",
          "description": "ProxyCommand to reach the hosts."
        },
        "log_level": {
          "$ref": "#/definitions/stringish",
          "description": "Net::SSH log level."
        },
        "keys_only": {
          "type": "boolean",
          "description": "Only use the configured keys."
        },
        "keys": {
          "$ref": "#/definitions/stringList",
          "description": "Private key file paths."
        },
        "key_data": {
          "$ref": "#/definitions/stringList",
          "description": "Secret names (or, deprecated, inline key text) for private keys."
        },
        "config": {
          "anyOf": [
            {
              "type": "boolean"
            },
            {
              "type": "string"
            },
            {
              "$ref": "#/definitions/stringList"
            }
          ],
          "description": "true/false to load or ignore OpenSSH config files, or path(s) to load."
        },
        "forward_agent": {
          "type": "boolean",
          "description": "Forward the local SSH agent."
        }
      },
      "additionalProperties": false
    },
    "sshkit": {
      "type": "object",
      "description": "SSHKit connection pool settings.",
      "properties": {
        "max_concurrent_starts": {
          "type": "integer",
          "description": "Maximum SSH connections opened at once."
        },
        "pool_idle_timeout": {
          "type": "integer",
          "description": "Seconds before idle SSH connections are closed."
        },
        "dns_retries": {
          "type": "integer",
          "description": "DNS resolution retries."
        }
      },
      "additionalProperties": false
    },
    "boot": {
      "type": "object",
      "description": "Rolling boot settings.",
      "properties": {
        "limit": {
          "$ref": "#/definitions/stringish",
          "description": "Hosts booted at a time: a number or a percentage string like 25%."
        },
        "wait": {
          "type": "integer",
          "description": "Seconds to wait between boot groups."
        },
        "parallel_roles": {
          "type": "boolean",
          "description": "Boot a host's roles in parallel."
        }
      },
      "additionalProperties": false
    },
    "output": {
      "type": "object",
      "description": "Where Kamal ships its own command output logs.",
      "properties": {
        "otel": {
          "type": "object",
          "description": "OpenTelemetry log export.",
          "properties": {
            "endpoint": {
              "$ref": "#/definitions/stringish",
              "description": "OTLP HTTP endpoint URL."
            }
          },
          "additionalProperties": false
        },
        "file": {
          "type": "object",
          "description": "Local log files, one per deploy.",
          "properties": {
            "path": {
              "$ref": "#/definitions/stringish",
              "description": "Directory for the log files."
            }
          },
          "additionalProperties": false
        }
      },
      "additionalProperties": false
    }
  }
}
"""##
}
