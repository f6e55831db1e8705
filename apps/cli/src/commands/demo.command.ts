import { AppError, DEFAULT_DEMO_SEED, DEMO_PASSWORD, seedDemoDistrict } from "@greenfin/app";
import type { Command } from "commander";
import { withPlatform } from "../cli-platform";

function integer(name: string, text: string): number {
  if (!/^-?\d+$/.test(text)) {
    throw AppError.validation([{ path: name, messageZh: `${name} 须为整数`, messageEn: `${name} must be an integer` }]);
  }
  return Number(text);
}

export function demoCommand(program: Command): void {
  const demo = program.command("demo").description("The demo district");
  demo
    .command("seed")
    .description("Seed the demo district into an empty database (deterministic for a seed)")
    .option("--seed <n>", "random seed", String(DEFAULT_DEMO_SEED))
    .option("--enterprises <n>", "number of enterprises", "2000")
    .action((opts: { seed: string; enterprises: string }) =>
      withPlatform(program.opts(), async (p) => {
        const r = await seedDemoDistrict(p, {
          seed: integer("seed", opts.seed),
          enterpriseCount: integer("enterprises", opts.enterprises),
        });
        if (!r.seeded) {
          process.stdout.write("The database already holds organisations; nothing was seeded.\n");
          return;
        }
        process.stdout.write(`Seeded ${r.organisations} organisations and ${r.users} users (seed ${r.seed}).\n`);
        const d = r.disclosures;
        process.stdout.write(
          `Seeded ${d.disclosures} ESG disclosures (${d.revisions} submitted revisions, ${d.comments} review comments).\n`,
        );
        const pf = r.portfolios;
        process.stdout.write(
          `Seeded ${pf.links} portfolio links of ${pf.managers} fund managers (${pf.byLinkStatus.active} active) and ${pf.disclosures} portfolio-company disclosures.\n`,
        );
        if (r.ratings)
          process.stdout.write(
            `Rated ${r.ratings.results} entities in ${r.ratings.runs} rating runs; ${r.ratings.controversies} controversies recorded.\n`,
          );
        if (r.carbon)
          process.stdout.write(
            `Imported ${r.carbon.activityRows} monthly activity rows of ${r.carbon.enterprises} enterprises; ${r.carbon.etsAllocations} ETS allocations; carbon accounts ${r.carbon.accounts}.\n`,
          );
        if (r.pcaf)
          process.stdout.write(
            `Uploaded ${r.pcaf.books} financed-emissions books of ${r.pcaf.positions} positions; ${r.pcaf.grants} carbon consent grants; runs ${r.pcaf.runs}.\n`,
          );
        if (r.green)
          process.stdout.write(
            `Seeded ${r.green.projects} green projects (${r.green.certified} certified, ${r.green.financed} financed) with ${r.green.benefitReports} benefit reports; ${r.green.financings} green financings (${r.green.standalone} outside the library).\n`,
          );
        if (r.market)
          process.stdout.write(
            `Seeded the marketplace: ${r.market.published} products on offer, ${r.market.needs} financing needs (${Object.entries(
              r.market.byStatus,
            )
              .map(([s, n]) => `${n} ${s}`)
              .join(
                ", ",
              )}), ${r.market.claims} claims (${r.market.overdueClaims} overdue), ${r.market.pledges} carbon pledges, ${r.market.subsidyProgrammes} subsidy programmes in ${r.market.ms} ms.\n`,
          );
        if (r.statistics)
          process.stdout.write(
            `Seeded ${r.statistics.reports} statistics reports (${r.statistics.monthly} monthly, ${r.statistics.quarterly} quarterly; ${r.statistics.submitted} awaiting review, ${r.statistics.returned} returned, ${r.statistics.revised} corrected) with ${r.statistics.values} figures, and ${r.targets ?? 0} district targets, in ${r.statistics.ms} ms.\n`,
          );
        process.stdout.write(`Demo password: ${DEMO_PASSWORD}\n`);
        for (const l of r.logins.slice(0, 32))
          process.stdout.write(`  ${l.email.padEnd(36)} ${l.role.padEnd(9)} ${l.orgNameZh}\n`);
      }),
    );
}
