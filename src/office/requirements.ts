/** Office's requirement-set check (Office.context.requirements in the add-in). */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}
