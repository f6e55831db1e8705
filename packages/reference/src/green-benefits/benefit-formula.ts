/**
 * The formula language of the benefit methods: decimal numbers, identifiers (input, factor or earlier output keys),
 * + - * / and parentheses — nothing else, so a formula can only ever be arithmetic over named, sourced figures.
 * Parsed once when the method set is loaded; the domain evaluates the tree with exact decimals.
 */

export type BenefitExpression =
  | { readonly kind: "number"; readonly value: string }
  | { readonly kind: "name"; readonly name: string }
  | {
      readonly kind: "binary";
      readonly op: "+" | "-" | "*" | "/";
      readonly left: BenefitExpression;
      readonly right: BenefitExpression;
    };

/** A formula that is not valid: the message says where. */
export class BenefitFormulaError extends Error {
  override name = "BenefitFormulaError";
}

type Token = { kind: "number" | "name" | "op" | "open" | "close"; text: string; at: number };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|([a-z][a-z0-9_]*)|([+\-*/])|(\()|(\)))/y;

function tokenise(formula: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    const at = TOKEN.lastIndex;
    if (/^\s*$/.test(formula.slice(at))) break;
    const m = TOKEN.exec(formula);
    if (!m) throw new BenefitFormulaError(`unexpected character "${formula.slice(at).trim()[0]}" at ${at + 1}`);
    const [, num, name, op, open] = m;
    const kind = num ? "number" : name ? "name" : op ? "op" : open ? "open" : "close";
    const text = num ?? name ?? op ?? open ?? ")";
    tokens.push({ kind, text, at: m.index + m[0].length - text.length });
  }
  return tokens;
}

/** Recursive descent: expr = term (("+"|"-") term)*; term = atom (("*"|"/") atom)*; atom = number | name | "(" expr ")". */
export function parseBenefitFormula(formula: string): BenefitExpression {
  const tokens = tokenise(formula);
  let i = 0;
  const peek = () => tokens[i];
  const fail = (what: string): never => {
    const t = peek();
    throw new BenefitFormulaError(t ? `expected ${what} at "${t.text}" (${t.at + 1})` : `expected ${what} at the end`);
  };
  const atom = (): BenefitExpression => {
    const t = peek();
    if (t?.kind === "number" || t?.kind === "name") {
      i++;
      return t.kind === "number" ? { kind: "number", value: t.text } : { kind: "name", name: t.text };
    }
    if (t?.kind !== "open") return fail("a number, a name or (");
    i++;
    const inner = expr();
    if (peek()?.kind !== "close") fail(")");
    i++;
    return inner;
  };
  const chain = (next: () => BenefitExpression, ops: string): BenefitExpression => {
    let left = next();
    for (let t = peek(); t?.kind === "op" && ops.includes(t.text); t = peek()) {
      i++;
      left = { kind: "binary", op: t.text as "+" | "-" | "*" | "/", left, right: next() };
    }
    return left;
  };
  const term = () => chain(atom, "*/");
  const expr = (): BenefitExpression => chain(term, "+-");
  if (tokens.length === 0) throw new BenefitFormulaError("the formula is empty");
  const tree = expr();
  if (i < tokens.length) fail("an operator");
  return tree;
}

/** The names a formula uses, in order of first use. */
export function formulaNames(expression: BenefitExpression): string[] {
  const names: string[] = [];
  const walk = (e: BenefitExpression) => {
    if (e.kind === "name") {
      if (!names.includes(e.name)) names.push(e.name);
    } else if (e.kind === "binary") {
      walk(e.left);
      walk(e.right);
    }
  };
  walk(expression);
  return names;
}
