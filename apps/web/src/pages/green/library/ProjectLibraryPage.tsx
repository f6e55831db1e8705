import { PlusOutlined } from "@ant-design/icons";
import type { TGreenProjectRow } from "@greenfin/contracts";
import { Button, Card, Segmented, Table } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { type GreenProjectFilters, greenApi, useGreenProjects } from "../../../api/green";
import { useSession } from "../../../app/auth";
import { LoadError } from "../../../components/LoadError";
import { PageHeader } from "../../../components/PageHeader";
import { canSubmitProject, isReviewer } from "../shared/access";
import { ServerExportButton } from "../shared/ServerExportButton";
import { LibraryFilters } from "./LibraryFilters";
import { useProjectColumns } from "./useProjectColumns";
import "../shared/green.css";

type Quick = "all" | "awaiting" | "mine";

/** /green/projects — the project library: filter, open, export; submitters submit, reviewers see their queue. */
export default function ProjectLibraryPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const { kind } = session.activeOrg;
  const reviewer = isReviewer(kind, session.role);
  const submitter = canSubmitProject(kind, session.role);
  const [quick, setQuick] = useState<Quick>("all");
  const [filters, setFilters] = useState<GreenProjectFilters>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter starts at page one
  useEffect(() => setPage((p) => ({ ...p, page: 1 })), [filters, quick]);

  const query: GreenProjectFilters = {
    ...filters,
    ...(quick === "awaiting" ? { stage: "submitted" as const } : {}),
    ...(quick === "mine" ? { mine: "true" as const } : {}),
    ...page,
  };
  const projects = useGreenProjects(query);
  const columns = useProjectColumns();

  const quickOptions = [
    { value: "all", label: t("green.library.all") },
    ...(reviewer ? [{ value: "awaiting", label: t("green.library.awaiting") }] : []),
    ...(kind === "enterprise" || submitter ? [{ value: "mine", label: t("green.library.mine") }] : []),
  ];

  return (
    <div data-testid="page-green-library">
      <PageHeader
        title={t("green.library.title")}
        subtitle={t("green.library.subtitle")}
        extra={
          submitter && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate("/green/projects/new")}
              data-testid="green-submit-project"
            >
              {t("green.library.submit")}
            </Button>
          )
        }
      />
      <Card variant="borderless">
        <div className="gf-table-toolbar">
          <div style={{ flex: 1, minWidth: 0, display: "flex", flexDirection: "column", gap: 8 }}>
            {quickOptions.length > 1 && (
              <Segmented<Quick>
                value={quick}
                onChange={setQuick}
                options={quickOptions as { value: Quick; label: string }[]}
                data-testid="green-quick-filter"
                style={{ alignSelf: "flex-start" }}
              />
            )}
            <LibraryFilters value={filters} onChange={setFilters} />
          </div>
          <ServerExportButton
            url={greenApi.projectsExportUrl(query)}
            fileName="green-projects.xlsx"
            label={t("green.library.exportServer")}
            testId="green-projects-export"
          />
        </div>
        {projects.error ? (
          <LoadError error={projects.error} onRetry={() => void projects.refetch()} />
        ) : (
          <Table<TGreenProjectRow>
            size="small"
            rowKey="id"
            className="gf-green-clickable"
            loading={projects.isFetching && !projects.data}
            columns={columns}
            dataSource={projects.data?.items ?? []}
            scroll={{ x: "max-content" }}
            data-testid="green-projects-table"
            locale={{ emptyText: t("green.library.empty") }}
            onRow={(r) => ({
              onClick: (e) => {
                if (!(e.target as HTMLElement).closest("a")) navigate(`/green/projects/${r.id}`);
              },
            })}
            pagination={{
              current: page.page,
              pageSize: page.pageSize,
              total: projects.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100],
              showTotal: (total) => t("common.total", { total }),
              onChange: (p, s) => setPage({ page: p, pageSize: s }),
            }}
          />
        )}
      </Card>
    </div>
  );
}
