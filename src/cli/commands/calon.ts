import { basename, extname } from "node:path";
import { loadDtksExtract, type DtksLoad } from "../../adapters/node/load-dtks";
import { loadRegions } from "../../adapters/node/load-wilayah";
import { writeCandidatesXlsx } from "../../adapters/xlsx/write-candidates";
import type { CheckedWorker } from "../../domain/check/check-workers";
import { type Candidate, type CandidateResult, describeExclusions, proposeCandidates } from "../../domain/dtks/candidates";
import { CANDIDATE_SHEET_NAME } from "../../domain/dtks/candidate-sheet";
import { DESIL_SOURCE_LABELS, describeDesilThreshold, desilPreset } from "../../domain/dtks/desil";
import type { DtksIndex } from "../../domain/dtks/dtks-index";
import { WORK_STATUS_LABELS } from "../../domain/dtks/work-status";
import type { Settings } from "../../domain/settings";
import { formatIsoDate } from "../../domain/values/calendar-date";
import type { RegionIndex } from "../../domain/wilayah/region-index";
import { intOption, parseCommandArgs } from "../args";
import { UnusableInputError } from "../cli-error";
import { DESIL_OPTIONS, DESIL_OPTIONS_HELP, desilOptions, yearOption } from "../common-options";
import { loadAndCheck, resolveSettings } from "../load-and-check";
import { refuseUnsafeOutput } from "../output-guard";
import { extractReport, extractToJson, formatExtractReading, type ExtractReport } from "../output/extract-report";
import { Progress } from "../output/progress";
import { formatCount, makeStyle, type Style } from "../output/style";
import type { Command } from "./command";

const OPTIONS = {
  dtks: { type: "string", multiple: true },
  daftar: { type: "string" },
  lembar: { type: "string" },
  desa: { type: "string" },
  tahun: { type: "string" },
  target: { type: "string" },
  keluar: { type: "string" },
  timpa: { type: "boolean" },
  json: { type: "boolean" },
  ...DESIL_OPTIONS,
} as const;

/** Candidates listed on the terminal; all of them are in the workbook. */
const SHOWN = 10;
const DEFAULT_TARGET = 100;

export const calon: Command = {
  name: "calon",
  summary: "mengusulkan calon peserta dari ekstrak DTSEN desa (desil, usia, bukan penerima upah, belum di daftar)",
  help: [
    "pekerja-rentan calon --dtks BERKAS... --keluar CALON.xlsx [pilihan]",
    "",
    "Mengusulkan warga dari ekstrak DTSEN yang dapat melengkapi daftar pekerja rentan desa: usia dalam batas,",
    "desil tidak di atas batas, bukan buruh/karyawan/pegawai atau PNS/TNI/Polri menurut DTSEN, bekerja, dan belum",
    "ada di daftar (--daftar). Urutannya: desil terendah dulu, lalu usia termuda, lalu nama. Hasilnya buku kerja",
    `baru dengan lembar "${CANDIDATE_SHEET_NAME}" (judul kolom seperti daftar pekerja, NIK sebagai teks) dan "Keterangan".`,
    "Ini usulan, bukan daftar peserta: pastikan setiap orang sebelum didaftarkan.",
    "",
    "Pilihan:",
    "  --dtks BERKAS    ekstrak DTSEN (wajib; boleh diulang): berkas keluarga + anggota DTSEN, daftar desil SIKS-NG, BNBA",
    "  --keluar BERKAS  buku kerja hasil, .xlsx (wajib)",
    "  --daftar BERKAS  daftar pekerja desa (.xlsx): yang sudah ada di sana tidak diusulkan, dan kekurangannya dihitung",
    "  --lembar NAMA    lembar daftar pekerja di --daftar (bawaan: dicari otomatis)",
    "  --desa KODE      kode desa Kemendagri, mis. 61.04.01.2014; wajib bila ekstrak berisi beberapa desa",
    "  --tahun TTTT     tahun anggaran; usia dihitung per 1 Januari (bawaan: tahun berjalan)",
    `  --target N       sasaran jumlah pekerja (bawaan ${DEFAULT_TARGET})`,
    "  --timpa          boleh menimpa berkas hasil yang sudah ada",
    "  --json           keluaran satu dokumen JSON",
    DESIL_OPTIONS_HELP,
    "",
    "Kode keluar: 0 ditulis, 2 berkas/pilihan tidak dapat dipakai.",
    "",
    "Contoh: pekerja-rentan calon --dtks keluarga_dtsen_v3_2026_61.04.csv --dtks anggota_keluarga_dtsen_v3_2026_61.04.csv \\",
    "          --daftar contoh/desa-contoh.xlsx --desa 61.04.01.2014 --tahun 2026 --keluar calon-2026.xlsx",
  ].join("\n"),

  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, OPTIONS, "calon");
    if (positionals.length > 0) {
      throw new UnusableInputError(
        `Perintah calon tidak menerima berkas tanpa nama pilihan (${positionals.join(", ")}). Ekstrak diberikan dengan --dtks, daftar pekerja dengan --daftar. Lihat: pekerja-rentan calon --help`,
      );
    }
    const extracts = values.dtks ?? [];
    if (extracts.length === 0) {
      throw new UnusableInputError(
        "Sebutkan ekstrak DTSEN desa dengan --dtks, mis. --dtks keluarga_dtsen_v3_2026_61.04.csv --dtks anggota_keluarga_dtsen_v3_2026_61.04.csv. Lihat: pekerja-rentan calon --help",
      );
    }
    const out = outputPath(values.keluar);
    const tahun = yearOption(values.tahun);
    const target = intOption(values.target, "--target", 1, 100_000) ?? DEFAULT_TARGET;
    const desil = desilOptions(values);
    if (values.lembar !== undefined && values.daftar === undefined) throw new UnusableInputError("--lembar hanya berlaku bersama --daftar (lembar daftar pekerja).");
    // Checked before the (long) read of the extract, so a mistake in the command costs nothing.
    await refuseUnsafeOutput(out, [...(values.daftar ? [values.daftar] : []), ...extracts], Boolean(values.timpa));

    const regions = await loadRegions({ villages: true });
    const load = { sheet: values.lembar, dtks: extracts, desa: values.desa, tahun, ...desil };
    let settings: Settings;
    let dtks: DtksLoad;
    let workers: readonly CheckedWorker[] | undefined;
    if (values.daftar) {
      const loaded = await loadAndCheck(values.daftar, load, undefined, { regions });
      settings = loaded.settings;
      dtks = loaded.dtks!;
      workers = loaded.result.workers;
    } else {
      settings = resolveSettings(load, regions);
      const progress = new Progress();
      progress.say(`Membaca ekstrak DTKS/DTSEN ${extracts.join(", ")} …`);
      dtks = await loadDtksExtract(extracts, tahun);
      progress.done();
    }
    const index = dtks.extract.index;
    if (index.size === 0) {
      throw new UnusableInputError(
        "Ekstrak hanya berisi keluarga (berkas keluarga DTSEN), tanpa daftar orang: calon memerlukan NIK dan tanggal lahir setiap orang. Tambahkan berkas anggota_keluarga_dtsen_… dengan --dtks.",
      );
    }

    const result = proposeCandidates(index, { settings, workers, target });
    if (!result.ok) {
      throw new UnusableInputError(
        `Ekstrak berisi warga ${result.villages.length} desa/kelurahan: ${listVillages(result.villages, regions)}. Sebutkan desa Anda dengan --desa KODE, mis. --desa ${dotted(result.villages[0]!.code)}.`,
      );
    }
    if (result.village.by === "kode" && result.excluded.otherVillage + result.excluded.villageUnknown === index.size) {
      throw new UnusableInputError(
        `Tidak ada warga desa ${dotted(result.village.code!)} di ekstrak. Kode desa di ekstrak: ${listVillages(villageCounts(index), regions)}. Periksa --desa, atau minta ekstrak desa Anda ke operator SIKS-NG/Dinas Sosial.`,
      );
    }

    const report = extractReport(dtks);
    const village = villageLabel(result.village, regions);
    const context: CandidateContext = { result, settings, village, daftar: values.daftar, report };
    const { cut } = await writeCandidatesXlsx(out, result.candidates, keterangan(context), { overwrite: Boolean(values.timpa) });

    if (values.json) {
      process.stdout.write(JSON.stringify({ ...candidatesJson(context, regions, out), cutCells: cut }) + "\n");
    } else {
      process.stdout.write(formatCandidates(context, out, makeStyle(process.stdout)) + "\n");
      if (cut.length) process.stdout.write(`Perhatian: ${formatCount(cut.length)} sel lebih panjang dari batas Excel 32.767 karakter dipotong; daftarnya di lembar "Keterangan".\n`);
    }
    return 0;
  },
};

type Proposed = Extract<CandidateResult, { ok: true }>;

interface CandidateContext {
  readonly result: Proposed;
  readonly settings: Settings;
  readonly village: string;
  readonly daftar?: string;
  readonly report: ExtractReport;
}

function outputPath(value: string | undefined): string {
  if (!value || value.trim() === "") throw new UnusableInputError("Sebutkan berkas hasil: --keluar CALON.xlsx. Lihat: pekerja-rentan calon --help");
  if (extname(value).toLowerCase() !== ".xlsx") {
    throw new UnusableInputError(`Berkas hasil calon harus berakhiran .xlsx (NIK tetap teks 16 digit), bukan "${extname(value) || "(tanpa akhiran)"}": ${value}`);
  }
  return value;
}

/** "6104012014" -> "61.04.01.2014", as Kemendagri writes it and --desa takes it. */
function dotted(code: string): string {
  return /^\d{10}$/.test(code) ? `${code.slice(0, 2)}.${code.slice(2, 4)}.${code.slice(4, 6)}.${code.slice(6)}` : code;
}

function villageName(code: string, regions: RegionIndex): string | undefined {
  return regions.findVillage(code)?.nama;
}

/** "61.04.01.2014 Kuala Satong (120 orang), 61.04.01.2015 (8 orang)". */
function listVillages(villages: ReadonlyArray<{ code: string; count: number }>, regions: RegionIndex): string {
  const shown = villages.slice(0, 20).map((v) => {
    const name = villageName(v.code, regions);
    return `${dotted(v.code)}${name ? ` ${name}` : ""} (${formatCount(v.count)} orang)`;
  });
  return shown.join(", ") + (villages.length > 20 ? `, … dan ${villages.length - 20} lagi` : "");
}

/** The village codes of the extract's people (their own, else their family's), most people first. */
function villageCounts(index: DtksIndex): Array<{ code: string; count: number }> {
  const counts = new Map<string, number>();
  for (const person of index.persons) {
    const code = person.kodeDesa ?? person.family?.kodeDesa;
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count);
}

function villageLabel(village: Proposed["village"], regions: RegionIndex): string {
  if (village.by === "semua" || !village.code) return "semua warga dalam ekstrak (ekstrak tanpa kode desa)";
  const name = villageName(village.code, regions);
  return `${dotted(village.code)}${name ? ` ${name}` : ""}`;
}

function thresholdText(settings: Settings, withoutDesil: boolean): string {
  if (withoutDesil) return "ekstrak tanpa kolom desil: calon tidak disaring menurut desil";
  return `${describeDesilThreshold(settings.desilMaksimal)} menurut ${DESIL_SOURCE_LABELS[settings.desilSumber]}`;
}

function neededText(result: Proposed, daftar: string | undefined): string {
  const proposed = `${formatCount(result.candidates.length)} calon diusulkan`;
  if (result.needed > 0) return `Perlu ${formatCount(result.needed)} lagi untuk mencapai ${formatCount(result.target)}; ${proposed}.`;
  return `Sasaran ${formatCount(result.target)} sudah tercapai (${formatCount(result.enrolled)} siap didaftarkan di ${basename(daftar ?? "")}); ${proposed} sebagai cadangan.`;
}

function candidateLine(candidate: Candidate, index: number): string {
  const r = candidate.record;
  const about = [
    `${candidate.age} th`,
    candidate.desil ? `desil ${candidate.desil.value}${candidate.desil.fromFamily ? " (keluarga)" : ""}` : "tanpa desil",
    r.pekerjaanUtama ? WORK_STATUS_LABELS[r.pekerjaanUtama] : undefined,
    r.pekerjaan,
  ].filter(Boolean);
  return `  ${String(index + 1).padStart(3)}. ${r.nik}  ${r.nama ?? "(tanpa nama)"} (${about.join(", ")})`;
}

function formatCandidates(context: CandidateContext, out: string, style: Style): string {
  const { result, settings, daftar } = context;
  const lines = [formatExtractReading(context.report, style), ""];
  lines.push(style.bold(`Calon peserta — desa ${context.village}, tahun ${settings.tahun}`));
  lines.push(`Batas: ${thresholdText(settings, result.withoutDesil)}; usia ${settings.usiaMinimal}–${settings.usiaMaksimal} tahun per 1 Januari ${settings.tahun}.`);
  if (result.withoutDesil) lines.push(style.yellow("Ekstrak tanpa kolom desil: calon tidak disaring menurut desil. Minta daftar desil (SIKS-NG \"Pemeringkatan Desil\") atau berkas keluarga DTSEN."));
  if (!daftar) lines.push(style.dim("Tanpa --daftar: belum ada pekerja yang dihitung. Berikan daftar desa dengan --daftar agar yang sudah terdaftar tidak diusulkan lagi."));
  lines.push((result.needed > 0 ? style.yellow : style.green)(neededText(result, daftar)));
  const excluded = describeExclusions(result.excluded);
  if (excluded) lines.push(excluded);
  if (result.candidates.length > 0) {
    lines.push("");
    lines.push(style.bold(result.candidates.length > SHOWN ? `${SHOWN} calon pertama:` : "Calon:"));
    result.candidates.slice(0, SHOWN).forEach((candidate, i) => lines.push(candidateLine(candidate, i)));
    if (result.candidates.length > SHOWN) lines.push(style.dim(`  … dan ${formatCount(result.candidates.length - SHOWN)} lagi di ${out}.`));
  } else {
    lines.push(style.yellow("Tidak ada calon yang memenuhi syarat."));
  }
  lines.push("");
  lines.push(style.green(`Ditulis ke ${out} (lembar "${CANDIDATE_SHEET_NAME}" dan "Keterangan").`));
  lines.push(style.dim("Ekstrak DTSEN berisi data kesejahteraan warga lain: simpan berkas ini di kantor desa, jangan dibagikan. Ini usulan: pastikan setiap orang sebelum didaftarkan."));
  return lines.join("\n");
}

function localTimestamp(date: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(date.getDate())}-${p(date.getMonth() + 1)}-${date.getFullYear()} ${p(date.getHours())}:${p(date.getMinutes())}`;
}

/** The "Keterangan" sheet: how the candidates were chosen, from what, and how the file must be kept. */
function keterangan(context: CandidateContext): Array<[string, string]> {
  const { result, settings, daftar, report } = context;
  const preset = desilPreset(settings.desilMaksimal);
  const rows: Array<[string, string]> = [
    ["Isi", `Calon peserta BPJS Ketenagakerjaan BPU (pekerja rentan) yang diusulkan dari ekstrak DTSEN. Dibuat ${localTimestamp(new Date())} oleh pekerja-rentan.`],
    ["Desa", context.village],
    ["Tahun anggaran", `${settings.tahun}; usia dihitung per 1 Januari ${settings.tahun}`],
    [
      "Batas desil",
      result.withoutDesil
        ? "Ekstrak tanpa kolom desil: calon tidak disaring menurut desil."
        : `${describeDesilThreshold(settings.desilMaksimal)}${preset ? `. Sumber: ${preset.source} [${preset.confidence}]` : ". Ambang ini diatur desa, bukan ambang program yang dikenal."}`,
    ],
    ["Peringkat desil", `${DESIL_SOURCE_LABELS[settings.desilSumber]} (kolom desil_${settings.desilSumber}); bila kolom itu tidak ada di ekstrak, peringkat lain dipakai dan disebut di kolom "Keterangan DTSEN"`],
    ["Batas usia", `${settings.usiaMinimal}–${settings.usiaMaksimal} tahun per 1 Januari ${settings.tahun} (pengaturan; batas usia BPU belum terkonfirmasi)`],
    ["Sasaran", `${formatCount(result.target)} pekerja`],
    ["Sudah di daftar", daftar ? `${formatCount(result.enrolled)} pekerja siap didaftarkan di ${basename(daftar)}` : "Tanpa daftar pekerja (--daftar): dihitung nol"],
    ["Kekurangan", result.needed > 0 ? `${formatCount(result.needed)} pekerja lagi untuk mencapai ${formatCount(result.target)}` : `Sasaran ${formatCount(result.target)} sudah tercapai; calon ini cadangan`],
    ["Calon diusulkan", `${formatCount(result.candidates.length)} orang; urut desil terendah dulu, lalu usia termuda, lalu nama`],
    ["Tidak diusulkan", describeExclusions(result.excluded).replace(/^Tidak diusulkan:\s*/, "") || "Tidak ada yang disaring."],
    [
      "Yang disaring",
      "Warga desa lain; yang sudah ada di daftar pekerja (NIK sama, atau orang yang dicocokkan dengan baris daftar); tanpa NIK 16 digit; di luar batas usia; desil di atas batas atau tidak diketahui; penerima upah (buruh/karyawan/pegawai, PNS/TNI/Polri/BUMN/BUMD) dan yang tidak bekerja menurut DTSEN.",
    ],
    ["Berkas ekstrak", report.description.join("\n")],
  ];
  if (report.notes.length) rows.push(["Catatan ekstrak", report.notes.map((n) => n.message).join("\n")]);
  rows.push(
    [
      "Kerahasiaan",
      "Ekstrak DTSEN berisi data kesejahteraan warga lain. Penggunaannya terbatas, sesuai kebutuhan dan rahasia (BPS, Surat Deputi Bidang Statistik Sosial No. B-314/04200/KS.000/2025). Simpan berkas ini di kantor desa; jangan dibagikan, ditempel atau dikirim ke grup percakapan; pakai hanya untuk menyusun daftar pekerja rentan.",
    ],
    [
      "Sebelum didaftarkan",
      "Ini usulan dari data DTSEN, bukan daftar peserta. Pastikan setiap calon memang bekerja informal (bukan penerima upah), masih tinggal di desa dan bersedia didaftarkan. Salin baris yang dipilih ke daftar pekerja desa, lalu jalankan pekerja-rentan periksa.",
    ],
  );
  return rows;
}

function candidatesJson(context: CandidateContext, regions: RegionIndex, out: string) {
  const { result, settings } = context;
  const code = result.village.code;
  return {
    village: { by: result.village.by, code: code ?? null, kodeDesa: code ? dotted(code) : null, nama: (code && villageName(code, regions)) || null },
    needed: result.needed,
    target: result.target,
    enrolled: result.enrolled,
    candidates: result.candidates.map((c) => ({
      nik: c.record.nik!,
      noKk: c.record.noKk ?? null,
      nama: c.record.nama ?? null,
      tanggalLahir: formatIsoDate(c.birthDate),
      usia: c.age,
      desil: c.desil?.value ?? null,
      desilSumber: c.desil?.source ?? null,
      pekerjaanUtama: c.record.pekerjaanUtama ?? null,
    })),
    excluded: result.excluded,
    withoutDesil: result.withoutDesil,
    output: out,
    settings: { tahun: settings.tahun, desilMaksimal: settings.desilMaksimal, desilSumber: settings.desilSumber, usiaMinimal: settings.usiaMinimal, usiaMaksimal: settings.usiaMaksimal },
    dtks: extractToJson(context.report),
  };
}
