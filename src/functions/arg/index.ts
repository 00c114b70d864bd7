/* Argument handling for every AIVALUE function, written once: each kind turns one Excel argument into what the math needs, or into a CalcError that names the argument. */
export * from "./cell";
export * from "./domain";
export * from "./spec";
export * from "./numbers";
export * from "./evidence";
export * from "./align";
