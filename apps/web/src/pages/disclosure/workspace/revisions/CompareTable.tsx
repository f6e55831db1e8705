import type { TComparison, TTemplateItem } from "@greenfin/contracts";
import { Table } from "antd";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../../lib/labels";
import { payloadText } from "../../shared/payloadText";

type Row = TComparison["rows"][number];
type Side = Row["left"];

/** Two versions side by side; changed rows are highlighted. */
export function CompareTable({
  comparison,
  items,
  loading,
  onlyChanged,
}: {
  comparison: TComparison | undefined;
  items: ReadonlyMap<string, TTemplateItem>;
  loading: boolean;
  onlyChanged: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const yesNo: [string, string] = [t("common.yes"), t("common.no")];
  const text = (r: Row, side: Side) => {
    if (!side) return <span className="gf-dsc-absent">{t("disclosure.revisions.absent")}</span>;
    if (!side.payload)
      return side.notDisclosedReason ? t("disclosure.form.notDisclosed", { reason: side.notDisclosedReason }) : "—";
    return payloadText(side.payload, lang, items.get(r.indicatorId)?.unitChoices, yesNo);
  };
  const label = (v: "draft" | number | undefined) =>
    v === "draft" ? t("disclosure.revisions.draft") : t("disclosure.revisions.revisionN", { revision: v });
  const rows = (comparison?.rows ?? []).filter((r) => !onlyChanged || r.changed);
  return (
    <Table<Row>
      size="small"
      loading={loading}
      rowKey={(r) => `${r.indicatorId}#${r.dimension}`}
      dataSource={rows}
      pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
      rowClassName={(r) => (r.changed ? "gf-dsc-changed" : "")}
      onRow={(r) => ({ "data-changed": r.changed ? "1" : "0" }) as object}
      locale={{ emptyText: t("disclosure.revisions.noRows") }}
      columns={[
        {
          key: "indicator",
          title: t("disclosure.problems.indicator"),
          width: 320,
          render: (_, r) => (
            <div>
              <span className="gf-mono">{r.indicatorId}</span> {lang === "en" ? r.nameEn : r.nameZh}
              {r.dimension && <div className="gf-dsc-dim">{r.dimension}</div>}
            </div>
          ),
        },
        { key: "left", title: label(comparison?.left), render: (_, r) => text(r, r.left) },
        {
          key: "right",
          title: label(comparison?.right),
          className: "gf-dsc-right",
          render: (_, r) => text(r, r.right),
        },
      ]}
    />
  );
}
