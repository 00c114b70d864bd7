/*
 * The value contract: one sheet per material AI intervention. Ten clauses say what
 * value is promised and how it will be proved; the economics compute realised value,
 * ROI, months to break even, evidence-weighted value and the verdict against the
 * contract's own scale and stop lines. Each section is built by its own function.
 */
import { page } from "../common";
import { MARK_REF, TEMPLATE_MARKS } from "../marks";
import { checksSection } from "./checks";
import { EXAMPLE } from "./data";
import { costSection, valueSection } from "./economics";
import { clausesSection, headerSection, metricSection, title } from "./header";
import { evidenceOutputs, valueOutputs } from "./outputs";
import { reviewLog, scheduleSection } from "./schedule";
import { COL, ContractSheet } from "./sheet";
import type { TemplateOptions, TemplateSpec } from "../../sheet/spec";

export { CADENCES, DEFAULT_HORIZON, HORIZONS, MANDATES, STATUSES, VALUE_CHAINS, type Horizon } from "./data";
export { CONTRACT_ACTUAL_NAMES, CONTRACT_NAMES } from "./names";

export function valueContract(options: TemplateOptions = {}): TemplateSpec {
  const c = new ContractSheet(options);
  const contractName = options.contractName ?? c.pick(EXAMPLE.contractName) ?? null;
  c.b.name(TEMPLATE_MARKS.valueContract, MARK_REF);
  const masterRow = title(c);
  headerSection(c, contractName);
  const clauses = clausesSection(c);
  metricSection(c);
  const costs = costSection(c);
  valueSection(c);
  valueOutputs(c);
  evidenceOutputs(c);
  checksSection(c, { clauses, costs }, masterRow);
  scheduleSection(c);
  reviewLog(c, c.pick(EXAMPLE.reviews));
  // The main print area stops at the guidance column; the actuals beside the schedule print on pages of their own.
  const sheet = c.b.build(page("portrait", `Value contract: ${contractName ?? "unnamed"}`), 3, COL.guide.index);
  return { id: "valueContract", title: "Value contract", sheets: [sheet] };
}
