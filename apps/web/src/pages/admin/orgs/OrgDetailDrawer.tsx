import { TeamOutlined } from "@ant-design/icons";
import { type TOrganisation, zUpdateOrganisation } from "@greenfin/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Drawer, Form, Space, Typography } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { orgsApi } from "../../../api/orgs";
import { useIsAdmin } from "../../../app/auth";
import { OrgDetails } from "../../../components/OrgDetails";
import { OrgKindTag } from "../../../components/OrgKindTag";
import { useShowError } from "../../../lib/errors";
import { orgName, useLang } from "../../../lib/labels";
import { useRequestCheck } from "../../../lib/requestCheck";
import { cleanOrgValues, OrgFormFields, type OrgFormValues } from "./OrgFormFields";

/** One organisation's profile; district admins can edit it in place. */
export function OrgDetailDrawer({ org, onClose }: { org: TOrganisation | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const isAdmin = useIsAdmin();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<OrgFormValues>();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const check = useRequestCheck();
  const [shown, setShown] = useState<TOrganisation | null>(org);

  useEffect(() => {
    setShown(org);
    setEditing(false);
  }, [org]);

  const update = useMutation({
    mutationFn: (body: Parameters<typeof orgsApi.update>[1]) => orgsApi.update(org?.id ?? "", body),
    onSuccess: (o) => {
      void message.success(t("orgs.updated"));
      void qc.invalidateQueries({ queryKey: ["orgs"] });
      qc.setQueryData(["org", o.id], o);
      setShown(o);
      setEditing(false);
    },
    onError: (e) => showError(e, form),
  });

  const startEdit = () => {
    if (!shown) return;
    form.resetFields();
    form.setFieldsValue({
      ...Object.fromEntries(Object.entries(shown).map(([k, v]) => [k, v ?? undefined])),
    } as unknown as OrgFormValues);
    setEditing(true);
  };

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const { kind: _kind, ...rest } = v;
    const body = check(zUpdateOrganisation, cleanOrgValues(rest), form);
    if (body) update.mutate(body);
  };

  return (
    <Drawer
      open={!!org}
      onClose={onClose}
      size={680}
      forceRender
      title={
        shown && (
          <Space>
            <span>{orgName(shown, lang)}</span>
            <OrgKindTag kind={shown.kind} />
          </Space>
        )
      }
      extra={
        editing ? (
          <Space>
            <Button onClick={() => setEditing(false)}>{t("common.cancel")}</Button>
            <Button type="primary" loading={update.isPending} onClick={save}>
              {t("common.save")}
            </Button>
          </Space>
        ) : (
          <Space>
            <Button icon={<TeamOutlined />} onClick={() => shown && navigate(`/admin/members?org=${shown.id}`)}>
              {t("orgs.membersLink")}
            </Button>
            {isAdmin && (
              <Button type="primary" onClick={startEdit}>
                {t("common.edit")}
              </Button>
            )}
          </Space>
        )
      }
    >
      {shown && !editing && (
        <>
          <OrgDetails org={shown} column={1} />
          <Typography.Paragraph type="secondary" className="gf-mono" style={{ marginTop: 16 }}>
            ID: {shown.id}
          </Typography.Paragraph>
        </>
      )}
      <Form form={form} layout="vertical" style={{ display: editing ? undefined : "none" }}>
        <OrgFormFields kind={shown?.kind} kindEditable={false} />
      </Form>
    </Drawer>
  );
}
