import { useStatTemplates } from "../../../../api/statistics";
import { useLang } from "../../../../lib/labels";
import { named } from "../shared/labels";
import { periodOptions } from "../shared/periods";

/** The templates as Select options (the default ones first) and the recent periods of one of them. */
export function useTemplateOptions() {
  const lang = useLang();
  const q = useStatTemplates();
  const templates = [...(q.data ?? [])].sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
  return {
    templates: q.data,
    options: templates.map((tpl) => ({ value: tpl.ref, label: named(tpl, lang) })),
    periodsOf: (ref: string | undefined) => {
      const tpl = q.data?.find((x) => x.ref === ref);
      return tpl ? periodOptions(tpl.frequency) : [];
    },
  };
}
