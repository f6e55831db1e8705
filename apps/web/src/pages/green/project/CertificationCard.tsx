import { CheckCircleOutlined, ExclamationCircleOutlined } from "@ant-design/icons";
import type { TGreenProjectDetail } from "@greenfin/contracts";
import { Alert, Card, Descriptions, Empty, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../lib/labels";
import { fmtWhen } from "../shared/format";

/** The reviewer's certification (or the note of a return / rejection). */
export function CertificationCard({ p }: { p: TGreenProjectDetail }) {
  const { t } = useTranslation();
  const en = useLang() === "en";
  const c = p.certification;
  return (
    <Card variant="borderless" title={t("green.project.certification")} data-testid="green-certification">
      {p.returnNote && (
        <Alert
          type={p.status === "rejected" ? "error" : "warning"}
          showIcon
          style={{ marginBottom: 12 }}
          title={t("green.project.returnNote")}
          description={p.returnNote}
        />
      )}
      {!c ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("green.project.notCertified")} />
      ) : (
        <Descriptions size="small" column={1} bordered styles={{ label: { whiteSpace: "nowrap", width: 120 } }}>
          <Descriptions.Item label={t("green.project.certificateNo")}>
            <span className="gf-green-mono" data-testid="green-certificate-no">
              {c.certificateNo}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t("green.project.categoryPath")}>
            <span data-testid="green-certified-category" data-code={c.category.code}>
              <b className="gf-green-mono">{c.category.code}</b>{" "}
              {(en ? c.category.pathEn : c.category.pathZh).join(" › ")}
            </span>
            <div style={{ marginTop: 4 }}>
              {c.blue && <Tag color="blue">{t("green.project.blue")}</Tag>}
              {c.transition && <Tag color="orange">{t("green.project.transition")}</Tag>}
              {c.agreedWithClassifier ? (
                <Tag icon={<CheckCircleOutlined />} color="success">
                  {t("green.project.agreed")}
                </Tag>
              ) : (
                <Tag icon={<ExclamationCircleOutlined />} color="warning">
                  {t("green.project.disagreed")}
                </Tag>
              )}
            </div>
          </Descriptions.Item>
          <Descriptions.Item label={t("green.project.evidenceNote")}>
            <div style={{ whiteSpace: "pre-wrap" }}>{c.evidenceNote}</div>
          </Descriptions.Item>
          <Descriptions.Item label={t("green.project.conditions")}>{c.conditions ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t("green.project.certifiedBy")}>
            {c.certifiedBy} · {c.certifierOrg}
            <div className="gf-green-sub">{fmtWhen(c.certifiedAt)}</div>
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
