// VALET's admin page asks ATM to redeploy the GHOST-HANDS fleet.
const atmUrl = process.env.ATM_API_URL ?? "https://atm.example.com";

export async function triggerDeploy(destination: string) {
  return fetch(`${atmUrl}/deploy/kamal`, {
    method: "POST",
    headers: { "X-Deploy-Token": process.env.GH_DEPLOY_SECRET ?? "", "Content-Type": "application/json" },
    body: JSON.stringify({ destination }),
  });
}
