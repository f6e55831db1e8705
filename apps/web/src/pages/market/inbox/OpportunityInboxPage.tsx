import { Badge, Card, Space, Tabs } from "antd";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { useClaimTimers, useMarketReminders, useMyProducts, useNeeds } from "../../../api/marketNeeds";
import { useSession } from "../../../app/auth";
import { Forbidden } from "../../../components/Forbidden";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { timersByClaim } from "../needs-shared/timers";
import { isInstitution, servesNeeds } from "../shared/access";
import { InboxKpis } from "./InboxKpis";
import { myClaims, newOpportunities } from "./inboxRows";
import { MyClaimsTable } from "./MyClaimsTable";
import { NewOpportunitiesTable } from "./NewOpportunitiesTable";
import { RemindersTable } from "./RemindersTable";
import "../needs-shared/needs.css";

/** /market/inbox — 商机收件箱: needs broadcast to the institution, its claims against their deadlines, reminders. */
export default function OpportunityInboxPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const allowed = isInstitution(session.activeOrg.kind);
  const needs = useNeeds();
  const timers = useClaimTimers(allowed);
  const reminders = useMarketReminders(allowed);
  const products = useMyProducts(allowed);
  if (!allowed) return <Forbidden />;
  if (needs.error) return <LoadError error={needs.error} onRetry={() => void needs.refetch()} />;

  const orgId = session.activeOrg.id;
  const fresh = newOpportunities(needs.data ?? [], orgId);
  const claims = myClaims(needs.data ?? [], orgId);
  const byClaim = timersByClaim(timers.data?.claims);
  const overdueStages = claims.reduce((n, r) => n + (byClaim.get(r.claim.id)?.overdueStages.length ?? 0), 0);
  const reminderRows = reminders.data ?? [];
  const overdueReminders = reminderRows.filter((r) => r.kind === "overdue").length;
  const loading = needs.isLoading;

  return (
    <div data-testid="page-market-inbox">
      <PageHeader title={t("market.inbox.title")} subtitle={t("market.inbox.subtitle")} />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        <InboxKpis fresh={fresh.length} claims={claims} overdueStages={overdueStages} loading={loading} />
        <Card variant="borderless">
          <Tabs
            activeKey={params.get("tab") ?? "new"}
            onChange={(tab) => setParams({ tab }, { replace: true })}
            items={[
              {
                key: "new",
                label: (
                  <span data-testid="inbox-tab-new">
                    {t("market.inbox.tabNew")} <Badge count={fresh.length} color="#1677ff" showZero={false} />
                  </span>
                ),
                children: (
                  <NewOpportunitiesTable
                    rows={fresh}
                    products={products.data ?? []}
                    loading={loading}
                    mayClaim={servesNeeds(session.activeOrg.kind, session.role)}
                  />
                ),
              },
              {
                key: "claims",
                label: (
                  <span data-testid="inbox-tab-claims">
                    {t("market.inbox.tabClaims")} <Badge count={overdueStages} showZero={false} />
                  </span>
                ),
                children: (
                  <MyClaimsTable rows={claims} timers={byClaim} products={products.data ?? []} loading={loading} />
                ),
              },
              {
                key: "reminders",
                label: (
                  <span data-testid="inbox-tab-reminders">
                    {t("market.inbox.tabReminders")} <Badge count={overdueReminders} showZero={false} />
                  </span>
                ),
                children: reminders.error ? (
                  <LoadError error={reminders.error} onRetry={() => void reminders.refetch()} />
                ) : (
                  <RemindersTable rows={reminderRows} loading={reminders.isLoading} />
                ),
              },
            ]}
          />
        </Card>
      </Space>
    </div>
  );
}
