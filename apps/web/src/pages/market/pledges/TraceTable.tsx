import { Table } from "antd";
import { useTranslation } from "react-i18next";

export interface TraceStep {
  what: string;
  formula: string;
  figures: string;
  result: string;
}

/** The steps of a calculation, enough to redo it by hand: what, formula, figures, result. */
export function TraceTable({ steps, testId }: { steps: readonly TraceStep[]; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Table<TraceStep & { i: number }>
      size="small"
      bordered
      pagination={false}
      rowKey="i"
      data-testid={testId}
      dataSource={steps.map((s, i) => ({ ...s, i }))}
      columns={[
        { key: "what", title: t("marketDesk.common.traceWhat"), dataIndex: "what", width: 180 },
        {
          key: "formula",
          title: t("marketDesk.common.traceFormula"),
          render: (_, s) => (
            <span className="gf-green-mono" style={{ overflowWrap: "anywhere" }}>
              {s.formula}
            </span>
          ),
        },
        {
          key: "figures",
          title: t("marketDesk.common.traceFigures"),
          render: (_, s) => (
            <span className="gf-green-mono" style={{ overflowWrap: "anywhere" }}>
              {s.figures}
            </span>
          ),
        },
        {
          key: "result",
          title: t("marketDesk.common.traceResult"),
          render: (_, s) => <b className="gf-green-num">{s.result}</b>,
        },
      ]}
    />
  );
}
