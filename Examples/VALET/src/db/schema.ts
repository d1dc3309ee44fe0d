// VALET's drizzle mirror of the shared jobs table (the migrations under drizzle/ create it).
import { pgTable, uuid, varchar, text, jsonb } from "drizzle-orm/pg-core";

export const ghAutomationJobs = pgTable("gh_automation_jobs", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: uuid("user_id").notNull(),
  taskId: uuid("task_id").notNull(),
  jobType: varchar("job_type", { length: 64 }).notNull(),
  status: text("status").notNull().default("pending"),
  payload: jsonb("payload").notNull().default({}),
});
