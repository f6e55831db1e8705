import { useQuery } from "@tanstack/react-query";
import { Drawer, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { orgsApi } from "../../../api/orgs";
import { LoadError } from "../../../components/LoadError";
import { OrgDetails } from "../../../components/OrgDetails";
import { orgName, useLang } from "../../../lib/labels";

/**
 * The profile an organisation opened to us with a `profile` grant. Fetched afresh on every opening:
 * each read is recorded in the grantor's access log, and a revoked grant shows nothing.
 */
export function GrantorProfileDrawer({ orgId, onClose }: { orgId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const profile = useQuery({
    queryKey: ["granted-profile", orgId],
    queryFn: () => orgsApi.get(orgId ?? ""),
    enabled: !!orgId,
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
  return (
    <Drawer
      open={!!orgId}
      onClose={onClose}
      width={640}
      title={profile.data ? orgName(profile.data, lang) : t("grants.viewProfile")}
      destroyOnHidden
      data-testid="granted-profile"
    >
      {profile.error ? (
        <LoadError error={profile.error} onRetry={() => void profile.refetch()} />
      ) : profile.data ? (
        <>
          <Typography.Paragraph type="secondary">{t("grants.viewProfileNote")}</Typography.Paragraph>
          <OrgDetails org={profile.data} column={1} />
        </>
      ) : null}
    </Drawer>
  );
}
