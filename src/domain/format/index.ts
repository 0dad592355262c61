export { formatRupiah, formatAngka } from "./rupiah";
export { terbilang, terbilangAngka } from "./terbilang";
export { formatPersen } from "./persen";
export { publicSource } from "./public-source";
