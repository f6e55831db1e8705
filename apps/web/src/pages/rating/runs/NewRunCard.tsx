import { PlayCircleOutlined } from "@ant-design/icons";
import { type TJob, type TStartRatingRun, zStartRatingRun } from "@greenfin/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Col, DatePicker, Form, Row, Select, Space } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { ratingApi } from "../../../api/rating";
import { JobProgress } from "../../../components/JobProgress";
import { useShowError } from "../../../lib/errors";
import { useLang } from "../../../lib/labels";
import { useRequestCheck } from "../../../lib/requestCheck";
import { bi } from "../shared/format";
import { rk, useMethodologies } from "../shared/queries";

interface Values {
  methodology: string;
  periodYear: number;
  asOf?: Dayjs | null;
}

/** A rating agency's analyst starts a run; the job's progress shows until every result is written. */
export function NewRunCard() {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const check = useRequestCheck();
  const methodologies = useMethodologies();
  const [form] = Form.useForm<Values>();
  const [started, setStarted] = useState<{ runId: string; jobId: string } | null>(null);
  const [finished, setFinished] = useState<TJob["status"] | null>(null);
  const thisYear = dayjs().year();
  const years = Array.from({ length: 8 }, (_, i) => thisYear - i);

  const start = useMutation({
    mutationFn: (body: TStartRatingRun) => ratingApi.startRun(body),
    onSuccess: (r) => {
      setFinished(null);
      setStarted({ runId: r.run.id, jobId: r.job.id });
      void message.info(t("rating.newRun.started"));
      void qc.invalidateQueries({ queryKey: rk.runs });
    },
    onError: (e) => showError(e, form),
  });

  const onDone = useCallback(
    (job: TJob) => {
      setFinished(job.status);
      void qc.invalidateQueries({ queryKey: rk.all });
      if (job.status === "succeeded") {
        const count = (job.result as { entityCount?: number } | null)?.entityCount;
        void message.success(t("rating.newRun.done", { count: count ?? 0 }));
      } else void message.error(t("rating.newRun.failed"));
    },
    [qc, message, t],
  );

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const body = check(
      zStartRatingRun,
      { methodology: v.methodology, periodYear: v.periodYear, asOf: v.asOf ? v.asOf.format("YYYY-MM-DD") : undefined },
      form,
    );
    if (body) start.mutate(body);
  };

  return (
    <Card variant="borderless" title={t("rating.newRun.title")} data-testid="new-run-card">
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ periodYear: thisYear - 1, methodology: "enterprise-esg@2026.1" }}
        requiredMark={false}
      >
        <Row gutter={16} align="bottom">
          <Col xs={24} md={9}>
            <Form.Item name="methodology" label={t("rating.newRun.methodology")} rules={[{ required: true }]}>
              <Select
                data-testid="new-run-methodology"
                loading={methodologies.isPending}
                options={(methodologies.data ?? []).map((m) => ({
                  value: m.ref,
                  label: `${bi(m.name, lang)} · ${m.version}`,
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="periodYear" label={t("rating.newRun.year")} rules={[{ required: true }]}>
              <Select
                data-testid="new-run-year"
                options={years.map((y) => ({ value: y, label: t("rating.field.periodYear", { year: y }) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="asOf" label={t("rating.newRun.asOf")} tooltip={t("rating.newRun.asOfHelp")}>
              <DatePicker
                style={{ width: "100%" }}
                data-testid="new-run-asof"
                disabledDate={(d) => d.isAfter(dayjs(), "day")}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={5}>
            <Form.Item>
              <Button
                type="primary"
                icon={<PlayCircleOutlined />}
                onClick={submit}
                loading={start.isPending}
                disabled={!!started && finished === null}
                block
                data-testid="new-run-submit"
              >
                {t("rating.newRun.submit")}
              </Button>
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {started && (
        <Space orientation="vertical" style={{ width: "100%" }}>
          <JobProgress key={started.jobId} jobId={started.jobId} onDone={onDone} />
          {finished === "succeeded" && (
            <Link to={`/rating/runs/${started.runId}`} data-testid="new-run-open">
              <Button type="link" style={{ paddingInline: 0 }}>
                {t("rating.newRun.openRun")}
              </Button>
            </Link>
          )}
        </Space>
      )}
    </Card>
  );
}
