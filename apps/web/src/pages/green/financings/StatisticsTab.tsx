import { FINANCING_INSTRUMENTS, type FinancingInstrument } from "@greenfin/contracts";
import { Alert, Card, Col, InputNumber, Row, Segmented, Space, Tabs, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { greenApi, useGreenStatistics } from "../../../api/green";
import { useSession } from "../../../app/auth";
import { LoadError } from "../../../components/LoadError";
import { OrgSelect } from "../../../components/OrgSelect";
import { fmtAmount, fmtPct } from "../shared/format";
import { ServerExportButton } from "../shared/ServerExportButton";
import { StatisticsChart } from "./StatisticsChart";
import { StatisticsTable } from "./StatisticsTable";

/** Green-loan statistics in the central bank's shape: by use and by industry (and per institution for the district). */
export function StatisticsTab() {
  const { t } = useTranslation();
  const session = useSession();
  const district = session.activeOrg.kind === "district";
  const [year, setYear] = useState(new Date().getFullYear());
  const [instrument, setInstrument] = useState<FinancingInstrument>("loan");
  const [orgId, setOrgId] = useState<string | undefined>();
  const query = { year, instrument, ...(orgId ? { orgId } : {}) };
  const q = useGreenStatistics(query);
  const s = q.data;

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <div className="gf-table-toolbar">
        <Space wrap style={{ flex: 1 }}>
          <span>{t("green.stats.year")}</span>
          <InputNumber
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => v && setYear(v)}
            data-testid="green-stats-year"
          />
          <Segmented<FinancingInstrument>
            value={instrument}
            onChange={setInstrument}
            options={FINANCING_INSTRUMENTS.map((i) => ({ value: i, label: t(`green.instrument.${i}`) }))}
          />
          {district && (
            <OrgSelect
              allowClear
              placeholder={t("green.financing.allInstitutions")}
              value={orgId}
              onChange={setOrgId}
              style={{ width: 240 }}
            />
          )}
          {s && <Tag>{t("green.stats.scope", { name: s.scope.name })}</Tag>}
        </Space>
        <ServerExportButton
          url={greenApi.statisticsExportUrl(query)}
          fileName="green-statistics.xlsx"
          label={t("green.stats.export")}
          testId="green-stats-export"
        />
      </div>
      {q.error ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        s && (
          <Row gutter={[16, 16]}>
            <Col xs={24} xxl={15}>
              <Card variant="borderless" loading={q.isFetching && !s}>
                <Tabs
                  items={[
                    {
                      key: "use",
                      label: t("green.stats.byUse"),
                      children: <StatisticsTable rows={s.byUse} total={s.total} testId="green-stats-by-use" />,
                    },
                    {
                      key: "industry",
                      label: t("green.stats.byIndustry"),
                      children: (
                        <StatisticsTable rows={s.byIndustry} total={s.total} testId="green-stats-by-industry" />
                      ),
                    },
                    ...(s.byInstitution.length > 0
                      ? [
                          {
                            key: "institution",
                            label: t("green.stats.byInstitution"),
                            children: (
                              <StatisticsTable
                                rows={s.byInstitution}
                                total={s.total}
                                testId="green-stats-by-institution"
                              />
                            ),
                          },
                        ]
                      : []),
                  ]}
                />
                <div style={{ marginTop: 8 }} data-testid="green-stats-blue">
                  <Tag color="blue">{t("green.stats.blue")}</Tag>
                  {t("green.stats.balance")} {fmtAmount(s.blue.balance)} · {t("green.stats.count")} {s.blue.count} ·{" "}
                  {t("green.stats.share")} {fmtPct(s.blue.share)}
                </div>
                {s.unlabelled.count > 0 && (
                  <Alert
                    style={{ marginTop: 8 }}
                    type="info"
                    showIcon
                    title={t("green.stats.unlabelled", {
                      count: s.unlabelled.count,
                      balance: fmtAmount(s.unlabelled.balance),
                    })}
                  />
                )}
              </Card>
            </Col>
            <Col xs={24} xxl={9}>
              <Card variant="borderless" title={t("green.stats.chart")}>
                <StatisticsChart rows={s.byUse} />
              </Card>
            </Col>
          </Row>
        )
      )}
    </Space>
  );
}
