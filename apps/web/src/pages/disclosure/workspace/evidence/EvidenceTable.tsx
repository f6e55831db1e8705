import type { TTemplateItem } from "@greenfin/contracts";
import { Button, Popconfirm, Space, Tooltip } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { type Evidence, evidenceApi } from "../../../../api/disclosure";
import { ExportableTable, type ExportColumn } from "../../../../components/ExportableTable";
import { formatDateTime } from "../../../../lib/dates";
import { shortId, useLang } from "../../../../lib/labels";
import { useDownload } from "../../shared/useDownload";

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Evidence files by indicator, with download and (while editable) removal. */
export function EvidenceTable({
  rows,
  loading,
  items,
  canRemove,
  onRemove,
}: {
  rows: Evidence[] | undefined;
  loading: boolean;
  items: ReadonlyMap<string, TTemplateItem>;
  canRemove: boolean;
  onRemove: (id: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { download, busy } = useDownload();
  const name = (id: string) => {
    const item = items.get(id);
    return item ? (lang === "en" ? item.nameEn : item.nameZh) : "";
  };
  const sorted = [...(rows ?? [])].sort(
    (a, b) => a.indicatorId.localeCompare(b.indicatorId) || a.uploadedAt.localeCompare(b.uploadedAt),
  );
  const columns: ExportColumn<Evidence>[] = [
    {
      key: "indicator",
      title: t("disclosure.problems.indicator"),
      render: (_, e) => (
        <Space size={6}>
          <span className="gf-mono">{e.indicatorId}</span>
          <span>{name(e.indicatorId)}</span>
        </Space>
      ),
      exportValue: (e) => `${e.indicatorId} ${name(e.indicatorId)}`,
    },
    { key: "fileName", title: t("disclosure.evidence.fileName"), dataIndex: "fileName", ellipsis: true },
    {
      key: "size",
      title: t("disclosure.evidence.size"),
      width: 90,
      render: (_, e) => formatBytes(e.sizeBytes),
      exportValue: (e) => e.sizeBytes,
    },
    {
      key: "sha256",
      title: "SHA-256",
      width: 120,
      render: (_, e) => (
        <Tooltip title={e.sha256}>
          <span className="gf-mono">{shortId(e.sha256, 12)}</span>
        </Tooltip>
      ),
      exportValue: (e) => e.sha256,
    },
    {
      key: "uploadedAt",
      title: t("disclosure.evidence.uploadedAt"),
      width: 150,
      render: (_, e) => formatDateTime(e.uploadedAt, lang),
      exportValue: (e) => dayjs(e.uploadedAt).toDate(),
    },
    {
      key: "actions",
      title: t("common.actions"),
      width: 140,
      exportValue: false,
      render: (_, e) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            loading={busy === e.id}
            onClick={() => void download(e.id, evidenceApi.contentUrl(e.id), e.fileName)}
            data-testid={`evidence-download-${e.id}`}
          >
            {t("disclosure.evidence.download")}
          </Button>
          {canRemove && (
            <Popconfirm
              title={t("disclosure.evidence.removeConfirm")}
              onConfirm={() => onRemove(e.id).catch(() => undefined)}
            >
              <Button type="link" size="small" danger data-testid={`evidence-remove-${e.id}`}>
                {t("common.remove")}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];
  return (
    <ExportableTable<Evidence>
      exportName="evidence"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={sorted}
      loading={loading}
      locale={{ emptyText: t("disclosure.evidence.none") }}
    />
  );
}
