import { SaveOutlined } from "@ant-design/icons";
import type { TDisclosure, TDisclosureTemplate } from "@greenfin/contracts";
import { Alert, Badge, Button, Empty, Segmented, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../../lib/labels";
import { problemMessage } from "../../shared/problemText";
import type { ProblemMap } from "../problemMap";
import { IndicatorCard } from "./IndicatorCard";
import { TopicNav } from "./TopicNav";
import type { DraftState } from "./useDraft";
import { type FormFilter, useFormView } from "./useFormView";

interface Props {
  disclosure: TDisclosure;
  template: TDisclosureTemplate;
  draft: DraftState;
  problems: ProblemMap;
  readOnly: boolean;
  reviewing: boolean;
  comments: Readonly<Record<string, string>>;
  onComment: (indicatorId: string, text: string) => void;
}

const FILTERS: FormFilter[] = ["all", "mandatory", "unfilled", "problems"];

/** 填报: topics on the left, every indicator of the template on the right, "保存草稿" on top. */
export function FormTab(p: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { filter, setFilter, topics, nav, returned } = useFormView(p.disclosure, p.template, p.draft, p.problems);
  const { draft } = p;

  return (
    <div className="gf-dsc-form" data-testid="disclosure-form">
      <div className="gf-dsc-toolbar">
        <Segmented<FormFilter>
          value={filter}
          onChange={setFilter}
          options={FILTERS.map((f) => ({ value: f, label: t(`disclosure.form.filter.${f}`) }))}
        />
        <Space>
          {p.readOnly ? (
            <Typography.Text type="secondary">
              {p.disclosure.access === "owner" ? t("disclosure.form.readOnly") : t("disclosure.form.readOnlyOther")}
            </Typography.Text>
          ) : (
            <>
              <Typography.Text type="secondary">
                {t("disclosure.form.changed", { count: draft.changed })}
              </Typography.Text>
              <Badge count={draft.changed} size="small" color="#c9a227">
                <Button
                  type="primary"
                  icon={<SaveOutlined />}
                  loading={draft.saving}
                  onClick={draft.save}
                  data-testid="save-draft"
                >
                  {t("disclosure.form.saveDraft")}
                </Button>
              </Badge>
            </>
          )}
        </Space>
      </div>
      {p.problems.general.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t("disclosure.form.generalProblems")}
          description={p.problems.general.map((x) => (
            <div key={`${x.code}-${x.messageZh}`}>{problemMessage(x, lang)}</div>
          ))}
        />
      )}
      <div className="gf-dsc-form-body">
        <aside className="gf-dsc-form-nav">
          <TopicNav topics={nav} />
        </aside>
        <div className="gf-dsc-form-items">
          {topics.length === 0 && <Empty description={t("disclosure.form.noneMatch")} />}
          {topics.map((tp) => (
            <section key={tp.key} id={tp.key} className="gf-dsc-topic">
              <h3 className="gf-dsc-topic-title">
                <span>{lang === "en" ? tp.topicEn : tp.topicZh}</span>
                <span className="gf-dsc-topic-count">
                  {t("disclosure.form.topicCount", { filled: draft.filledOf(tp.all), total: tp.all.length })}
                </span>
              </h3>
              {tp.items.map((item) => (
                <IndicatorCard
                  key={item.id}
                  item={item}
                  stored={draft.stored[item.id]}
                  edits={draft.edits[item.id]}
                  added={draft.added[item.id]}
                  problems={p.problems.byIndicator[item.id]}
                  returned={returned[item.id]}
                  readOnly={p.readOnly}
                  reviewing={p.reviewing}
                  comment={p.comments[item.id] ?? ""}
                  onCell={draft.setCell}
                  onAddRow={draft.addRow}
                  onComment={p.onComment}
                />
              ))}
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
