import type { TAuditEntry } from "@greenfin/contracts";
import { Card } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useAudit } from "../../api/hooks";
import { ExportableTable } from "../../components/ExportableTable";
import { LoadError } from "../../components/LoadError";
import { useAuditColumns } from "../admin/audit/useAuditColumns";

/** The latest audit entries this organisation may see (everything, for the district). */
export function RecentAuditCard({ title, pageSize = 8 }: { title: string; pageSize?: number }) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useAudit({ page: 1, pageSize });
  const columns = useAuditColumns({ compact: true });
  const rows = [...(data?.items ?? [])].sort((a, b) => b.seq - a.seq);
  return (
    <Card
      variant="borderless"
      title={title}
      extra={<Link to="/admin/audit">{t("common.viewAll")}</Link>}
      data-testid="recent-audit"
    >
      {error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : (
        <ExportableTable<TAuditEntry>
          exportName="recent-audit"
          rowKey="seq"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={isPending}
          pagination={false}
        />
      )}
    </Card>
  );
}
