import { InfoCircleOutlined } from "@ant-design/icons";
import type { TStatProblem } from "@greenfin/contracts";
import { Table, type TableColumnType, Tag, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../../lib/labels";
import { cellKey, groupDigits } from "../shared/figures";
import { named, type StatMetricView, useUnitLabel } from "../shared/labels";
import { SourceTag } from "../shared/SourceTag";
import type { BreakdownItem } from "./breakdownItems";
import { FieldProblems, statusOf } from "./FieldProblems";
import { FigureInput } from "./FigureInput";
import type { DraftCells } from "./useReportDraft";

interface Row {
  key: string;
  metric: StatMetricView;
  item: BreakdownItem | null;
  children?: Row[];
}

interface Props {
  metrics: readonly StatMetricView[];
  items: Record<"catalogue-use" | "industry-section", BreakdownItem[]>;
  cells: DraftCells;
  /** The platform's pre-filled figures, offered beside a different figure already entered. */
  prefilled: DraftCells;
  problems: Map<string, TStatProblem[]>;
  /** Figures in force while a correction is pending, by cell; null otherwise. */
  inForce: Map<string, string> | null;
  editable: boolean;
  /** The reporting institution's kind, to mark what it must report; null for the district's view. */
  orgKind: string | null;
  onChange: (key: string, value: string) => void;
}

/** One article's metrics: a row per metric total, its breakdown items as nested rows, each with unit and source. */
export function MetricTable({
  metrics,
  items,
  cells,
  prefilled,
  problems,
  inForce,
  editable,
  orgKind,
  onChange,
}: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const unitLabel = useUnitLabel();
  const sourceName = (source: string) => t(`statistics.source.${source as "marketplace"}`, { defaultValue: source });
  const rows: Row[] = metrics.map((m) => ({
    key: cellKey(m.key, null),
    metric: m,
    item: null,
    children:
      m.breakdown && items[m.breakdown].length
        ? items[m.breakdown].map((it) => ({ key: cellKey(m.key, it.code), metric: m, item: it }))
        : undefined,
  }));
  // Open the breakdowns that already hold a figure or a problem; the others stay folded.
  const expanded = rows
    .filter((r) => r.children?.some((c) => cells[c.key]?.value || problems.has(c.key)))
    .map((r) => r.key);
  const columns: TableColumnType<Row>[] = [
    {
      key: "name",
      title: t("statistics.form.metric"),
      render: (_, r) =>
        r.item ? (
          <span>
            <Typography.Text code>{r.item.code}</Typography.Text> {named(r.item, lang)}
          </span>
        ) : (
          <span>
            <strong>{named(r.metric, lang)}</strong>{" "}
            <Tooltip title={lang === "en" ? r.metric.definitionEn : r.metric.definitionZh}>
              <InfoCircleOutlined style={{ color: "#8c8c8c" }} />
            </Tooltip>
            <div style={{ fontSize: 12, color: "#8c8c8c" }}>
              <span className="gf-mono">{r.metric.key}</span> · {t(`statistics.kind.${r.metric.kind}`)}
              {r.metric.breakdown && <> · {t(`statistics.breakdown.${r.metric.breakdown}`)}</>}
              {orgKind && r.metric.requiredFor.includes(orgKind) && (
                <Tag color="red" style={{ marginLeft: 6 }}>
                  {t("statistics.form.required")}
                </Tag>
              )}
            </div>
          </span>
        ),
    },
    {
      key: "value",
      title: t("statistics.form.value"),
      width: 340,
      render: (_, r) => {
        const cell = cells[r.key];
        const own = problems.get(r.key);
        const testId = `figure-${r.metric.key}${r.item ? `-${r.item.code}` : ""}`;
        return (
          <div id={`cell-${r.key}`}>
            {editable ? (
              <FigureInput
                value={cell?.value ?? ""}
                unit={unitLabel(r.metric.unit)}
                status={statusOf(own)}
                testId={testId}
                onChange={(v) => onChange(r.key, v)}
              />
            ) : (
              <span data-testid={testId} className="gf-mono">
                {cell?.value ? `${groupDigits(cell.value)} ${unitLabel(r.metric.unit)}` : "—"}
              </span>
            )}
            {inForce && (inForce.get(r.key) ?? "") !== (cell?.value ?? "") && (
              <div style={{ fontSize: 12, color: "#8c8c8c" }}>
                {t("statistics.form.inForce", {
                  value: inForce.get(r.key) ? groupDigits(inForce.get(r.key) ?? "") : "—",
                })}
              </div>
            )}
            {editable && prefilled[r.key] && cell?.value && prefilled[r.key]?.value !== cell.value && (
              <div style={{ fontSize: 12, color: "#13a8a8" }} data-testid={`platform-${testId}`}>
                {t("statistics.form.platformValue", {
                  value: groupDigits(prefilled[r.key]?.value ?? ""),
                  source: sourceName(prefilled[r.key]?.source ?? ""),
                })}{" "}
                <Typography.Link onClick={() => onChange(r.key, prefilled[r.key]?.value ?? "")}>
                  {t("statistics.form.usePlatform")}
                </Typography.Link>
              </div>
            )}
            <FieldProblems problems={own} testId={`problems-${testId}`} />
          </div>
        );
      },
    },
    {
      key: "source",
      title: t("statistics.form.source"),
      width: 150,
      render: (_, r) => {
        const cell = cells[r.key];
        if (cell?.value) return <SourceTag source={cell.source} />;
        return editable && !r.item && r.metric.prefill ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t("statistics.form.prefillable", { source: sourceName(r.metric.prefill) })}
          </Typography.Text>
        ) : null;
      },
    },
  ];
  return (
    <Table<Row>
      // Remount once the catalogue's items arrive, so the breakdowns holding figures open.
      key={items["catalogue-use"].length}
      size="small"
      rowKey="key"
      pagination={false}
      columns={columns}
      dataSource={rows}
      expandable={{ defaultExpandedRowKeys: expanded, indentSize: 24 }}
    />
  );
}
