import "./i18n";
import "./styles/shell.css";
import "./styles/widgets.css";
import { StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router-dom";
import { Providers } from "./app/Providers";
import { FullPageSpin } from "./app/RequireAuth";
import { router } from "./app/router";

const root = document.getElementById("root");
if (!root) throw new Error("#root missing");

createRoot(root).render(
  <StrictMode>
    <Providers>
      <Suspense fallback={<FullPageSpin />}>
        <RouterProvider router={router} />
      </Suspense>
    </Providers>
  </StrictMode>,
);
