/** Office's requirement-set check (Office.context.requirements in the add-in). */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** Whether this Excel supports ExcelApi `version` (e.g. "1.9") or later. */
export const excelApi =
  (requirements: Requirements) =>
  (version: string): boolean =>
    requirements.isSetSupported("ExcelApi", version);

/**
 * The Excel the add-in runs in at all: the manifest requires SharedRuntime 1.1 (Microsoft 365 on
 * Windows from version 2002, Excel 2021, Excel for Mac 16.35, Excel on the web — Microsoft's
 * "Shared runtime requirement sets" page), so older Excel never loads it.
 */
export const MINIMUM_EXCEL =
  "AIVALUE needs Microsoft 365 (on Windows, version 2002 or later), Excel 2021 or later, Excel for Mac 16.35 or later, or Excel on the web.";
