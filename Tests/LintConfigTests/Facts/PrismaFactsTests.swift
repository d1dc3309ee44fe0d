import Testing
@testable import LintConfig

/// Prisma: models of `schema.prisma` as an ORM mirror (columns declared, literal defaults), and
/// client calls resolved through them to tables and columns.
@Suite struct PrismaFactsTests {
    static let schemaText = """
        generator client {
          provider = "prisma-client-js"
        }

        model Job {
          1️⃣id        String    @id @default(uuid())
          2️⃣status    JobStatus 3️⃣@default(QUEUED)
          4️⃣kind      String    5️⃣@default("apply") @map("job_type") // "a // comment"
          attempts  Int       @default(0)
          workerId  String?   @map("worker_id")
          worker    Worker?   @relation(fields: [workerId], references: [id])
          tags      String[]
          url       String    @default("https://example.com/a") @map("callback_url")

          @@map("gh_automation_jobs")
          @@index([status])
        }

        enum JobStatus {
          QUEUED  @map("queued")
          RUNNING @map("running")
          DONE
        }

        /// A worker.
        model Worker {
          id   String @id
          jobs Job[]
          @@schema("ops")
        }
        """

    static let schema = PrismaSchema.parse([(MarkedText(schemaText, path: "prisma/schema.prisma").text, "prisma/schema.prisma")])
    static let external = PrismaFacts.constants(schema)

    func values(_ facts: [Fact]) -> [String] {
        facts.filter { $0.kind == .columnValue }.map {
            "\($0.name)=\($0.value ?? "") \($0.attributes["role"] ?? "")\($0.attributes["negated"] == nil ? "" : " not")"
        }
    }

    // MARK: the schema (ORM mirror)

    @Test func modelsDeclareTheirScalarColumns() {
        let marked = MarkedText(Self.schemaText, path: "prisma/schema.prisma")
        let facts = PrismaFacts.facts(Self.schema, project: "P").filter { $0.kind == .column }
        #expect(facts.map(\.name) == [
            "public.gh_automation_jobs.id", "public.gh_automation_jobs.status", "public.gh_automation_jobs.job_type",
            "public.gh_automation_jobs.attempts", "public.gh_automation_jobs.worker_id", "public.gh_automation_jobs.tags",
            "public.gh_automation_jobs.callback_url", "ops.Worker.id",
        ])
        #expect(facts.prefix(3).map(\.location) == [marked[1], marked[2], marked[4]])
        #expect(facts[1].attributes == ["type": "JobStatus", "notNull": "true"])
        #expect(facts[4].attributes == ["type": "String"])
        #expect(facts.allSatisfy { $0.direction == .declares && $0.evidence == "prisma model" })
    }

    @Test func literalAndEnumDefaultsAreInitialValues() {
        let marked = MarkedText(Self.schemaText, path: "prisma/schema.prisma")
        let facts = PrismaFacts.facts(Self.schema, project: "P").filter { $0.kind == .columnValue }
        #expect(values(facts) == [
            "public.gh_automation_jobs.status=queued initial", "public.gh_automation_jobs.job_type=apply initial",
            "public.gh_automation_jobs.attempts=0 initial", "public.gh_automation_jobs.callback_url=https://example.com/a initial",
        ])
        #expect(facts.prefix(2).map(\.location) == [marked[3], marked[5]])
    }

    // MARK: client calls, triggering

    @Test func createWritesInitialValuesThroughMappedColumns() {
        let m = MarkedScript("""
            await prisma.job.create({ data: { 1️⃣kind: 2️⃣"apply", status: "queued", payload } });
            """)
        let facts = m.facts(external: Self.external)
        #expect(summary(facts.filter { $0.kind == .column }) == [
            "public.gh_automation_jobs.job_type writes", "public.gh_automation_jobs.status writes",
        ])
        #expect(facts.first { $0.kind == .column }?.location == m[1])
        #expect(facts.first { $0.kind == .columnValue }?.location == m[2])
        #expect(values(facts) == ["public.gh_automation_jobs.job_type=apply initial", "public.gh_automation_jobs.status=queued initial"])
    }

    @Test func createManyWithAnArray() {
        let m = MarkedScript("prisma.job.createMany({ data: [{ kind: 1️⃣'a' }, { kind: 2️⃣'b' }] })")
        #expect(m.facts(.columnValue, external: Self.external).map(\.location) == [m[1], m[2]])
    }

    @Test func updateDataIsATransitionAndItsWhereAClaim() {
        let m = MarkedScript("""
            await db.job.updateMany({ where: { status: 1️⃣"queued", workerId: null }, data: { status: 2️⃣"running" } });
            """)
        let facts = m.facts(.columnValue, external: Self.external)
        #expect(values(facts) == ["public.gh_automation_jobs.status=queued claim", "public.gh_automation_jobs.status=running transition"])
        #expect(facts.map(\.location) == [m[1], m[2]])
    }

    @Test func upsertCreateUpdateAndWhere() {
        let m = MarkedScript("""
            prisma.job.upsert({ where: { id: 1️⃣"j1" }, create: { status: 2️⃣"queued" }, update: { status: 3️⃣"running" } })
            """)
        #expect(values(m.facts(.columnValue, external: Self.external)) == [
            "public.gh_automation_jobs.id=j1 filter", "public.gh_automation_jobs.status=queued initial",
            "public.gh_automation_jobs.status=running transition",
        ])
    }

    @Test func findManyWithInAndEquals() {
        let m = MarkedScript("""
            const jobs = await prisma.job.findMany({ where: { status: { in: [1️⃣"queued", 2️⃣"running"] }, kind: { equals: 3️⃣"apply" } } });
            """)
        let facts = m.facts(.columnValue, external: Self.external)
        #expect(facts.map(\.location) == [m[1], m[2], m[3]])
        #expect(facts.allSatisfy { $0.attributes["role"] == "filter" && $0.direction == .reads })
    }

    @Test func notAndNotInAreNegated() {
        let m = MarkedScript("prisma.job.findFirst({ where: { status: { not: 'done' }, kind: { notIn: ['x'] } } })")
        #expect(values(m.facts(.columnValue, external: Self.external)) == [
            "public.gh_automation_jobs.status=done filter not", "public.gh_automation_jobs.job_type=x filter not",
        ])
    }

    @Test func andOrNotNesting() {
        let m = MarkedScript("""
            prisma.job.count({ where: { OR: [{ status: 1️⃣'queued' }, { AND: [{ kind: 2️⃣'apply' }] }], NOT: { status: 3️⃣'done' } } })
            """)
        let facts = m.facts(.columnValue, external: Self.external)
        #expect(facts.map(\.location) == [m[1], m[2], m[3]])
        #expect(facts.map { $0.attributes["negated"] } == [nil, nil, "true"])
    }

    @Test func deleteManyWhereIsAClaim() {
        let m = MarkedScript("await prisma.job.deleteMany({ where: { status: 1️⃣'done' } })")
        let fact = m.facts(.columnValue, external: Self.external).first
        #expect(fact?.attributes["role"] == "claim" && fact?.location == m[1])
    }

    @Test func setOperationAndOtherClients() {
        let m = MarkedScript("""
            await tx.job.update({ where: { id }, data: { status: { set: 1️⃣"running" } } });
            await this.prisma.job.findUnique({ where: { id: 2️⃣"j2" } });
            """)
        #expect(m.facts(.columnValue, external: Self.external).map(\.location) == [m[1], m[2]])
    }

    @Test func aSchemaConstantNamesTheTableAcrossProjects() {
        let m = MarkedScript("prisma.worker.findMany({ where: { id: 1️⃣'w1' } })")
        #expect(m.facts(.columnValue, external: Self.external).first?.name == "ops.Worker.id")
    }

    /// devfaq's shape: `apps/api/prisma/schema.prisma` beside the code that calls the client.
    @Test func aProjectsSchemaIsReadWithItsCode() throws {
        let files = InMemoryWorkspaceFiles([
            "api/package.json": "{}",
            "api/prisma/schema.prisma": "model Question {\n  id Int @id\n  statusId String @default(\"pending\") @map(\"_statusId\")\n}\n",
            "api/src/questions.ts": "await prisma.question.findMany({ where: { statusId: 'accepted' } });",
        ])
        let facts = try WorkspaceLoader.load(files, environment: nil).model.context.facts
        #expect(values(facts.of(.columnValue)).sorted() == [
            "public.Question._statusId=accepted filter", "public.Question._statusId=pending initial",
        ])
        #expect(facts.of(.column).filter { $0.direction == .declares }.map(\.name).sorted() == [
            "public.Question._statusId", "public.Question.id",
        ])
    }

    // MARK: non-triggering

    @Test func aCallOnANameThatIsNoModelIsNothing() {
        let m = MarkedScript("prisma.invoice.create({ data: { status: 'draft' } }); stripe.customer.update({ data: { a: 'b' } })")
        #expect(m.facts(external: Self.external).isEmpty)
    }

    @Test func withoutASchemaNothingResolves() {
        let m = MarkedScript("prisma.job.create({ data: { status: 'queued' } })")
        #expect(m.facts().isEmpty)
    }

    @Test func drizzleRelationalQueriesAreNotPrisma() {
        let m = MarkedScript("db.query.job.findMany({ where: { status: 'queued' } })")
        #expect(m.facts(external: Self.external).isEmpty)
    }

    @Test func relationFieldsAndComputedValuesGiveNoValues() {
        let m = MarkedScript("""
            prisma.job.create({ data: { worker: { connect: { id } }, status: next(), attempts: { increment: 1 } } })
            """)
        let facts = m.facts(external: Self.external)
        #expect(summary(facts) == ["public.gh_automation_jobs.status writes", "public.gh_automation_jobs.attempts writes"])
        #expect(values(facts).isEmpty)
    }

    @Test func commentsStringsAndBareCallsAreNothing() {
        let m = MarkedScript("""
            // prisma.job.create({ data: { status: 'old' } })
            const doc = "prisma.job.update({ data: { status: 'x' } })";
            create({ data: { status: 'y' } });
            prisma.job.findMany();
            """)
        #expect(m.facts(external: Self.external).isEmpty)
    }
}
