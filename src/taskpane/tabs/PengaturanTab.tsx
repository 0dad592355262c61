import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Switch,
  tokens,
} from "@fluentui/react-components";
import { Fragment, useState } from "react";
import { ANGGARAN_PARAMETERS } from "../../domain/anggaran";
import { IURAN_PARAMETERS } from "../../domain/iuran";
import { RULE_PARAMETERS } from "../../domain/rules/rule-parameters";
import { ConfidenceBadge, ParametersView, RatesView } from "../pengaturan/RatesView";
import { ValidatedField } from "../pengaturan/ValidatedField";
import {
  parseBudgetYear,
  parseKodeKegiatan,
  parseKodeRekening,
  parseMaximumAge,
  parseMinimumAge,
  parseSimilarityPercent,
  similarityText,
} from "../pengaturan/validation";
import { DesilSettings } from "../pengaturan/DesilSettings";
import { VillagePicker } from "../pengaturan/VillagePicker";
import { defaultPaneSettings, type PaneSettings } from "../session/pane-settings";
import { useSession } from "../session/session-context";
import { TabPage } from "./TabPage";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  sectionTitle: { margin: `${tokens.spacingVerticalM} 0 0` },
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalM },
  unconfirmed: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  footer: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM },
  reset: { alignSelf: "flex-start" },
  // The switch's track has its own margin: line it up with the fields' left edge.
  switch: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  accordion: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, marginRight: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

const toText = String;
const identity = (text: string) => text;

/**
 * The values on this tab go back to their defaults; the village stays (it has no default), and the
 * budget's month range, funding source and export template belong to their own tabs.
 */
export function withDefaults(current: PaneSettings): PaneSettings {
  const defaults = defaultPaneSettings();
  return {
    ...current,
    check: { ...defaults.check, kodeDesa: current.check.kodeDesa },
    budget: { ...current.budget, pp50: defaults.budget.pp50, kodeKegiatan: defaults.budget.kodeKegiatan, kodeRekening: defaults.budget.kodeRekening },
  };
}

/** Pengaturan: the village and the values the checks and the budget use, stored in the workbook. */
export function PengaturanTab() {
  const styles = useStyles();
  const { settings, settingsLoaded, settingsNotice, updateSettings } = useSession();
  const [confirmReset, setConfirmReset] = useState(false);
  const [resetDone, setResetDone] = useState(false);
  // Bumped by "Kembalikan ke bawaan": the fields start afresh, dropping any invalid text still typed in them.
  const [generation, setGeneration] = useState(0);
  const disabled = !settingsLoaded;
  const check = settings.check;

  const setCheck = (change: Partial<PaneSettings["check"]>) => {
    setResetDone(false);
    updateSettings((current) => ({ ...current, check: { ...current.check, ...change } }));
  };
  const setBudget = (change: Partial<PaneSettings["budget"]>) => {
    setResetDone(false);
    updateSettings((current) => ({ ...current, budget: { ...current.budget, ...change } }));
  };

  return (
    <TabPage
      title="Pengaturan"
      description="Desa dan nilai yang dipakai pemeriksaan serta anggaran. Pengaturan disimpan di dalam buku kerja ini, jadi ikut terbawa bersama berkasnya."
    >
      {settingsNotice && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{settingsNotice}</MessageBarBody>
        </MessageBar>
      )}
      {disabled && <Spinner size="tiny" label="Membaca pengaturan dari buku kerja…" />}

      <section className={styles.section}>
        <Subtitle2 as="h3" className={styles.sectionTitle}>
          Desa
        </Subtitle2>
        <VillagePicker disabled={disabled} />
      </section>

      <Fragment key={generation}>
        <section className={styles.section}>
          <Subtitle2 as="h3" className={styles.sectionTitle}>
            Pemeriksaan
          </Subtitle2>
          <ValidatedField
            label="Tahun anggaran"
            hint="Usia dihitung per 1 Januari tahun ini."
            value={check.tahun}
            toText={toText}
            parse={parseBudgetYear}
            onCommit={(tahun) => setCheck({ tahun })}
            inputMode="numeric"
            disabled={disabled}
          />
          <div className={styles.pair}>
            <ValidatedField
              label="Usia minimal"
              hint={`Bawaan ${RULE_PARAMETERS.usiaMinimal.value}`}
              value={check.usiaMinimal}
              toText={toText}
              parse={(text) => parseMinimumAge(text, check.usiaMaksimal)}
              onCommit={(usiaMinimal) => setCheck({ usiaMinimal })}
              inputMode="numeric"
              contentAfter="thn"
              disabled={disabled}
            />
            <ValidatedField
              label="Usia maksimal"
              hint={`Bawaan ${RULE_PARAMETERS.usiaMaksimal.value}`}
              value={check.usiaMaksimal}
              toText={toText}
              parse={(text) => parseMaximumAge(text, check.usiaMinimal)}
              onCommit={(usiaMaksimal) => setCheck({ usiaMaksimal })}
              inputMode="numeric"
              contentAfter="thn"
              disabled={disabled}
            />
          </div>
          <Caption1>
            Batas usia BPU belum terkonfirmasi <ConfidenceBadge confidence={RULE_PARAMETERS.usiaMaksimal.confidence} />: tanyakan ke Kantor Cabang BPJS
            Ketenagakerjaan. Sumbernya ada di &ldquo;Dasar nilai bawaan&rdquo; di bawah.
          </Caption1>
          <DesilSettings
            desilMaksimal={check.desilMaksimal}
            desilSumber={check.desilSumber}
            onChange={(change) => setCheck(change)}
            disabled={disabled}
          />
          <ValidatedField
            label="Kemiripan nama minimal dengan DTKS"
            hint={`Di bawah nilai ini nama dilaporkan berbeda. Bawaan ${similarityText(RULE_PARAMETERS.ambangKemiripanNama.value)}%.`}
            value={check.ambangKemiripanNama}
            toText={similarityText}
            parse={parseSimilarityPercent}
            onCommit={(ambangKemiripanNama) => setCheck({ ambangKemiripanNama })}
            inputMode="decimal"
            contentAfter="%"
            disabled={disabled}
          />
        </section>

        <section className={styles.section}>
          <Subtitle2 as="h3" className={styles.sectionTitle}>
            Anggaran
          </Subtitle2>
          <div className={styles.unconfirmed}>
            <Switch
              className={styles.switch}
              label="Diskon 50% JKK dan JKM (PP 50/2025)"
              checked={settings.budget.pp50}
              onChange={(_, data) => setBudget({ pp50: data.checked })}
              disabled={disabled}
            />
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <strong>Belum terkonfirmasi untuk APBDes.</strong> {IURAN_PARAMETERS.pp50.source}
              </MessageBarBody>
            </MessageBar>
          </div>
          <ValidatedField
            label="Kode kegiatan"
            hint={`Bawaan ${ANGGARAN_PARAMETERS.kodeKegiatan.value}; sesuaikan dengan Perbup pedoman APBDes.`}
            value={settings.budget.kodeKegiatan}
            toText={identity}
            parse={parseKodeKegiatan}
            onCommit={(kodeKegiatan) => setBudget({ kodeKegiatan })}
            disabled={disabled}
          />
          <ValidatedField
            label="Kode rekening (objek belanja)"
            hint={`Bawaan ${ANGGARAN_PARAMETERS.kodeRekening.value}; sesuaikan dengan Perbup pedoman APBDes.`}
            value={settings.budget.kodeRekening}
            toText={identity}
            parse={parseKodeRekening}
            onCommit={(kodeRekening) => setBudget({ kodeRekening })}
            disabled={disabled}
          />
        </section>
      </Fragment>

      <Accordion collapsible multiple className={styles.accordion}>
        <AccordionItem value="tarif">
          <AccordionHeader size="small">Tabel tarif iuran BPU</AccordionHeader>
          <AccordionPanel>
            <RatesView />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="sumber">
          <AccordionHeader size="small">Dasar nilai bawaan</AccordionHeader>
          <AccordionPanel>
            <ParametersView />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>

      <div className={styles.footer}>
        {confirmReset ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>Kembalikan semua nilai di tab ini ke bawaan? Desa yang dipilih tetap.</MessageBarBody>
            <MessageBarActions>
              <Button
                size="small"
                appearance="primary"
                onClick={() => {
                  updateSettings(withDefaults);
                  setGeneration((g) => g + 1);
                  setConfirmReset(false);
                  setResetDone(true);
                }}
              >
                Ya, kembalikan
              </Button>
              <Button size="small" onClick={() => setConfirmReset(false)}>
                Batal
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : (
          <Button className={styles.reset} disabled={disabled} onClick={() => setConfirmReset(true)}>
            Kembalikan ke bawaan
          </Button>
        )}
        {resetDone && (
          <MessageBar intent="success">
            <MessageBarBody>Nilai bawaan dipakai lagi dan disimpan di buku kerja.</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </TabPage>
  );
}
