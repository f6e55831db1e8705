import { CheckOutlined, RollbackOutlined } from "@ant-design/icons";
import { Button, Form, type FormInstance, Input, Modal, Popconfirm, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

interface Props {
  busy: boolean;
  onDecide: (outcome: "accept" | "return", note: string | null, form?: FormInstance) => Promise<boolean>;
}

/** The district accepts a submitted revision, or returns it with a note (required, shown to the institution). */
export function DecisionButtons({ busy, onDecide }: Props) {
  const { t } = useTranslation();
  const [returning, setReturning] = useState(false);
  const [form] = Form.useForm<{ note: string }>();
  return (
    <Space>
      <Popconfirm
        title={t("statistics.review.acceptConfirm")}
        okText={t("statistics.review.accept")}
        onConfirm={() => onDecide("accept", null)}
      >
        <Button type="primary" icon={<CheckOutlined />} loading={busy} data-testid="accept-report">
          {t("statistics.review.accept")}
        </Button>
      </Popconfirm>
      <Button danger icon={<RollbackOutlined />} onClick={() => setReturning(true)} data-testid="return-report">
        {t("statistics.review.return")}
      </Button>
      <Modal
        open={returning}
        title={t("statistics.review.returnTitle")}
        okText={t("statistics.review.return")}
        okButtonProps={{ danger: true, loading: busy, "data-testid": "return-ok" }}
        onCancel={() => setReturning(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={async (v) => {
            if (await onDecide("return", v.note, form)) setReturning(false);
          }}
        >
          <Form.Item
            name="note"
            label={t("statistics.review.note")}
            rules={[
              { required: true, whitespace: true, message: t("statistics.review.noteRequired") },
              { min: 2, message: t("statistics.review.noteRequired") },
            ]}
          >
            <Input.TextArea
              rows={4}
              maxLength={2000}
              showCount
              placeholder={t("statistics.review.notePlaceholder")}
              data-testid="return-note"
            />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
