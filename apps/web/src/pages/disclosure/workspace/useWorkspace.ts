import { useCallback, useState } from "react";
import { useParams, useSearchParams } from "react-router-dom";
import { useSession } from "../../../app/auth";
import { EDITABLE } from "../shared/levels";
import { useDisclosure, useTemplate } from "../shared/queries";
import { NO_PROBLEMS, type ProblemMap } from "./problemMap";

export type WorkspaceTab = "form" | "import" | "evidence" | "revisions" | "reports";

const TABS_BY_ACCESS: Record<"owner" | "reviewer" | "grant", WorkspaceTab[]> = {
  owner: ["form", "import", "evidence", "revisions", "reports"],
  reviewer: ["form", "evidence", "revisions", "reports"],
  grant: ["form", "reports"],
};

/** The disclosure workspace's data and who may do what in it; the problems and review comments it collects. */
export function useWorkspace() {
  const { id = "" } = useParams();
  const session = useSession();
  const disclosure = useDisclosure(id);
  const template = useTemplate(id);
  const [params, setParams] = useSearchParams();
  const [problems, setProblemMap] = useState<ProblemMap>(NO_PROBLEMS);
  const [comments, setComments] = useState<Record<string, string>>({});

  const d = disclosure.data;
  const role = session.role;
  const access = d?.access ?? "grant";
  const canWrite = role === "admin" || role === "analyst";
  const canReview = role === "admin" || role === "reviewer";
  const editable = !!d && access === "owner" && canWrite && EDITABLE.includes(d.status);
  const isReviewer = !!d && access === "reviewer" && d.reviewerOrgId === session.activeOrg.id && canReview;
  const reviewing = isReviewer && (d?.status === "submitted" || d?.status === "in_review");

  const tabs = TABS_BY_ACCESS[access];
  const asked = params.get("tab") as WorkspaceTab | null;
  const tab: WorkspaceTab = asked && tabs.includes(asked) ? asked : "form";
  const setTab = useCallback(
    (k: WorkspaceTab) => setParams(k === "form" ? {} : { tab: k }, { replace: true }),
    [setParams],
  );

  const setProblems = useCallback((update: (m: ProblemMap) => ProblemMap) => setProblemMap(update), []);
  const setComment = useCallback(
    (indicatorId: string, text: string) => setComments((prev) => ({ ...prev, [indicatorId]: text })),
    [],
  );
  const clearComments = useCallback(() => setComments({}), []);

  return {
    id,
    disclosure,
    template,
    access,
    editable,
    isReviewer,
    reviewing,
    canWrite,
    canReview,
    tabs,
    tab,
    setTab,
    problems,
    setProblems,
    comments,
    setComment,
    clearComments,
  };
}

export type Workspace = ReturnType<typeof useWorkspace>;
