// The Kamal page reads back, on mount, the deploy secret the secrets page kept for this tab.
export function initialDeploySecret(): string {
  return sessionStorage.getItem("atm.deploy_secret") ?? "";
}

export function lastDestination(): string {
  const saved = localStorage.getItem("atm.lastDestination");
  return saved ?? "staging";
}

export function rememberDestination(destination: string) {
  localStorage.setItem("atm.lastDestination", destination);
}
