/* The Functions tab's one request to Excel. */

/** Puts a formula into the selected cell (the top-left one of a larger selection) and returns its address. */
export function putFormula(formula: string): Promise<string> {
  return Excel.run(async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    cell.formulas = [[formula]];
    cell.load("address");
    await context.sync();
    return cell.address;
  });
}
