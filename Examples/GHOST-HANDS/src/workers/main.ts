// Worker boot: reads its configuration from the environment Kamal supplies.
import { env } from "../config/env";

const serviceSecret = process.env.GH_SERVICE_SECRET!;
const concurrency = Number(process.env.WORKER_CONCURRENCY ?? "2");
const dispatchMode = process.env.GH_DISPATCH_MODE ?? "legacy";
const anthropicKey = process.env.ANTHROPIC_API_KEY!;
const signingKey = process.env.CALLBACK_SIGNING_KEY!;
const environment = process.env.GH_ENVIRONMENT ?? "development";
const level = process.env.LOG_LEVEL ?? "info";
const browserProxy = process.env.BROWSER_PROXY_URL ?? null;

export function boot() {
  const pattern = /process\.env\.NOT_A_READ/g; // a regex literal, not a read
  return { env, serviceSecret, concurrency, dispatchMode, anthropicKey, signingKey, environment, level, browserProxy, pattern };
}
