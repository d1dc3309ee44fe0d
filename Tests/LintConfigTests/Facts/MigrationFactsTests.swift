import Testing
@testable import LintConfig

/// Facts of migrations, read from the replayed schema: channels that functions and triggers
/// signal, values that functions and top-level DML write and select on, column defaults.
@Suite struct MigrationFactsTests {
    func facts(_ marked: String, _ kind: FactKind? = nil) throws -> (MarkedText, [Fact]) {
        let text = MarkedText(marked)
        var replay = SchemaReplay()
        replay.apply(try SQLParser().parse(text.text, path: "m.sql"), project: "DB")
        let found = MigrationFacts.facts(replay.schema, database: "main").filter { kind == nil || $0.kind == kind }
        return (text, found.sorted { $0.location < $1.location })
    }

    static let notifyJob = """
        create function public.notify_job() returns trigger language plpgsql as $$
        begin
          perform pg_notify(1️⃣'job_created', new.id::text);
          return new;
        end $$;

        """

    // MARK: triggering

    @Test func aTriggerFunctionsChannelCarriesTheTableAndEvent() throws {
        let (m, found) = try facts(Self.notifyJob + """
            create trigger jobs_notify after insert on public.jobs for each row execute function public.notify_job();
            """, .notifyChannel)
        #expect(found.count == 1)
        #expect(found.first?.location == m[1])
        #expect(found.first?.name == "job_created" && found.first?.direction == .produces)
        #expect(found.first?.attributes == ["database": "main", "table": "public.jobs", "event": "after insert"])
        #expect(found.first?.evidence == "pg_notify in function public.notify_job, trigger jobs_notify")
    }

    @Test func notifyStatementInABodyAndEventsJoinedWithOr() throws {
        let (m, found) = try facts("""
            create or replace function audit() returns trigger language plpgsql as $$
            begin
              NOTIFY 1️⃣audit_log;
              return null;
            end $$;
            create trigger t_audit after insert or update of status or delete on jobs execute procedure audit();
            """, .notifyChannel)
        #expect(found.map(\.location) == [m[1]])
        #expect(found.first?.attributes["event"] == "after insert or update or delete")
        #expect(found.first?.attributes["table"] == "public.jobs")
    }

    @Test func aFunctionFiredByTwoTriggersIsTwoProducers() throws {
        let (_, found) = try facts(Self.notifyJob + """
            create trigger a after insert on jobs for each row execute function notify_job();
            create trigger b before update on archive.jobs for each row execute function notify_job();
            """, .notifyChannel)
        #expect(found.map { $0.attributes["table"] ?? "" }.sorted() == ["archive.jobs", "public.jobs"])
        #expect(Set(found.map { $0.attributes["event"] ?? "" }) == ["after insert", "before update"])
    }

    @Test func createOrReplaceTriggerKeepsTheLastDefinition() throws {
        let (_, found) = try facts(Self.notifyJob + """
            create trigger n after insert on jobs for each row execute function notify_job();
            create or replace trigger n after update on jobs for each row execute function notify_job();
            """, .notifyChannel)
        #expect(found.map { $0.attributes["event"] } == ["after update"])
    }

    @Test func aConstraintTriggerAndInsteadOfCount() throws {
        let (_, found) = try facts(Self.notifyJob + """
            create constraint trigger c after insert on jobs deferrable initially deferred
              for each row execute function notify_job();
            create trigger v instead of insert on job_view for each row execute function notify_job();
            """, .notifyChannel)
        #expect(Set(found.map { $0.attributes["event"] ?? "" }) == ["after insert", "instead of insert"])
    }

    @Test func aFunctionWithoutTriggerStillProducesItsChannel() throws {
        let (m, found) = try facts("""
            create function ping() returns void language sql as $$ select pg_notify(1️⃣'pings', 'x') $$;
            """, .notifyChannel)
        #expect(found.map(\.location) == [m[1]])
        #expect(found.first?.attributes == ["database": "main"])
    }

    @Test func updateInAFunctionIsATransitionAndItsWhereAClaim() throws {
        let (m, found) = try facts("""
            create function pickup() returns void language sql as $$
              update jobs set status = 1️⃣'running' where status = 2️⃣'pending'
            $$;
            """, .columnValue)
        #expect(found.map(\.location) == [m[1], m[2]])
        #expect(found.map { $0.attributes["role"] ?? "" } == ["transition", "claim"])
        #expect(found.allSatisfy { $0.name == "public.jobs.status" && $0.project == "DB" })
    }

    @Test func selectForUpdateInsideAnUpdatingFunctionIsAClaim() throws {
        let (m, found) = try facts("""
            create function pickup() returns setof jobs language plpgsql as $$
            begin
              return query update jobs set state = 'taken' where id = (
                select id from jobs where state = 1️⃣'ready' limit 1 for update skip locked) returning *;
            end $$;
            """, .columnValue)
        let ready = found.first { $0.value == "ready" }
        #expect(ready?.location == m[1] && ready?.attributes["role"] == "claim")
    }

    @Test func columnDefaultsAreInitialValues() throws {
        let (m, found) = try facts("""
            create table jobs (id int, 1️⃣status text not null default 'queued');
            alter table jobs add column 2️⃣kind text default 'apply'::text;
            """, .columnValue)
        #expect(found.map(\.location) == [m[1], m[2]])
        #expect(found.map { $0.value ?? "" } == ["queued", "apply"])
        #expect(found.allSatisfy { $0.attributes["role"] == "initial" && $0.evidence == "column default" })
    }

    @Test func topLevelSeedInsertWritesInitialValues() throws {
        let (m, found) = try facts("""
            insert into plans (code, tier) values (1️⃣'free', 2️⃣'basic');
            """, .columnValue)
        #expect(found.map(\.location) == [m[1], m[2]])
        #expect(found.first?.evidence == "INSERT in migration statement")
    }

    @Test func negatedSelectionsAreMarked() throws {
        let (_, found) = try facts("""
            create function stale() returns void language sql as $$
              delete from jobs where status not in ('done', 'failed')
            $$;
            """, .columnValue)
        #expect(found.count == 2 && found.allSatisfy { $0.attributes["negated"] == "true" && $0.attributes["role"] == "claim" })
    }

    // MARK: non-triggering

    @Test func aDroppedTriggerNoLongerFires() throws {
        let (_, found) = try facts(Self.notifyJob + """
            create trigger n after insert on jobs for each row execute function notify_job();
            drop trigger if exists n on jobs;
            """, .notifyChannel)
        #expect(found.count == 1 && found.first?.attributes["table"] == nil)
    }

    @Test func aTriggerOfAnotherFunctionIsNotLinked() throws {
        let (_, found) = try facts(Self.notifyJob + """
            create trigger t after insert on jobs for each row execute function touch_updated_at();
            """, .notifyChannel)
        #expect(found.first?.attributes["table"] == nil)
    }

    @Test func commentsAndStringsAreNotChannels() throws {
        let (_, found) = try facts("""
            -- perform pg_notify('commented', '');
            /* NOTIFY blocked; */
            create function f() returns void language plpgsql as $$
            begin
              raise notice 'call pg_notify(''in_text'', x) later';
            end $$;
            """, .notifyChannel)
        #expect(found.isEmpty)
    }

    @Test func expressionDefaultsAreNotValues() throws {
        let (_, found) = try facts("""
            create table t (a timestamptz default now(), b uuid default gen_random_uuid(), c text default null);
            """, .columnValue)
        #expect(found.isEmpty)
    }

    @Test func aMalformedTriggerIsRecordedNotFatal() throws {
        let (_, found) = try facts(Self.notifyJob + """
            create trigger odd after insert on jobs for each row execute notify_job();
            """, .notifyChannel)
        #expect(found.count == 1 && found.first?.attributes["event"] == nil)
    }

    @Test func parameterComparisonsAreNotLiteralValues() throws {
        let (_, found) = try facts("""
            create function by_state(p text) returns setof jobs language sql as $$
              select * from jobs where status = p and kind = $1
            $$;
            """, .columnValue)
        #expect(found.isEmpty)
    }
}
