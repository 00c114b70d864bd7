/* The tracker card's options: what the pane accepts, the message for what it refuses, and the design they give. */
import { measurementTracker } from "../../src/templates/measurementTracker";
import { DEFAULT_TRACKER_FORM, trackerOptions } from "../../src/taskpane/trackerForm";

describe("the measurement tracker's insert options", () => {
  test("the defaults are the design the sheet has always had: 12 looks, 5%, 80%, two tails, the baseline", () => {
    expect(trackerOptions(DEFAULT_TRACKER_FORM)).toEqual({
      options: { trackerKind: "share", plannedLooks: 12, trackerAlpha: 0.05, trackerPower: 0.8, trackerTails: 2, trackerControl: false },
      errors: {},
    });
  });

  test("percentages may carry a % sign and are read as shares without binary noise", () => {
    const { options, errors } = trackerOptions({ ...DEFAULT_TRACKER_FORM, alpha: " 0.7 % ", power: "90%", looks: " 8 " });
    expect(errors).toEqual({});
    expect(options).toMatchObject({ trackerAlpha: 0.007, trackerPower: 0.9, plannedLooks: 8 });
  });

  test.each([
    ["looks", { looks: "27" }, "Enter a whole number of weeks from 2 to 26."],
    ["looks", { looks: "6.5" }, "Enter a whole number of weeks from 2 to 26."],
    ["looks", { looks: "" }, "Enter a whole number of weeks from 2 to 26."],
    ["alpha", { alpha: "25" }, "Enter a percentage from 0.1% to 20%."],
    ["alpha", { alpha: "five" }, "Enter a percentage from 0.1% to 20%."],
    ["power", { power: "0.8" }, "Enter a percentage from 50% to 99%."],
    ["power", { power: "1e2" }, "Enter a percentage from 50% to 99%."],
  ] as const)("refuses %s %j with a message", (field, change, message) => {
    expect(trackerOptions({ ...DEFAULT_TRACKER_FORM, ...change }).errors).toEqual({ [field]: message });
  });

  test("every accepted form builds a sheet: the template takes what the pane lets through", () => {
    for (const form of [
      { ...DEFAULT_TRACKER_FORM, kind: "values" as const, looks: "2", alpha: "0.1", power: "99", tails: "1" as const, control: true },
      { ...DEFAULT_TRACKER_FORM, looks: "26", alpha: "20", power: "50" },
    ]) {
      const { options, errors } = trackerOptions(form);
      expect(errors).toEqual({});
      expect(() => measurementTracker(options)).not.toThrow();
    }
  }, 180_000);
});
