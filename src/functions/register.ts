/*
 * The functions.js entry: registers every AIVALUE function with Excel. It touches no DOM
 * and no Excel object at load, so the shared runtime can load it before the task pane.
 */
import { LIBRARY } from "./library";

for (const f of LIBRARY) CustomFunctions.associate(f.id, f.call);
