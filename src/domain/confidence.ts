/**
 * How sure we are of a fact taken from a regulation or practice (see docs/sumber.md):
 * CONFIRMED: several sources or a primary one; SECONDARY: one secondary source;
 * UNCONFIRMED: not verified, so it is a setting with a conservative default.
 */
export type Confidence = "CONFIRMED" | "SECONDARY" | "UNCONFIRMED";
