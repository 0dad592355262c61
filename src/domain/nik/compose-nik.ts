/**
 * Builds a NIK from its parts: the inverse of `parseNikDigits`, used to generate example data
 * and to test the parser against every shape of NIK.
 */
export function composeNik(parts: {
  districtCode: string;
  sex: "L" | "P";
  day: number;
  month: number;
  year: number;
  serial: number;
}): string {
  const day = parts.sex === "P" ? parts.day + 40 : parts.day;
  return (
    parts.districtCode.replace(/\./g, "") +
    String(day).padStart(2, "0") +
    String(parts.month).padStart(2, "0") +
    String(parts.year % 100).padStart(2, "0") +
    String(parts.serial).padStart(4, "0")
  );
}
