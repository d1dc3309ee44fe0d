// The dashboard's list of jobs a worker is running now.
import { eq } from "drizzle-orm";
import { ghAutomationJobs } from "../../db/schema";

export async function runningJobs(db: any) {
  return db.select().from(ghAutomationJobs).where(eq(ghAutomationJobs.status, "running"));
}
