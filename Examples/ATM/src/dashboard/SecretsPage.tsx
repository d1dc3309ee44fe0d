// The secrets page keeps the deploy secret typed once for this tab, so the Kamal page can send it.
const DEPLOY_SECRET_KEY = "atm.deploySecret";

export function rememberDeploySecret(secret: string) {
  sessionStorage.setItem(DEPLOY_SECRET_KEY, secret);
}

export function forgetDeploySecret() {
  sessionStorage.removeItem(DEPLOY_SECRET_KEY);
}
