import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import type { TBenefitMethod } from "@greenfin/contracts";
import { Button, Form, Input, Select, Space, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { useBenefitMethods } from "../../../api/green";
import { useLang } from "../../../lib/labels";
import { named } from "../shared/format";

const DECIMAL = /^\d+(\.\d+)?$/;

/** Whether a method's categories (any level) cover a level-3 code. */
export const methodFits = (m: TBenefitMethod, code: string | null | undefined) =>
  !!code && m.categories.some((c) => code === c || code.startsWith(`${c}.`));

/**
 * Benefit lines: a calculator per line with its declared inputs (decimal text in the method's unit). The methods
 * that fit `suggestFor` (the proposed or certified category) come first, marked as suggested.
 */
export function BenefitLinesEditor({ listName, suggestFor }: { listName: string; suggestFor?: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const methods = useBenefitMethods();
  const form = Form.useFormInstance();
  const lines = Form.useWatch(listName, form) as { method?: string }[] | undefined;
  const all = methods.data?.methods ?? [];
  const sorted = [...all].sort((a, b) => Number(methodFits(b, suggestFor)) - Number(methodFits(a, suggestFor)));
  const methodOf = (key: string | undefined) => all.find((m) => m.key === key);

  return (
    <Form.List name={listName}>
      {(fields, { add, remove }) => (
        <Space orientation="vertical" style={{ width: "100%" }} size={4}>
          {fields.map((f) => {
            const m = methodOf(lines?.[f.name]?.method);
            return (
              <div key={f.key} className="gf-green-candidate" data-testid="green-benefit-line">
                <Space align="start" style={{ display: "flex", justifyContent: "space-between" }}>
                  <Form.Item
                    name={[f.name, "method"]}
                    rules={[{ required: true, message: t("green.form.required") }]}
                    style={{ marginBottom: 8, minWidth: 320 }}
                  >
                    <Select
                      showSearch={{ optionFilterProp: "text" }}
                      placeholder={t("green.benefit.method")}
                      loading={methods.isPending}
                      data-testid="green-benefit-method"
                      options={sorted.map((x) => ({
                        value: x.key,
                        text: `${x.nameZh} ${x.nameEn}`,
                        label: (
                          <span>
                            {named(x, lang)}
                            {methodFits(x, suggestFor) && (
                              <Tag color="green" style={{ marginInlineStart: 6 }}>
                                {t("green.form.suggested")}
                              </Tag>
                            )}
                          </span>
                        ),
                      }))}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t("green.benefit.remove")}
                    onClick={() => remove(f.name)}
                  />
                </Space>
                {m && (
                  <div className="gf-green-sub" style={{ marginBottom: 6 }}>
                    {lang === "en" ? m.descriptionEn : m.descriptionZh}
                  </div>
                )}
                <Space wrap size={8}>
                  {m?.inputs.map((i) => (
                    <Form.Item
                      key={i.key}
                      name={[f.name, "inputs", i.key]}
                      label={`${named(i, lang)} (${i.unit})`}
                      rules={[
                        ...(i.required ? [{ required: true, message: t("green.form.required") }] : []),
                        { pattern: DECIMAL, message: t("green.form.decimalInvalid") },
                      ]}
                      style={{ marginBottom: 8, width: 220 }}
                    >
                      <Input inputMode="decimal" data-testid={`green-benefit-input-${i.key}`} />
                    </Form.Item>
                  ))}
                </Space>
              </div>
            );
          })}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            data-testid="green-benefit-add"
            onClick={() => add({ method: sorted.find((x) => methodFits(x, suggestFor))?.key, inputs: {} })}
          >
            {t("green.form.addMethod")}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}
