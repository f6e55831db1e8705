import { SafetyCertificateOutlined } from "@ant-design/icons";
import { Alert, Card, Col, Progress, Row, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import type { TPcafRunDetail } from "../../../api/pcaf";

/**
 * How the counterparties' emissions were found: on the platform or not, accounts used, consent missing; and the
 * Scope 3 positions PCAF already requires. Consent grants from the enterprises are what unlock DQ 1–2.
 */
export function PlatformCard({ run }: { run: TPcafRunDetail }) {
  const { t } = useTranslation();
  const p = run.platform;
  const share = (n: number) => (p.counterparties > 0 ? Math.round((n / p.counterparties) * 100) : 0);
  const figures = [
    { key: "counterparties", value: p.counterparties, colour: "#1f2d27" },
    { key: "onPlatform", value: p.onPlatform, colour: "#2f6fb0" },
    { key: "accountsUsed", value: p.accountsUsed, colour: "#1f7a3f" },
    { key: "withoutConsent", value: p.withoutConsent, colour: "#c98a1a" },
    { key: "withoutAccount", value: p.withoutAccount, colour: "#8c8c8c" },
  ] as const;
  return (
    <Card
      variant="borderless"
      title={
        <span>
          <SafetyCertificateOutlined style={{ color: "#1f7a3f", marginInlineEnd: 8 }} />
          {t("pcaf.platform.title")}
        </span>
      }
      style={{ height: "100%" }}
      data-testid="pcaf-platform"
    >
      <Row gutter={[12, 12]}>
        {figures.map((f) => (
          <Col key={f.key} flex="1 1 120px">
            <Tooltip title={t(`pcaf.platform.hint.${f.key}`)}>
              <div data-testid={`pcaf-platform-${f.key}`}>
                <div className="gf-pcaf-sub">{t(`pcaf.platform.${f.key}`)}</div>
                <div className="gf-pcaf-platform-figure" style={{ color: f.colour }}>
                  {f.value.toLocaleString("en-US")}
                </div>
              </div>
            </Tooltip>
          </Col>
        ))}
      </Row>
      {p.counterparties > 0 && (
        <Progress
          style={{ marginTop: 8 }}
          percent={share(p.onPlatform)}
          success={{ percent: share(p.accountsUsed), strokeColor: "#1f7a3f" }}
          strokeColor="#c98a1a"
          showInfo={false}
        />
      )}
      <div className="gf-pcaf-sub" style={{ marginBottom: 12 }}>
        {t("pcaf.platform.legend")}
      </div>
      <Alert type="info" showIcon title={t("pcaf.platform.explain")} style={{ marginBottom: 12 }} />
      {run.scope3.requiredPositions > 0 && (
        <Alert
          type={run.scope3.missingPositions > 0 ? "warning" : "success"}
          showIcon
          data-testid="pcaf-scope3"
          title={t("pcaf.platform.scope3", {
            required: run.scope3.requiredPositions,
            missing: run.scope3.missingPositions,
          })}
        />
      )}
    </Card>
  );
}
