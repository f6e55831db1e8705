import { FileExcelOutlined, FilePdfOutlined, FileTextOutlined, GlobalOutlined } from "@ant-design/icons";
import type { TDisclosure } from "@greenfin/contracts";
import { Button, Card, Col, Form, Radio, Row, Select, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { disclosuresApi } from "../../../../api/disclosure";
import { useLang } from "../../../../lib/labels";
import { useDownload } from "../../shared/useDownload";

/** 报告: the disclosure report by framework and language (PDF or HTML), and the data as JSON, CSV or Excel. */
export function ReportsTab({ disclosure: d }: { disclosure: TDisclosure }) {
  const { t } = useTranslation();
  const uiLang = useLang();
  const { download, busy } = useDownload();
  const [framework, setFramework] = useState(d.frameworks[0] ?? "");
  const [lang, setLang] = useState<"zh" | "en">(uiLang === "en" ? "en" : "zh");
  const [revision, setRevision] = useState<number | undefined>(undefined);
  const rev = revision === undefined ? {} : { revision };
  const base = `${d.period.year}-${framework}`;

  return (
    <Row gutter={[16, 16]} data-testid="reports-tab">
      <Col xs={24} lg={14}>
        <Card size="small" variant="outlined" title={t("disclosure.reports.reportTitle")}>
          <Form layout="vertical">
            <Form.Item label={t("disclosure.reports.framework")}>
              <Select
                style={{ maxWidth: 360 }}
                value={framework}
                onChange={setFramework}
                data-testid="report-framework"
                options={d.frameworks.map((f) => ({ value: f, label: f }))}
              />
            </Form.Item>
            <Form.Item label={t("disclosure.reports.language")}>
              <Radio.Group
                optionType="button"
                value={lang}
                onChange={(e) => setLang(e.target.value as "zh" | "en")}
                data-testid="report-lang"
                options={[
                  { value: "zh", label: "中文" },
                  { value: "en", label: "English" },
                ]}
              />
            </Form.Item>
            <Form.Item label={t("disclosure.reports.revision")} extra={t("disclosure.reports.revisionHint")}>
              <Select
                style={{ maxWidth: 360 }}
                allowClear
                value={revision}
                onChange={setRevision}
                placeholder={t("disclosure.reports.latest")}
                options={d.revisions.map((r) => ({
                  value: r.revision,
                  label: `${t("disclosure.revisions.revisionN", { revision: r.revision })} · ${t(`disclosure.revisions.outcomes.${r.outcome}`)}`,
                }))}
              />
            </Form.Item>
          </Form>
          <Space wrap>
            <Button
              type="primary"
              icon={<FilePdfOutlined />}
              loading={busy === "pdf"}
              onClick={() =>
                void download(
                  "pdf",
                  disclosuresApi.reportUrl(d.id, { framework, lang, format: "pdf", ...rev }),
                  `ESG-report-${base}.pdf`,
                )
              }
              data-testid="report-download-pdf"
            >
              {t("disclosure.reports.pdf")}
            </Button>
            <Button
              icon={<GlobalOutlined />}
              href={disclosuresApi.reportUrl(d.id, { framework, lang, format: "html", ...rev })}
              target="_blank"
              rel="noopener"
              data-testid="report-open-html"
            >
              {t("disclosure.reports.html")}
            </Button>
          </Space>
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card size="small" variant="outlined" title={t("disclosure.reports.exportTitle")}>
          <Typography.Paragraph type="secondary">{t("disclosure.reports.exportHint")}</Typography.Paragraph>
          <Space wrap>
            {(
              [
                ["json", <FileTextOutlined key="j" />],
                ["csv", <FileTextOutlined key="c" />],
                ["xlsx", <FileExcelOutlined key="x" />],
              ] as const
            ).map(([format, icon]) => (
              <Button
                key={format}
                icon={icon}
                loading={busy === format}
                onClick={() =>
                  void download(
                    format,
                    disclosuresApi.exportUrl(d.id, { format, ...rev }),
                    `ESG-data-${d.period.year}.${format}`,
                  )
                }
                data-testid={`export-${format}`}
              >
                {t(`disclosure.reports.${format}`)}
              </Button>
            ))}
          </Space>
        </Card>
      </Col>
    </Row>
  );
}
