import type { TGreenProjectDetail } from "@greenfin/contracts";
import { Card, Descriptions, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../lib/labels";
import { areaName } from "../shared/areas";
import { categoryLabel, fmtAmount } from "../shared/format";

/** What the submitter stated. */
export function ProjectDetailsCard({ p }: { p: TGreenProjectDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Card variant="borderless" title={t("green.project.details")} data-testid="green-project-details">
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered styles={{ label: { width: 150 } }}>
        <Descriptions.Item label={t("green.project.description")} span={2}>
          <div style={{ whiteSpace: "pre-wrap" }}>{p.description}</div>
        </Descriptions.Item>
        <Descriptions.Item label={t("green.form.area")}>
          {areaName(p.area, lang)}
          {p.address && <div className="gf-green-sub">{p.address}</div>}
        </Descriptions.Item>
        <Descriptions.Item label={t("green.form.industry")}>
          <span className="gf-green-mono">{p.industryCode}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("green.form.investment")}>
          <span className="gf-green-num">{fmtAmount(p.totalInvestment)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("green.form.need")}>
          <span className="gf-green-num">{fmtAmount(p.financingNeed)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("green.project.years")}>
          {p.startYear ?? "—"} / {p.operationYear ?? "—"}
        </Descriptions.Item>
        <Descriptions.Item label={t("green.form.eia")}>{t(`green.eia.${p.eiaStatus}`)}</Descriptions.Item>
        <Descriptions.Item label={t("green.project.declared")}>
          {categoryLabel(p.declaredCategory, lang)}
        </Descriptions.Item>
        <Descriptions.Item label={t("green.project.submittedBy")}>
          {p.submittedBy.user ?? "—"} · {p.submittedBy.org}
        </Descriptions.Item>
        {p.parameters.length > 0 && (
          <Descriptions.Item label={t("green.project.params")} span={2}>
            {p.parameters.map((x) => (
              <Tag key={x.key}>
                {x.key} = {String(x.value)} {x.unit ?? ""}
              </Tag>
            ))}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
