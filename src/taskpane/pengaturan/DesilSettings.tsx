import { Caption1, Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { DESIL_PRESETS, DESIL_SOURCE_LABELS, DESIL_SOURCES, desilPreset, describeDesilThreshold, type DesilSource } from "../../domain/dtks/desil";
import { RULE_PARAMETERS } from "../../domain/rules/rule-parameters";
import { ConfidenceBadge } from "./RatesView";

const CUSTOM = "lain";
const DESIL = Array.from({ length: 10 }, (_, i) => i + 1);

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  dropdown: { minWidth: 0, width: "100%" },
  source: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

/** "Desil 1–4 (pekerja rentan BPJS Ketenagakerjaan, Inpres 8/2025)". */
export function desilPresetLabel(maksimal: number): string {
  const text = describeDesilThreshold(maksimal);
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

/** "Desil nasional". */
function sourceLabel(source: DesilSource): string {
  const text = DESIL_SOURCE_LABELS[source];
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

/**
 * The desil threshold as the programmes name it (a preset, with its source and how sure that source
 * is), or a value the village sets itself; and which DTSEN ranking it is applied to.
 */
export function DesilSettings({
  desilMaksimal,
  desilSumber,
  onChange,
  disabled,
}: {
  readonly desilMaksimal: number;
  readonly desilSumber: DesilSource;
  readonly onChange: (change: { desilMaksimal?: number; desilSumber?: DesilSource }) => void;
  readonly disabled?: boolean;
}) {
  const styles = useStyles();
  const preset = desilPreset(desilMaksimal);
  const [custom, setCustom] = useState(!preset);
  // A threshold read from the workbook that is no preset shows as the village's own value.
  useEffect(() => {
    if (!desilPreset(desilMaksimal)) setCustom(true);
  }, [desilMaksimal]);
  const shown = custom ? undefined : preset;

  return (
    <div className={styles.group}>
      <Field label="Sasaran desil DTSEN" hint="Warga di atas desil ini ditandai di luar sasaran utama.">
        <Dropdown
          className={styles.dropdown}
          disabled={disabled}
          value={shown ? desilPresetLabel(shown.maksimal) : "Nilai lain (diatur desa)"}
          selectedOptions={[shown ? shown.id : CUSTOM]}
          onOptionSelect={(_, data) => {
            if (data.optionValue === CUSTOM) return setCustom(true);
            const picked = DESIL_PRESETS.find((p) => p.id === data.optionValue);
            if (!picked) return;
            setCustom(false);
            if (picked.maksimal !== desilMaksimal) onChange({ desilMaksimal: picked.maksimal });
          }}
        >
          {DESIL_PRESETS.map((p) => (
            <Option key={p.id} value={p.id} text={desilPresetLabel(p.maksimal)}>
              {desilPresetLabel(p.maksimal)}
            </Option>
          ))}
          <Option value={CUSTOM} text="Nilai lain (diatur desa)">
            Nilai lain…
          </Option>
        </Dropdown>
      </Field>
      {shown ? (
        <Caption1 className={styles.source}>
          <ConfidenceBadge confidence={shown.confidence} /> {shown.source}
        </Caption1>
      ) : (
        <Field label="Desil tertinggi yang masih sasaran" hint="Diatur desa: pastikan sama dengan aturan Pemda atau program yang mendanai.">
          <Dropdown
            className={styles.dropdown}
            disabled={disabled}
            value={`Desil 1–${desilMaksimal}`}
            selectedOptions={[String(desilMaksimal)]}
            onOptionSelect={(_, data) => data.optionValue && onChange({ desilMaksimal: Number(data.optionValue) })}
          >
            {DESIL.map((desil) => (
              <Option key={desil} value={String(desil)} text={desil === 1 ? "Desil 1" : `Desil 1–${desil}`}>
                {desil === 1 ? "Desil 1 (termiskin)" : `Desil 1–${desil}`}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <Field label="Peringkat desil yang dipakai">
        <Dropdown
          className={styles.dropdown}
          disabled={disabled}
          value={sourceLabel(desilSumber)}
          selectedOptions={[desilSumber]}
          onOptionSelect={(_, data) => data.optionValue && onChange({ desilSumber: data.optionValue as DesilSource })}
        >
          {DESIL_SOURCES.map((source) => (
            <Option key={source} value={source} text={sourceLabel(source)}>
              {sourceLabel(source)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Caption1 className={styles.source}>
        <ConfidenceBadge confidence={RULE_PARAMETERS.desilSumber.confidence} /> {RULE_PARAMETERS.desilSumber.source} Bila ekstrak tidak memuat kolom peringkat ini,
        peringkat lain yang ada dipakai dan disebut dalam temuannya.
      </Caption1>
    </div>
  );
}
