import Testing
@testable import LintConfig

/// pg-boss and BullMQ queue names in code, with constants resolved.
@Suite struct QueueFactsTests {
    @Test func pgBossSendAndWork() {
        let m = MarkedScript("""
            await boss.send(1️⃣"gh-apply-job", { id });
            await boss.work(2️⃣'gh-apply-job', async ([job]) => run(job));
            """)
        let facts = m.facts(.queue)
        #expect(summary(facts) == ["gh-apply-job produces", "gh-apply-job consumes"])
        #expect(facts.map(\.location) == [m[1], m[2]])
        #expect(facts.map(\.evidence) == ["boss.send", "boss.work"])
    }

    @Test func receiverBoundByNewPgBossOrTyped() {
        let m = MarkedScript("""
            const queue = new PgBoss(process.env.DATABASE_URL);
            queue.sendAfter(1️⃣"later", {}, {}, 60);
            class Jobs { constructor(private readonly jobs: PgBoss) {}
              go() { return this.jobs.fetch(2️⃣"next") } }
            """)
        #expect(summary(m.facts(.queue)) == ["later produces", "next consumes"])
        #expect(m.facts(.queue).map(\.location) == [m[1], m[2]])
    }

    @Test func sameFileConstant() {
        let m = MarkedScript("""
            const APPLY_QUEUE = "gh-apply-job";
            export async function submit() { await this.boss.send(1️⃣APPLY_QUEUE, {}) }
            """)
        #expect(m.facts(.queue).map(\.name) == ["gh-apply-job"])
        #expect(m.facts(.queue).first?.location == m[1])
    }

    @Test func importedExportConstAndObjectMember() {
        let m = MarkedScript("""
            import { QUEUES, APPLY as A } from "./queues";
            pgBoss.send(1️⃣QUEUES.APPLY, {});
            pgBoss.work(2️⃣A, handler);
            """, others: ["queues.ts": """
            export const QUEUES = { APPLY: "gh-apply", CANCEL: "gh-cancel" } as const;
            export const APPLY = `gh-apply`;
            """])
        #expect(summary(m.facts(.queue)) == ["gh-apply produces", "gh-apply consumes"])
    }

    @Test func namespaceImportAndEnum() {
        let m = MarkedScript("""
            import * as names from "./names";
            boss.send(1️⃣names.Queue.Apply, {});
            boss.work(2️⃣names.CANCEL, h);
            """, others: ["names.ts": """
            export enum Queue { Apply = "apply-job", Other = 3 }
            export const CANCEL = "cancel-job";
            """])
        #expect(summary(m.facts(.queue)) == ["apply-job produces", "cancel-job consumes"])
    }

    @Test func templateWithConstantPrefixIsAFamily() {
        let m = MarkedScript("""
            const QUEUE = "jobs";
            boss.send(1️⃣`${QUEUE}/${tenant.id}`, data);
            boss.work(2️⃣`${QUEUE}/acme`, h);
            boss.send(3️⃣QUEUE + "-" + kind, data);
            """)
        #expect(m.facts(.queue).map(\.name) == ["jobs/*", "jobs/acme", "jobs-*"])
    }

    @Test func objectFormOfSendAndInsert() {
        let m = MarkedScript("""
            boss.send({ name: 1️⃣"email", data: {}, options: { retryLimit: 3 } });
            boss.insert([{ name: 2️⃣"bulk", data: {} }]);
            """)
        let facts = m.facts(.queue)
        #expect(summary(facts) == ["email produces", "bulk produces"])
        #expect(facts.first?.attributes["retryLimit"] == "3")
        #expect(facts.map(\.location) == [m[1], m[2]])
    }

    @Test func createQueueOptionsAreAttributes() {
        let m = MarkedScript("""
            await boss.createQueue(1️⃣"gh-apply-job", { expireInSeconds: 900, retryLimit: 2, singletonKey: "k", other: 1 });
            await boss.send(2️⃣"gh-apply-job", {}, { singletonKey: job.id });
            """)
        let facts = m.facts(.queue)
        #expect(facts.first?.direction == .declares)
        #expect(facts.first?.attributes == ["expireInSeconds": "900", "retryLimit": "2", "singletonKey": "k"])
        #expect(facts.last?.attributes == ["singletonKey": "job"])
    }

    @Test func publishAndSubscribe() {
        let m = MarkedScript("""
            boss.publish(1️⃣"user-created", { id });
            boss.subscribe(2️⃣"user-created", "welcome-email");
            """)
        let facts = m.facts(.queue)
        #expect(summary(facts) == ["user-created produces", "user-created consumes"])
        #expect(facts.last?.attributes == ["pubsub": "event", "queue": "welcome-email"])
    }

    @Test func bullMQQueueAddAndWorker() {
        let m = MarkedScript("""
            import { Queue, Worker } from "bullmq";
            const emails = new Queue(1️⃣"emails", { connection });
            await emails.2️⃣add("welcome", { to }, { attempts: 5 });
            new Worker(3️⃣"emails", async (job) => send(job), { concurrency: 4 });
            """)
        let facts = m.facts(.queue)
        #expect(summary(facts) == ["emails declares", "emails produces", "emails consumes"])
        #expect(facts.map(\.location) == [m[1], m[2], m[3]])
        #expect(facts[1].attributes == ["job": "welcome", "attempts": "5"])
        #expect(facts[2].attributes == ["concurrency": "4"])
    }

    @Test func nestDecorators() {
        let m = MarkedScript("""
            @Processor(1️⃣"audio") export class AudioConsumer {}
            constructor(@InjectQueue(2️⃣'audio') private audioQueue: Queue) {}
            """)
        #expect(summary(m.facts(.queue)) == ["audio consumes", "audio declares"])
    }

    @Test func optionalChainingReceiver() {
        let m = MarkedScript("await this.boss?.send(1️⃣'x', {})")
        #expect(m.facts(.queue).map(\.location) == [m[1]])
    }

    // Non-triggering.

    @Test func otherSendsAndFetchesAreNotQueues() {
        let m = MarkedScript("""
            res.send("ok"); ws.send('hello'); socket.emit("send");
            const r = await fetch("/api/jobs"); client.fetch("x");
            queue.work("not-a-boss-receiver");
            """)
        #expect(m.facts(.queue).isEmpty)
    }

    @Test func namesInCommentsAndStringsDoNotCount() {
        let m = MarkedScript("""
            // boss.send("commented-out", {})
            /* boss.work("also-comment") */
            const doc = "boss.send('in-a-string')";
            const t = `boss.work("in-a-template")`;
            """)
        #expect(m.facts(.queue).isEmpty)
    }

    @Test func workerThreadsAndPQueueAreNotBullMQ() {
        let m = MarkedScript("""
            import { Worker } from "node:worker_threads";
            import PQueue from "p-queue";
            new Worker("./worker.js");
            const q = new Queue("lookalike");
            q.add(() => task());
            """)
        #expect(m.facts(.queue).isEmpty)
    }

    @Test func unresolvableNameIsLeftOut() {
        let m = MarkedScript("""
            boss.send(queueNameFromConfig(), {});
            boss.work(`${prefix}-jobs`, h);
            boss.send(undefined, {});
            """)
        #expect(m.facts(.queue).isEmpty)
    }

    @Test func shadowingAmbiguousExportsResolveToNothing() {
        let m = MarkedScript("""
            import { NAME } from "./a";
            boss.send(NAME, {});
            """, others: ["a.ts": "export const NAME = 'one';", "b.ts": "export const NAME = 'two';"])
        #expect(m.facts(.queue).isEmpty)
    }
}
