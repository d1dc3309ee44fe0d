// ATM's own settings. Every one has a default, so a local run needs no .env at all.
export const settings = {
  port: Number(process.env.ATM_PORT ?? 4000),
  kamalBin: process.env.KAMAL_BIN ?? "kamal",
  sshUser: process.env.DEPLOY_SSH_USER ?? "deploy",
  sshKeyPath: process.env.DEPLOY_SSH_KEY_PATH ?? "~/.ssh/atm_deploy",
  dashboardTitle: process.env.DASHBOARD_TITLE ?? "ATM",
  auditLogPath: process.env.AUDIT_LOG_PATH ?? "./audit.log",
  slackWebhookUrl: process.env.SLACK_WEBHOOK_URL ?? "",
  deployTimeoutSeconds: Number(process.env.DEPLOY_TIMEOUT_SECONDS ?? 900),
  registryHost: process.env.REGISTRY_HOST ?? "ghcr.io",
  registryImage: process.env.REGISTRY_IMAGE ?? "ghcr.io/acme/ghost-hands",
};
