import type { GreenCandidate, GreenClassification, TermEvidence } from "@greenfin/domain";

/** One classification as the terminal shows it: every line in Chinese with its English beside it. */

const FIELD = { name: "名称 name", description: "描述 description" } as const;

function term(t: TermEvidence): string {
  const note =
    t.note === "repeat"
      ? " 重复 repeat"
      : t.note === "overlaps-counted-term"
        ? " 与已计入的词重叠 overlaps a counted term"
        : t.note === "inside-longer-term-of-another-item"
          ? " 含于其他条目的更长词 inside another item's longer term"
          : "";
  const as = t.text === t.term ? "" : ` ("${t.text}")`;
  return `“${t.term}”${as} ${FIELD[t.field]} [${t.start},${t.end}) +${t.weight}${note}`;
}

function candidateLines(c: GreenCandidate, rank: number): string[] {
  const e = c.evidence;
  const lines = [
    `${rank}. ${c.code}  得分 score ${c.score}  置信度 confidence ${c.confidence}`,
    `   ${c.pathZh.join(" > ")}`,
    `   ${c.pathEn.join(" > ")}`,
    `   关键词 Terms: ${e.terms.map(term).join("; ")}`,
  ];
  if (e.activity)
    lines.push(
      `   活动类型 Activity: ${e.activity.nameZh} / ${e.activity.nameEn} ${e.activity.weight >= 0 ? "+" : ""}${e.activity.weight}` +
        (e.activity.cues.length ? `（线索 cues: ${e.activity.cues.join(", ")}）` : "") +
        (e.activity.otherKinds.length ? `（其他类型 other kinds: ${e.activity.otherKinds.join(", ")}）` : ""),
    );
  lines.push(
    e.industry
      ? `   行业代码 Industry: ${e.industry.code} ${e.industry.match === "class" ? "同小类 same class" : "同大类 same division"} ${e.industry.classes.map((g) => `${g.code} ${g.nameZh}`).join(", ")} +${e.industry.weight}`
      : "   行业代码 Industry: 不匹配或未提供 no match or not given",
  );
  for (const p of e.parameters)
    lines.push(
      `   参数 Parameter ${p.rule}: ${p.outcome}${p.stated ? `（填报 stated ${p.stated.value}${p.stated.unit ? ` ${p.stated.unit}` : ""}）` : ""}`,
    );
  lines.push(`   参数 Parameters: ${e.parametersNote.zh} / ${e.parametersNote.en}`);
  if (e.lead) lines.push(`   首先提及 Named first: +${e.lead}`);
  for (const f of e.corrections)
    lines.push(
      `   审核更正 Correction ${f.id}: ${f.action} ${f.by === "term" ? `“${f.term}”` : "fingerprint"} ${f.weight}`,
    );
  return lines;
}

export function classificationText(r: GreenClassification): string {
  const out: string[] = [];
  out.push(`绿色项目识别 Green classification — ${r.catalogue}（阈值 threshold ${r.threshold}）`);
  out.push(
    r.top
      ? `结论 Verdict: 绿色 green — ${r.top.code} ${r.top.nameZh} / ${r.top.nameEn}（置信度 confidence ${r.top.confidence}）`
      : "结论 Verdict: 未认定 none",
  );
  for (const reason of r.noneReasons) out.push(`  - ${reason.message.zh}`, `    ${reason.message.en}`);
  if (r.candidates.length) {
    out.push("", "候选条目 Candidates:");
    r.candidates.forEach((c, i) => {
      out.push(...candidateLines(c, i + 1));
    });
  }
  if (r.excluded.length) {
    out.push("", "排除的条目 Excluded items:");
    for (const e of r.excluded) out.push(`  ${e.code} ${e.nameZh}: ${e.message.zh}`, `    ${e.message.en}`);
  }
  if (r.globalExclusions.length) {
    out.push("", "全目录排除项 Catalogue-wide exclusions:");
    for (const g of r.globalExclusions)
      out.push(
        `  ${g.id} (${g.nameEn}): ${g.terms.map((t) => `“${t.text}”`).join(", ")} — ${g.applied ? "适用 applies" : `不适用，豁免词 overridden by ${g.overrides.map((t) => `“${t.text}”`).join(", ")}`}`,
      );
  }
  if (r.negations.length) {
    out.push("", "被否定的词 Negated terms:");
    for (const n of r.negations)
      out.push(`  “${n.cue}” … “${n.text}” (${n.roles.join(", ")}) ${FIELD[n.field]} [${n.start},${n.end})`);
  }
  if (r.industry && !r.industry.recognised)
    out.push("", `行业代码无法识别 Industry code not recognised: ${r.industry.code}`);
  out.push("", `蓝色金融 Blue: ${r.blue.relevant ? "是 yes" : "否 no"} — ${r.blue.message.zh} / ${r.blue.message.en}`);
  out.push(
    `转型金融 Transition: ${r.transition.relevant ? "是 yes" : "否 no"} — ${r.transition.message.zh} / ${r.transition.message.en}`,
  );
  return `${out.join("\n")}\n`;
}
