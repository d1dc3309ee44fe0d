// Job progress for the browser: GHOST-HANDS' event stream, read and listened to.
import type { Client } from "pg";
import type { SupabaseClient } from "@supabase/supabase-js";

export async function watchProgress(client: Client, supabase: SupabaseClient, jobId: string) {
  await client.query("LISTEN gh_job_events");
  const { data } = await supabase.from("gh_job_logs").select("event_type, data").eq("job_id", jobId);
  return data ?? [];
}

export async function latestEvents(supabase: SupabaseClient, jobId: string) {
  const { data } = await supabase.from("gh_job_events").select("event_type, data, created_at").eq("job_id", jobId);
  return data ?? [];
}
