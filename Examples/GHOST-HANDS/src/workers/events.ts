// The worker wakes on new jobs: a dedicated client LISTENs for the trigger's notification.
import { Client } from "pg";

export async function listenForJobs(onJob: (id: string) => void) {
  const listener = new Client({ connectionString: process.env.DATABASE_URL });
  await listener.connect();
  listener.on("notification", (message) => onJob(message.payload ?? ""));
  await listener.query("LISTEN gh_job_created");
}
