/**
 * Green classifier benchmark: N project descriptions (default 50,000; GF_BENCH_GREEN_COUNT) generated deterministically from the texts of
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
import { withMemoryPeak } from "./memory-peak";
import { count, per, type Result, result } from "./result";

export const GREEN_BENCH_COUNT = Number(process.env.GF_BENCH_GREEN_COUNT ?? 50_000);

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
  baseRssMiB: number;
  peakRssMiB: number;
  heapMiB: number;
  /** The reference (keywordTagger below) over the same descriptions. */
  referenceSeconds: number;
}

/**
 * The reference: a plain keyword tagger over the same descriptions — the text NFKC-normalised and lower-cased, every
 * term of every catalogue node (Chinese and English) looked for with String.includes, the node with the most hits
 * taken. No automaton, no exclusions, no parameters, no blue or transition screens, no evidence.
 */
function keywordTagger(inputs: readonly GreenProjectInput[]): { seconds: number; tagged: number } {
  const nodes = loadGreenVocabulary().nodes.map((n) => ({
    code: n.code,
    terms: [...n.termsZh, ...n.termsEn].map((t) => t.normalize("NFKC").toLowerCase()),
  }));
  const started = performance.now();
  let tagged = 0;
  for (const input of inputs) {
    const text = `${input.name ?? ""} ${input.description}`.normalize("NFKC").toLowerCase();
    let best = 0;
    for (const node of nodes) {
      let hits = 0;
      for (const term of node.terms) if (text.includes(term)) hits++;
      if (hits > best) best = hits;
    }
    if (best > 0) tagged++;
  }
  return { seconds: (performance.now() - started) / 1000, tagged };
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
  const baseRssMiB = process.memoryUsage().rss / 2 ** 20;
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
  const reference = keywordTagger(inputs);
  if (reference.tagged === 0) throw new Error("the keyword tagger found nothing");
  return {
    count,
    buildSeconds,
    classifySeconds,
    perSecond: count / classifySeconds,
    green,
    blue,
    transition,
    baseRssMiB,
    peakRssMiB: baseRssMiB + peakMiB,
    heapMiB,
    referenceSeconds: reference.seconds,
  };
}

export async function benchGreenClassify(n = GREEN_BENCH_COUNT): Promise<Result[]> {
  const r = await runGreenClassify(n);
  return [
    result({
      name: `green: classify ${count(n)} project descriptions with full evidence (classifier built once from the 2025 catalogue and vocabulary)`,
      seconds: r.classifySeconds,
      throughput: per(n, r.classifySeconds, "descriptions/s"),
      peakRssMiB: r.peakRssMiB,
      reference: {
        name: "a plain keyword tagger: NFKC and lower case, String.includes of every node's terms, most hits wins",
        seconds: r.referenceSeconds,
        throughput: per(n, r.referenceSeconds, "descriptions/s"),
      },
      note:
        `bench process (RSS before ${r.baseRssMiB.toFixed(0)} MiB, heap +${r.heapMiB.toFixed(0)} MiB); building the classifier ${r.buildSeconds.toFixed(2)} s; ` +
        `${count(r.green)} green, ${count(r.blue)} blue, ${count(r.transition)} transition`,
    }),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? GREEN_BENCH_COUNT);
  const r = await runGreenClassify(count);
  process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
}
