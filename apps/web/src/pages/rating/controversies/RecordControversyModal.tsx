import { zRecordControversy } from "@greenfin/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { App, Col, DatePicker, Form, Input, Modal, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { type RecordControversy, ratingApi } from "../../../api/rating";
import { useFormDialog } from "../../../lib/useFormDialog";
import { maybe } from "../shared/format";
import { rk } from "../shared/queries";
import { useMethodologyLookup } from "../shared/useMethodologyLookup";
import { EntitySelect } from "./EntitySelect";

interface Values {
  entityId: string;
  date: Dayjs;
  severity: number;
  category: string;
  status: string;
  source: string;
  description: string;
}

/** The district or a rating agency records an event about an organisation; later runs deduct it. */
export function RecordControversyModal({
  open,
  onClose,
  entityId,
}: {
  open: boolean;
  onClose: () => void;
  entityId?: string | undefined;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const m = useMethodologyLookup();
  const { form, submit, pending } = useFormDialog<Values, RecordControversy, unknown>({
    open,
    defaults: () => ({ entityId, severity: 2, status: "alleged", date: dayjs() }),
    schema: zRecordControversy,
    toBody: (v) => ({
      entityId: v.entityId,
      date: v.date?.format("YYYY-MM-DD"),
      severity: v.severity,
      category: v.category,
      status: v.status,
      source: v.source,
      description: v.description,
    }),
    send: (body) => ratingApi.recordControversy(body),
    onDone: () => {
      void message.success(t("rating.controversy.recorded"));
      void qc.invalidateQueries({ queryKey: rk.all });
      onClose();
    },
  });
  return (
    <Modal
      open={open}
      title={t("rating.controversy.record")}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={pending}
      okButtonProps={{ "data-testid": "controversy-submit" }}
      width={640}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="entityId" label={t("rating.controversy.entity")} rules={[{ required: true }]}>
          <EntitySelect testId="controversy-entity" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="date" label={t("rating.controversy.date")} rules={[{ required: true }]}>
              <DatePicker
                style={{ width: "100%" }}
                disabledDate={(d) => d.isAfter(dayjs(), "day")}
                data-testid="controversy-date"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="severity" label={t("rating.controversy.severity")} rules={[{ required: true }]}>
              <Select
                data-testid="controversy-severity"
                options={[1, 2, 3, 4, 5].map((n) => ({
                  value: n,
                  label: t("rating.severityLabel", { level: n, label: maybe(t, `rating.severity.${n}`, "") }),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="status" label={t("rating.controversy.status")} rules={[{ required: true }]}>
              <Select options={m.statusOptions} data-testid="controversy-status-select" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="category" label={t("rating.controversy.category")} rules={[{ required: true }]}>
          <Select options={m.categoryOptions} data-testid="controversy-category" />
        </Form.Item>
        <Form.Item name="source" label={t("rating.controversy.source")} rules={[{ required: true, whitespace: true }]}>
          <Input
            maxLength={500}
            placeholder={t("rating.controversy.sourcePlaceholder")}
            data-testid="controversy-source"
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t("rating.controversy.description")}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={4} maxLength={4000} showCount data-testid="controversy-description" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
