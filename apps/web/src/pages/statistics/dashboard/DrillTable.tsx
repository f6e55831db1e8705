import { RightOutlined } from "@ant-design/icons";
import type { TStatDrillRow, TStatMetricInfo } from "@greenfin/contracts";
import { Button } from "antd";
import { useTranslation } from "react-i18next";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { useLang } from "../../../lib/labels";
import { formatStat, Growth } from "./statFormat";

const num = (v: string | null) => (v === null ? null : Number(v));

/**
 * The rows of a breakdown (institutions, catalogue uses or industry sections) with value, share and YoY; exported
 * with the exact figures in the metric's own unit. Institution rows open that institution's breakdown.
 */
export function DrillTable({
  rows,
  info,
  exportName,
  withCode,
  onOpen,
  testId,
}: {
  rows: TStatDrillRow[];
  info: Pick<TStatMetricInfo, "unit">;
  exportName: string;
  withCode: boolean;
  onOpen?: (key: string) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const unitRaw = t(`statDash.unitRaw.${info.unit}`);
  const columns: ExportColumn<TStatDrillRow>[] = [
    ...(withCode
      ? [{ key: "code", title: t("statDash.drill.code"), dataIndex: "key", width: 80 } as ExportColumn<TStatDrillRow>]
      : []),
    {
      key: "name",
      title: t("statDash.drill.name"),
      exportValue: (r) => (lang === "en" ? r.nameEn : r.nameZh),
      render: (_, r) => (lang === "en" ? r.nameEn : r.nameZh),
    },
    {
      key: "value",
      title: t("statDash.drill.value"),
      exportTitle: `${t("statDash.drill.value")} (${unitRaw})`,
      align: "right",
      exportValue: (r) => num(r.value),
      sorter: (a, b) => (num(a.value) ?? -Infinity) - (num(b.value) ?? -Infinity),
      render: (_, r) => <span className="gf-green-num gf-stat-num">{formatStat(r.value, info.unit, lang)}</span>,
    },
    {
      key: "share",
      title: t("statDash.drill.share"),
      exportTitle: `${t("statDash.drill.share")} (%)`,
      align: "right",
      exportValue: (r) => num(r.sharePercent),
      render: (_, r) => (r.sharePercent === null ? "—" : `${r.sharePercent}%`),
    },
    {
      key: "yoy",
      title: t("statDash.drill.yoy"),
      exportTitle: `${t("statDash.drill.yoy")} (%)`,
      align: "right",
      exportValue: (r) => num(r.yoyPercent),
      sorter: (a, b) => (num(a.yoyPercent) ?? -Infinity) - (num(b.yoyPercent) ?? -Infinity),
      render: (_, r) => <Growth percent={r.yoyPercent} title={r.yoyReason ?? undefined} />,
    },
    ...(onOpen
      ? [
          {
            key: "open",
            title: "",
            exportValue: false,
            width: 48,
            render: (_: unknown, r: TStatDrillRow) => (
              <Button
                type="link"
                size="small"
                icon={<RightOutlined />}
                aria-label={t("statDash.drill.open")}
                data-testid={`drill-open-${r.key}`}
                onClick={() => onOpen(r.key)}
              />
            ),
          } as ExportColumn<TStatDrillRow>,
        ]
      : []),
  ];
  return (
    <div data-testid={testId}>
      <ExportableTable<TStatDrillRow>
        exportName={exportName}
        size="small"
        rowKey="key"
        dataSource={[...rows].sort((a, b) => (num(b.value) ?? -Infinity) - (num(a.value) ?? -Infinity))}
        columns={columns}
        pagination={false}
        onRow={onOpen ? (r) => ({ onClick: () => onOpen(r.key), style: { cursor: "pointer" } }) : undefined}
        locale={{ emptyText: t("statDash.drill.empty") }}
      />
    </div>
  );
}
