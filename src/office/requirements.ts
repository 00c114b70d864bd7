/** Office's requirement-set check (Office.context.requirements in the add-in). */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** Whether this Excel supports ExcelApi `version` (e.g. "1.9") or later. */
export const excelApi =
  (requirements: Requirements) =>
  (version: string): boolean =>
    requirements.isSetSupported("ExcelApi", version);
