import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import { ExportableTable, type ExportColumn } from "../../../../components/ExportableTable";
import { useLang } from "../../../../lib/labels";
import type { ImportProblem } from "./importProblems";

/** Every problem of a refused workbook by sheet, row and cell, exportable to Excel to fix them one by one. */
export function ImportProblemsTable({ problems }: { problems: readonly ImportProblem[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const message = (p: ImportProblem) => (lang === "en" ? p.messageEn || p.messageZh : p.messageZh || p.messageEn);
  const columns: ExportColumn<ImportProblem>[] = [
    {
      key: "sheet",
      title: t("statistics.import.sheet"),
      width: 150,
      render: (_, p) => p.sheet || p.path || "—",
      exportValue: (p) => p.sheet || p.path,
    },
    {
      key: "row",
      title: t("statistics.import.row"),
      width: 60,
      align: "center",
      render: (_, p) => p.row ?? "—",
      exportValue: (p) => p.row,
    },
    {
      key: "cell",
      title: t("statistics.import.cell"),
      width: 60,
      align: "center",
      render: (_, p) => p.cell || "—",
      exportValue: (p) => p.cell,
    },
    {
      key: "severity",
      title: t("statistics.problems.severity"),
      width: 70,
      render: (_, p) => (
        <Tag color={p.severity === "error" ? "red" : "gold"}>
          {t(`statistics.problems.${p.severity === "error" ? "error" : "warning"}`)}
        </Tag>
      ),
      exportValue: (p) => t(`statistics.problems.${p.severity === "error" ? "error" : "warning"}`),
    },
    { key: "message", title: t("statistics.problems.message"), render: (_, p) => message(p), exportValue: message },
  ];
  return (
    <div data-testid="import-problems">
      <ExportableTable<ImportProblem>
        exportName="statistics-import-problems"
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={[...problems]}
        pagination={{ defaultPageSize: 10 }}
      />
    </div>
  );
}
