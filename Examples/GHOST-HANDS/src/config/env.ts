import { z } from "zod";

// Validated once at boot: a missing required variable stops the worker with a clear message.
const schema = z.object({
  DATABASE_URL: z.string().url(),
  SUPABASE_SERVICE_ROLE_KEY: z.string(),
  GH_CALLBACK_URL: z.string().url(),
  SENTRY_DSN: z.string().optional(),
  BROWSER_GPU: z.string().default("0"),
});

export const env = schema.parse(process.env);
