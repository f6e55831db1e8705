import type { TOrganisation } from "@greenfin/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { Tooltip } from "antd";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { qk, useOrg } from "../api/hooks";
import { orgName, shortId, useLang } from "../lib/labels";

/** An organisation's name from its id (fetched once and cached); the short id if it cannot be read. */
export function OrgNameById({ id, title }: { id: string | null; title?: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { data } = useOrg(id);
  if (!id) return <>{t("audit.system")}</>;
  return (
    <Tooltip title={title ?? id}>
      <span>{data ? orgName(data, lang) : <span className="gf-mono">{shortId(id)}</span>}</span>
    </Tooltip>
  );
}

/** The same lookup for plain text (Excel export): whatever is already in the cache. */
export function useOrgNameText(): (id: string | null) => string {
  const qc = useQueryClient();
  const { t } = useTranslation();
  const lang = useLang();
  return useCallback(
    (id) => {
      if (!id) return t("audit.system");
      const o = qc.getQueryData<TOrganisation>(qk.org(id));
      return o ? orgName(o, lang) : id;
    },
    [qc, t, lang],
  );
}
