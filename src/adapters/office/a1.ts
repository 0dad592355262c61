/** A1 notation lives in the domain (src/domain/cell/a1.ts): the layouts and every face share one copy. */
export * from "../../domain/cell/a1";
