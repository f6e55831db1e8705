import { z } from "zod";

/**
 * The shape of `data/industry/gbt4754-2017.json` as it is stored: the file keeps the field names of
 * its source (`name_cn`, `klass`, …); the loader turns it into the camel-cased `IndustryClassification`.
 *
 * Some names in the source end with a stray space ("家具制造业 "); `name` trims them.
 */
const name = z.string().trim().min(1, "a name must not be empty");
const sectionCode = z.string().regex(/^[A-T]$/, "a section code is one letter A–T");
const divisionCode = z.string().regex(/^\d{2}$/, "a division code has two digits");
const groupCode = z.string().regex(/^\d{3}$/, "a group code has three digits");
const classCode = z.string().regex(/^\d{4}$/, "a class code has four digits");

const zSectionRow = z.object({
  code: sectionCode,
  name_cn: name,
  name_en_unofficial: name,
  scope_note: z.string(),
});

const zDivisionRow = z.object({ section: sectionCode, code: divisionCode, name_cn: name });

const zHighEmissionDivisionRow = z.object({ division: divisionCode, note: z.string(), name_cn: name });

/** A level-3 row names a group (中类) and has an empty `klass`; a level-4 row names a class (小类). */
const zDetailRow = z.discriminatedUnion("level", [
  z.object({
    level: z.literal(3),
    section: sectionCode,
    division: divisionCode,
    group: groupCode,
    klass: z.literal(""),
    name_cn: name,
  }),
  z.object({
    level: z.literal(4),
    section: sectionCode,
    division: divisionCode,
    group: groupCode,
    klass: classCode,
    name_cn: name,
  }),
]);

const zMeta = z.object({
  standard: z.string().min(1),
  source: z.string().min(1, "the data set must name its source"),
  verification: z.string().min(1, "the data set must say how it was verified"),
  counts_in_source: z.object({
    sections: z.number().int(),
    divisions: z.number().int(),
  }),
});

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const v of values) (seen.has(v) ? repeated : seen).add(v);
  return [...repeated];
}

export const zIndustryClassificationFile = z
  .object({
    _meta: zMeta,
    sections: z.array(zSectionRow),
    divisions: z.array(zDivisionRow),
    high_emission_divisions: z.array(zHighEmissionDivisionRow),
    high_emission_detail: z.array(zDetailRow),
  })
  .superRefine((file, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    const { counts_in_source: counts } = file._meta;
    if (file.sections.length !== counts.sections)
      issue(["sections"], `expected ${counts.sections} sections (as _meta says), found ${file.sections.length}`);
    if (file.divisions.length !== counts.divisions)
      issue(["divisions"], `expected ${counts.divisions} divisions (as _meta says), found ${file.divisions.length}`);

    for (const code of duplicates(file.sections.map((s) => s.code)))
      issue(["sections"], `section ${code} is listed twice`);
    for (const code of duplicates(file.divisions.map((d) => d.code)))
      issue(["divisions"], `division ${code} is listed twice`);
    const classCodes = file.high_emission_detail.flatMap((r) => (r.level === 4 ? [r.klass] : []));
    for (const code of duplicates(classCodes)) issue(["high_emission_detail"], `class ${code} is listed twice`);

    const sections = new Set(file.sections.map((s) => s.code));
    const sectionOfDivision = new Map(file.divisions.map((d) => [d.code, d.section]));
    file.divisions.forEach((d, i) => {
      if (!sections.has(d.section))
        issue(["divisions", i, "section"], `division ${d.code} names unknown section ${d.section}`);
    });
    file.high_emission_divisions.forEach((h, i) => {
      if (!sectionOfDivision.has(h.division))
        issue(["high_emission_divisions", i, "division"], `unknown division ${h.division}`);
    });
    file.high_emission_detail.forEach((row, i) => {
      const code = row.level === 4 ? row.klass : row.group;
      if (sectionOfDivision.get(row.division) !== row.section)
        issue(["high_emission_detail", i], `${code}: division ${row.division} is not in section ${row.section}`);
      if (!row.group.startsWith(row.division) || (row.level === 4 && !row.klass.startsWith(row.group)))
        issue(["high_emission_detail", i], `${code} does not nest under division ${row.division} / group ${row.group}`);
    });
  });

export type IndustryClassificationFile = z.infer<typeof zIndustryClassificationFile>;
