/*
 * A recording fake of the slice of the Excel JavaScript API the add-in uses
 * (src/office/port.ts). Like Excel, it queues commands and applies them only at
 * context.sync(), counts the syncs and the bytes each way, throws when a property is
 * read before it was loaded and synced, and reads the strings given to range.formulas
 * the way Excel does. A command can be made to fail, to test recovery.
 *
 * fake/model.ts is the workbook it changes; fake/context.ts, fake/worksheet.ts and
 * fake/range.ts are the proxies the add-in's code talks to.
 */
import "./fake/scan";
export { FakeContext, requirementsUpTo } from "./fake/context";
export { SheetModel, WorkbookModel, interpret, type FakeCell, type FakeChart, type FakeValidation, type TableModel } from "./fake/model";
