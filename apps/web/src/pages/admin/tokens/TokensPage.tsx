import { PlusOutlined } from "@ant-design/icons";
import type { TApiToken } from "@greenfin/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Popconfirm, Space, Tag } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { tokensApi } from "../../../api/admin";
import { qk, useTokens } from "../../../api/hooks";
import { useIsAdmin } from "../../../app/auth";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { StatusTag } from "../../../components/StatusTag";
import { formatDate, formatDateTime, lifecycle } from "../../../lib/dates";
import { useShowError } from "../../../lib/errors";
import { useLang } from "../../../lib/labels";
import { CreateTokenModal } from "./CreateTokenModal";
import { TokenSecretModal } from "./TokenSecretModal";

/** API tokens of the organisation, for system-to-system access. */
export default function TokensPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const isAdmin = useIsAdmin();
  const { data, error, isPending, refetch } = useTokens();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const revoke = useMutation({
    mutationFn: tokensApi.revoke,
    onSuccess: () => {
      void message.success(t("tokens.revoked"));
      void qc.invalidateQueries({ queryKey: qk.tokens });
    },
    onError: (e) => showError(e),
  });

  const columns: ExportColumn<TApiToken>[] = [
    { key: "name", title: t("tokens.name"), dataIndex: "name" },
    {
      key: "prefix",
      title: t("tokens.prefix"),
      dataIndex: "prefix",
      render: (v: string) => <span className="gf-mono">{v}…</span>,
    },
    {
      key: "scopes",
      title: t("tokens.scopes"),
      render: (_, tk) => (
        <Space size={4}>
          {tk.scopes.map((s) => (
            <Tag key={s} color={s === "write" ? "orange" : "blue"}>
              {t(`tokenScopes.${s}`)}
            </Tag>
          ))}
        </Space>
      ),
      exportValue: (tk) => tk.scopes.map((s) => t(`tokenScopes.${s}`)).join(", "),
    },
    {
      key: "createdAt",
      title: t("tokens.createdAt"),
      render: (_, tk) => formatDate(tk.createdAt, lang),
      exportValue: (tk) => dayjs(tk.createdAt).toDate(),
    },
    {
      key: "expiresAt",
      title: t("tokens.expiresAt"),
      render: (_, tk) => formatDate(tk.expiresAt, lang),
      exportValue: (tk) => dayjs(tk.expiresAt).toDate(),
    },
    {
      key: "lastUsed",
      title: t("tokens.lastUsed"),
      render: (_, tk) => (tk.lastUsedAt ? formatDateTime(tk.lastUsedAt, lang) : t("tokens.never")),
      exportValue: (tk) => (tk.lastUsedAt ? dayjs(tk.lastUsedAt).toDate() : t("tokens.never")),
    },
    {
      key: "status",
      title: t("common.status"),
      render: (_, tk) => <StatusTag status={lifecycle(tk)} />,
      exportValue: (tk) => t(`status.${lifecycle(tk)}`),
    },
  ];
  if (isAdmin) {
    columns.push({
      key: "actions",
      title: t("common.actions"),
      exportValue: false,
      render: (_, tk) =>
        lifecycle(tk) === "active" && (
          <Popconfirm
            title={t("tokens.revokeConfirm")}
            onConfirm={() => revoke.mutateAsync(tk.id).catch(() => undefined)}
          >
            <Button type="link" danger size="small" data-testid={`revoke-token-${tk.id}`}>
              {t("common.revoke")}
            </Button>
          </Popconfirm>
        ),
    });
  }

  return (
    <div data-testid="page-tokens">
      <PageHeader
        title={t("tokens.title")}
        subtitle={t("tokens.subtitle")}
        extra={
          isAdmin && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="token-create">
              {t("tokens.create")}
            </Button>
          )
        }
      />
      <Card variant="borderless">
        {error ? (
          <LoadError error={error} onRetry={() => void refetch()} />
        ) : (
          <ExportableTable<TApiToken>
            exportName="api-tokens"
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data}
            loading={isPending}
          />
        )}
      </Card>
      <CreateTokenModal open={creating} onClose={() => setCreating(false)} onCreated={setSecret} />
      <TokenSecretModal secret={secret} onClose={() => setSecret(null)} />
    </div>
  );
}
