/**
 * Green classifier benchmark: N project descriptions (default 100,000) generated deterministically from the texts of
 * the evaluation set green-id-eval@2026.1 with variations (numbers changed, a prefix and a suffix phrase, every
 * fifth in full-width digits, every seventh with its name given separately), classified one by one with full
 * evidence by the domain's classifier built once from the shipped reference data. Measured: building the classifier,
 * classifications per second, and the peak RSS above the start while classifying (results are summarised and
 * dropped as they come, as a batch run would write them out).
 *
 *   npx tsx scripts/bench/green-classify.ts [count]
 */
import { fileURLToPath } from "node:url";
import { buildGreenClassifier, type GreenProjectInput, SeededRandom } from "@greenfin/domain";
import {
  loadBlueFinanceCategories,
  loadGreenCrosswalks,
  loadGreenEvalSet,
  loadGreenTaxonomy,
  loadGreenVocabulary,
  loadTransitionFinanceReferences,
} from "@greenfin/reference";
import type { Result } from "../bench";
import { withMemoryPeak } from "./memory-peak";

export const GREEN_BENCH_COUNT = 100_000;

const PREFIX_ZH = ["", "本项目为", "拟申请绿色贷款：", "（2026年度）", "青岛市重点项目："];
const SUFFIX_ZH = ["", "项目总投资约5亿元。", "拟申请银团贷款。", "已取得环评批复。", "建设期两年。"];
const PREFIX_EN = ["", "Proposed use of proceeds: ", "Project: ", "2026 pipeline — "];
const SUFFIX_EN = ["", " Total investment about CNY 500 million.", " Environmental impact assessment approved.", ""];

const fullWidthDigits = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** The i-th description: the same for the same i on every run and machine. */
export function* benchDescriptions(count: number): Generator<GreenProjectInput> {
  const records = loadGreenEvalSet().records;
  const rnd = new SeededRandom(20260601);
  for (let i = 0; i < count; i++) {
    const r = records[i % records.length]!;
    const zh = r.language === "zh";
    let text = r.text.replace(/\d+/g, (n) => String(Number(n) + rnd.int(0, 9)));
    text = `${rnd.pick(zh ? PREFIX_ZH : PREFIX_EN)}${text}${rnd.pick(zh ? SUFFIX_ZH : SUFFIX_EN)}`;
    if (i % 5 === 4) text = fullWidthDigits(text);
    const split = i % 7 === 6 ? text.search(/[，,:：]/) : -1;
    yield {
      name: split > 0 ? text.slice(0, split) : null,
      description: split > 0 ? text.slice(split + 1) : text,
      industryCode: r.industryCode,
      parameters: r.parameters,
    };
  }
}

export interface GreenClassifyRun {
  count: number;
  buildSeconds: number;
  classifySeconds: number;
  perSecond: number;
  green: number;
  blue: number;
  transition: number;
  peakRssMiB: number;
  heapMiB: number;
}

export async function runGreenClassify(count = GREEN_BENCH_COUNT): Promise<GreenClassifyRun> {
  const crosswalks = loadGreenCrosswalks();
  const data = {
    catalogue: loadGreenTaxonomy(),
    vocabulary: loadGreenVocabulary(),
    blue: { ref: crosswalks.ref, links: crosswalks.cn2025ToBlue.links, categories: loadBlueFinanceCategories().nodes },
    transition: loadTransitionFinanceReferences(),
  };
  const inputs = [...benchDescriptions(count)];
  const t0 = performance.now();
  const classifier = buildGreenClassifier(data);
  const buildSeconds = (performance.now() - t0) / 1000;
  let green = 0;
  let blue = 0;
  let transition = 0;
  const t1 = performance.now();
  const { peakMiB, heapMiB } = await withMemoryPeak(() => {
    for (const input of inputs) {
      const r = classifier.classifyProject(input);
      if (r.top) green++;
      if (r.blue.relevant) blue++;
      if (r.transition.relevant) transition++;
    }
  });
  const classifySeconds = (performance.now() - t1) / 1000;
  return {
    count,
    buildSeconds,
    classifySeconds,
    perSecond: count / classifySeconds,
    green,
    blue,
    transition,
    peakRssMiB: peakMiB,
    heapMiB,
  };
}

export async function benchGreenClassify(count = GREEN_BENCH_COUNT): Promise<Result[]> {
  const r = await runGreenClassify(count);
  return [
    {
      name: `green classifier: build from the 2025 catalogue and vocabulary (automaton over every term)`,
      seconds: r.buildSeconds,
      note: "once per process",
    },
    {
      name: `green classifier: classify ${count.toLocaleString("en")} descriptions with full evidence`,
      seconds: r.classifySeconds,
      note: `${Math.round(r.perSecond).toLocaleString("en")}/s; ${r.green.toLocaleString("en")} green, ${r.blue.toLocaleString("en")} blue, ${r.transition.toLocaleString("en")} transition; peak RSS +${r.peakRssMiB.toFixed(0)} MiB (heap +${r.heapMiB.toFixed(0)} MiB)`,
    },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? GREEN_BENCH_COUNT);
  const r = await runGreenClassify(count);
  process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
}
