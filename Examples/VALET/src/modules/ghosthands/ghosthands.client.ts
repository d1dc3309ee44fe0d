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

// The progress page polls job status; this endpoint was written to take the key in the URL.
export async function jobStatus(jobId: string) {
  return fetch(`${baseUrl}/api/v1/gh/valet/status/${jobId}?key=${serviceSecret}`);
}

// Whether GHOST-HANDS accepted a submission: the state its handler answers with.
export async function wasAccepted(payload: unknown) {
  const body = await (await submitJob(payload)).json();
  return body.state === "accepted";
}
