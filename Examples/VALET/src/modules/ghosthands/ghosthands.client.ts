// VALET's client for the GHOST-HANDS API.
const baseUrl = process.env.GH_API_BASE_URL!;
const serviceSecret = process.env.GH_SERVICE_SECRET!;

export async function submitJob(payload: unknown) {
  return fetch(`${baseUrl}/api/v1/gh/valet/apply`, {
    method: "POST",
    headers: { "X-GH-Service-Key": serviceSecret, "Content-Type": "application/json" },
    body: JSON.stringify(payload),
  });
}

export async function cancelJob(jobId: string) {
  return fetch(`${baseUrl}/api/v1/gh/valet/cancel/${jobId}`, {
    method: "DELETE",
    headers: { "X-GH-Service-Key": serviceSecret },
  });
}
