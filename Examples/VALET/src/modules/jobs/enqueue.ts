// Submits an automation job: one row for the worker's pickup function, one pg-boss message.
import PgBoss from "pg-boss";
import type { SupabaseClient } from "@supabase/supabase-js";
import { GH_APPLY_QUEUE, JOB_QUEUES } from "./queues";

export async function enqueueApply(boss: PgBoss, supabase: SupabaseClient, userId: string, taskId: string) {
  const { data } = await supabase
    .from("gh_automation_jobs")
    .insert({ user_id: userId, task_id: taskId, job_type: "apply", status: "queued" })
    .select("id")
    .single();
  await boss.send(GH_APPLY_QUEUE, { jobId: data.id }, { retryLimit: 3, expireInSeconds: 900 });
  return data.id;
}

export async function cancel(boss: PgBoss, jobId: string) {
  await boss.send(JOB_QUEUES.cancel, { jobId }, { expireInSeconds: 600 });
}

export async function retry(boss: PgBoss, jobId: string) {
  await boss.send(JOB_QUEUES.retry, { jobId });
}

// Jobs go through pg-boss only in queue mode; otherwise the worker's poller finds the row.
export const dispatchesThroughQueue = () => process.env.JOB_DISPATCH_MODE === "queue";

export async function requestScreenshot(boss: PgBoss, jobId: string) {
  await boss.send("gh-screenshot-job", { jobId });
}
