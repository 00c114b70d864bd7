import type { SheetId } from "../boardpack/ownSheets";
import type { ExcelPort } from "./port";

/** The workbook's sheets with their ids and protection (one load, read at the next sync). */
export function loadSheetIds(context: ExcelPort): () => SheetId[] {
  const items = context.workbook.worksheets.load("items/name,items/id,items/protection/protected");
  return () => items.items.map((w) => ({ name: w.name, id: w.id, protected: w.protection.protected }));
}
