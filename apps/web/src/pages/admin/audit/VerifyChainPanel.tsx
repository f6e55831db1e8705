import { SafetyCertificateOutlined } from "@ant-design/icons";
import { type TJob, zAuditVerification } from "@greenfin/contracts";
import { useMutation } from "@tanstack/react-query";
import { Alert, Button, Card, Table } from "antd";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { auditApi } from "../../../api/admin";
import { JobProgress } from "../../../components/JobProgress";
import { useShowError } from "../../../lib/errors";

type Verification = ReturnType<typeof zAuditVerification.parse>;

/** District admins re-check the whole hash chain in a background job and see the outcome. */
export function VerifyChainPanel() {
  const { t } = useTranslation();
  const showError = useShowError();
  const [jobId, setJobId] = useState<string | null>(null);
  const [result, setResult] = useState<Verification | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: auditApi.verify,
    onSuccess: (job) => {
      setResult(null);
      setFailure(null);
      setJobId(job.id);
    },
    onError: (e) => showError(e),
  });

  const onDone = useCallback((job: TJob) => {
    if (job.status === "failed") {
      setFailure(job.error ?? job.message ?? "");
      return;
    }
    const parsed = zAuditVerification.safeParse(job.result);
    if (parsed.success) setResult(parsed.data);
    else setFailure(JSON.stringify(job.result));
  }, []);

  const running = !!jobId && !result && failure === null;
  return (
    <Card
      variant="borderless"
      title={t("audit.verifyTitle")}
      style={{ marginBottom: 16 }}
      extra={
        <Button
          type="primary"
          icon={<SafetyCertificateOutlined />}
          loading={start.isPending || running}
          onClick={() => start.mutate()}
          data-testid="audit-verify"
        >
          {t("audit.verify")}
        </Button>
      }
    >
      {jobId ? (
        <div style={{ display: "grid", gap: 12 }}>
          <JobProgress key={jobId} jobId={jobId} onDone={onDone} />
          {result?.ok && (
            <Alert
              type="success"
              showIcon
              title={t("audit.verifyOk", { checked: result.checked })}
              data-testid="audit-verify-ok"
            />
          )}
          {result && !result.ok && (
            <>
              <Alert
                type="error"
                showIcon
                title={t("audit.verifyBroken", { count: result.breaks.length, checked: result.checked })}
                data-testid="audit-verify-broken"
              />
              <Table
                size="small"
                rowKey={(b) => `${b.seq}-${b.reason}`}
                pagination={false}
                dataSource={result.breaks}
                columns={[
                  { title: t("audit.seq"), dataIndex: "seq", width: 100 },
                  { title: t("audit.reason"), dataIndex: "reason" },
                  {
                    title: t("audit.expectedSeq"),
                    dataIndex: "expectedSeq",
                    width: 140,
                    render: (v?: number) => v ?? "—",
                  },
                ]}
              />
            </>
          )}
          {failure !== null && <Alert type="error" showIcon title={t("job.failed")} description={failure} />}
        </div>
      ) : (
        <div style={{ color: "rgba(0,0,0,0.5)" }}>{t("audit.subtitle")}</div>
      )}
    </Card>
  );
}
