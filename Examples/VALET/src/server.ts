// VALET's HTTP server: the API the browser talks to.
import { createApp } from "./web/app";

const app = createApp();
app.listen(Number(process.env.PORT ?? 3000));
