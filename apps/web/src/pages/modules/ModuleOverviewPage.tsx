import { InfoCircleOutlined, SafetyCertificateOutlined, ToolOutlined } from "@ant-design/icons";
import { Alert, Card, Col, Row, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useSession } from "../../app/auth";
import { useLang } from "../../lib/labels";
import { MODULE_ICONS, type ModuleKey } from "../../lib/modules";
import { MODULE_CONTENT } from "./content";

/** Decorative concentric rings for the hero banner. */
function HeroArt() {
  return (
    <svg className="gf-hero-art" width="260" height="180" viewBox="0 0 260 180" aria-hidden="true">
      {[40, 70, 100, 130].map((r) => (
        <circle key={r} cx="200" cy="150" r={r} fill="none" stroke="#fff" strokeWidth="1.5" />
      ))}
      <path d="M150 120c0-40 30-70 80-72-4 46-34 74-80 72z" fill="#fff" />
    </svg>
  );
}

/**
 * An honest placeholder for a module not built yet: what it will do for this kind of organisation.
 * Deliberately shows no figures.
 */
export default function ModuleOverviewPage({ module }: { module: ModuleKey }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { activeOrg } = useSession();
  const content = MODULE_CONTENT[module];
  const l = lang === "en" ? "en" : "zh";
  const bullets = content.kinds[activeOrg.kind][l];

  return (
    <div data-testid={`module-${module}`}>
      <div className="gf-module-hero">
        <HeroArt />
        <Space size={10}>
          <span style={{ fontSize: 22 }}>{MODULE_ICONS[module]}</span>
          <Tag icon={<ToolOutlined />} color="gold" data-testid="in-development">
            {t("common.inDevelopment")}
          </Tag>
        </Space>
        <h2>{t(`nav.${module}`)}</h2>
        <p>{content.intro[l]}</p>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card
            variant="borderless"
            title={t("modules.forYou", { kind: t(`kinds.${activeOrg.kind}`) })}
            style={{ height: "100%" }}
          >
            <ul className="gf-bullets" data-testid="module-bullets">
              {bullets.map((b, i) => (
                <li key={b}>
                  <span className="gf-bullet-no">{i + 1}</span>
                  <span>{b}</span>
                </li>
              ))}
            </ul>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Space orientation="vertical" size={16} style={{ width: "100%" }}>
            <Card variant="borderless" title={t("modules.related")}>
              <Space size={[6, 8]} wrap style={{ marginBottom: 12 }}>
                {content.scopes.map((s) => (
                  <Tag key={s} color="green">
                    {t(`scopes.${s}`)}
                  </Tag>
                ))}
              </Space>
              <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
                {t("home.grantsIntro")}
              </Typography.Paragraph>
              <Link to="/admin/grants">
                <SafetyCertificateOutlined /> {t("modules.grantsLink")}
              </Link>
            </Card>
            <Alert
              type="info"
              showIcon
              icon={<InfoCircleOutlined />}
              title={t("common.inDevelopment")}
              description={t("modules.notice")}
            />
          </Space>
        </Col>
      </Row>
    </div>
  );
}
