import { zCreateOrganisation } from "@greenfin/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Drawer, Form, Space } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { orgsApi } from "../../../api/orgs";
import { useShowError } from "../../../lib/errors";
import { useRequestCheck } from "../../../lib/requestCheck";
import { cleanOrgValues, OrgFormFields, type OrgFormValues } from "./OrgFormFields";

/** District admins register a new organisation in the zone. */
export function CreateOrgDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<OrgFormValues>();
  const kind = Form.useWatch("kind", form);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const check = useRequestCheck();

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ kind: "enterprise" });
    }
  }, [open, form]);

  const create = useMutation({
    mutationFn: orgsApi.create,
    onSuccess: () => {
      void message.success(t("orgs.created"));
      void qc.invalidateQueries({ queryKey: ["orgs"] });
      void qc.invalidateQueries({ queryKey: ["district"] });
      onClose();
    },
    onError: (e) => showError(e, form),
  });

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const body = check(zCreateOrganisation, cleanOrgValues(v), form);
    if (body) create.mutate(body);
  };

  return (
    <Drawer
      title={t("orgs.create")}
      open={open}
      onClose={onClose}
      size={640}
      forceRender
      extra={
        <Space>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button type="primary" loading={create.isPending} onClick={submit} data-testid="org-create-submit">
            {t("common.create")}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" requiredMark="optional">
        <OrgFormFields kind={kind} kindEditable />
      </Form>
    </Drawer>
  );
}
