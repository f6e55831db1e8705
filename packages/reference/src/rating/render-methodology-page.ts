import type { RatingMethodology } from "./load-rating-methodology";

/**
 * The page that documents a methodology, generated from its data so the text can never disagree with what the
 * engine does: the tree with every indicator's weight, rule and missing-data policy, the industry materiality map,
 * the grade scale, controversies and overrides. Markdown, Chinese names with English beside them.
 */
type Rule = RatingMethodology["pillars"][number]["themes"][number]["keyIssues"][number]["indicators"][number]["rule"];
type Missing =
  RatingMethodology["pillars"][number]["themes"][number]["keyIssues"][number]["indicators"][number]["missing"];

const cell = (s: string) => s.replaceAll("|", "\\|").replaceAll("\n", " ");
const dir = (d: "higher_is_better" | "lower_is_better") =>
  d === "higher_is_better" ? "higher is better" : "lower is better";
const points = (ps: readonly { value: string; score: string }[]) => ps.map((p) => `${p.value} → ${p.score}`).join("; ");

function ruleText(rule: Rule): string {
  switch (rule.kind) {
    case "thresholds":
      return `thresholds, ${dir(rule.direction)}: ${points(rule.points)}`;
    case "peer_percentile":
      return `peer percentile in the industry group, ${dir(rule.direction)}; under ${rule.minPeers} peers: ${points(rule.fallback)}`;
    case "ratio":
      return `ratio ${rule.numerator} ÷ ${rule.denominator} × ${rule.multiplier} (${rule.unit}), ${dir(rule.direction)}: ${points(rule.points)}`;
    case "presence":
      return "presence: yes → 100, no → 0";
    case "ladder":
      return `ladder: ${rule.options.map((o) => `${o.option} → ${o.score}`).join("; ")}`;
  }
}

function missingText(m: Missing): string {
  if (m.policy === "no_credit") return "no credit (0)";
  if (m.policy === "exclude_reweight") return "excluded, others re-weighted";
  return `industry median − ${m.penalty}`;
}

export function renderMethodologyPage(m: RatingMethodology): string {
  const names = new Map(m.inputs.map((i) => [i.id, i.name]));
  const issues = m.pillars.flatMap((p) => p.themes.flatMap((t) => t.keyIssues));
  const out: string[] = [
    `# ${m.name.zh} · ${m.name.en} (${m.ref})`,
    "",
    "<!-- Generated from packages/reference/data/rating by `npm run docs:methodology`; do not edit by hand. -->",
    "",
    `> ${m.about.standing}`,
    "",
    `Status: **${m.status}** · entity kind: ${m.entityKind} · disclosure catalogue ${m.disclosureCatalogue}.`,
    "",
    "## Why the weights are what they are",
    "",
    ...m.about.weightsRationale.map((r) => `- ${r}`),
    "",
    "## Indicators, rules and missing data",
    "",
  ];
  for (const p of m.pillars) {
    out.push(`### ${p.id} · ${p.name.zh} ${p.name.en}`, "");
    for (const t of p.themes)
      for (const k of t.keyIssues) {
        out.push(`#### ${t.name.zh} / ${k.name.zh} (${k.name.en}) — \`${k.id}\``, "");
        out.push("| indicator | weight in issue | rule | if missing |", "|---|---:|---|---|");
        for (const i of k.indicators) {
          // A ratio's id is "numerator/denominator": name both.
          const name = i.id
            .split("/")
            .map((part) => names.get(part)?.zh ?? part)
            .join(" ÷ ");
          out.push(`| ${i.id} ${cell(name)} | ${i.weight} | ${cell(ruleText(i.rule))} | ${missingText(i.missing)} |`);
        }
        out.push("");
      }
  }
  if (m.derivedInputs.length) {
    out.push("## Inputs the platform derives before rating", "");
    for (const d of m.derivedInputs) out.push(`- **${d.id}** ${d.name.zh} (${d.name.en}, ${d.unit}): ${d.definition}`);
    out.push("");
  }
  out.push("## Industry materiality map (key-issue weights, points of 100)", "", m.materiality.matching, "");
  out.push(`| key issue | ${m.materiality.groups.map((g) => cell(g.name.zh)).join(" | ")} |`);
  out.push(`|---|${m.materiality.groups.map(() => "---:").join("|")}|`);
  for (const k of issues)
    out.push(`| ${cell(k.name.zh)} | ${m.materiality.groups.map((g) => g.weights[k.id] ?? "0").join(" | ")} |`);
  out.push(
    "",
    ...m.materiality.groups.map(
      (g) =>
        `- **${g.name.zh}** (${g.industries.join(", ") || "default"})${g.highEmission ? ", high-emission" : ""}: ${g.rationale}`,
    ),
    "",
  );
  out.push("## Grade scale", "", m.scale.rule, "", "| grade | score from | label |", "|---|---:|---|");
  for (const g of m.scale.grades) out.push(`| ${g.grade} | ${g.lowerBound} | ${g.label.zh} ${g.label.en} |`);
  out.push(
    "",
    "## Controversies",
    "",
    m.controversies.formula,
    "",
    `Half-life ${m.controversies.halfLifeDays} days; events older than ${m.controversies.maxAgeDays} days count for nothing.`,
    "",
  );
  out.push(
    `- Severity deductions: ${m.controversies.severities.map((s) => `${s.severity} ${s.label.zh} −${s.deduction}`).join("; ")}.`,
  );
  out.push(`- Status factors: ${m.controversies.statuses.map((s) => `${s.label.zh} ×${s.factor}`).join("; ")}.`);
  out.push(
    `- Categories: ${m.controversies.categories.map((c) => `${c.name.zh} → \`${c.keyIssue}\``).join("; ")}.`,
    "",
  );
  out.push(
    "## Analyst overrides",
    "",
    m.overrides.note,
    "",
    `At most ${m.overrides.maxNotches} notches; rationale required: ${m.overrides.rationaleRequired ? "yes" : "no"}; four-eyes review: ${m.overrides.fourEyes ? "yes" : "no"}.`,
    "",
  );
  out.push(
    "## Rounding",
    "",
    m.about.rounding,
    "",
    "## Sources and verification",
    "",
    ...m.about.sources.map((s) => `- ${s}`),
    "",
    m.about.verification,
  );
  if (m.about.notes.length) out.push("", "## Notes", "", ...m.about.notes.map((n) => `- ${n}`));
  return `${out.join("\n")}\n`;
}
