import { UserAddOutlined } from "@ant-design/icons";
import { type TMember, zRole } from "@greenfin/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Popconfirm, Select, Space, Tag } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { membersApi } from "../../../api/admin";
import { qk, useMembers } from "../../../api/hooks";
import { useIsAdmin, useSession } from "../../../app/auth";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { LoadError } from "../../../components/LoadError";
import { OrgSelect } from "../../../components/OrgSelect";
import { PageHeader } from "../../../components/PageHeader";
import { formatDate } from "../../../lib/dates";
import { useShowError } from "../../../lib/errors";
import { useLang } from "../../../lib/labels";
import { AddMemberModal } from "./AddMemberModal";

/** Users of an organisation and their roles; the district may look at any organisation. */
export default function MembersPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession();
  const isAdmin = useIsAdmin();
  const isDistrict = session.activeOrg.kind === "district";
  const [params, setParams] = useSearchParams();
  const orgId = (isDistrict && params.get("org")) || session.activeOrg.id;
  const { data, error, isPending, refetch } = useMembers(orgId);
  const [adding, setAdding] = useState(false);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const done = (text: string) => {
    void message.success(text);
    void qc.invalidateQueries({ queryKey: qk.members(orgId) });
  };
  const changeRole = useMutation({
    mutationFn: (v: { userId: string; role: TMember["role"] }) => membersApi.changeRole(orgId, v.userId, v.role),
    onSuccess: () => done(t("members.roleChanged")),
    onError: (e) => showError(e),
  });
  const remove = useMutation({
    mutationFn: (userId: string) => membersApi.remove(orgId, userId),
    onSuccess: () => done(t("members.removed")),
    onError: (e) => showError(e),
  });

  const columns: ExportColumn<TMember>[] = [
    {
      key: "displayName",
      title: t("members.displayName"),
      dataIndex: "displayName",
      sorter: (a, b) => a.displayName.localeCompare(b.displayName, lang),
    },
    { key: "email", title: t("members.email"), dataIndex: "email" },
    {
      key: "role",
      title: t("members.role"),
      dataIndex: "role",
      render: (role: TMember["role"], m) =>
        isAdmin && m.userId !== session.user.id ? (
          <Select
            size="small"
            value={role}
            style={{ width: 130 }}
            onChange={(r) => changeRole.mutate({ userId: m.userId, role: r })}
            options={zRole.options.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          />
        ) : (
          <Tag color={role === "admin" ? "green" : "default"}>{t(`roles.${role}`)}</Tag>
        ),
      exportValue: (m) => t(`roles.${m.role}`),
    },
    {
      key: "state",
      title: t("members.state"),
      render: (_, m) => (
        <Tag color={m.disabled ? "default" : "success"}>{t(m.disabled ? "status.disabled" : "status.enabled")}</Tag>
      ),
      exportValue: (m) => t(m.disabled ? "status.disabled" : "status.enabled"),
    },
    {
      key: "joined",
      title: t("members.joined"),
      render: (_, m) => formatDate(m.createdAt, lang),
      exportValue: (m) => dayjs(m.createdAt).toDate(),
      sorter: (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt),
    },
  ];
  if (isAdmin) {
    columns.push({
      key: "actions",
      title: t("common.actions"),
      exportValue: false,
      render: (_, m) =>
        m.userId !== session.user.id && (
          <Popconfirm
            title={t("members.removeConfirm", { name: m.displayName })}
            onConfirm={() => remove.mutateAsync(m.userId).catch(() => undefined)}
          >
            <Button type="link" danger size="small">
              {t("common.remove")}
            </Button>
          </Popconfirm>
        ),
    });
  }

  const toolbar = isDistrict && (
    <Space>
      <span>{t("members.orgPicker")}</span>
      <OrgSelect
        value={orgId}
        onChange={(id) => setParams(id && id !== session.activeOrg.id ? { org: id } : {}, { replace: true })}
        style={{ width: 340 }}
        testId="members-org"
      />
    </Space>
  );

  return (
    <div data-testid="page-members">
      <PageHeader
        title={t("members.title")}
        subtitle={t("members.subtitle")}
        extra={
          isAdmin && (
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setAdding(true)} data-testid="member-add">
              {t("members.add")}
            </Button>
          )
        }
      />
      <Card variant="borderless">
        {error ? (
          <LoadError error={error} onRetry={() => void refetch()} />
        ) : (
          <ExportableTable<TMember>
            exportName="members"
            rowKey="userId"
            size="middle"
            toolbar={toolbar}
            columns={columns}
            dataSource={data}
            loading={isPending}
          />
        )}
      </Card>
      <AddMemberModal orgId={orgId} open={adding} onClose={() => setAdding(false)} />
    </div>
  );
}
