import { checkWorkers, type CheckResult } from "../../../src/domain/check/check-workers";
import { type SubmissionOptions } from "../../../src/domain/ekspor";
import { defaultSettings } from "../../../src/domain/rules/rule-parameters";
import { workerTable } from "../../helpers/worker-table";

/** Synthetic people (no real person): NIKs built from the NIK structure, regions from Kalimantan Barat and Papua. */
export const BUDI = {
  nik: "6101011708800003",
  no_kk: "6101012001100007",
  nama: "Budi Santoso",
  tempat_lahir: "Sambas",
  tanggal_lahir: "17-08-1980",
  jenis_kelamin: "L",
  no_hp: "081234567890",
  pekerjaan: "Petani",
  alamat: "Jl. Mawar No. 3",
  rt: "001",
  rw: "002",
  dusun: "Krajan",
  penghasilan: "Rp 1.000.000",
};

export const SITI = {
  nik: "6101014503850002",
  nama: "Siti Aminah",
  tempat_lahir: "Pemangkat",
  tanggal_lahir: "05-03-1985",
  jenis_kelamin: "P",
  no_hp: "+62 812-9876-5432",
  pekerjaan: "Pedagang",
  alamat: "Dusun Sungai Baru RT 3 RW 1",
};

/** Papua (91): a NIK above 2^53, which JavaScript numbers and Excel number cells cannot hold. */
export const PAPUA_NIK = "9171014101900001";
export const PAPUA_KK = "9171010101150009";
export const YOHANA = {
  nik: PAPUA_NIK,
  no_kk: PAPUA_KK,
  nama: "Yohana Wenda",
  tempat_lahir: "Jayapura",
  jenis_kelamin: "P",
  no_hp: "081344556677",
  pekerjaan: "Nelayan",
};

export const OPTIONS_2026: SubmissionOptions = { year: 2026, startMonth: 1, months: 12, withJht: false, declaredIncome: 1_000_000 };

export function check(rows: Parameters<typeof workerTable>[0], fields?: Parameters<typeof workerTable>[1]): CheckResult {
  return checkWorkers(workerTable(rows, fields), { settings: defaultSettings(2026) });
}
