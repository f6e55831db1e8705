import type { TCarbonAccountDetail, TCarbonEts, TCarbonGrade } from "@greenfin/contracts";
import { Descriptions, Empty, List, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { orgName, useLang } from "../../../lib/labels";
import { CarbonCard } from "../shared/CarbonCard";
import { fmtFixed, unitName } from "../shared/format";
import { GradeTag } from "../shared/GradeTag";
import { IntensityChart } from "./AccountCharts";

/** L against the industry average, K, the grade and its band. */
export function GradeCard({ grade }: { grade: TCarbonGrade | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <CarbonCard title={t("carbon.intensity.title")} testId="carbon-grade-card">
      {!grade ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("carbon.intensity.none")} />
      ) : (
        <>
          <IntensityChart grade={grade} />
          <Descriptions size="small" column={2} style={{ marginTop: 8 }}>
            <Descriptions.Item label={t("carbon.intensity.l")}>
              <span>
                {fmtFixed(grade.l, 6)} <span className="gf-sub">{t("carbon.unit.perWan")}</span>
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t("carbon.intensity.industryL")}>
              <span>
                {fmtFixed(grade.industryL, 6)} <span className="gf-sub">{t("carbon.unit.perWan")}</span>
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t("carbon.intensity.k")}>
              <b data-testid="carbon-k">{fmtFixed(grade.k, 6)}</b>
            </Descriptions.Item>
            <Descriptions.Item label={t("carbon.kpi.grade")}>
              <GradeTag grade={grade.grade} colour={grade.colour} />
            </Descriptions.Item>
            <Descriptions.Item label={t("carbon.intensity.group")}>{grade.industryGroup}</Descriptions.Item>
            {grade.explanation?.level && (
              <Descriptions.Item label={t("carbon.intensity.level")}>
                {orgName(grade.explanation.level, lang)}
              </Descriptions.Item>
            )}
            {grade.explanation?.peers !== undefined && (
              <Descriptions.Item label={t("carbon.intensity.peersLabel")}>
                {t("carbon.intensity.peers", { n: grade.explanation.peers })}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
            {t("carbon.intensity.band")}
          </Typography.Paragraph>
        </>
      )}
    </CarbonCard>
  );
}

/** Allowances against verified emissions, the balance and its value at the CEA price. */
export function EtsCard({ ets }: { ets: TCarbonEts | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const p = ets?.position;
  const tco2 = t("carbon.unit.t");
  return (
    <CarbonCard title={t("carbon.ets.title")} testId="carbon-ets-card">
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
                {fmtFixed(ets.allocation.allocated, 3)} {tco2}
              </Descriptions.Item>
              <Descriptions.Item label={t("carbon.ets.verified")}>
                <div>
                  {fmtFixed(ets.allocation.verified, 3)} {tco2}
                  {ets.allocation.verifiedBasis !== "verified" && (
                    <div className="gf-sub">{t("carbon.ets.estimate")}</div>
                  )}
                </div>
              </Descriptions.Item>
            </>
          )}
          {p && (
            <>
              <Descriptions.Item label={t("carbon.ets.balance")}>
                <span>
                  <Tag color={p.position === "deficit" ? "red" : p.position === "surplus" ? "green" : "default"}>
                    {t(`carbon.ets.${p.position}` as const)}
                  </Tag>
                  {fmtFixed(p.balance, 3)} {tco2}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t("carbon.ets.value")}>
                <div>
                  <b className="gf-num">{fmtFixed(p.value, 2)}</b> {t("carbon.unit.yuan")}
                  <div className="gf-sub">
                    {t("carbon.ets.price", {
                      price: p.price.value,
                      unit: unitName(t, p.price.unit),
                      year: p.price.year,
                      basis: t(`carbon.ets.basis.${p.price.basis}` as const),
                    })}
                  </div>
                </div>
              </Descriptions.Item>
            </>
          )}
        </Descriptions>
      )}
    </CarbonCard>
  );
}

/** The account's dated versions: each with its calculation date, factor set and inputs hash; one is viewed. */
export function VersionsCard({ detail, onView }: { detail: TCarbonAccountDetail; onView: (version: number) => void }) {
  const { t } = useTranslation();
  const latest = detail.versions[0]?.version;
  return (
    <CarbonCard title={t("carbon.versions.title")} testId="carbon-versions">
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
    </CarbonCard>
  );
}
