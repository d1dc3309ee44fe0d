// Tells VALET a job finished: signed with the callback key Kamal supplies.
const signingKey = process.env.CALLBACK_SIGNING_KEY ?? "";

export async function reportDone(callbackUrl: string, body: string) {
  return fetch(callbackUrl, {
    method: "POST",
    headers: { "X-GH-Signature": signingKey, "Content-Type": "application/json" },
    body,
  });
}
