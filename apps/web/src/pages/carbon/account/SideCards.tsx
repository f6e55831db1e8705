import { Card, Descriptions, Empty, List, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { CarbonAccountDetail, CarbonGrade, EtsInfo } from "../../../api/carbon";
import { orgName, useLang } from "../../../lib/labels";
import { fmtT } from "../shared/format";
import { GradeTag } from "../shared/GradeTag";
import { IntensityChart } from "./AccountCharts";

/** L against the industry average, K, the grade and its band. */
export function GradeCard({ grade }: { grade: CarbonGrade | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Card
      variant="borderless"
      title={t("carbon.intensity.title")}
      data-testid="carbon-grade-card"
      style={{ height: "100%" }}
    >
      {!grade ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("carbon.intensity.none")} />
      ) : (
        <>
          <IntensityChart grade={grade} />
          <Descriptions size="small" column={2} style={{ marginTop: 8 }}>
            <Descriptions.Item label={t("carbon.intensity.l")}>{fmtT(grade.l, 6)}</Descriptions.Item>
            <Descriptions.Item label={t("carbon.intensity.industryL")}>{fmtT(grade.industryL, 6)}</Descriptions.Item>
            <Descriptions.Item label={t("carbon.intensity.k")}>
              <b data-testid="carbon-k">{fmtT(grade.k, 6)}</b>
            </Descriptions.Item>
            <Descriptions.Item label={t("carbon.kpi.grade")}>
              <GradeTag grade={grade.grade} colour={grade.colour} />
            </Descriptions.Item>
            <Descriptions.Item label={t("carbon.intensity.group")}>
              {grade.industryGroup}
              {grade.explanation?.level ? ` · ${orgName(grade.explanation.level, lang)}` : ""}
            </Descriptions.Item>
            <Descriptions.Item label="">
              {grade.explanation?.peers !== undefined && t("carbon.intensity.peers", { n: grade.explanation.peers })}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
            {t("carbon.intensity.band")}
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}

/** Allowances against verified emissions, the balance and its value at the CEA price. */
export function EtsCard({ ets }: { ets: EtsInfo | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const p = ets?.position;
  return (
    <Card variant="borderless" title={t("carbon.ets.title")} data-testid="carbon-ets-card" style={{ height: "100%" }}>
      {!ets ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("carbon.ets.notCovered")} />
      ) : (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t("carbon.ets.sector")}>{orgName(ets.sector, lang)}</Descriptions.Item>
          {!ets.allocation ? (
            <Descriptions.Item label="">{t("carbon.ets.noAllocation")}</Descriptions.Item>
          ) : (
            <>
              <Descriptions.Item label={t("carbon.ets.allocated")}>
                {fmtT(ets.allocation.allocated, 3)} tCO2
              </Descriptions.Item>
              <Descriptions.Item label={t("carbon.ets.verified")}>
                {fmtT(ets.allocation.verified, 3)} tCO2
                {ets.allocation.verifiedBasis !== "verified" && (
                  <Typography.Text type="secondary"> ({t("carbon.ets.estimate")})</Typography.Text>
                )}
              </Descriptions.Item>
            </>
          )}
          {p && (
            <>
              <Descriptions.Item label={t("carbon.ets.balance")}>
                <Tag color={p.position === "deficit" ? "red" : p.position === "surplus" ? "green" : "default"}>
                  {t(`carbon.ets.${p.position}`)}
                </Tag>
                {fmtT(p.balance, 3)} tCO2
              </Descriptions.Item>
              <Descriptions.Item label={t("carbon.ets.value")}>
                <b>{fmtT(p.value, 2)}</b> {t("carbon.unit.yuan")}
                <div className="gf-sub">
                  {t("carbon.ets.price", { price: p.price.value, unit: p.price.unit, year: p.price.year })}
                </div>
              </Descriptions.Item>
            </>
          )}
        </Descriptions>
      )}
    </Card>
  );
}

/** The account's dated versions: each with its calculation date, factor set and inputs hash; one is viewed. */
export function VersionsCard({ detail, onView }: { detail: CarbonAccountDetail; onView: (version: number) => void }) {
  const { t } = useTranslation();
  const latest = detail.versions[0]?.version;
  return (
    <Card
      variant="borderless"
      title={t("carbon.versions.title")}
      data-testid="carbon-versions"
      style={{ height: "100%" }}
    >
      <List
        size="small"
        dataSource={detail.versions}
        renderItem={(v) => (
          <List.Item
            actions={[
              v.version === detail.version ? (
                <Tag color="green" key="cur">
                  {t("carbon.versions.current")}
                </Tag>
              ) : (
                <Typography.Link
                  key="view"
                  onClick={() => onView(v.version)}
                  data-testid={`carbon-version-${v.version}`}
                >
                  {t("carbon.versions.view")}
                </Typography.Link>
              ),
            ]}
          >
            <List.Item.Meta
              title={
                <span>
                  v{v.version}
                  {v.version === latest && (
                    <Typography.Text type="secondary"> ({t("carbon.versions.latest")})</Typography.Text>
                  )}
                  <span className="gf-sub" style={{ marginInlineStart: 8 }}>
                    {t("carbon.col.calculatedOn")} {v.calculatedOn}
                  </span>
                </span>
              }
              description={
                <div style={{ fontSize: 12 }}>
                  <div>
                    {t("carbon.col.factorSet")}: {v.factorSet}
                  </div>
                  <Typography.Text type="secondary" copyable={{ text: v.inputsHash }} style={{ fontSize: 12 }}>
                    {t("carbon.col.inputsHash")}: {v.inputsHash.slice(0, 16)}…
                  </Typography.Text>
                </div>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
