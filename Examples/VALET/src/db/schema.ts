// VALET's drizzle mirror of the shared jobs table (the migrations under drizzle/ create it).
import { pgTable, uuid, varchar, text, jsonb, inet, timestamp } from "drizzle-orm/pg-core";

export const ghAutomationJobs = pgTable("gh_automation_jobs", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: uuid("user_id").notNull(),
  taskId: uuid("task_id").notNull(),
  jobType: varchar("job_type", { length: 64 }).notNull(),
  status: text("status").notNull().default("pending"),
  payload: jsonb("payload").notNull().default({}),
});

// VALET's mirror of GHOST-HANDS' worker registry (GHOST-HANDS' migrations create and own it).
export const ghWorkerRegistry = pgTable("gh_worker_registry", {
  workerId: text("worker_id").primaryKey(),
  instanceId: text("instance_id"),
  ec2Ip: inet("ec2_ip"),
  dispatchMode: text("dispatch_mode").notNull().default("pgboss"),
  lastHeartbeat: timestamp("last_heartbeat", { withTimezone: true }).notNull().defaultNow(),
});
