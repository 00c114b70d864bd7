/*
 * A template is data: sheets of cell blocks with styles, names, validations, tables,
 * charts and page setup. The writers (Office.js for the open workbook, ExcelJS for a
 * new file) apply the same spec; nothing here touches Office or the file system.
 */

/** A constant a cell holds. Text is always stored as text, never parsed as a formula. */
export type Value = string | number | boolean | null;

/**
 * The one vocabulary of looks every template shares (FAST conventions): inputs look like
 * inputs and are the only cells a user fills; calculations, links and checks look like
 * what they are.
 */
export type Style =
  | "title"
  | "subtitle"
  | "section"
  | "header"
  | "label"
  | "input"
  | "inputText"
  | "link"
  | "calc"
  | "output"
  | "unit"
  | "guide"
  | "check"
  | "master"
  | "example";

/** Number formats by meaning; the writers turn "currency" into the workbook's own format. */
export type Format = "currency" | "price" | "percent" | "number" | "integer" | "decimal" | "date" | "text" | "pValue";

export interface Cell {
  /** A constant. */
  v?: Value;
  /** A formula, starting with "=". */
  f?: string;
  s?: Style;
  fmt?: Format;
}

/** A rectangle of cells written in one go; `undefined` leaves a cell empty. */
export interface Block {
  /** Top-left cell, e.g. "A1". */
  at: string;
  cells: (Cell | undefined)[][];
}

export interface NameSpec {
  /** Worksheet-scoped, so two contracts in one workbook never collide. */
  name: string;
  /** An absolute A1 reference on the same sheet, e.g. "$B$5" or "$B$5:$B$10". */
  ref: string;
}

export interface ValidationSpec {
  /** A1 range the rule applies to. */
  ref: string;
  /** A drop-down fed by a range on the same sheet (absolute A1). */
  listRef?: string;
  /** A decimal between bounds. */
  decimal?: { min: number; max: number };
  /** A whole number between bounds. */
  whole?: { min: number; max: number };
  /** Any date. */
  date?: boolean;
  /** Shown when the cell is selected. */
  prompt: string;
}

export interface TableSpec {
  /** Base name; the writer makes it unique in the workbook. */
  name: string;
  /** The table's range, header row included. */
  ref: string;
}

export interface ChartSpec {
  type: "line" | "bar";
  title: string;
  /** One column of category labels (no header). */
  categories: string;
  /** One column of values per series (no header). */
  series: { name: string; values: string }[];
  /** Where the chart sits: top-left and bottom-right cells. */
  from: string;
  to: string;
  xTitle: string;
  yTitle: string;
  /** Plot series kept in hidden columns (Excel plots only visible cells by default). */
  showHidden?: boolean;
}

export interface PageSpec {
  orientation: "portrait" | "landscape";
  printArea: string;
  /** Rows repeated at the top of every printed page, e.g. "$1:$2". */
  titleRows: string;
  /** Header and footer in Excel's header codes (&D the print date, &P the page, && a literal &). */
  header: string;
  footer: string;
  /** Fit the whole print area on one page, not only one page wide. */
  onePage?: boolean;
}

export interface SheetSpec {
  /** The sheet's base name; a taken name gets a suffix, "Value Contract (2)". */
  name: string;
  tabColor: string;
  /** Column widths in characters, from column A. */
  widths: number[];
  blocks: Block[];
  merges: string[];
  names: NameSpec[];
  validations: ValidationSpec[];
  tables: TableSpec[];
  charts: ChartSpec[];
  /** Columns (1 = A) hidden from view: helper columns a chart reads. */
  hiddenColumns?: number[];
  /** Rows kept in view while scrolling. */
  freezeRows: number;
  /** Rows that start a new printed page, so a section or chart is never split. */
  pageBreaks: number[];
  page: PageSpec;
}

export type TemplateId =
  | "valueContract"
  | "evidenceLadder"
  | "workflowCost"
  | "priceBook"
  | "measurementTracker"
  | "aiBilling"
  | "portfolio"
  | "boardSummary";

export interface TemplateSpec {
  id: TemplateId;
  title: string;
  sheets: SheetSpec[];
}

/** Options the task pane offers when inserting a template. */
export interface TemplateOptions {
  /** Shown in the title, header and footer of a value contract. */
  contractName?: string;
  /** The workbook's currency format, e.g. "$#,##0" or "[$€-x-euro2] #,##0". */
  currencyFormat?: string;
  /** Fill the inputs with the worked example instead of leaving them blank. */
  example?: boolean;
  /** An evidence ladder sheet already in the workbook, for the contract to link to. */
  ladderSheet?: string;
  /** A measurement tracker already in the workbook: a contract's actual value and stop rule link to it; a ladder's Financial rung reads its result. */
  trackerSheet?: string;
  /** An AI Billing sheet already in the workbook, for a contract's actual cost to link to. */
  billingSheet?: string;
  /** A value contract's allocation key (its cost's key on the AI Billing sheet), typed into its input. */
  allocationKey?: string;
  /** A value contract's billing currency (ISO code), typed into its input when the cost is linked. */
  billingCurrency?: string;
  /** Months a value contract's payback schedule runs, and BREAKEVEN's horizon: 24, 36, 48, 60 (the default) or 120. */
  horizonMonths?: number;
  /** Weekly looks a measurement tracker's sequential test plans for (its boundary is computed for them): 2 to 26, default 12. */
  plannedLooks?: number;
  /** A measurement tracker's metric: a share (successes out of trials, the default) or a mean of values (minutes per case). */
  trackerKind?: "share" | "values";
  /** A measurement tracker's false-signal rate and power: its boundary and sample are computed for them (defaults 5% and 80%). */
  trackerAlpha?: number;
  trackerPower?: number;
  /** The tails a measurement tracker starts with (an input the user can change later): 2 by default. */
  trackerTails?: 1 | 2;
  /** A measurement tracker that starts comparing with a control group rather than its baseline (an input, changeable later). */
  trackerControl?: boolean;
  /** The workbook's evidence-weight policy, levels 0…5 (the default policy when absent). */
  evidenceWeights?: readonly number[];
}
