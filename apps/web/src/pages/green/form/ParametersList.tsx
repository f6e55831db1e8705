import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Form, Input, Space } from "antd";
import { useTranslation } from "react-i18next";

/** Technical parameters as an editable list of key, value and unit. */
export function ParametersList() {
  const { t } = useTranslation();
  return (
    <Form.List name="parameters">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Space key={f.key} align="start" style={{ display: "flex" }} data-testid="green-param-line">
              <Form.Item
                name={[f.name, "key"]}
                rules={[{ required: true, message: t("green.form.required") }]}
                style={{ marginBottom: 8 }}
              >
                <Input placeholder={t("green.form.paramKey")} style={{ width: 200 }} maxLength={80} />
              </Form.Item>
              <Form.Item
                name={[f.name, "value"]}
                rules={[{ required: true, message: t("green.form.required") }]}
                style={{ marginBottom: 8 }}
              >
                <Input placeholder={t("green.form.paramValue")} style={{ width: 140 }} maxLength={200} />
              </Form.Item>
              <Form.Item name={[f.name, "unit"]} style={{ marginBottom: 8 }}>
                <Input placeholder={t("green.form.paramUnit")} style={{ width: 100 }} maxLength={40} />
              </Form.Item>
              <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} data-testid="green-param-add">
            {t("green.form.addParam")}
          </Button>
        </>
      )}
    </Form.List>
  );
}
