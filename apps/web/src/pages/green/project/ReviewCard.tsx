import type { TGreenProjectDecision, TGreenProjectDetail } from "@greenfin/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Checkbox, Form, Input, Segmented, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { greenApi, greenKeys } from "../../../api/green";
import { useShowError } from "../../../lib/errors";
import { CategoryCascader } from "../shared/CategoryCascader";

type Action = TGreenProjectDecision["action"];
interface Values {
  categoryCode?: string;
  evidenceNote?: string;
  conditions?: string;
  blue?: boolean;
  transition?: boolean;
  teach?: boolean;
  term?: string;
  note?: string;
}

/** A reviewer certifies (category defaulting to the top proposal), returns or rejects a submitted project. */
export function ReviewCard({ p }: { p: TGreenProjectDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [action, setAction] = useState<Action>("certify");
  const [saving, setSaving] = useState(false);
  const top = p.classification.top?.code;
  const category = Form.useWatch("categoryCode", form);
  const differs = !!category && category !== top;

  const decide = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const body: TGreenProjectDecision =
      action === "certify"
        ? {
            action,
            categoryCode: v.categoryCode ?? "",
            evidenceNote: (v.evidenceNote ?? "").trim(),
            ...(v.conditions?.trim() ? { conditions: v.conditions.trim() } : {}),
            blue: !!v.blue,
            transition: !!v.transition,
            ...(differs && v.teach
              ? {
                  correction: v.term?.trim()
                    ? { kind: "term" as const, term: v.term.trim() }
                    : { kind: "fingerprint" as const },
                }
              : {}),
          }
        : { action, note: (v.note ?? "").trim() };
    setSaving(true);
    try {
      await greenApi.decide(p.id, body);
      void message.success(t("green.review.done"));
      await qc.invalidateQueries({ queryKey: greenKeys.all });
    } catch (e) {
      showError(e, form);
    } finally {
      setSaving(false);
    }
  };

  const req = { required: true, message: t("green.form.required") };
  return (
    <Card variant="borderless" title={t("green.review.title")} data-testid="green-review">
      <Segmented<Action>
        block
        value={action}
        onChange={setAction}
        data-testid="green-review-action"
        options={[
          { value: "certify", label: t("green.review.certify") },
          { value: "return", label: t("green.review.return") },
          { value: "reject", label: t("green.review.reject") },
        ]}
        style={{ marginBottom: 12 }}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          categoryCode: top,
          blue: p.classification.blue.relevant,
          transition: p.classification.transition.relevant,
          teach: true,
        }}
      >
        {action === "certify" ? (
          <>
            <Form.Item name="categoryCode" label={t("green.review.category")} rules={[req]}>
              <CategoryCascader testId="green-review-category" />
            </Form.Item>
            <Form.Item
              name="evidenceNote"
              label={t("green.review.evidenceNote")}
              rules={[req, { min: 4 }, { max: 4000 }]}
            >
              <Input.TextArea rows={3} placeholder={t("green.review.evidencePh")} data-testid="green-review-evidence" />
            </Form.Item>
            <Form.Item name="conditions" label={t("green.review.conditions")} rules={[{ max: 4000 }]}>
              <Input.TextArea rows={2} data-testid="green-review-conditions" />
            </Form.Item>
            <Space>
              <Form.Item name="blue" valuePropName="checked" noStyle>
                <Checkbox>{t("green.review.blue")}</Checkbox>
              </Form.Item>
              <Form.Item name="transition" valuePropName="checked" noStyle>
                <Checkbox>{t("green.review.transition")}</Checkbox>
              </Form.Item>
            </Space>
            {differs && (
              <div style={{ marginTop: 12 }}>
                <Form.Item
                  name="teach"
                  valuePropName="checked"
                  tooltip={t("green.review.correctionHint")}
                  style={{ marginBottom: 4 }}
                >
                  <Checkbox>{t("green.review.correction")}</Checkbox>
                </Form.Item>
                <Form.Item name="term" label={t("green.review.correctionTerm")} rules={[{ max: 40 }]}>
                  <Input />
                </Form.Item>
              </div>
            )}
          </>
        ) : (
          <Form.Item name="note" label={t("green.review.note")} rules={[req, { min: 4 }, { max: 4000 }]}>
            <Input.TextArea rows={3} placeholder={t("green.review.notePh")} data-testid="green-review-note" />
          </Form.Item>
        )}
        <Button
          type="primary"
          danger={action === "reject"}
          block
          loading={saving}
          onClick={() => void decide()}
          style={{ marginTop: 12 }}
          data-testid="green-review-submit"
        >
          {t(`green.review.${action}`)}
        </Button>
      </Form>
    </Card>
  );
}
