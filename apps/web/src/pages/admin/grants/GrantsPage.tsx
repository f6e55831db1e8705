import { PlusOutlined } from "@ant-design/icons";
import type { TGrant } from "@greenfin/contracts";
import { Badge, Button, Card, Tabs } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import type { GrantDirection } from "../../../api/admin";
import { useGrants } from "../../../api/hooks";
import { useIsAdmin } from "../../../app/auth";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { lifecycle } from "../../../lib/dates";
import { AccessLogDrawer } from "./AccessLogDrawer";
import { CreateGrantModal } from "./CreateGrantModal";
import { GrantsTable } from "./GrantsTable";

function GrantsTab({ direction, onAccessLog }: { direction: GrantDirection; onAccessLog: (g: TGrant) => void }) {
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  const { data, error, isPending, refetch } = useGrants(direction);
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  return (
    <GrantsTable
      direction={direction}
      grants={data}
      loading={isPending}
      canRevoke={isAdmin}
      // Only the grantor may read a grant's access log.
      onAccessLog={direction === "given" ? onAccessLog : undefined}
      emptyText={direction === "given" ? t("home.noGrantsGiven") : t("home.noGrantsReceived")}
    />
  );
}

/** Consent grants this organisation has given and received. */
export default function GrantsPage() {
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  const [params, setParams] = useSearchParams();
  const tab: GrantDirection = params.get("tab") === "received" ? "received" : "given";
  const [creating, setCreating] = useState(false);
  const [logOf, setLogOf] = useState<TGrant | null>(null);
  const given = useGrants("given");
  const received = useGrants("received");
  const activeCount = (g: TGrant[] | undefined) => (g ?? []).filter((x) => lifecycle(x) === "active").length;

  return (
    <div data-testid="page-grants">
      <PageHeader
        title={t("grants.title")}
        subtitle={t("grants.subtitle")}
        extra={
          isAdmin && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="grant-create">
              {t("grants.create")}
            </Button>
          )
        }
      />
      <Card variant="borderless" styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams(k === "given" ? {} : { tab: k }, { replace: true })}
          items={(["given", "received"] as const).map((d) => ({
            key: d,
            label: (
              <span data-testid={`grants-tab-${d}`}>
                {t(`grants.${d}`)}{" "}
                <Badge
                  count={activeCount(d === "given" ? given.data : received.data)}
                  showZero
                  color="#0b6b47"
                  size="small"
                />
              </span>
            ),
            children: <GrantsTab direction={d} onAccessLog={setLogOf} />,
          }))}
        />
      </Card>
      <CreateGrantModal open={creating} onClose={() => setCreating(false)} />
      <AccessLogDrawer grant={logOf} onClose={() => setLogOf(null)} />
    </div>
  );
}
