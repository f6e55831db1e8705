import { Anchor, Badge } from "antd";
import { useLang } from "../../../../lib/labels";

export interface NavTopic {
  key: string;
  pillar: "E" | "S" | "G";
  topicZh: string;
  topicEn: string;
  filled: number;
  total: number;
  errors: number;
}

const PILLAR_COLORS = { E: "#2e9d5b", S: "#1d7fb8", G: "#7a5cc1" } as const;

/** The topics down the left, each with filled/total items; a click scrolls to the topic. */
export function TopicNav({ topics }: { topics: readonly NavTopic[] }) {
  const lang = useLang();
  return (
    <Anchor
      className="gf-dsc-nav"
      offsetTop={72}
      targetOffset={84}
      affix={false}
      replace
      items={topics.map((tp) => ({
        key: tp.key,
        href: `#${tp.key}`,
        title: (
          <span className="gf-dsc-nav-item" data-testid={`nav-${tp.key}`}>
            <span className="gf-dsc-pillar" style={{ background: PILLAR_COLORS[tp.pillar] }}>
              {tp.pillar}
            </span>
            <span className="gf-dsc-nav-name">{lang === "en" ? tp.topicEn : tp.topicZh}</span>
            {tp.errors > 0 ? (
              <Badge count={tp.errors} size="small" />
            ) : (
              <span className={tp.filled === tp.total ? "gf-dsc-nav-count gf-dsc-nav-done" : "gf-dsc-nav-count"}>
                {tp.filled}/{tp.total}
              </span>
            )}
          </span>
        ),
      }))}
    />
  );
}
