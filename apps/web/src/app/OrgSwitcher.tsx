import { SwapOutlined } from "@ant-design/icons";
import { App, Select, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { OrgKindTag } from "../components/OrgKindTag";
import { useShowError } from "../lib/errors";
import { orgName, useLang } from "../lib/labels";
import { useAuth, useSession } from "./auth";

/** Shown only to users who belong to several organisations. */
export function OrgSwitcher() {
  const session = useSession();
  const { switchOrg } = useAuth();
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useShowError();
  const [busy, setBusy] = useState(false);
  if (session.memberships.length < 2) return null;

  const onChange = async (orgId: string) => {
    setBusy(true);
    try {
      const s = await switchOrg(orgId);
      navigate("/");
      void message.success(t("header.switched", { name: orgName(s.activeOrg, lang) }));
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Select
      data-testid="org-switcher"
      value={session.activeOrg.id}
      loading={busy}
      onChange={onChange}
      suffixIcon={<SwapOutlined />}
      popupMatchSelectWidth={false}
      style={{ minWidth: 200, maxWidth: 320 }}
      aria-label={t("header.switchOrg")}
      options={session.memberships.map((m) => ({
        value: m.orgId,
        label: (
          <Space size={6}>
            <OrgKindTag kind={m.orgKind} />
            <span>{lang === "en" ? m.orgNameEn : m.orgNameZh}</span>
          </Space>
        ),
      }))}
    />
  );
}
