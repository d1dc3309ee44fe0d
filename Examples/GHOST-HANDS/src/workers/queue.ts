// The worker's side of the job queue: pg-boss delivers, the pickup function claims the row.
import PgBoss from "pg-boss";
import type { Client } from "pg";

export async function startQueue(boss: PgBoss, client: Client, pickUp: (id: string) => Promise<void>) {
  await boss.createQueue("gh-apply-job", { retryLimit: 3, expireInSeconds: 900 });
  await boss.work("gh-apply-job", async ([job]) => pickUp(job.data.jobId));
  await boss.createQueue("gh-cancel-job", { expireInSeconds: 60 });
  await boss.work("gh-cancel-job", async ([job]) => client.query("select 1"));
  await boss.work("gh-retry-job", async ([job]) => pickUp(job.data.jobId));
  // Added after the upgrade to pg-boss 10, which no longer creates a queue on its first send.
  await boss.work("gh-screenshot-job", async ([job]) => pickUp(job.data.jobId));
  await client.query("LISTEN gh_job_created");
}
