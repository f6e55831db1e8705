import { CloudUploadOutlined, FileExcelOutlined, PaperClipOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Progress, Row, Space, Upload } from "antd";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { type PcafUploadProblem, pcafApi, pcafKeys, type TPcafBookCreated, uploadProblemsOf } from "../../../api/pcaf";
import { useSession } from "../../../app/auth";
import { useShowError } from "../../../lib/errors";
import { defaultPcafYear } from "../shared/format";
import { FormatHelp } from "./FormatHelp";
import { UploadProblems } from "./UploadProblems";

interface Values {
  year: number;
  label?: string;
}

const ACCEPT = ".csv,.xlsx";
const okType = (f: File) => /\.(csv|xlsx)$/i.test(f.name);

/** One file slot: a button that picks a .csv / .xlsx file, and the file chosen. */
function FilePick({
  file,
  onPick,
  testId,
  label,
}: {
  file: File | null;
  onPick: (f: File | null) => void;
  testId: string;
  label: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Space wrap>
      <Upload
        accept={ACCEPT}
        showUploadList={false}
        maxCount={1}
        beforeUpload={(f) => {
          if (!okType(f)) void message.error(t("pcaf.upload.wrongType"));
          else onPick(f);
          return false;
        }}
      >
        <Button icon={<PaperClipOutlined />} data-testid={testId}>
          {label}
        </Button>
      </Upload>
      {file ? (
        <span data-testid={`${testId}-name`}>
          <FileExcelOutlined style={{ color: "#1f7a3f", marginInlineEnd: 4 }} />
          {file.name} <span className="gf-pcaf-sub">({Math.max(1, Math.round(file.size / 1024))} KB)</span>
        </span>
      ) : (
        <span className="gf-pcaf-sub">{t("pcaf.upload.noFile")}</span>
      )}
    </Space>
  );
}

/** Upload a book: reporting year, a label, the positions file and the counterparties file; refused rows listed. */
export function UploadCard() {
  const { t } = useTranslation();
  const session = useSession();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [positions, setPositions] = useState<File | null>(null);
  const [counterparties, setCounterparties] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [created, setCreated] = useState<TPcafBookCreated | null>(null);
  const [refusal, setRefusal] = useState<{ problems: PcafUploadProblem[]; omitted: number; message: string } | null>(
    null,
  );

  const problemsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusal) problemsRef.current?.scrollIntoView({ behavior: "smooth", block: "start" });
  }, [refusal]);

  const submit = async (v: Values) => {
    if (!positions || !counterparties) {
      void message.warning(t("pcaf.upload.needFiles"));
      return;
    }
    setCreated(null);
    setRefusal(null);
    setProgress(0);
    try {
      const r = await pcafApi.upload(
        { year: v.year, label: v.label, positions, counterparties },
        session.csrfToken,
        setProgress,
      );
      setCreated(r);
      void message.success(r.created ? t("pcaf.upload.done") : t("pcaf.upload.repeat"));
      await qc.invalidateQueries({ queryKey: pcafKeys.all });
    } catch (e) {
      const problems = uploadProblemsOf(e);
      if (problems && problems.problems.length > 0)
        setRefusal({ ...problems, message: e instanceof Error ? e.message : "" });
      else showError(e, form);
    } finally {
      setProgress(null);
    }
  };

  return (
    <Card variant="borderless" title={t("pcaf.upload.title")} id="pcaf-upload" data-testid="pcaf-upload">
      <Row gutter={[24, 16]}>
        <Col xs={24} xl={10}>
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={{ year: defaultPcafYear() }}
            onFinish={submit}
            requiredMark={false}
          >
            <Row gutter={12}>
              <Col span={9}>
                <Form.Item name="year" label={t("pcaf.upload.year")} rules={[{ required: true }]}>
                  <InputNumber<number>
                    min={2000}
                    max={new Date().getFullYear()}
                    precision={0}
                    style={{ width: "100%" }}
                    data-testid="pcaf-upload-year"
                  />
                </Form.Item>
              </Col>
              <Col span={15}>
                <Form.Item name="label" label={t("pcaf.upload.label")} rules={[{ max: 200 }]}>
                  <Input placeholder={t("pcaf.upload.labelPlaceholder")} data-testid="pcaf-upload-label" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item label={t("pcaf.upload.positions")} required>
              <FilePick
                file={positions}
                onPick={setPositions}
                testId="pcaf-upload-positions"
                label={t("pcaf.upload.pick")}
              />
            </Form.Item>
            <Form.Item label={t("pcaf.upload.counterparties")} required>
              <FilePick
                file={counterparties}
                onPick={setCounterparties}
                testId="pcaf-upload-counterparties"
                label={t("pcaf.upload.pick")}
              />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              icon={<CloudUploadOutlined />}
              loading={progress !== null}
              disabled={!positions || !counterparties}
              data-testid="pcaf-upload-submit"
            >
              {t("pcaf.upload.submit")}
            </Button>
            {progress !== null && <Progress percent={progress} size="small" style={{ marginTop: 8 }} />}
          </Form>
          {created && (
            <Alert
              style={{ marginTop: 12 }}
              type={created.created ? "success" : "info"}
              showIcon
              data-testid="pcaf-upload-result"
              title={
                created.created
                  ? t("pcaf.upload.accepted", { positions: created.positions, counterparties: created.counterparties })
                  : t("pcaf.upload.repeat")
              }
              action={
                <Link to={`/carbon/pcaf/runs/${created.runId}`} data-testid="pcaf-upload-run-link">
                  <Button size="small">{t("pcaf.books.open")}</Button>
                </Link>
              }
            />
          )}
        </Col>
        <Col xs={24} xl={14}>
          <FormatHelp />
        </Col>
        {refusal && (
          <Col span={24} ref={problemsRef}>
            <UploadProblems problems={refusal.problems} omitted={refusal.omitted} message={refusal.message} />
          </Col>
        )}
      </Row>
    </Card>
  );
}
