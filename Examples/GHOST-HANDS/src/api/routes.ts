// The API VALET calls: job submission, checked with the shared service key.
import express from "express";
import { timingSafeEqual } from "node:crypto";

const expectedKey = process.env.GH_SERVICE_SECRET ?? "";
export const valetRouter = express.Router();

valetRouter.post("/valet/apply", async (req, res) => {
  const provided = String(req.headers["x-gh-service-key"] ?? "");
  if (!timingSafeEqual(Buffer.from(provided), Buffer.from(expectedKey))) return res.status(401).end();
  res.json({ state: "accepted" });
});

valetRouter.post("/valet/cancel/:jobId", async (req, res) => {
  res.json({ jobId: req.params.jobId, state: "cancelling" });
});

valetRouter.get("/valet/status/:jobId", async (req, res) => {
  if (req.query.key !== expectedKey) return res.status(401).end();
  res.json({ jobId: req.params.jobId, state: "running" });
});

export function mount(app: express.Express) {
  app.use("/api/v1/gh", valetRouter);
  app.listen(Number(process.env.PORT ?? 3100));
}
