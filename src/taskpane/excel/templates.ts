/* The Templates tab's requests to Excel: insert, upgrade, and what a contract can link to. */
import { insertTemplate, type InsertResult } from "../../office/insert";
import { readActualsSources } from "../../office/actualsSources";
import { upgradeContracts, type UpgradeResult } from "../../office/upgrade";
import type { TemplateOptions } from "../../sheet/spec";
import { TEMPLATES, type InsertableId } from "../../templates";
import type { ActualsLinks } from "../../templates/valueContract/actuals";
import type { ActualsSources } from "../../templates/valueContract/sources";
import { loadWithWorkbook } from "./common";

/** Inserts a template as new sheets (three syncs); see office/insert.ts. Templates hold AIVALUE formulas. */
export async function insert(id: InsertableId, options: TemplateOptions): Promise<InsertResult> {
  const result = await Excel.run(async (context) => {
    const spec = TEMPLATES[id](options);
    return insertTemplate(context, spec, options, Office.context.requirements);
  });
  loadWithWorkbook();
  return result;
}

/** Adds actuals beside the plan to every contract an earlier version made (four syncs); see office/upgrade.ts. */
export function upgradeAllContracts(links: ActualsLinks, currencyFormat: string): Promise<UpgradeResult> {
  return Excel.run((context) => upgradeContracts(context, links, Office.context.requirements, currencyFormat));
}

/** Evidence ladders, measurement trackers, AI Billing sheets and the keys billed there (three syncs, validated), for a contract to link to. */
export function listActualsSources(): Promise<ActualsSources> {
  return Excel.run((context) => readActualsSources(context));
}
