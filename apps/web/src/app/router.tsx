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
const RatingHomePage = lazy(() => import("../pages/rating/RatingHomePage"));
const RatingRunPage = lazy(() => import("../pages/rating/runs/RunPage"));
const RatingResultPage = lazy(() => import("../pages/rating/result/ResultPage"));
const RatingOverridesPage = lazy(() => import("../pages/rating/overrides/OverridesPage"));
const RatingMethodologiesPage = lazy(() => import("../pages/rating/methodology/MethodologiesPage"));
const RatingMethodologyPage = lazy(() => import("../pages/rating/methodology/MethodologyPage"));
const RatingControversiesPage = lazy(() => import("../pages/rating/controversies/ControversiesPage"));
const RatingDistrictPage = lazy(() => import("../pages/rating/district/DistrictDistributionPage"));
const RatingEntityPage = lazy(() => import("../pages/rating/entity/EntityRatingPage"));
const CarbonOverviewPage = lazy(() => import("../pages/carbon/overview/CarbonOverviewPage"));
const CarbonAccountPage = lazy(() => import("../pages/carbon/account/CarbonAccountPage"));
const CarbonActivityPage = lazy(() => import("../pages/carbon/activity/CarbonActivityPage"));
const PcafHomePage = lazy(() => import("../pages/pcaf/PcafHomePage"));
const PcafRunPage = lazy(() => import("../pages/pcaf/run/RunPage"));
const GreenLibraryPage = lazy(() => import("../pages/green/library/ProjectLibraryPage"));
const GreenProjectFormPage = lazy(() => import("../pages/green/form/ProjectFormPage"));
const GreenProjectPage = lazy(() => import("../pages/green/project/ProjectPage"));
const GreenFinancingsPage = lazy(() => import("../pages/green/financings/FinancingsPage"));
const MarketFindPage = lazy(() => import("../pages/market/find/FindFinancePage"));
const MarketNeedPage = lazy(() => import("../pages/market/need/NeedPage"));
const MarketInboxPage = lazy(() => import("../pages/market/inbox/OpportunityInboxPage"));
const MarketProductsPage = lazy(() => import("../pages/market/products/ProductCatalogPage"));
const MarketPledgesPage = lazy(() => import("../pages/market/pledges/PledgeRegistryPage"));
const MarketOverviewPage = lazy(() => import("../pages/market/overview/MarketOverviewPage"));
const MarketSubsidiesPage = lazy(() => import("../pages/market/subsidies/SubsidiesPage"));
const MarketHome = lazy(() => import("../pages/market/shared/MarketHome"));
const StatisticsHome = lazy(() => import("../pages/statistics/StatisticsHome"));
const StatDashboardPage = lazy(() => import("../pages/statistics/dashboard/DashboardPage"));
const StatInstitutionPage = lazy(() => import("../pages/statistics/dashboard/institution/InstitutionPage"));
const StatReportsPage = lazy(() => import("../pages/statistics/reports/StatReportsPage"));
const StatReportPage = lazy(() => import("../pages/statistics/reports/StatReportPage"));
const MyStatisticsPage = lazy(() => import("../pages/statistics/mine/MyStatisticsPage"));
const StatTargetsPage = lazy(() => import("../pages/statistics/targets/TargetsPage"));
const ZonePage = lazy(() => import("../pages/public/ZonePage"));
const ZoneMethodologyPage = lazy(() => import("../pages/public/ZoneMethodologyPage"));
const NotFoundPage = lazy(() => import("../pages/NotFoundPage"));

export const router = createBrowserRouter([
  { path: "/login", element: <LoginPage />, errorElement: <RouteError /> },
  // The zone's public figures: no login, embeddable on the district's website.
  { path: "/zone", element: <ZonePage />, errorElement: <RouteError /> },
  { path: "/zone/methodologies/:ref", element: <ZoneMethodologyPage />, errorElement: <RouteError /> },
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
      { path: "rating", element: <RatingHomePage /> },
      { path: "rating/runs/:id", element: <RatingRunPage /> },
      { path: "rating/results/:id", element: <RatingResultPage /> },
      { path: "rating/overrides", element: <RatingOverridesPage /> },
      { path: "rating/methodologies", element: <RatingMethodologiesPage /> },
      { path: "rating/methodologies/:ref", element: <RatingMethodologyPage /> },
      { path: "rating/controversies", element: <RatingControversiesPage /> },
      { path: "rating/district", element: <RatingDistrictPage /> },
      { path: "rating/entities/:orgId", element: <RatingEntityPage /> },
      { path: "carbon", element: <CarbonOverviewPage /> },
      { path: "carbon/accounts/:orgId", element: <CarbonAccountPage /> },
      { path: "carbon/activity/:orgId", element: <CarbonActivityPage /> },
      { path: "carbon/pcaf", element: <PcafHomePage /> },
      { path: "carbon/pcaf/runs/:runId", element: <PcafRunPage /> },
      { path: "projects", element: <Navigate to="/green/projects" replace /> },
      { path: "green", element: <Navigate to="/green/projects" replace /> },
      { path: "green/projects", element: <GreenLibraryPage /> },
      { path: "green/projects/new", element: <GreenProjectFormPage /> },
      { path: "green/projects/:id/edit", element: <GreenProjectFormPage /> },
      { path: "green/projects/:id", element: <GreenProjectPage /> },
      { path: "green/financings", element: <GreenFinancingsPage /> },
      ...MODULES.filter((m) => !["disclosure", "rating", "projects", "marketplace", "statistics"].includes(m)).map(
        (m) => ({
          path: m,
          element: <ModuleOverviewPage module={m} />,
        }),
      ),
      { path: "marketplace", element: <MarketHome /> },
      { path: "market", element: <MarketHome /> },
      { path: "market/find", element: <MarketFindPage /> },
      { path: "market/needs/:id", element: <MarketNeedPage /> },
      { path: "market/inbox", element: <MarketInboxPage /> },
      { path: "market/products", element: <MarketProductsPage /> },
      { path: "market/pledges", element: <MarketPledgesPage /> },
      { path: "market/overview", element: <MarketOverviewPage /> },
      { path: "market/subsidies", element: <MarketSubsidiesPage /> },
      { path: "statistics", element: <StatisticsHome /> },
      { path: "statistics/dashboard", element: <StatDashboardPage /> },
      { path: "statistics/dashboard/institutions/:orgId", element: <StatInstitutionPage /> },
      { path: "statistics/reports", element: <StatReportsPage /> },
      { path: "statistics/reports/new", element: <StatReportPage /> },
      { path: "statistics/reports/:id", element: <StatReportPage /> },
      { path: "statistics/mine", element: <MyStatisticsPage /> },
      { path: "statistics/targets", element: <StatTargetsPage /> },
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
