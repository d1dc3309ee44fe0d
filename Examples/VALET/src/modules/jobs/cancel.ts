// Cancelling a job: VALET records the request for GHOST-HANDS' worker and logs it in the job's event stream.
import type { SupabaseClient } from "@supabase/supabase-js";

export async function requestCancel(supabase: SupabaseClient, jobId: string, reason: string) {
  await supabase.from("gh_job_cancellations").insert({ job_id: jobId, reason });
  await supabase.from("gh_job_events").insert({ job_id: jobId, data: { reason } });
}
