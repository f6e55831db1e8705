import type { TAuditEntry } from "@greenfin/contracts";
import { Card, Input, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { useAudit } from "../../../api/hooks";
import { useSession } from "../../../app/auth";
import { ExportableTable } from "../../../components/ExportableTable";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { useAuditColumns } from "./useAuditColumns";
import { VerifyChainPanel } from "./VerifyChainPanel";

/** The hash-chained audit log: everything for the district, the own organisation's entries for others. */
export default function AuditPage() {
  const { t } = useTranslation();
  const session = useSession();
  const districtAdmin = session.activeOrg.kind === "district" && session.role === "admin";
  const [params, setParams] = useSearchParams();
  const page = Number(params.get("page") ?? 1) || 1;
  const pageSize = Number(params.get("pageSize") ?? 20) || 20;
  const action = params.get("action") ?? undefined;
  const entityType = params.get("entityType") ?? undefined;
  const { data, error, isFetching, refetch } = useAudit({ page, pageSize, action, entityType });
  const columns = useAuditColumns();

  const setFilter = (patch: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries({ page: 1, ...patch })) {
      if (v === undefined || String(v) === "") next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next, { replace: true });
  };

  const toolbar = (
    <Space wrap>
      <Input.Search
        allowClear
        defaultValue={action}
        placeholder={t("audit.actionPlaceholder")}
        style={{ width: 260 }}
        onSearch={(v) => setFilter({ action: v.trim() || undefined })}
      />
      <Input.Search
        allowClear
        defaultValue={entityType}
        placeholder={t("audit.entityPlaceholder")}
        style={{ width: 280 }}
        onSearch={(v) => setFilter({ entityType: v.trim() || undefined })}
      />
    </Space>
  );

  return (
    <div data-testid="page-audit">
      <PageHeader title={t("audit.title")} subtitle={t("audit.subtitle")} />
      {districtAdmin && <VerifyChainPanel />}
      <Card variant="borderless">
        {error ? (
          <LoadError error={error} onRetry={() => void refetch()} />
        ) : (
          <ExportableTable<TAuditEntry>
            exportName="audit-log"
            rowKey="seq"
            size="middle"
            toolbar={toolbar}
            columns={columns}
            dataSource={data?.items}
            loading={isFetching}
            scroll={{ x: 1100 }}
            expandable={{
              rowExpandable: (e) => e.details !== null && e.details !== undefined,
              expandedRowRender: (e) => (
                <Typography.Paragraph className="gf-mono" style={{ margin: 0, whiteSpace: "pre-wrap" }}>
                  {JSON.stringify(e.details, null, 2)}
                </Typography.Paragraph>
              ),
            }}
            pagination={{ current: page, pageSize, total: data?.total ?? 0, pageSizeOptions: [20, 50, 100, 200] }}
            onChange={(p) => setFilter({ page: p.current, pageSize: p.pageSize, action, entityType })}
          />
        )}
      </Card>
    </div>
  );
}
