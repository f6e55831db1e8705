import { DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, Progress, Row, Steps, Typography, Upload } from "antd";
import { useTranslation } from "react-i18next";
import { disclosuresApi } from "../../../../api/disclosure";
import { useDownload } from "../../shared/useDownload";
import { ImportOutcomeView } from "./ImportOutcomeView";
import { useImport } from "./useImport";

/** 导入: download the prefilled template, fill it in Excel (or write CSV), upload; all or nothing is saved. */
export function ImportTab({ disclosureId, year, editable }: { disclosureId: string; year: number; editable: boolean }) {
  const { t } = useTranslation();
  const { download, busy } = useDownload();
  const { customRequest, progress, outcome } = useImport(disclosureId);

  return (
    <div data-testid="import-tab">
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card size="small" variant="outlined" title={t("disclosure.import.howTitle")}>
            <Steps
              orientation="vertical"
              size="small"
              current={-1}
              items={[
                { status: "process", title: t("disclosure.import.step1"), content: t("disclosure.import.step1Hint") },
                { status: "process", title: t("disclosure.import.step2"), content: t("disclosure.import.step2Hint") },
                { status: "process", title: t("disclosure.import.step3"), content: t("disclosure.import.step3Hint") },
              ]}
            />
            <Button
              icon={<DownloadOutlined />}
              block
              loading={busy === "template"}
              onClick={() =>
                void download("template", disclosuresApi.workbookUrl(disclosureId), `ESG-template-${year}.xlsx`)
              }
              data-testid="import-template"
            >
              {t("disclosure.import.template")}
            </Button>
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          {!editable && (
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t("disclosure.import.locked")} />
          )}
          <div className="gf-dsc-dropzone">
            <Upload.Dragger
              accept=".xlsx,.csv"
              multiple={false}
              showUploadList={false}
              disabled={!editable || progress !== null}
              customRequest={customRequest}
              data-testid="import-upload"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t("disclosure.import.drop")}</p>
              <p className="ant-upload-hint">{t("disclosure.import.dropHint")}</p>
            </Upload.Dragger>
          </div>
          {progress !== null && (
            <div style={{ marginTop: 12 }} data-testid="import-progress">
              <Typography.Text type="secondary">{t("disclosure.import.uploading")}</Typography.Text>
              <Progress percent={progress} status="active" />
            </div>
          )}
        </Col>
      </Row>
      {outcome && (
        <div style={{ marginTop: 16 }}>
          <ImportOutcomeView outcome={outcome} />
        </div>
      )}
    </div>
  );
}
