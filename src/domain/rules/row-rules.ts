import type { RowRule } from "../check/rule-context";
import { ageRule, birthDateRule } from "./birth-date-rules";
import { phoneRule, sexRule } from "./contact-rules";
import { kkRule, nameRule } from "./identity-rules";
import { incomeRule } from "./income-rule";
import { nikDateRule, nikFormatRule, nikMatchesRowRule, nikRegionRule, nikSerialRule } from "./nik-rules";

/** Every rule that can be decided from one row alone, in the order their findings are listed. */
export const ROW_RULES: readonly RowRule[] = [
  nikFormatRule,
  nikDateRule,
  nikSerialRule,
  nikRegionRule,
  nikMatchesRowRule,
  nameRule,
  kkRule,
  birthDateRule,
  ageRule,
  sexRule,
  phoneRule,
  incomeRule,
];
