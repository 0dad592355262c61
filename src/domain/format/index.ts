export { formatRupiah, formatAngka } from "./rupiah";
export { terbilang, terbilangAngka } from "./terbilang";
export { formatPersen } from "./persen";
