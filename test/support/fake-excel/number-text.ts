import { serialToDay } from "./serial-date";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * What Excel shows for a value under a number format, close enough for tests: the General format
 * of a standard-width column (at most 11 characters, so a 16-digit NIK shows as "3.20411E+15"),
 * zero-padded formats ("0000000000000000"), "0", "0.00", "#,##0" and day/month/year dates.
 */
export function displayText(value: string | number | boolean, numberFormat: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (isDateFormat(numberFormat)) return formatDate(value, numberFormat) ?? general(value);
  if (/^0+$/.test(numberFormat)) return plainInteger(value).padStart(numberFormat.length, "0");
  if (numberFormat === "0.00") return value.toFixed(2);
  if (numberFormat === "#,##0") return plainInteger(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return general(value);
}

function plainInteger(value: number): string {
  const rounded = Math.round(value);
  return Number.isSafeInteger(rounded) ? String(rounded) : BigInt(rounded).toString();
}

function general(value: number): string {
  const abs = Math.abs(value);
  if (value === 0) return "0";
  if (Number.isInteger(value) && abs < 1e11) return String(value);
  if (abs >= 1e11 || abs < 1e-9) {
    const width = value < 0 ? 10 : 11;
    for (let decimals = 5; decimals >= 0; decimals--) {
      const [mantissa, exponent] = value.toExponential(decimals).split("e") as [string, string];
      const trimmed = mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
      const exp = Number(exponent);
      const text = `${trimmed}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
      if (text.length <= width) return text;
    }
  }
  const text = value.toPrecision(10);
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

function formatDate(serial: number, format: string): string | undefined {
  const date = serialToDay(serial);
  if (!date) return undefined;
  const pattern = (format.split(";")[0] ?? "").replace(/\[[^\]]*\]/g, "").replace(/"([^"]*)"/g, "$1");
  return pattern.replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d/gi, (token) => {
    switch (token.toLowerCase()) {
      case "yyyy":
        return String(date.year);
      case "yy":
        return String(date.year % 100).padStart(2, "0");
      case "mmmm":
        return MONTHS_LONG[date.month - 1]!;
      case "mmm":
        return MONTHS[date.month - 1]!;
      case "mm":
        return String(date.month).padStart(2, "0");
      case "m":
        return String(date.month);
      case "dd":
        return String(date.day).padStart(2, "0");
      default:
        return String(date.day);
    }
  });
}

/**
 * Whether Excel renders a format as a date: a d or y code, or an m that is not minutes (not next
 * to h or s), outside quoted text, escapes and [bracketed] colour/locale/elapsed parts. The
 * simulator's own reading of https://support.microsoft.com/en-us/office/review-guidelines-for-customizing-a-number-format-c0a1d1fa-d3f4-4018-96b7-9c9354dd99f5
 */
export function isDateFormat(numberFormat: string): boolean {
  if (numberFormat === "" || numberFormat === "General" || numberFormat === "@") return false;
  const codes = (numberFormat.split(";")[0] ?? "")
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .toLowerCase();
  if (/[dy]/.test(codes)) return true;
  return /m/.test(codes) && !/[hs]/.test(codes);
}
