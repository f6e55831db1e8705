import { ArrowLeftOutlined } from "@ant-design/icons";
import type { TDisclosure, TDisclosureTemplate } from "@greenfin/contracts";
import { Alert, Button, Card, Descriptions, Space, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { formatDateTime } from "../../../lib/dates";
import { orgName, useLang } from "../../../lib/labels";
import { DisclosureStatusTag } from "../shared/DisclosureStatusTag";
import { FrameworkProgress } from "./FrameworkProgress";

/** Who, which year, status and revision, the workflow buttons, and the progress per framework. */
export function WorkspaceHeader({
  disclosure: d,
  template,
  actions,
}: {
  disclosure: TDisclosure;
  template: TDisclosureTemplate | undefined;
  actions: ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const names = Object.fromEntries(
    (template?.frameworks ?? []).map((f) => [f.code, lang === "en" ? f.nameEn : f.nameZh]),
  );
  const latest = d.revisions[0];
  return (
    <>
      <div className="gf-page-head">
        <Space size={12} align="start">
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            aria-label={t("disclosure.workspace.back")}
            onClick={() => navigate("/disclosure")}
          />
          <div>
            <Typography.Title level={3} className="gf-page-title" data-testid="workspace-title">
              {t("disclosure.workspace.title", { org: orgName(d.organisation, lang), year: d.period.year })}
            </Typography.Title>
            <Space size={6} wrap className="gf-page-sub" style={{ marginTop: 4 }}>
              <DisclosureStatusTag status={d.status} testId="status-tag" />
              {d.entityKind === "portfolio_company" && <Tag color="magenta">{t("disclosure.list.portfolioTag")}</Tag>}
              <span>{t("disclosure.workspace.revision", { revision: d.revision })}</span>
              <span>· {t("disclosure.workspace.catalogue", { version: d.catalogueVersion })}</span>
              {d.shownRevision !== null && (
                <span>· {t("disclosure.workspace.shown", { revision: d.shownRevision })}</span>
              )}
            </Space>
          </div>
        </Space>
        <div>{actions}</div>
      </div>
      {d.status === "returned" && latest?.decisionNote && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("disclosure.workspace.returnedNote", { date: formatDateTime(latest.decidedAt, lang) })}
          description={latest.decisionNote}
        />
      )}
      <Card variant="borderless" style={{ marginBottom: 16 }} styles={{ body: { padding: "16px 20px" } }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          style={{ marginBottom: 12 }}
          items={[
            {
              key: "frameworks",
              label: t("disclosure.list.frameworks"),
              children: (
                <Space size={[4, 4]} wrap>
                  {d.frameworks.map((f) => (
                    <Tag key={f} color="green" title={names[f]}>
                      {f}
                    </Tag>
                  ))}
                </Space>
              ),
            },
            { key: "period", label: t("disclosure.workspace.period"), children: `${d.period.start} ~ ${d.period.end}` },
            {
              key: "submitted",
              label: t("disclosure.workspace.lastSubmitted"),
              children: latest ? formatDateTime(latest.submittedAt, lang) : t("common.none"),
            },
          ]}
        />
        <FrameworkProgress completeness={d.completeness} names={names} />
      </Card>
    </>
  );
}
