// ATM's deploy endpoint: VALET's admin page triggers `kamal deploy` through it.
import express from "express";

export const deployRouter = express.Router();

deployRouter.post("/deploy/kamal", (req, res) => {
  if (req.headers["x-deploy-secret"] !== process.env.GH_DEPLOY_SECRET) return res.status(401).end();
  res.status(202).json({ started: true });
});
