/**
 * The library's pure helpers: actual-vs-expected ratios (golden cases by hand, and a property: the ratio is a/e to
 * within half a unit of the 4th place) and the document type check (by content, not by the name alone).
 */
import { benefitRatio, documentMediaType } from "@greenfin/app";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("benefitRatio", () => {
  it("divides exactly and rounds half away from zero to 4 places", () => {
    expect(benefitRatio("45000", "60000")).toBe("0.75");
    expect(benefitRatio("66000", "60000")).toBe("1.1");
    expect(benefitRatio("1", "3")).toBe("0.3333");
    expect(benefitRatio("2", "3")).toBe("0.6667");
    expect(benefitRatio("0.00005", "1")).toBe("0.0001");
    expect(benefitRatio("0.00004", "1")).toBe("0");
    expect(benefitRatio("-1", "8")).toBe("-0.125");
    expect(benefitRatio("12.5", "0.5")).toBe("25");
    expect(benefitRatio("5", "0")).toBeNull();
    expect(benefitRatio("5", null)).toBeNull();
  });

  it("is actual / expected to within 0.00005", () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }))
      .map(([n, places]) => {
        const s = n.toString().padStart(places + 1, "0");
        return places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
      });
    fc.assert(
      fc.property(decimal, decimal, (a, e) => {
        const r = benefitRatio(a, e);
        const toFrac = (v: string) => {
          const [w = "0", f = ""] = v.replace("-", "").split(".");
          return { n: BigInt(w + f) * (v.startsWith("-") ? -1n : 1n), d: 10n ** BigInt(f.length) };
        };
        const ea = toFrac(e);
        if (ea.n === 0n) return r === null;
        const x = toFrac(a);
        const q = toFrac(r!);
        // |q − a/e| ≤ 1/20000  ⇔  |20000·(q.n·x.d·ea.n − x.n·ea.d·q.d)| ≤ q.d·x.d·ea.n
        const diff = 20000n * (q.n * x.d * ea.n - x.n * ea.d * q.d);
        return (diff < 0n ? -diff : diff) <= q.d * x.d * ea.n;
      }),
    );
  });
});

describe("documentMediaType", () => {
  it("recognises PDFs, images and Office files by their first bytes", () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(documentMediaType(Buffer.from("%PDF-1.7"), "a.bin")).toBe("application/pdf");
    expect(documentMediaType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d]), "x")).toBe("image/png");
    expect(documentMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), "x")).toBe("image/jpeg");
    expect(documentMediaType(Buffer.from("RIFF\0\0\0\0WEBPVP8 "), "x")).toBe("image/webp");
    expect(documentMediaType(zip, "可研报告.DOCX")).toMatch(/wordprocessingml/);
    expect(documentMediaType(zip, "台账.xlsx")).toMatch(/spreadsheetml/);
    expect(documentMediaType(ole, "old.xls")).toBe("application/vnd.ms-excel");
  });

  it("refuses anything else, whatever the name says", () => {
    expect(documentMediaType(Buffer.from("MZ\x90\0"), "report.pdf")).toBeNull();
    expect(documentMediaType(Buffer.from([0x50, 0x4b, 0x03, 0x04]), "archive.zip")).toBeNull();
    expect(documentMediaType(Buffer.from("<html>"), "page.docx")).toBeNull();
  });
});
