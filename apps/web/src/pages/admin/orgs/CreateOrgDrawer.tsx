import { zCreateOrganisation } from "@greenfin/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { App, Button, Drawer, Form, Space } from "antd";
import { useTranslation } from "react-i18next";
import { orgsApi } from "../../../api/orgs";
import { useFormDialog } from "../../../lib/useFormDialog";
import { cleanOrgValues, OrgFormFields, type OrgFormValues } from "./OrgFormFields";

/** District admins register a new organisation in the zone. */
export function CreateOrgDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const { form, submit, pending } = useFormDialog({
    open,
    defaults: (): Partial<OrgFormValues> => ({ kind: "enterprise" }),
    schema: zCreateOrganisation,
    toBody: (v: OrgFormValues) => cleanOrgValues(v),
    send: orgsApi.create,
    onDone: () => {
      void message.success(t("orgs.created"));
      void qc.invalidateQueries({ queryKey: ["orgs"] });
      void qc.invalidateQueries({ queryKey: ["district"] });
      onClose();
    },
  });
  const kind = Form.useWatch("kind", form);

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
          <Button type="primary" loading={pending} onClick={submit} data-testid="org-create-submit">
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
