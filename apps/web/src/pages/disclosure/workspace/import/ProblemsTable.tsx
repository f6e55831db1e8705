import type { TIntakeProblem } from "@greenfin/contracts";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import { ExportableTable, type ExportColumn } from "../../../../components/ExportableTable";
import { useLang } from "../../../../lib/labels";
import { locationOf, problemMessage } from "../../shared/problemText";

type Row = TIntakeProblem & { key: string };

/** Problems of an import by sheet, row and column (or CSV line), exportable to Excel to fix them one by one. */
export function ProblemsTable({
  problems,
  exportName,
  testId,
}: {
  problems: readonly TIntakeProblem[];
  exportName: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const rows: Row[] = problems.map((p, i) => ({ ...p, key: String(i) }));
  const where = (p: TIntakeProblem) => {
    const l = locationOf(p);
    if (!l) return { sheet: p.path, row: "", column: "" };
    switch (l.source) {
      case "xlsx":
        return { sheet: l.sheet, row: String(l.row), column: l.column };
      case "csv":
        return { sheet: "CSV", row: String(l.line), column: l.column };
      case "file":
        return { sheet: t("disclosure.problems.fileLevel"), row: "", column: l.field };
      default:
        return { sheet: t("disclosure.problems.fieldLevel"), row: "", column: l.field };
    }
  };
  const columns: ExportColumn<Row>[] = [
    {
      key: "sheet",
      title: t("disclosure.problems.sheet"),
      width: 220,
      render: (_, p) => where(p).sheet,
      exportValue: (p) => where(p).sheet,
    },
    {
      key: "row",
      title: t("disclosure.problems.row"),
      width: 70,
      align: "center",
      render: (_, p) => where(p).row,
      exportValue: (p) => (where(p).row ? Number(where(p).row) : null),
    },
    {
      key: "column",
      title: t("disclosure.problems.column"),
      width: 70,
      align: "center",
      render: (_, p) => where(p).column,
      exportValue: (p) => where(p).column,
    },
    {
      key: "indicator",
      title: t("disclosure.problems.indicator"),
      width: 180,
      render: (_, p) => (
        <span className="gf-mono">
          {p.indicatorId ?? "—"}
          {p.dimension ? ` · ${p.dimension}` : ""}
        </span>
      ),
      exportValue: (p) => [p.indicatorId, p.dimension].filter(Boolean).join(" · "),
    },
    {
      key: "severity",
      title: t("disclosure.problems.severity"),
      width: 80,
      render: (_, p) => (
        <Tag color={p.severity === "error" ? "red" : "gold"}>{t(`disclosure.problems.${p.severity}`)}</Tag>
      ),
      exportValue: (p) => t(`disclosure.problems.${p.severity}`),
    },
    {
      key: "message",
      title: t("disclosure.problems.message"),
      render: (_, p) => problemMessage(p, lang),
      exportValue: (p) => problemMessage(p, lang),
    },
  ];
  return (
    <div data-testid={testId}>
      <ExportableTable<Row>
        exportName={exportName}
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={{ defaultPageSize: 20 }}
        onRow={(p) => ({ "data-testid": `problem-${p.key}` }) as object}
      />
    </div>
  );
}
