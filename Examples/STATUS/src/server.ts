// The status page: one route, served on the port the deploy sets.
import express from "express";

const app = express();
app.get("/up", (_req, res) => res.send("ok"));
app.listen(Number(process.env.PORT ?? 3000));
