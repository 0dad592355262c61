import { Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Select, Switch, tokens } from "@fluentui/react-components";
import { ANGGARAN_PARAMETERS, BUDGET_BOUNDS, SUMBER_DANA, SUMBER_DANA_KODE, type BudgetProblem, type SumberDanaKode } from "../../domain/anggaran";
import { NAMA_BULAN } from "../../domain/iuran";
import type { PaneSettings } from "../session/pane-settings";
import { useSession } from "../session/session-context";
import { NumberField } from "./NumberField";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  pair: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalM, alignItems: "start" },
  note: { color: tokens.colorNeutralForeground3 },
  // A pane is 320-350 px wide: fields take the width they are given, never their content's.
  field: { minWidth: 0 },
  control: { width: "100%", minWidth: 0 },
  select: { minWidth: 0, textOverflow: "ellipsis" },
});

type Budget = PaneSettings["budget"];

/**
 * The budget's inputs, bound to the settings stored in the workbook. The year is the check's budget year
 * (ages are measured on its 1 January), so it is one setting shared with Periksa and Pengaturan.
 */
export function BudgetForm({ problems }: { readonly problems: ReadonlyArray<BudgetProblem> }) {
  const styles = useStyles();
  const { settings, settingsLoaded, updateSettings } = useSession();
  const { budget } = settings;
  const setBudget = <K extends keyof Budget>(key: K, value: Budget[K]) =>
    updateSettings((current) => ({ ...current, budget: { ...current.budget, [key]: value } }));
  const problemOf = (field: string) => problems.find((p) => p.field === field || p.field.startsWith(`${field}.`))?.message;
  const disabled = !settingsLoaded;

  return (
    <div className={styles.form}>
      <div className={styles.pair}>
        <NumberField
          label="Tahun anggaran"
          value={settings.check.tahun}
          min={BUDGET_BOUNDS.year.min}
          max={BUDGET_BOUNDS.year.max}
          disabled={disabled}
          problem={problemOf("year")}
          onChange={(tahun) => updateSettings((current) => ({ ...current, check: { ...current.check, tahun } }))}
        />
        <NumberField label="Sasaran pekerja" value={budget.target} min={BUDGET_BOUNDS.target.min} max={BUDGET_BOUNDS.target.max} disabled={disabled} problem={problemOf("target")} onChange={(n) => setBudget("target", n)} />
      </div>
      <div className={styles.pair}>
        <Field className={styles.field} label="Bulan mulai">
          <Select className={styles.control} select={{ className: styles.select }} value={String(budget.startMonth)} disabled={disabled} onChange={(_, data) => setBudget("startMonth", Number(data.value))}>
            {NAMA_BULAN.map((name, i) => (
              <option key={name} value={i + 1}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <NumberField label="Jumlah bulan" value={budget.months} min={BUDGET_BOUNDS.months.min} max={BUDGET_BOUNDS.months.max} disabled={disabled} problem={problemOf("months")} onChange={(n) => setBudget("months", n)} />
      </div>
      <NumberField
        label="Penghasilan dilaporkan per pekerja (Rp/bulan)"
        hint="Rp 1.000.000 = tingkat terendah Lampiran II PP 44/2015 (iuran Rp 16.800)."
        value={budget.declaredIncome}
        min={BUDGET_BOUNDS.declaredIncome.min}
        max={BUDGET_BOUNDS.declaredIncome.max}
        grouped
        disabled={disabled}
        problem={problemOf("declaredIncome")}
        onChange={(n) => setBudget("declaredIncome", n)}
      />
      <Switch
        label="Tambahkan JHT (2%, pilihan desa)"
        checked={budget.withJht}
        disabled={disabled}
        onChange={(_, data) => setBudget("withJht", data.checked)}
      />
      <Field className={styles.field} label="Sumber dana" hint={SUMBER_DANA[budget.sumberDana].note}>
        <Select className={styles.control} select={{ className: styles.select }} value={budget.sumberDana} disabled={disabled} onChange={(_, data) => setBudget("sumberDana", data.value as SumberDanaKode)}>
          {SUMBER_DANA_KODE.map((kode) => (
            <option key={kode} value={kode}>
              {kode} — {SUMBER_DANA[kode].label}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.pair}>
        <Field className={styles.field} label="Kode kegiatan" validationMessage={problemOf("kodeKegiatan")} validationState={problemOf("kodeKegiatan") ? "error" : "none"}>
          <Input className={styles.control} value={budget.kodeKegiatan} disabled={disabled} onChange={(_, data) => setBudget("kodeKegiatan", data.value)} />
        </Field>
        <Field className={styles.field} label="Kode rekening" validationMessage={problemOf("kodeRekening")} validationState={problemOf("kodeRekening") ? "error" : "none"}>
          <Input className={styles.control} value={budget.kodeRekening} disabled={disabled} onChange={(_, data) => setBudget("kodeRekening", data.value)} />
        </Field>
      </div>
      <Caption1 className={styles.note}>
        Kode kegiatan dan rekening berbeda per kabupaten; {ANGGARAN_PARAMETERS.kodeKegiatan.value} dan {ANGGARAN_PARAMETERS.kodeRekening.value} hanya
        usulan. Pakai kode dari Perbup pedoman APBDes dan referensi Siskeudes kabupaten Anda.
      </Caption1>
      <Switch
        label="Terapkan diskon 50% JKK dan JKM (PP 50/2025)"
        checked={budget.pp50}
        disabled={disabled}
        onChange={(_, data) => setBudget("pp50", data.checked)}
      />
      {budget.pp50 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Belum terkonfirmasi</MessageBarTitle>
            PP 50/2025 mengecualikan iuran yang dibayar APBN/APBD, dan tidak menyebut APBDes. Anggaran dengan diskon bisa kurang bila
            diskon ternyata tidak berlaku: tanyakan ke Kantor Cabang BPJS Ketenagakerjaan sebelum APBDes ditetapkan.
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
