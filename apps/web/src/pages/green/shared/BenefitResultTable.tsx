import type { TBenefitOutput, TBenefitReport } from "@greenfin/contracts";
import { Table, Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../lib/labels";
import { fmtDec, named } from "./format";

interface Row extends TBenefitOutput {
  rowKey: string;
  methodName: string;
}

/** A benefit computation explained: each output with its formula, the figures put in and the factors used. */
export function BenefitResultTable({ report, testId }: { report: TBenefitReport; testId?: string }) {
  const { t } = useTranslation();
  const colon = t("green.colon");
  const lang = useLang();
  const rows: Row[] = report.lines.flatMap((l, li) =>
    l.outputs.map((o) => ({ ...o, rowKey: `${li}-${o.key}`, methodName: named(l, lang) })),
  );
  const g = report.gridFactor;
  return (
    <div data-testid={testId}>
      <Table<Row>
        size="small"
        rowKey="rowKey"
        pagination={false}
        dataSource={rows}
        columns={[
          {
            key: "output",
            title: t("green.benefit.output"),
            width: 170,
            render: (_, r) => (
              <>
                <div>{named(r, lang)}</div>
                <div className="gf-green-sub">{r.methodName}</div>
              </>
            ),
          },
          {
            key: "value",
            title: t("green.benefit.value"),
            align: "right",
            width: 150,
            render: (_, r) => (
              <span className="gf-green-num" data-testid="green-benefit-value" data-key={r.key}>
                <b>{fmtDec(r.value, 2, 0)}</b> {r.unit}
              </span>
            ),
          },
          {
            key: "explain",
            title: t("green.benefit.explain"),
            render: (_, r) => (
              <div className="gf-green-formula">
                <code>{r.formula}</code>
                <div>= {r.substituted}</div>
                <div style={{ marginTop: 2 }}>
                  {r.factors.map((f) => (
                    <Tooltip
                      key={f.key}
                      title={`${t("green.benefit.source")}${colon}${f.source} · ${t("green.benefit.verification")}${colon}${f.verification}`}
                    >
                      <Tag style={{ whiteSpace: "normal" }}>
                        {named(f, lang)} {f.value} {f.unit}
                      </Tag>
                    </Tooltip>
                  ))}
                </div>
              </div>
            ),
          },
        ]}
      />
      {report.totals.length > 0 && (
        <div style={{ marginTop: 8 }} data-testid="green-benefit-totals">
          <b>
            {t("green.benefit.totals")}
            {colon}
          </b>
          {report.totals.map((x) => (
            <Tag key={`${x.key}-${x.unit}`} color="green">
              {named(x, lang)} {fmtDec(x.value, 2, 0)} {x.unit}
            </Tag>
          ))}
        </div>
      )}
      <div className="gf-green-sub" style={{ marginTop: 4 }}>
        {g && (
          <Tooltip title={g.source}>
            <span>
              {t("green.benefit.gridFactor", { region: g.region, year: g.year, value: g.value, unit: g.unit })} ·{" "}
            </span>
          </Tooltip>
        )}
        {t("green.benefit.methodSet", { id: report.methodSet.id, version: report.methodSet.version })}
      </div>
    </div>
  );
}
