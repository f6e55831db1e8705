import { BookOutlined, LoginOutlined } from "@ant-design/icons";
import { Alert, Card, Col, List, Row, Skeleton, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { usePublicZone } from "../../api/statisticsDashboard";
import { BrandMark } from "../../components/BrandMark";
import { LanguageSwitch } from "../../components/LanguageSwitch";
import { LoadError } from "../../components/LoadError";
import { useLang } from "../../lib/labels";
import { type TargetItem, TargetProgressList } from "../statistics/dashboard/TargetProgressList";
import { ZoneHeadline } from "./ZoneHeadline";
import "../statistics/dashboard/dashboard.css";
import "./zone.css";

/**
 * /zone — the demonstration zone's public figures (no login): the "five major articles" totals with growth, the
 * targets and their progress, the published rating methodologies. Zone totals only, never an institution's figure,
 * so a district website can embed it.
 */
export default function ZonePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const q = usePublicZone();
  const d = q.data;
  const targets: TargetItem[] = (d?.targets ?? []).map((x) => ({
    ...x,
    projectedValue: x.projectedValue,
    latestYear: x.latestYear,
    latestValue: x.latestValue,
  }));
  return (
    <div className="gf-zone" data-testid="page-zone">
      <header className="gf-zone-bar">
        <div className="gf-zone-brand">
          <BrandMark size={30} light />
          <span>{t("zone.brand")}</span>
        </div>
        <div className="gf-zone-actions">
          <LanguageSwitch />
          <Link to="/login" className="gf-zone-signin">
            <LoginOutlined /> {t("zone.signIn")}
          </Link>
        </div>
      </header>
      <section className="gf-zone-hero">
        <Typography.Title level={2} className="gf-zone-title">
          {t("zone.title")}
        </Typography.Title>
        <div className="gf-zone-sub">{t("zone.subtitle")}</div>
        {d?.period && (
          <div className="gf-zone-periodline" data-testid="zone-period">
            {t("zone.period", { period: d.period })}
            {d.quarter && ` · ${d.quarter}`}
          </div>
        )}
      </section>
      <main className="gf-zone-main">
        {q.error ? (
          <LoadError error={q.error} onRetry={() => void q.refetch()} />
        ) : !d ? (
          <Skeleton active paragraph={{ rows: 12 }} />
        ) : (
          <>
            <Typography.Title level={4}>{t("zone.headline")}</Typography.Title>
            {d.headline.length === 0 ? (
              <Alert type="info" showIcon title={t("zone.empty")} />
            ) : (
              <ZoneHeadline headline={d.headline} />
            )}
            <Row gutter={[16, 16]} style={{ marginTop: 24 }}>
              <Col xs={24} xl={15}>
                <Card variant="borderless" title={t("zone.targets")} style={{ height: "100%" }}>
                  <TargetProgressList items={targets} testId="zone-targets" />
                </Card>
              </Col>
              <Col xs={24} xl={9}>
                <Card variant="borderless" title={t("zone.methodologies")} style={{ height: "100%" }}>
                  <List
                    size="small"
                    dataSource={d.methodologies}
                    locale={{ emptyText: t("zone.empty") }}
                    data-testid="zone-methodologies"
                    renderItem={(m) => (
                      <List.Item>
                        <List.Item.Meta
                          avatar={<BookOutlined style={{ color: "#0b5d3f", fontSize: 18 }} />}
                          title={
                            <Link to={`/zone/methodologies/${encodeURIComponent(m.ref)}`}>
                              {lang === "en" ? m.nameEn : m.nameZh}
                            </Link>
                          }
                          description={`v${m.version}`}
                        />
                      </List.Item>
                    )}
                  />
                </Card>
              </Col>
            </Row>
          </>
        )}
        <div className="gf-zone-foot">
          {t("zone.footnote")} · {t("app.copyright")}
        </div>
      </main>
    </div>
  );
}
