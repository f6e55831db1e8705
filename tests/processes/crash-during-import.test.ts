/**
 * kill -9 of a server in the middle of the largest synchronous import: a district's utility feed of activity data
 * (a CSV streamed into one transaction, staged by COPY). The upload is held back halfway, so the kill lands while the
 * import's transaction is open and has staged rows. Afterwards nothing of it is left, the audit chain verifies, and
 * the same file imported again (through the other process, with the same session) is saved whole with exact counts.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditChainReport, backends, countOf } from "./support/db-checks";
import { HttpSession, ok } from "./support/http-session";
import { createProcessDatabase, type ProcessDatabase } from "./support/process-database";
import { killAllServers, type ServerProcess, startServer } from "./support/server-process";
import { waitFor } from "./support/wait-for";

const METERS = 200; // × 24 enterprises × 12 months: 57,600 rows, about 3 MB
const IMPORT_PATH = "/api/carbon/activity/import?format=csv&fileName=utility-feed.csv";

let pdb: ProcessDatabase;
let victim: ServerProcess | undefined;
let survivor: ServerProcess | undefined;
let district: HttpSession;
let csvLines: string[];

async function tableCounts() {
  return {
    activity: await countOf(pdb.db, "SELECT count(*) AS n FROM carbon_activity"),
    imports: await countOf(pdb.db, "SELECT count(*) AS n FROM carbon_activity_imports"),
    audit: await countOf(pdb.db, "SELECT count(*) AS n FROM audit_log"),
  };
}

/** Starts streaming the CSV and sends only `lines`; the request stays open. Resolves with what the client saw. */
function startUpload(baseUrl: string, lines: string[]): Promise<string> {
  const req = request(`${baseUrl}${IMPORT_PATH}`, {
    method: "POST",
    headers: { ...district.writeHeaders(), "content-type": "text/csv", "transfer-encoding": "chunked" },
  });
  const outcome = new Promise<string>((resolve) => {
    req.on("response", (res) => resolve(`HTTP ${res.statusCode}`));
    req.on("error", (e) => resolve(`error ${(e as NodeJS.ErrnoException).code ?? e.message}`));
  });
  for (let i = 0; i < lines.length; i += 2000) req.write(`${lines.slice(i, i + 2000).join("\n")}\n`);
  return outcome;
}

beforeAll(async () => {
  pdb = await createProcessDatabase();
  [victim, survivor] = await Promise.all([
    startServer({ databaseUrl: pdb.url, port: 19300, leaseSeconds: 2 }),
    startServer({ databaseUrl: pdb.url, port: 19301, leaseSeconds: 2 }),
  ]);
  district = await HttpSession.login(victim.url, "admin@district.demo");
  const ents = await pdb.db.query<{ uscc: string }>(
    "SELECT uscc FROM organisations WHERE kind = 'enterprise' ORDER BY uscc",
  );
  csvLines = ["enterprise,meter,month,item,quantity,unit"];
  for (const { uscc } of ents.rows)
    for (let m = 1; m <= METERS; m++)
      for (let month = 1; month <= 12; month++)
        csvLines.push(
          `${uscc},m${String(m).padStart(4, "0")},2025-${String(month).padStart(2, "0")},electricity,${1000 + m + month},kWh`,
        );
});

afterAll(async () => {
  await killAllServers();
  await pdb?.drop();
});

describe("kill -9 during a large activity import", () => {
  it("leaves nothing half-written, and the same import retried is saved whole", async () => {
    const rows = csvLines.length - 1;
    const before = await tableCounts();

    const upload = startUpload(victim!.url, csvLines.slice(0, Math.floor(csvLines.length / 2)));
    // Mid-work: the import's transaction has written (staged batches by COPY) and waits for the rest of the file.
    await waitFor("the import's transaction staging rows", async () => {
      const staging = await backends(
        pdb.db,
        pdb.name,
        `application_name = '${victim!.appName}' AND backend_xid IS NOT NULL AND query ILIKE 'COPY%carbon_activity_stage%'`,
      );
      return staging.length === 1;
    });
    await victim!.kill9();
    expect(await upload).toMatch(/^error /); // the client never got an answer
    // PostgreSQL rolls the import back once it finds the connection gone.
    await waitFor(
      "the dead process's database sessions ended",
      async () => (await backends(pdb.db, pdb.name, `application_name = '${victim!.appName}'`)).length === 0,
    );
    expect(await tableCounts()).toEqual(before);
    expect(await auditChainReport(district.on(survivor!.url))).toMatchObject({ ok: true, breaks: 0 });

    // Sessions live in the database: the district's session carries on through the other process.
    const res = await fetch(`${survivor!.url}${IMPORT_PATH}`, {
      method: "POST",
      headers: { ...district.writeHeaders(), "content-type": "text/csv" },
      body: `${csvLines.join("\n")}\n`,
    });
    const result = ok({ status: res.status, body: (await res.json()) as Record<string, unknown> });
    expect(result).toMatchObject({ rowCount: rows, inserted: rows, updated: 0, unchanged: 0, enterprises: 24 });
    expect(result.repeatOf).toBeNull(); // the killed attempt left no import record behind
    const after = await tableCounts();
    expect(after.activity).toBe(before.activity + rows);
    expect(after.imports).toBe(before.imports + 1);
    expect(after.audit).toBe(before.audit + 1); // the import's one entry
    expect(await countOf(pdb.db, "SELECT count(*) AS n FROM audit_log WHERE action = 'carbon.activity.import'")).toBe(
      1,
    );
    expect(await auditChainReport(district.on(survivor!.url))).toMatchObject({ ok: true, breaks: 0 });
  });
});
