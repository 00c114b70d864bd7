/*
 * Settings read from the workbook are not trusted (issue 11, finding 11): a format the
 * pane does not offer, weights that are not six numbers making a valid policy, or a store
 * that throws fall back to the defaults with a notice, and the pane still opens.
 */
import { CURRENCY_FORMATS, DEFAULT_SETTINGS, readSettings } from "../../src/taskpane/settings";

const store = (saved: unknown, throws = false) =>
  ({
    get: () => {
      if (throws) throw new Error("corrupt settings part");
      return saved;
    },
  }) as unknown as Office.Settings;

describe("readSettings", () => {
  test("keeps valid settings as they are, without a notice", () => {
    const saved = { evidenceWeights: [0, 0.2, 0.4, 0.6, 0.8, 1], currencyFormat: CURRENCY_FORMATS[1].format };
    expect(readSettings(store(saved))).toEqual(saved);
    expect(readSettings(store(null))).toEqual(DEFAULT_SETTINGS);
  });

  test.each([";;;", '"$1,000,000"', "0.00E+00;[Red", "", 42])("replaces the currency format %j with the default, and says so", (format) => {
    const s = readSettings(store({ evidenceWeights: DEFAULT_SETTINGS.evidenceWeights, currencyFormat: format }));
    expect(s.currencyFormat).toBe(DEFAULT_SETTINGS.currencyFormat);
    expect(s.notice).toMatch(/currency format was not valid/);
  });

  test.each([
    [[null, 0.1, 0.25, 0.5, 1, 1]],
    [["", 0.1, 0.25, 0.5, 1, 1]],
    [[true, true, true, true, true, true]],
    [["0", "0.1", "0.25", "0.5", "1", "1"]],
    [[0, 0.5, 0.25, 0.5, 1, 1]],
    [[0, 0.1, 0.25, 0.5, 1]],
    ["0,0.1,0.25,0.5,1,1"],
  ])("replaces the weights %j with the default policy, and says so", (weights) => {
    const s = readSettings(store({ evidenceWeights: weights, currencyFormat: DEFAULT_SETTINGS.currencyFormat }));
    expect(s.evidenceWeights).toEqual(DEFAULT_SETTINGS.evidenceWeights);
    expect(s.notice).toMatch(/evidence weights was not valid/);
  });

  test("opens with the defaults when the settings cannot be read at all", () => {
    expect(readSettings(store(undefined, true))).toMatchObject({ ...DEFAULT_SETTINGS, notice: expect.stringMatching(/could not be read/) });
    expect(readSettings(store("garbage")).notice).toMatch(/evidence weights and currency format were not valid/);
  });
});
