import { type TRatingResultDetail, zProposeOverride } from "@greenfin/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, App, Form, Input, Modal, Select, Space } from "antd";
import { useTranslation } from "react-i18next";
import { ratingApi } from "../../../api/rating";
import { useFormDialog } from "../../../lib/useFormDialog";
import { rk } from "../shared/queries";
import { GradeBadge } from "../shared/widgets";

interface Values {
  toGrade: string;
  rationale: string;
}

/** An analyst proposes another grade, at most `maxNotches` from the computed one, with a written rationale. */
export function OverrideModal({
  open,
  onClose,
  detail,
  grades,
  maxNotches,
}: {
  open: boolean;
  onClose: () => void;
  detail: TRatingResultDetail;
  grades: readonly string[];
  maxNotches: number;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const computed = detail.result.computedGrade;
  const at = grades.indexOf(computed);
  // Best grade first: a smaller index is an upgrade.
  const options = grades
    .map((g, i) => ({ g, notches: at - i }))
    .filter((o) => o.notches !== 0 && Math.abs(o.notches) <= maxNotches)
    .map((o) => ({
      value: o.g,
      label: (
        <Space>
          <GradeBadge grade={o.g} grades={grades} size="small" />
          <span>{t("rating.override.notches", { sign: o.notches > 0 ? "+" : "−", count: Math.abs(o.notches) })}</span>
        </Space>
      ),
    }));
  const { form, submit, pending } = useFormDialog<Values, { toGrade: string; rationale: string }, unknown>({
    open,
    defaults: () => ({}),
    schema: zProposeOverride,
    toBody: (v) => ({ toGrade: v.toGrade, rationale: v.rationale }),
    send: (body) => ratingApi.proposeOverride(detail.result.id, body),
    onDone: () => {
      void message.success(t("rating.override.proposed"));
      void qc.invalidateQueries({ queryKey: rk.all });
      onClose();
    },
  });
  return (
    <Modal
      open={open}
      title={t("rating.override.title")}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={pending}
      okText={t("rating.override.submit")}
      okButtonProps={{ "data-testid": "override-submit" }}
      destroyOnHidden
      width={560}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t("rating.override.intro", { grade: computed, max: maxNotches })}
      />
      <Form<Values> form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="toGrade" label={t("rating.override.toGrade")} rules={[{ required: true }]}>
          <Select options={options} data-testid="override-grade" />
        </Form.Item>
        <Form.Item
          name="rationale"
          label={t("rating.override.rationale")}
          rules={[
            { required: true, message: t("validation.required") },
            { min: 20, message: t("rating.override.rationaleTooShort") },
          ]}
        >
          <Input.TextArea
            rows={5}
            maxLength={4000}
            showCount
            placeholder={t("rating.override.rationalePlaceholder")}
            data-testid="override-rationale"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
