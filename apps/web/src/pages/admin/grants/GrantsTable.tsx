import type { TGrant } from "@greenfin/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Popconfirm, Space, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { type GrantDirection, grantsApi } from "../../../api/admin";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { OrgKindTag } from "../../../components/OrgKindTag";
import { StatusTag } from "../../../components/StatusTag";
import { formatDate, lifecycle } from "../../../lib/dates";
import { useShowError } from "../../../lib/errors";
import { orgName, useLang } from "../../../lib/labels";
import { GrantorProfileDrawer } from "./GrantorProfileDrawer";

interface Props {
  direction: GrantDirection;
  grants: TGrant[] | undefined;
  loading: boolean;
  canRevoke?: boolean;
  onAccessLog?: (g: TGrant) => void;
  /** Fewer columns, for home pages. */
  compact?: boolean;
  counterpartTitle?: string;
  toolbar?: ReactNode;
  toolbarExtra?: ReactNode;
  emptyText?: string;
}

export function GrantsTable(p: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const revoke = useMutation({
    mutationFn: (id: string) => grantsApi.revoke(id),
    onSuccess: () => {
      void message.success(t("grants.revoked"));
      void qc.invalidateQueries({ queryKey: ["grants"] });
    },
    onError: (e) => showError(e),
  });

  const [profileOf, setProfileOf] = useState<string | null>(null);
  const canViewProfile = (g: TGrant) =>
    p.direction === "received" && g.scope === "profile" && lifecycle(g) === "active";

  const other = (g: TGrant) => (p.direction === "given" ? g.grantee : g.grantor);
  const columns: ExportColumn<TGrant>[] = [
    {
      key: "org",
      width: 300,
      title: p.counterpartTitle ?? (p.direction === "given" ? t("grants.grantee") : t("grants.grantor")),
      render: (_, g) => (
        <Space size={6}>
          <span>{orgName(other(g), lang)}</span>
          <OrgKindTag kind={other(g).kind} />
        </Space>
      ),
      exportValue: (g) => orgName(other(g), lang),
      sorter: (a, b) => orgName(other(a), lang).localeCompare(orgName(other(b), lang), lang),
    },
    {
      key: "scope",
      title: t("grants.scope"),
      render: (_, g) => <Tag color="green">{t(`scopes.${g.scope}`)}</Tag>,
      exportValue: (g) => t(`scopes.${g.scope}`),
    },
    ...(p.compact
      ? []
      : [
          {
            key: "purpose",
            title: t("grants.purpose"),
            dataIndex: "purpose",
            ellipsis: true,
            render: (v: string) => <Typography.Text title={v}>{v}</Typography.Text>,
          } satisfies ExportColumn<TGrant>,
          {
            key: "validFrom",
            title: t("grants.validFrom"),
            render: (_: unknown, g: TGrant) => formatDate(g.validFrom, lang),
            exportValue: (g: TGrant) => dayjs(g.validFrom).toDate(),
          } satisfies ExportColumn<TGrant>,
        ]),
    {
      key: "expiresAt",
      title: t("grants.expiresAt"),
      render: (_, g) => formatDate(g.expiresAt, lang),
      exportValue: (g) => dayjs(g.expiresAt).toDate(),
      sorter: (a, b) => Date.parse(a.expiresAt) - Date.parse(b.expiresAt),
    },
    {
      key: "status",
      title: t("common.status"),
      render: (_, g) => <StatusTag status={lifecycle(g)} />,
      exportValue: (g) => t(`status.${lifecycle(g)}`),
    },
  ];
  if (p.onAccessLog || p.canRevoke || p.direction === "received") {
    columns.push({
      key: "actions",
      title: t("common.actions"),
      exportValue: false,
      render: (_, g) => (
        <Space size={0}>
          {canViewProfile(g) && (
            <Button
              type="link"
              size="small"
              onClick={() => setProfileOf(g.grantor.id)}
              data-testid={`view-profile-${g.id}`}
            >
              {t("grants.viewProfile")}
            </Button>
          )}
          {p.onAccessLog && (
            <Button type="link" size="small" onClick={() => p.onAccessLog?.(g)} data-testid={`access-log-${g.id}`}>
              {t("grants.accessLog")}
            </Button>
          )}
          {p.canRevoke && p.direction === "given" && lifecycle(g) !== "revoked" && lifecycle(g) !== "expired" && (
            <Popconfirm
              title={t("grants.revokeConfirm")}
              onConfirm={() => revoke.mutateAsync(g.id).catch(() => undefined)}
            >
              <Button type="link" size="small" danger data-testid={`revoke-grant-${g.id}`}>
                {t("common.revoke")}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    });
  }

  return (
    <>
      <GrantorProfileDrawer orgId={profileOf} onClose={() => setProfileOf(null)} />
      <ExportableTable<TGrant>
        exportName={p.direction === "given" ? "grants-given" : "grants-received"}
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={p.grants}
        loading={p.loading}
        toolbar={p.toolbar}
        toolbarExtra={p.toolbarExtra}
        locale={p.emptyText ? { emptyText: p.emptyText } : undefined}
        pagination={{ defaultPageSize: p.compact ? 5 : 10 }}
      />
    </>
  );
}
