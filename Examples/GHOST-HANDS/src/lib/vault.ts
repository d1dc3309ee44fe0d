// Job credentials are stored encrypted; the cipher is built when a job that carries them runs.
export function createCipherFromEnv() {
  const key = process.env.VAULT_KEY;
  if (!key) {
    throw new Error("VAULT_KEY is required to decrypt job credentials");
  }
  return { algorithm: "aes-256-gcm", key };
}

// Optional settings: a missing variable keeps the default behaviour, so these never need a supply.
export const browser = {
  mode: process.env.WORKER_MODE === "queue" ? "queue" : "legacy",
  headless: process.env.BROWSER_HEADLESS !== "false",
};

export function nodeId(): string | null {
  const id = process.env.NODE_ID || process.env.HOSTNAME;
  if (!id) {
    return null;
  }
  return id;
}
