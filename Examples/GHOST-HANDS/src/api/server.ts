// The status/API server of the worker host.
const port = Number(process.env.PORT ?? 3100);
const apiBase = `${process.env.GH_API_BASE ?? "http://localhost:" + port}/v1`;

export function start() {
  // "process.env.IN_A_STRING" is text, not a read.
  return { port, apiBase };
}
