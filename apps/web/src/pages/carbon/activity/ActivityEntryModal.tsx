/**
 * Enter a month's figures by hand (the "form" channel): one line per item with its quantity and a unit the
 * catalogue allows. The server checks the lines exactly as it checks a file, and saves all of them or none.
 */
import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import type { TActivityImportResult, TActivityRowInput } from "@greenfin/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { App, Button, DatePicker, Form, Input, Modal, Select, Space } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { carbonApi, carbonKeys, useActivityItems } from "../../../api/carbon";
import { useOrg } from "../../../api/hooks";
import { useShowError } from "../../../lib/errors";
import { useLang } from "../../../lib/labels";
import { unitName } from "../shared/format";
import { ActivityProblemsTable, type ActivityRefusalView, activityRefusalOf } from "./ActivityProblemsTable";

interface Line {
  item?: string;
  quantity?: string;
  unit?: string;
  note?: string;
}
interface Values {
  month: Dayjs;
  meter?: string;
  lines: Line[];
}

const DECIMAL = /^\d+(\.\d+)?$/;

export function ActivityEntryModal(props: {
  orgId: string;
  year: number;
  onClose: () => void;
  onSaved: (result: TActivityImportResult) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const org = useOrg(props.orgId);
  const items = useActivityItems();
  const [form] = Form.useForm<Values>();
  const lines = Form.useWatch("lines", form);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<ActivityRefusalView | null>(null);

  const unitsOf = (code: string | undefined) => items.data?.items.find((i) => i.code === code)?.units ?? [];
  const itemOptions = (items.data?.items ?? []).map((i) => ({
    value: i.code,
    label: lang === "en" ? i.nameEn : i.nameZh,
  }));

  const save = async () => {
    // A form with errors shows them beside the fields; there is nothing more to say.
    const v = await form.validateFields().catch(() => null);
    const uscc = org.data?.uscc;
    if (!v || !uscc) return;
    const rows: TActivityRowInput[] = v.lines.map((l) => ({
      enterprise: uscc,
      meter: v.meter?.trim() || null,
      month: v.month.format("YYYY-MM"),
      item: l.item ?? "",
      quantity: (l.quantity ?? "").trim(),
      unit: l.unit ?? "",
      note: l.note?.trim() || null,
    }));
    setSaving(true);
    setRefusal(null);
    try {
      const result = await carbonApi.addRows(rows);
      props.onSaved(result);
      void message.success(t("carbon.entry.saved", { inserted: result.inserted, updated: result.updated }));
      await qc.invalidateQueries({ queryKey: carbonKeys.all });
      props.onClose();
    } catch (e) {
      const refused = activityRefusalOf(e);
      if (refused) setRefusal(refused);
      else showError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      width={760}
      title={t("carbon.entry.title")}
      okText={t("carbon.entry.save")}
      onOk={() => void save()}
      confirmLoading={saving}
      onCancel={props.onClose}
      okButtonProps={{ id: "carbon-entry-save" }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          month: dayjs(`${props.year}-01-01`),
          lines: [{ item: "electricity", unit: "kWh" }],
        }}
      >
        <Space wrap align="start">
          <Form.Item name="month" label={t("carbon.entry.month")} rules={[{ required: true }]}>
            <DatePicker picker="month" allowClear={false} data-testid="carbon-entry-month" />
          </Form.Item>
          <Form.Item name="meter" label={t("carbon.entry.meter")} tooltip={t("carbon.entry.meterHint")}>
            <Input placeholder={t("carbon.entry.meterPlaceholder")} maxLength={200} style={{ width: 240 }} />
          </Form.Item>
        </Space>
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap style={{ display: "flex" }}>
                  <Form.Item
                    name={[f.name, "item"]}
                    rules={[{ required: true, message: t("carbon.entry.itemRequired") }]}
                    style={{ width: 220 }}
                  >
                    <Select
                      showSearch
                      optionFilterProp="label"
                      options={itemOptions}
                      loading={items.isPending}
                      placeholder={t("carbon.col.item")}
                      onChange={(code: string) => form.setFieldValue(["lines", f.name, "unit"], unitsOf(code)[0])}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, "quantity"]}
                    rules={[
                      { required: true, message: t("carbon.entry.quantityRequired") },
                      { pattern: DECIMAL, message: t("carbon.entry.quantityInvalid") },
                    ]}
                    style={{ width: 160 }}
                  >
                    <Input inputMode="decimal" placeholder={t("carbon.entry.quantity")} />
                  </Form.Item>
                  <Form.Item name={[f.name, "unit"]} rules={[{ required: true }]} style={{ width: 130 }}>
                    <Select
                      options={unitsOf(lines?.[f.name]?.item).map((u) => ({ value: u, label: unitName(t, u) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, "note"]} style={{ width: 150 }}>
                    <Input placeholder={t("carbon.entry.note")} maxLength={2000} />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t("carbon.entry.remove")}
                      onClick={() => remove(f.name)}
                    />
                  )}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} data-testid="carbon-entry-add">
                {t("carbon.entry.add")}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
      {refusal && (
        <div style={{ marginTop: 16 }}>
          <ActivityProblemsTable refusal={refusal} rowTitle={t("carbon.entry.line")} />
        </div>
      )}
    </Modal>
  );
}
