import { lazy } from "react";
import { createBrowserRouter, Navigate } from "react-router-dom";
import { MODULES } from "../lib/modules";
import { AppLayout } from "./AppLayout";
import { RequireAuth } from "./RequireAuth";
import { RouteError } from "./RouteError";

const LoginPage = lazy(() => import("../pages/login/LoginPage"));
const HomePage = lazy(() => import("../pages/home/HomePage"));
const ModuleOverviewPage = lazy(() => import("../pages/modules/ModuleOverviewPage"));
const DisclosureHomePage = lazy(() => import("../pages/disclosure/DisclosureHomePage"));
const DisclosureWorkspacePage = lazy(() => import("../pages/disclosure/DisclosureWorkspacePage"));
const DisclosureReviewPage = lazy(() => import("../pages/disclosure/review/ReviewQueuePage"));
const PortfolioPage = lazy(() => import("../pages/disclosure/PortfolioPage"));
const OrganisationsPage = lazy(() => import("../pages/admin/orgs/OrganisationsPage"));
const MembersPage = lazy(() => import("../pages/admin/members/MembersPage"));
const TokensPage = lazy(() => import("../pages/admin/tokens/TokensPage"));
const GrantsPage = lazy(() => import("../pages/admin/grants/GrantsPage"));
const AuditPage = lazy(() => import("../pages/admin/audit/AuditPage"));
const NotFoundPage = lazy(() => import("../pages/NotFoundPage"));

export const router = createBrowserRouter([
  { path: "/login", element: <LoginPage />, errorElement: <RouteError /> },
  {
    path: "/",
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: "disclosure", element: <DisclosureHomePage /> },
      { path: "disclosure/review", element: <DisclosureReviewPage /> },
      { path: "disclosure/portfolio", element: <PortfolioPage /> },
      { path: "disclosure/:id", element: <DisclosureWorkspacePage /> },
      ...MODULES.filter((m) => m !== "disclosure").map((m) => ({
        path: m,
        element: <ModuleOverviewPage module={m} />,
      })),
      { path: "admin", element: <Navigate to="/admin/members" replace /> },
      { path: "admin/orgs", element: <OrganisationsPage /> },
      { path: "admin/members", element: <MembersPage /> },
      { path: "admin/tokens", element: <TokensPage /> },
      { path: "admin/grants", element: <GrantsPage /> },
      { path: "admin/audit", element: <AuditPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
