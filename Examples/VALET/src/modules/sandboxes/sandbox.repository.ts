// Where VALET finds a worker: GHOST-HANDS' registry (its table, its migrations).
import type { SupabaseClient } from "@supabase/supabase-js";

export async function findWorkerIp(supabase: SupabaseClient, workerId: string) {
  const { data } = await supabase
    .from("gh_worker_registry")
    .select("worker_id, ec2_instance_id, ec2_ip")
    .eq("worker_id", workerId)
    .single();
  return data?.ec2_ip ?? null;
}

export async function healthySandboxes(supabase: SupabaseClient) {
  const { data } = await supabase.from("sandboxes").select("worker_id, ec2_ip").eq("health", "healthy");
  return data ?? [];
}

export async function pgBossWorkers(supabase: SupabaseClient) {
  const { data } = await supabase.from("gh_worker_registry").select("worker_id").eq("dispatch_mode", "pg-boss");
  return data ?? [];
}
