import { CheckOutlined, DownOutlined, GlobalOutlined } from "@ant-design/icons";
import type { TSessionView } from "@greenfin/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { Button, Dropdown } from "antd";
import { useTranslation } from "react-i18next";
import { authApi } from "../api/auth";
import { SESSION_KEY } from "../app/auth";
import { LANGS, type Lang, setLang } from "../i18n";
import { useLang } from "../lib/labels";

/** Each language named in itself, so anyone can find their own. */
const NATIVE: Record<Lang, string> = { "zh-CN": "简体中文", en: "English" };

/** Language menu; the choice is remembered in this browser and, when signed in, on the account. */
export function LanguageSwitch() {
  const lang = useLang();
  const { t } = useTranslation();
  const qc = useQueryClient();

  const choose = (next: Lang) => {
    if (next === lang) return;
    setLang(next);
    const s = qc.getQueryData<TSessionView | null>(SESSION_KEY);
    if (s) {
      qc.setQueryData<TSessionView>(SESSION_KEY, { ...s, user: { ...s.user, locale: next } });
      authApi.setLocale(next).catch(() => undefined);
    }
  };

  return (
    <Dropdown
      trigger={["click"]}
      placement="bottomRight"
      menu={{
        selectable: true,
        selectedKeys: [lang],
        items: LANGS.map((l) => ({
          key: l,
          label: <span data-testid={`lang-${l}`}>{NATIVE[l]}</span>,
          extra: l === lang ? <CheckOutlined /> : undefined,
        })),
        onClick: ({ key }) => choose(key as Lang),
      }}
    >
      <Button data-testid="lang-switch" type="text" icon={<GlobalOutlined />} aria-label={t("header.language")}>
        {lang === "en" ? "EN" : "中文"} <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
