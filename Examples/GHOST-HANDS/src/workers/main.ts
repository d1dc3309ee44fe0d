// Worker boot: reads its configuration from the environment Kamal supplies.
const databaseUrl = process.env.DATABASE_URL!;
const serviceSecret = process.env.GH_SERVICE_SECRET!;
const concurrency = Number(process.env.WORKER_CONCURRENCY ?? "2");
const dispatchMode = process.env.GH_DISPATCH_MODE ?? "legacy";

export function boot() {
  return { databaseUrl, serviceSecret, concurrency, dispatchMode };
}
