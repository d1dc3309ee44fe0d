/// Lint: a PostgreSQL `LISTEN` on a channel that nothing notifies — neither code (`pg_notify`,
/// `NOTIFY`) nor a function or trigger of the migrations — or a notification nobody listens
/// to. A near-identical name on the other side (`gh_job_created` notified, `gh-job-created`
/// listened) is certain breakage (critical); a listener with no notifier at all is medium when
/// the workspace notifies other channels and low when it notifies none (the notifier is outside
/// the workspace); a notification nobody listens to is low.
public struct ChannelUnmatchedRule: Rule {
    public init() {}

    static let trigger = """
        create table jobs (id bigint primary key);
        create function notify_job() returns trigger language plpgsql as $$
        begin
          perform pg_notify('job_created', new.id::text);
          return new;
        end;
        $$;

        """

    public let description = RuleDescription(
        id: "channel-unmatched",
        severity: .critical,
        summary: "Code LISTENs on a channel nothing NOTIFYs (code or migration), or notifies a channel nobody listens on.",
        rationale: "A listener on the wrong channel never wakes: the service that relies on the notification to start work waits silently, with no error on either side.",
        triggeringExamples: [
            RuleExample([
                "db/package.json": "{}\n",
                "db/supabase/migrations/20240101000000_jobs.sql": trigger,
                "worker/package.json": "{}\n",
                "worker/src/listen.ts": "await client.query(\"LISTEN ↓jobcreated\");\n",
            ], note: "the trigger function notifies job_created: one separator lost"),
            RuleExample([
                "api/package.json": "{}\n",
                "api/src/notify.ts": "await client.query(\"select pg_notify('cache-invalidate', $1)\", [key]);\n",
                "web/package.json": "{}\n",
                "web/src/listen.ts": "await sql.listen(↓\"cache_invalidate\", reload);\n",
            ], note: "dashes in the notifier, underscores in the listener"),
            RuleExample([
                "api/package.json": "{}\n",
                "api/src/events.ts": "await client.query(\"NOTIFY orders\");\n",
                "api/src/listen.ts": "await client.query(\"LISTEN orders\");\nawait client.query(\"LISTEN ↓refunds\");\n",
            ], note: "a listener with no notifier while the workspace notifies other channels (medium)"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "db/package.json": "{}\n",
                "db/supabase/migrations/20240101000000_jobs.sql": trigger,
                "worker/package.json": "{}\n",
                "worker/src/listen.ts": "await client.query(\"LISTEN job_created\");\n",
            ], note: "the trigger's channel, listened under its exact name"),
            RuleExample([
                "api/package.json": "{}\n",
                "api/src/notify.ts": "await sql.notify(\"cache\", key);\n// LISTEN caches\nconst help = \"run LISTEN cache2 in psql\";\n",
                "web/package.json": "{}\n",
                "web/src/listen.ts": "await sql.listen(\"cache\", reload);\n",
            ], note: "comments and prose that mention LISTEN are not listeners"),
            RuleExample([
                "api/package.json": "{}\n",
                "api/src/events.ts": "await client.query(\"NOTIFY orders, 'paid'\");\nawait client.query(\"LISTEN orders\");\n",
            ], note: "one project notifies and listens"),
        ])

    public func check(_ workspace: WorkspaceModel) -> [Finding] {
        let facts = workspace.context.facts.of(.notifyChannel)
        let notifiers = facts.filter { $0.direction == .produces }
        let listeners = facts.filter { $0.direction == .consumes }
        let contract = NameContract(kind: .notifyChannel, producers: notifiers, consumers: listeners)
        var findings: [Finding] = []
        let (listenedUnnotified, notifiedUnheard) = contract.unmatched(leading: .consumers)
        for unmatched in listenedUnnotified {
            let listened = unmatched.side
            if let notified = unmatched.nearest {
                findings.append(nearMiss(listened, notified))
            } else {
                findings.append(unnotified(listened, anyNotifier: !notifiers.isEmpty))
            }
        }
        for unmatched in notifiedUnheard {
            findings.append(unheard(unmatched.side))
        }
        return findings
    }

    func nearMiss(_ listened: NameContract.Side, _ notified: NameContract.Side) -> Finding {
        description.finding(
            "LISTEN on '\(listened.name)', but the channel notified is '\(notified.name)'",
            kind: "notify-channel", projects: listened.projects + notified.projects, names: [listened.name, notified.name],
            at: listened.firstLocation,
            related: Array(listened.related("also listens on '\(listened.name)'").dropFirst())
                + notified.related("\(notified.projectList) notifies '\(notified.name)' here"),
            what: "\(listened.projectList) listens on '\(listened.name)' at \(listened.place); nothing notifies that channel. "
                + "\(notified.projectList) notifies '\(notified.name)' at \(notified.place) — did you mean '\(notified.name)'?",
            fix: "Use one channel name: LISTEN \(notified.name) at \(listened.firstLocation), or notify '\(listened.name)' at "
                + "\(notified.firstLocation) (channel names are case-sensitive in pg_notify, folded in LISTEN unless quoted).")
    }

    func unnotified(_ listened: NameContract.Side, anyNotifier: Bool) -> Finding {
        let why = anyNotifier
            ? "nothing in the workspace's code or migrations notifies it"
            : "nothing in the workspace notifies any channel, so its notifier (if any) lives outside the workspace"
        return description.finding(
            "LISTEN on '\(listened.name)', which nothing in the workspace notifies",
            kind: "notify-channel", projects: listened.projects, names: [listened.name], at: listened.firstLocation,
            related: Array(listened.related("also listens on '\(listened.name)'").dropFirst()),
            what: "\(listened.projectList) listens on '\(listened.name)' at \(listened.place); \(why).",
            fix: "Notify '\(listened.name)' where the event happens (a trigger calling pg_notify, or the writing service), "
                + "or listen on the channel that is notified.", severity: anyNotifier ? .medium : .low)
    }

    func unheard(_ notified: NameContract.Side) -> Finding {
        description.finding(
            "Channel '\(notified.name)' is notified but nothing in the workspace listens on it",
            kind: "notify-channel", projects: notified.projects, names: [notified.name], at: notified.firstLocation,
            related: Array(notified.related("also notifies '\(notified.name)'").dropFirst()),
            what: "\(notified.projectList) notifies '\(notified.name)' at \(notified.place); no code of the workspace LISTENs on it.",
            impact: "The notification is sent to no one: either a listener outside the workspace, or dead signalling.",
            fix: "Listen on '\(notified.name)' in the service that should react, or remove the notification.", severity: .low)
    }
}
