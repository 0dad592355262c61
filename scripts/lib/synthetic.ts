/**
 * Synthetic, fictional village residents for the bundled example and the benchmark.
 * Deterministic (seeded), so regenerating gives the same files. No real person is described.
 */
import { composeNik } from "../../src/domain/nik/compose-nik";
import type { CalendarDate } from "../../src/domain/values/calendar-date";
import { daysInMonth } from "../../src/domain/values/calendar-date";

export interface Person {
  nik: string;
  noKk: string;
  nama: string;
  tempatLahir: string;
  tanggalLahir: CalendarDate;
  jenisKelamin: "L" | "P";
  pekerjaan: string;
  dusun: string;
  rt: string;
  rw: string;
  noHp: string;
  namaIbu: string;
  alamat: string;
}

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

const MEN = ["Ahmad", "Budi", "Slamet", "Joko", "Agus", "Hendra", "Rudi", "Yusuf", "Rahmat", "Syamsul", "Darmawan", "Eko", "Firman", "Hasan", "Iwan", "Junaidi", "Kurniawan", "Lukman", "Mahmud", "Nasrul", "Obet", "Paulus", "Rizal", "Sahril", "Taufik", "Usman", "Wahyu", "Yohanes", "Zainal", "Abdul", "Bambang", "Dedi", "Fajar", "Gunawan", "Ismail", "Jumadi", "Komang", "Markus", "Nyoman", "Samsudin"];
const WOMEN = ["Siti", "Sri", "Nur", "Rina", "Dewi", "Aminah", "Fatimah", "Yuliana", "Maria", "Ratna", "Suryani", "Wati", "Halimah", "Kartini", "Lestari", "Maimunah", "Nuraini", "Rohani", "Salmah", "Tuti", "Umi", "Yanti", "Zubaidah", "Asmah", "Bainah", "Dayang", "Erna", "Fitri", "Hartini", "Imas"];
const FAMILY = ["Santoso", "Wijaya", "Hidayat", "Saputra", "Rahman", "Hasibuan", "Siregar", "Nainggolan", "Sulaiman", "Abdullah", "Kurnia", "Pratama", "Setiawan", "Gunadi", "Syahputra", "Ramadhan", "Lubis", "Sembiring", "Simanjuntak", "Utama", "Riyadi", "Susanto", "Purnomo", "Hamzah", "Ismail", "Jamil", "Kasim", "Latif", "Mansur", "Nawawi"];
const PLACES = ["Ketapang", "Sukadana", "Pontianak", "Sambas", "Sintang", "Kendawangan", "Sandai", "Marau", "Singkawang", "Pemangkat", "Jember", "Sampang"];
export const OCCUPATIONS = ["Petani", "Petani", "Petani", "Buruh Tani", "Nelayan", "Nelayan", "Pedagang Pasar", "Pedagang Keliling", "Ojek Pangkalan", "Ojek Online", "Marbot Masjid", "Guru TPA", "Guru Ngaji", "Penyadap Karet", "Tukang Bangunan", "Buruh Harian Lepas", "Pengrajin Anyaman", "Kader Posyandu", "Peternak"];
export const DUSUN = ["Dusun Sungai Bakau", "Dusun Karya Baru", "Dusun Tanjung Harapan", "Dusun Parit Raya"];

export function randomDate(random: () => number, fromYear: number, toYear: number): CalendarDate {
  const year = fromYear + Math.floor(random() * (toYear - fromYear + 1));
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * daysInMonth(year, month));
  return { year, month, day };
}

/** A fictional resident whose NIK is valid and consistent with the birth date and sex. */
export function makePerson(random: () => number, districtCode: string, serial: number, birthYears: [number, number] = [1962, 2005]): Person {
  const jenisKelamin = random() < 0.55 ? "L" : "P";
  const given = pick(random, jenisKelamin === "L" ? MEN : WOMEN);
  const nama = random() < 0.15 ? given : `${given} ${pick(random, FAMILY)}`;
  const tanggalLahir = randomDate(random, birthYears[0], birthYears[1]);
  const nik = composeNik({ districtCode, sex: jenisKelamin, day: tanggalLahir.day, month: tanggalLahir.month, year: tanggalLahir.year, serial: 1 + (serial % 9999) });
  const kkDate = randomDate(random, 2008, 2024);
  const noKk = `${districtCode.replace(/\./g, "")}${String(kkDate.day).padStart(2, "0")}${String(kkDate.month).padStart(2, "0")}${String(kkDate.year % 100).padStart(2, "0")}${String(1 + Math.floor(random() * 9999)).padStart(4, "0")}`;
  const dusunIndex = Math.floor(random() * DUSUN.length);
  return {
    nik,
    noKk,
    nama,
    tempatLahir: pick(random, PLACES),
    tanggalLahir,
    jenisKelamin,
    pekerjaan: pick(random, OCCUPATIONS),
    dusun: DUSUN[dusunIndex]!,
    rt: String(1 + Math.floor(random() * 6)).padStart(3, "0"),
    rw: String(dusunIndex + 1).padStart(3, "0"),
    noHp: `08${pick(random, ["12", "13", "21", "22", "52", "53", "57", "77", "78", "95"])}${String(Math.floor(random() * 1e8)).padStart(8, "0")}`,
    namaIbu: pick(random, WOMEN) + (random() < 0.5 ? "" : ` ${pick(random, FAMILY)}`),
    alamat: `Jl. ${pick(random, ["Parit Baru", "Sungai Putri", "Tanjung Pura", "Merdeka", "Masjid", "Pelabuhan"])} No. ${1 + Math.floor(random() * 120)}`,
  };
}
