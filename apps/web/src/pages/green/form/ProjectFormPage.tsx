import { useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Col, Form, Row, Space } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router-dom";
import { greenApi, greenKeys, useGreenProject } from "../../../api/green";
import { useSession } from "../../../app/auth";
import { Forbidden } from "../../../components/Forbidden";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { useShowError } from "../../../lib/errors";
import { canSubmitProject, isFinancial } from "../shared/access";
import { ClassificationPanel } from "../shared/ClassificationPanel";
import { BenefitLinesEditor } from "./BenefitLinesEditor";
import { BenefitPreview } from "./BenefitPreview";
import { fromDetail, type ProjectFormValues, toInput, withDottedPaths } from "./formValues";
import { ParametersList } from "./ParametersList";
import { ProjectBasicsFields } from "./ProjectBasicsFields";
import { useLiveClassification } from "./useLivePreviews";
import "../shared/green.css";

/** /green/projects/new and /green/projects/:id/edit — submit a project, or correct a returned one and resubmit. */
export default function ProjectFormPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const session = useSession();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [form] = Form.useForm<ProjectFormValues>();
  const existing = useGreenProject(id);
  const [saving, setSaving] = useState(false);
  const values = Form.useWatch([], form) as ProjectFormValues | undefined;
  const classification = useLiveClassification(values ?? {});
  const suggested = classification.data?.top?.code ?? values?.declaredCategory ?? null;

  useEffect(() => {
    if (existing.data) form.setFieldsValue(fromDetail(existing.data));
  }, [existing.data, form]);

  if (!canSubmitProject(session.activeOrg.kind, session.role)) return <Forbidden />;
  if (id && existing.error) return <LoadError error={existing.error} onRetry={() => void existing.refetch()} />;

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) {
      void message.warning(t("green.form.fixErrors"));
      return;
    }
    setSaving(true);
    try {
      const body = toInput(form.getFieldsValue(true) as ProjectFormValues);
      const saved = id ? await greenApi.resubmit(id, body, session.csrfToken) : await greenApi.submit(body);
      void message.success(t("green.form.submitted", { refNo: saved.refNo }));
      await qc.invalidateQueries({ queryKey: greenKeys.all });
      navigate(`/green/projects/${saved.id}`);
    } catch (e) {
      showError(withDottedPaths(e), form);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div data-testid="page-green-form">
      <PageHeader
        title={id ? t("green.form.titleEdit") : t("green.form.titleNew")}
        subtitle={existing.data ? `${existing.data.refNo} · ${existing.data.name}` : t("green.form.subtitle")}
      />
      {existing.data?.returnNote && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("green.form.returnedNote")}
          description={existing.data.returnNote}
        />
      )}
      <Form<ProjectFormValues>
        form={form}
        layout="vertical"
        initialValues={{ eiaStatus: "approved", parameters: [], expectedBenefits: [] }}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} xl={14}>
            <Space orientation="vertical" size={16} style={{ width: "100%" }}>
              <Card variant="borderless" title={t("green.form.basics")}>
                <ProjectBasicsFields needsOwner={isFinancial(session.activeOrg.kind)} />
              </Card>
              <Card variant="borderless" title={t("green.form.parameters")}>
                <div className="gf-green-sub" style={{ marginBottom: 8 }}>
                  {t("green.form.parametersHint")}
                </div>
                <ParametersList />
              </Card>
              <Card variant="borderless" title={t("green.form.benefits")}>
                <div className="gf-green-sub" style={{ marginBottom: 8 }}>
                  {t("green.form.benefitsHint")}
                </div>
                <BenefitLinesEditor listName="expectedBenefits" suggestFor={suggested} />
                <div style={{ marginTop: 12 }}>
                  <BenefitPreview lines={values?.expectedBenefits} year={values?.operationYear ?? undefined} />
                </div>
              </Card>
              <Space>
                <Button
                  type="primary"
                  size="large"
                  loading={saving}
                  onClick={() => void save()}
                  data-testid="green-form-submit"
                >
                  {id ? t("green.form.resubmit") : t("green.form.submit")}
                </Button>
                <Button size="large" onClick={() => navigate(-1)}>
                  {t("green.form.cancel")}
                </Button>
              </Space>
            </Space>
          </Col>
          <Col xs={24} xl={10}>
            <Card variant="borderless" title={t("green.classify.title")} className="gf-green-sticky">
              <div className="gf-green-sub" style={{ marginBottom: 8 }}>
                {t("green.classify.hint")}
              </div>
              {classification.error ? (
                <LoadError error={classification.error} />
              ) : (
                <ClassificationPanel
                  classification={classification.data}
                  description={values?.description ?? ""}
                  loading={classification.isFetching}
                />
              )}
            </Card>
          </Col>
        </Row>
      </Form>
    </div>
  );
}
