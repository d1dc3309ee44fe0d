// Worker registration: one row per worker in the registry GHOST-HANDS' migrations own.
import type { SupabaseClient } from "@supabase/supabase-js";

export async function register(supabase: SupabaseClient, workerId: string, ip: string) {
  await supabase.from("gh_worker_registry").upsert({ worker_id: workerId, ec2_ip: ip, dispatch_mode: "pgboss" });
}
