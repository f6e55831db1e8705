import type { TAuditEntry } from "@greenfin/contracts";
import { Space, Tag, Tooltip, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { ExportColumn } from "../../../components/ExportableTable";
import { OrgNameById, useOrgNameText } from "../../../components/OrgNameById";
import { auditActionLabel, entityTypeLabel } from "../../../lib/auditActions";
import { formatDateTime } from "../../../lib/dates";
import { shortId, useLang } from "../../../lib/labels";

/** Columns of the audit log, shared by the full page and the "recent activity" cards. */
export function useAuditColumns({ compact = false }: { compact?: boolean } = {}): ExportColumn<TAuditEntry>[] {
  const { t } = useTranslation();
  const lang = useLang();
  const nameOf = useOrgNameText();

  const cols: ExportColumn<TAuditEntry>[] = [
    { key: "seq", title: t("audit.seq"), dataIndex: "seq", width: 80, align: "right" },
    {
      key: "at",
      title: t("audit.at"),
      dataIndex: "at",
      width: 170,
      render: (v: string) => formatDateTime(v, lang),
      exportValue: (e) => dayjs(e.at).toDate(),
    },
    {
      key: "action",
      title: t("audit.action"),
      dataIndex: "action",
      render: (v: string) => {
        const label = auditActionLabel(v, lang);
        return (
          <Space size={6} wrap>
            {label && <span>{label}</span>}
            <Tag className="gf-mono" style={{ marginInlineEnd: 0 }}>
              {v}
            </Tag>
          </Space>
        );
      },
      exportValue: (e) => e.action,
    },
    {
      key: "entity",
      title: t("audit.entityType"),
      render: (_, e) => (
        <span title={e.entityType}>
          {entityTypeLabel(e.entityType, lang)}
          {e.entityId && (
            <Tooltip title={e.entityId}>
              <Typography.Text type="secondary" className="gf-mono" style={{ marginInlineStart: 6 }}>
                {shortId(e.entityId)}
              </Typography.Text>
            </Tooltip>
          )}
        </span>
      ),
      exportValue: (e) => (e.entityId ? `${e.entityType}:${e.entityId}` : e.entityType),
    },
    {
      key: "actor",
      title: t("audit.actor"),
      render: (_, e) => <OrgNameById id={e.actorOrgId} title={e.actorUserId} />,
      exportValue: (e) => `${nameOf(e.actorOrgId)}${e.actorUserId ? ` (${e.actorUserId})` : ""}`,
    },
  ];
  if (compact) return cols.filter((c) => c.key !== "seq");
  cols.push(
    {
      key: "org",
      title: t("audit.org"),
      render: (_, e) => <OrgNameById id={e.orgId} />,
      exportValue: (e) => nameOf(e.orgId),
    },
    {
      key: "hash",
      title: t("audit.hash"),
      dataIndex: "hash",
      width: 130,
      render: (v: string) => (
        <Typography.Text className="gf-mono" copyable={{ text: v }} title={v}>
          {shortId(v, 10)}
        </Typography.Text>
      ),
    },
  );
  return cols;
}
