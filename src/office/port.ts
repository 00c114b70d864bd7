/*
 * The slice of Excel's API that src/office uses, as a type. Excel's own RequestContext
 * fits it (src/taskpane/excel/ passes one), and so must the recording fake the tests
 * use (test/helpers/excel): a writer that reaches for anything not listed here does not
 * compile, and listing it makes the fake fail to compile until it models it too.
 * Property types are Excel's own where the writers set them, so values are checked.
 */

/** Loading: a property read before load() and sync() throws, in Excel as in the fake. */
interface Loads {
  load(propertyNames: string): this;
}

export interface PortFont {
  bold: Excel.RangeFont["bold"];
  italic: Excel.RangeFont["italic"];
  size: Excel.RangeFont["size"];
  color: Excel.RangeFont["color"];
}

export interface PortBorder {
  style: Excel.RangeBorder["style"];
  color: Excel.RangeBorder["color"];
}

export interface PortFormat {
  readonly font: PortFont;
  readonly fill: { color: Excel.RangeFill["color"] };
  readonly borders: { getItem(index: Parameters<Excel.RangeBorderCollection["getItem"]>[0]): PortBorder };
  wrapText: Excel.RangeFormat["wrapText"];
  horizontalAlignment: Excel.RangeFormat["horizontalAlignment"];
  verticalAlignment: Excel.RangeFormat["verticalAlignment"];
  columnWidth: Excel.RangeFormat["columnWidth"];
  rowHeight: Excel.RangeFormat["rowHeight"];
}

/** A rectangle whose extent is known only once loaded: a used range, a spill. */
export interface PortBox extends Loads {
  readonly isNullObject: boolean;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly values: unknown[][];
  readonly valueTypes: string[][];
}

/** Several rectangles of one sheet (RangeAreas, ExcelApi 1.9), as getSpecialCells finds them. */
export interface PortAreas extends Loads {
  readonly isNullObject: boolean;
  readonly areas: Loads & { readonly items: PortBox[] };
}

export interface PortRange extends Loads {
  formulas: unknown[][];
  /** True if every cell is part of a spilled array, false if none is, null if some are (ExcelApi 1.12). */
  readonly hasSpill: boolean | null;
  /** The cells of the range holding formulas ("Formulas"), or formulas showing errors ("Errors"). */
  getSpecialCellsOrNullObject(cellType: "Formulas", cellValueType?: "Errors"): PortAreas;
  columnHidden: boolean;
  numberFormat: string[][];
  readonly values: unknown[][];
  readonly valueTypes: string[][];
  readonly format: PortFormat;
  readonly dataValidation: { rule: Excel.DataValidationRule; prompt: Excel.DataValidationPrompt };
  merge(across?: boolean): void;
  unmerge(): void;
  /** Clears contents and formats ("All", Excel's default, which also unmerges what lies inside), or only one of them (ExcelApi 1.1). */
  clear(applyTo?: "All" | "Contents" | "Formats"): void;
  getSpillingToRangeOrNullObject(): PortBox;
  /** Contents, number formats and formats of another range ("'Sheet'!A1:B2") of the same size (ExcelApi 1.9). */
  copyFrom(sourceRange: string, copyType: "All"): void;
}

export interface PortChart {
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly axes: { readonly categoryAxis: { readonly title: { text: string } }; readonly valueAxis: { readonly title: { text: string } } };
  setPosition(startCell: string, endCell: string): void;
  plotVisibleOnly: boolean;
  readonly series: { getItemAt(index: number): { name: string; setXAxisValues(sourceData: PortRange): void } };
}

/** A chart series' axes: Categories and Values, or XValues, YValues (and BubbleSizes) for scatter and bubble charts. */
export type SeriesDimension = "Categories" | "Values" | "XValues" | "YValues" | "BubbleSizes";

/** A chart series as the scan reads it: where each dimension's data comes from (ExcelApi 1.15). */
export interface PortSeries {
  readonly name: string;
  /** "LocalRange", "ExternalRange", "List" (literal values) or "Unknown". */
  getDimensionDataSourceType(dimension: SeriesDimension): { readonly value: string };
  /** The source as text, a range address for a "LocalRange" one. */
  getDimensionDataSourceString(dimension: SeriesDimension): { readonly value: string };
}

/** Where a series takes its data, set to a range of this workbook (ExcelApi 1.7; setValues is the Y values of a scatter chart). */
export interface PortSeriesSources {
  setValues(sourceData: PortRange): void;
  setXAxisValues(sourceData: PortRange): void;
  setBubbleSizes(sourceData: PortRange): void;
}

/** A chart on a sheet: deleted by the writers, its series' sources read by the scan and re-pointed by the freeze. */
export interface PortChartItem {
  readonly name: string;
  readonly chartType: string;
  readonly series: Loads & { readonly items: PortSeries[]; getItemAt(index: number): PortSeriesSources };
  delete(): void;
}

/** A defined name; setting `formula` re-points it in place (ExcelApi 1.7), so formulas reading it keep working. */
export interface PortNamedItem {
  readonly name: string;
  formula: unknown;
}

export interface PortNames extends Loads {
  readonly items: PortNamedItem[];
}

export interface PortWorksheet extends Loads {
  name: string;
  /** Stable through renames and moves; a copy gets a new one (ExcelApi 1.1). */
  readonly id: string;
  readonly protection: Loads & { readonly protected: boolean };
  position: number;
  tabColor: string;
  showGridlines: boolean;
  readonly names: PortNames & { add(name: string, reference: PortRange | string): unknown; getItem(name: string): { delete(): void } };
  readonly tables: Loads & {
    readonly items: { name: string; delete(): void }[];
    add(address: string, hasHeaders: boolean): { name: string; style: string; showBandedRows: boolean };
  };
  readonly charts: Loads & {
    readonly items: PortChartItem[];
    add(type: "Line" | "ColumnClustered", sourceData: PortRange, seriesBy: "Columns"): PortChart;
    /** The chart at this place of the collection (ExcelApi 1.1). */
    getItemAt(index: number): { readonly series: { getItemAt(index: number): PortSeriesSources } };
  };
  readonly freezePanes: { freezeRows(count: number): void };
  /** Loaded back by "Check this Excel", which compares it with what the writer set. */
  readonly pageLayout: Loads & {
    orientation: Excel.PageLayout["orientation"];
    zoom: Excel.PageLayoutZoomOptions;
    setPrintArea(printArea: string): void;
    setPrintTitleRows(printTitleRows: string): void;
    readonly headersFooters: { readonly defaultForAllPages: { leftHeader: string; rightHeader: string; centerFooter: string } };
  };
  readonly horizontalPageBreaks: { add(pageBreakRange: string): unknown; removePageBreaks(): void };
  getRange(address: string): PortRange;
  getRanges(address: string): { readonly format: PortFormat };
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): PortRange;
  /** `valuesOnly`: the box of values and formulas, leaving out cells that are only formatted. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): PortBox;
  copy(positionType: "End"): PortWorksheet;
  activate(): void;
  delete(): void;
}

export interface PortWorksheets extends Loads {
  readonly items: PortWorksheet[];
  /** By name or by id. */
  getItem(key: string): PortWorksheet;
  add(name: string): PortWorksheet;
}

/** A table as the scan reads it: its sections (ExcelApi 1.3), sheet (1.2), range and column names (1.1). */
export interface PortTable {
  readonly name: string;
  readonly showHeaders: boolean;
  readonly showTotals: boolean;
  readonly worksheet: Loads & { readonly name: string };
  getRange(): PortBox;
  readonly columns: Loads & { readonly items: { readonly name: string }[] };
}

/** What the writers need of Excel.RequestContext. */
export interface ExcelPort {
  readonly workbook: {
    readonly worksheets: PortWorksheets;
    readonly tables: Loads & { readonly items: PortTable[] };
    readonly names: PortNames;
  };
  sync(): Promise<unknown>;
}
