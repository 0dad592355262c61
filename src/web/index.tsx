import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { registerServiceWorker } from "./register-service-worker";
import { WebApp } from "./WebApp";

// The add-in's pane in a plain browser: the same App, with the file gateway instead of Office.js.
registerServiceWorker();
createRoot(document.getElementById("container")!).render(
  <StrictMode>
    <WebApp />
  </StrictMode>,
);
