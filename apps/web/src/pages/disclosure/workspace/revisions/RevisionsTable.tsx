import type { TDisclosure } from "@greenfin/contracts";
import { Tag, Tooltip, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { ExportableTable, type ExportColumn } from "../../../../components/ExportableTable";
import { formatDateTime } from "../../../../lib/dates";
import { shortId, useLang } from "../../../../lib/labels";

type Revision = TDisclosure["revisions"][number];
const OUTCOME_COLORS = { pending: "processing", returned: "error", accepted: "success" } as const;

/** Every submitted revision: its outcome, the hash of its frozen values, when it was submitted and decided. */
export function RevisionsTable({ revisions }: { revisions: Revision[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const columns: ExportColumn<Revision>[] = [
    { key: "revision", title: t("disclosure.list.revision"), dataIndex: "revision", width: 70, align: "center" },
    {
      key: "outcome",
      title: t("disclosure.revisions.outcome"),
      width: 100,
      render: (_, r) => <Tag color={OUTCOME_COLORS[r.outcome]}>{t(`disclosure.revisions.outcomes.${r.outcome}`)}</Tag>,
      exportValue: (r) => t(`disclosure.revisions.outcomes.${r.outcome}`),
    },
    {
      key: "hash",
      title: t("disclosure.revisions.hash"),
      width: 150,
      render: (_, r) => (
        <Typography.Text className="gf-mono" copyable={{ text: r.valuesHash }}>
          <Tooltip title={r.valuesHash}>{shortId(r.valuesHash, 12)}</Tooltip>
        </Typography.Text>
      ),
      exportValue: (r) => r.valuesHash,
    },
    {
      key: "submittedAt",
      title: t("disclosure.revisions.submittedAt"),
      width: 150,
      render: (_, r) => formatDateTime(r.submittedAt, lang),
      exportValue: (r) => dayjs(r.submittedAt).toDate(),
    },
    {
      key: "decidedAt",
      title: t("disclosure.revisions.decidedAt"),
      width: 150,
      render: (_, r) => formatDateTime(r.decidedAt, lang),
      exportValue: (r) => (r.decidedAt ? dayjs(r.decidedAt).toDate() : null),
    },
    {
      key: "note",
      title: t("disclosure.revisions.note"),
      dataIndex: "decisionNote",
      ellipsis: true,
      render: (v: string | null) => v ?? t("common.none"),
    },
  ];
  return (
    <ExportableTable<Revision>
      exportName="disclosure-revisions"
      rowKey="revision"
      size="small"
      columns={columns}
      dataSource={revisions}
      pagination={false}
      locale={{ emptyText: t("disclosure.revisions.none") }}
      onRow={(r) => ({ "data-testid": `revision-row-${r.revision}` }) as object}
    />
  );
}
