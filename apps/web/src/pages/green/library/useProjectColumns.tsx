import type { TGreenProjectRow } from "@greenfin/contracts";
import { Tag, Tooltip } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useLang } from "../../../lib/labels";
import { areaName } from "../shared/areas";
import { fmtAmount, fmtConfidence, fmtDec, named } from "../shared/format";
import { StageTag } from "../shared/StageTag";

/** The library's columns: who, where, stage, certified or proposed category, amounts and expected CO2. */
export function useProjectColumns(): ColumnsType<TGreenProjectRow> {
  const { t } = useTranslation();
  const lang = useLang();
  return [
    {
      key: "name",
      title: t("green.col.name"),
      render: (_, r) => (
        <div style={{ maxWidth: 250, whiteSpace: "normal" }}>
          <Link to={`/green/projects/${r.id}`} data-testid="green-project-link">
            {r.name}
          </Link>
          <div className="gf-green-sub">
            <span className="gf-green-mono">{r.refNo}</span> · {named(r.owner, lang)}
          </div>
        </div>
      ),
    },
    {
      key: "stage",
      title: t("green.col.stage"),
      render: (_, r) => (
        <>
          <StageTag stage={r.stage} />
          {r.blue && <Tag color="blue">{t("green.project.blue")}</Tag>}
          {r.transition && <Tag color="orange">{t("green.project.transition")}</Tag>}
          <div className="gf-green-sub" title={t("green.col.updated")}>
            {r.updatedAt.slice(0, 10)}
          </div>
        </>
      ),
    },
    {
      key: "category",
      title: t("green.col.category"),
      render: (_, r) =>
        r.category ? (
          <div style={{ maxWidth: 230, whiteSpace: "normal" }} data-testid="green-row-category">
            <Tag color={r.categorySource === "certified" ? "green" : "default"}>
              {r.categorySource === "certified" ? t("green.col.certified") : t("green.col.proposed")}
            </Tag>
            <span className="gf-green-mono">{r.category.code}</span> {named(r.category, lang)}
            {r.categorySource === "proposed" && r.confidence !== null && (
              <Tooltip title={t("green.col.confidence")}>
                <span className="gf-green-sub"> · {fmtConfidence(r.confidence)}</span>
              </Tooltip>
            )}
          </div>
        ) : (
          "—"
        ),
    },
    {
      key: "where",
      title: `${t("green.col.area")} / ${t("green.col.industry")}`,
      render: (_, r) => (
        <>
          {areaName(r.area, lang)}
          <div className="gf-green-sub gf-green-mono">{r.industryCode}</div>
        </>
      ),
    },
    {
      key: "need",
      title: t("green.col.need"),
      align: "right",
      render: (_, r) => (
        <span className="gf-green-num">
          {fmtAmount(r.financingNeed)}
          {r.financed !== "0" && Number(r.financed) > 0 && (
            <div className="gf-green-sub">
              {t("green.col.financed")} {fmtAmount(r.financed)}
            </div>
          )}
        </span>
      ),
    },
    {
      key: "co2",
      title: t("green.col.co2"),
      align: "right",
      render: (_, r) => <span className="gf-green-num">{fmtDec(r.expectedCo2AvoidedT, 1, 0)}</span>,
    },
  ];
}
