import type { TGreenClassification } from "@greenfin/contracts";
import { Alert, Space, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../lib/labels";

/** Blue and transition relevance, exclusions and the reasons for "not green". */
export function ClassificationFlags({ c }: { c: TGreenClassification }) {
  const { t } = useTranslation();
  const colon = t("green.colon");
  const en = useLang() === "en";
  const msg = (m: { zh: string; en: string }) => (en ? m.en : m.zh);
  const applied = c.globalExclusions.filter((g) => g.applied);
  return (
    <Space orientation="vertical" size={6} style={{ width: "100%" }}>
      <Space wrap size={4}>
        {c.blue.relevant && (
          <Tag color="blue" data-testid="green-flag-blue">
            {t("green.classify.blue")}
            {c.blue.categories.length > 0 &&
              ` · ${c.blue.categories.map((b) => (en ? b.nameEn : (b.nameZh ?? b.nameEn))).join("、")}`}
          </Tag>
        )}
        {c.transition.relevant && (
          <Tag color="orange" data-testid="green-flag-transition">
            {t("green.classify.transition")} · {c.transition.sectors.map((s) => (en ? s.nameEn : s.nameZh)).join("、")}
          </Tag>
        )}
      </Space>
      {c.blue.relevant && <div className="gf-green-sub">{msg(c.blue.message)}</div>}
      {c.transition.relevant && <div className="gf-green-sub">{msg(c.transition.message)}</div>}
      {(c.excluded.length > 0 || applied.length > 0) && (
        <Alert
          type="warning"
          showIcon
          data-testid="green-exclusions"
          title={t("green.classify.excluded")}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {c.excluded.map((x) => (
                <li key={`x-${x.code}`}>
                  {x.code} {en ? x.nameEn : x.nameZh}
                  {colon}
                  {msg(x.message)}
                </li>
              ))}
              {applied.map((g) => (
                <li key={`g-${g.id}`}>
                  {t("green.classify.globalExclusions")}
                  {colon}
                  {g.nameEn} ({g.reason})
                </li>
              ))}
            </ul>
          }
        />
      )}
      {c.noneReasons.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={t("green.classify.noneReasons")}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {c.noneReasons.map((r) => (
                <li key={r.code}>{msg(r.message)}</li>
              ))}
            </ul>
          }
        />
      )}
    </Space>
  );
}
