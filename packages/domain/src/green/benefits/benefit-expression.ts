import { Dec } from "../../rating/rating-decimal";
import type { BenefitExpressionNode } from "./benefit-types";

/** A named figure a formula uses: its exact value and the unit it is shown with. */
export interface BenefitFigure {
  readonly value: Dec;
  readonly unit: string;
}

const SYMBOL = { "+": "+", "-": "−", "*": "×", "/": "÷" } as const;
const PRECEDENCE = { "+": 1, "-": 1, "*": 2, "/": 2 } as const;

/**
 * Evaluates a formula tree with decimal.js: + − × are exact; ÷ is rounded half-even at 40 significant digits (the
 * engine's precision), far below any published place. A name the figures lack is a data error (the loader checks
 * every identifier), so it throws.
 */
export function evaluateBenefitExpression(
  node: BenefitExpressionNode,
  figures: ReadonlyMap<string, BenefitFigure>,
): Dec {
  switch (node.kind) {
    case "number":
      return new Dec(node.value);
    case "name": {
      const figure = figures.get(node.name);
      if (!figure) throw new Error(`benefit formula uses ${node.name}, which has no value`);
      return figure.value;
    }
    case "binary": {
      const left = evaluateBenefitExpression(node.left, figures);
      const right = evaluateBenefitExpression(node.right, figures);
      if (node.op === "+") return left.plus(right);
      if (node.op === "-") return left.minus(right);
      if (node.op === "*") return left.times(right);
      if (right.isZero()) throw new Error("benefit formula divides by zero");
      return left.dividedBy(right);
    }
  }
}

/** A figure as shown: "120000 MWh"; a dimensionless one without a unit. */
const showFigure = (f: BenefitFigure) =>
  f.unit === "" || f.unit === "1" ? f.value.toFixed() : `${f.value.toFixed()} ${f.unit}`;

/**
 * The formula with the figures put in, e.g. "120000 MWh × 0.5306 tCO2/MWh", with the parentheses the tree needs
 * (a lower-precedence operand, or the right operand of − and ÷ at equal precedence).
 */
export function substituteBenefitExpression(
  node: BenefitExpressionNode,
  figures: ReadonlyMap<string, BenefitFigure>,
): string {
  if (node.kind === "number") return node.value;
  if (node.kind === "name") {
    const figure = figures.get(node.name);
    return figure ? showFigure(figure) : node.name;
  }
  const wrap = (child: BenefitExpressionNode, right: boolean) => {
    const text = substituteBenefitExpression(child, figures);
    if (child.kind !== "binary") return text;
    const lower = PRECEDENCE[child.op] < PRECEDENCE[node.op];
    const sameRight = right && PRECEDENCE[child.op] === PRECEDENCE[node.op] && (node.op === "-" || node.op === "/");
    return lower || sameRight ? `(${text})` : text;
  };
  return `${wrap(node.left, false)} ${SYMBOL[node.op]} ${wrap(node.right, true)}`;
}
