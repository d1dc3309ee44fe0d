// GHOST-HANDS calls back here when a job finishes.
import express from "express";

export const callbackRouter = express.Router();

callbackRouter.post("/callbacks/ghosthands", (req, res) => {
  if (req.headers["x-gh-signature"] !== process.env.GH_CALLBACK_SECRET) return res.status(401).end();
  res.status(204).end();
});
