/*
 * Stands in for office.js in the browser tests: Office.onReady, requirement sets,
 * document settings and Excel.run, backed by the recording Excel fake. The test reads
 * and steers it through window.__aivalue.
 */
import { FakeContext, SheetModel, WorkbookModel, requirementsUpTo } from "../helpers/excelFake";
import { customFunctions } from "../../harness/customFunctionsRuntime";

const model = new WorkbookModel();
model.sheets.push(new SheetModel("Budget"));
model.sheet("Budget").cell("A1").value = "Existing data";
model.active = "Budget";

const state = {
  model,
  /** Syncs of each Excel.run, in order. */
  runs: [] as number[],
  /** Commands that fail in the next Excel.run (see FakeContext.failOn). */
  failNext: undefined as string | string[] | undefined,
  /** An Office error the next Excel.run rejects with before doing anything. */
  rejectNext: undefined as { code: string; message: string } | undefined,
  requirements: "1.12",
  settings: new Map<string, unknown>(),
};

Object.assign(window, {
  __aivalue: state,
  Office: {
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady(callback?: (info: { host: string }) => void) {
      const info = { host: "Excel", platform: "OfficeOnline" };
      setTimeout(() => callback?.(info), 0);
      return Promise.resolve(info);
    },
    context: {
      requirements: { isSetSupported: (name: string, version?: string) => requirementsUpTo(state.requirements).isSetSupported(name, version) },
      document: {
        settings: {
          get: (key: string) => state.settings.get(key) ?? null,
          set: (key: string, value: unknown) => state.settings.set(key, value),
          saveAsync: (callback: (r: { status: string }) => void) => callback({ status: "succeeded" }),
        },
      },
      officeTheme: { bodyBackgroundColor: "#FFFFFF" },
      diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0 (fake host)" },
    },
  },
  Excel: {
    async run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> {
      if (state.rejectNext) {
        const { code, message } = state.rejectNext;
        state.rejectNext = undefined;
        throw Object.assign(new Error(message), { code });
      }
      const context = new FakeContext(model);
      context.failOn = state.failNext;
      state.failNext = undefined;
      try {
        return await batch(context);
      } finally {
        state.runs.push(context.syncs);
      }
    },
  },
  CustomFunctions: { ...customFunctions, associate: () => undefined },
});
