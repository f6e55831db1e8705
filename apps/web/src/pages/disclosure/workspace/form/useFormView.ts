import type { TDisclosure, TDisclosureTemplate, TTemplateItem } from "@greenfin/contracts";
import { useMemo, useState } from "react";
import type { ProblemMap } from "../problemMap";
import type { ShownComment } from "./ReturnedComments";
import type { NavTopic } from "./TopicNav";
import type { DraftState } from "./useDraft";

export type FormFilter = "all" | "mandatory" | "unfilled" | "problems";

/**
 * What the form shows: topics (with their filled/total counts for the navigation), narrowed by the filter, and
 * the reviewer's comments of the returned revision by indicator.
 */
export function useFormView(
  disclosure: TDisclosure,
  template: TDisclosureTemplate,
  draft: DraftState,
  problems: ProblemMap,
) {
  const [filter, setFilter] = useState<FormFilter>("all");

  const returned = useMemo(() => {
    const latest = disclosure.revisions[0];
    const out: Record<string, ShownComment[]> = {};
    if (disclosure.status !== "returned" || !latest) return out;
    for (const c of disclosure.comments.filter((x) => x.revision === latest.revision))
      out[c.indicatorId] = [...(out[c.indicatorId] ?? []), c];
    return out;
  }, [disclosure]);

  const keep = (item: TTemplateItem) => {
    switch (filter) {
      case "mandatory":
        return item.level === "mandatory" || item.level === "comply_or_explain";
      case "unfilled":
        return draft.filledOf([item]) === 0;
      case "problems":
        return !!problems.byIndicator[item.id]?.length || !!returned[item.id];
      default:
        return true;
    }
  };

  const topics = template.topics
    .map((tp, i) => ({ ...tp, key: `topic-${i}`, all: tp.items, items: tp.items.filter(keep) }))
    .filter((tp) => tp.items.length > 0);

  const nav: NavTopic[] = topics.map((tp) => ({
    key: tp.key,
    pillar: tp.pillar,
    topicZh: tp.topicZh,
    topicEn: tp.topicEn,
    filled: draft.filledOf(tp.all),
    total: tp.all.length,
    errors: tp.all.filter((i) => problems.byIndicator[i.id]?.some((p) => p.severity === "error")).length,
  }));

  return { filter, setFilter, topics, nav, returned };
}
