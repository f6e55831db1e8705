import type { TGrant, TGrantAccess } from "@greenfin/contracts";
import { useQuery } from "@tanstack/react-query";
import { Descriptions, Drawer, Space, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { grantsApi } from "../../../api/admin";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { LoadError } from "../../../components/LoadError";
import { OrgKindTag } from "../../../components/OrgKindTag";
import { StatusTag } from "../../../components/StatusTag";
import { formatDate, formatDateTime, lifecycle } from "../../../lib/dates";
import { orgName, shortId, useLang } from "../../../lib/labels";

/** Every read made under one grant: who, when, what. */
export function AccessLogDrawer({ grant, onClose }: { grant: TGrant | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ["grant-access", grant?.id],
    queryFn: () => grantsApi.accessLog(grant?.id ?? ""),
    enabled: !!grant,
  });

  const columns: ExportColumn<TGrantAccess>[] = [
    {
      key: "at",
      title: t("grants.readAt"),
      render: (_, a) => formatDateTime(a.at, lang),
      exportValue: (a) => dayjs(a.at).toDate(),
      width: 170,
    },
    {
      key: "reader",
      title: t("grants.reader"),
      render: (_, a) => (
        <Space size={6}>
          {orgName(a.readerOrg, lang)}
          {a.readerUserId && (
            <Typography.Text type="secondary" title={a.readerUserId}>
              {a.readerUserName ?? shortId(a.readerUserId)}
            </Typography.Text>
          )}
        </Space>
      ),
      exportValue: (a) =>
        `${orgName(a.readerOrg, lang)}${a.readerUserId ? ` (${a.readerUserName ?? a.readerUserId})` : ""}`,
    },
    {
      key: "scope",
      title: t("grants.scope"),
      render: (_, a) => <Tag color="green">{t(`scopes.${a.scope}`)}</Tag>,
      exportValue: (a) => t(`scopes.${a.scope}`),
    },
    {
      key: "resource",
      title: t("grants.resource"),
      dataIndex: "resource",
      render: (v: string) => <span className="gf-mono">{v}</span>,
    },
  ];

  return (
    <Drawer open={!!grant} onClose={onClose} size={760} title={t("grants.accessLogTitle")} destroyOnHidden>
      {grant && (
        <Descriptions
          size="small"
          column={2}
          style={{ marginBottom: 16 }}
          items={[
            {
              key: "grantor",
              label: t("grants.grantor"),
              children: (
                <Space size={6}>
                  {orgName(grant.grantor, lang)}
                  <OrgKindTag kind={grant.grantor.kind} />
                </Space>
              ),
            },
            {
              key: "grantee",
              label: t("grants.grantee"),
              children: (
                <Space size={6}>
                  {orgName(grant.grantee, lang)}
                  <OrgKindTag kind={grant.grantee.kind} />
                </Space>
              ),
            },
            { key: "scope", label: t("grants.scope"), children: t(`scopes.${grant.scope}`) },
            { key: "status", label: t("common.status"), children: <StatusTag status={lifecycle(grant)} /> },
            { key: "expires", label: t("grants.expiresAt"), children: formatDate(grant.expiresAt, lang) },
            { key: "purpose", label: t("grants.purpose"), children: grant.purpose },
          ]}
        />
      )}
      {error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : (
        <ExportableTable<TGrantAccess>
          exportName="grant-access-log"
          rowKey={(a) => `${a.at}-${a.resource}-${a.readerUserId ?? ""}`}
          size="small"
          columns={columns}
          dataSource={data}
          loading={isPending}
        />
      )}
    </Drawer>
  );
}
