// Cancels jobs the worker has not claimed yet.
import { and, eq, inArray } from "drizzle-orm";
import { ghAutomationJobs } from "../../db/schema";

export async function cancelUnclaimed(db: any, userId: string) {
  await db
    .update(ghAutomationJobs)
    .set({ status: "cancelled" })
    .where(and(eq(ghAutomationJobs.userId, userId), inArray(ghAutomationJobs.status, ["queued", "pending"])));
}
