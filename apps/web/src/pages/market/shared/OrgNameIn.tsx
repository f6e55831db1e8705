/**
 * For read models that name an organisation in Chinese only (subsidy applications): the English name from the
 * organisation directory when the UI is in English, the Chinese one meanwhile and otherwise.
 */
import type { TOrganisation } from "@greenfin/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { qk, useOrg } from "../../../api/hooks";
import { useLang } from "../../../lib/labels";
import { nameIn } from "./names";

export function OrgNameIn({ id, zh }: { id: string; zh: string }) {
  const lang = useLang();
  const org = useOrg(lang === "en" ? id : null);
  return <>{nameIn(zh, org.data?.nameEn, lang)}</>;
}

/** The same for Excel: whatever English name is already cached, else the Chinese one. */
export function useOrgNameInText(): (id: string, zh: string) => string {
  const qc = useQueryClient();
  const lang = useLang();
  return useCallback((id, zh) => nameIn(zh, qc.getQueryData<TOrganisation>(qk.org(id))?.nameEn, lang), [qc, lang]);
}
