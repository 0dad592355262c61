import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useSession } from "../session/session-context";
import { RegionCombobox } from "./RegionCombobox";
import { codeParts, districtOptions, provinceOptions, regencyOptions, regionName, villageOptions, type RegionOption } from "./region-options";

const useStyles = makeStyles({
  picker: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  stored: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  clear: { alignSelf: "flex-start" },
});

type Villages = { readonly district: string; readonly status: "loading" | "ready" | "error"; readonly options?: ReadonlyArray<RegionOption> };

/**
 * Province -> regency -> district -> village from the Kemendagri codes bundled with the add-in. Only
 * choosing a village changes the settings (kodeDesa and namaDesa); the levels above are a draft until
 * then. A province's villages are loaded from the add-in's own host the first time they are needed.
 */
export function VillagePicker({ disabled }: { readonly disabled?: boolean }) {
  const styles = useStyles();
  const { settings, updateSettings } = useSession();
  const stored = settings.check.kodeDesa;
  const storedParts = useMemo(() => codeParts(stored), [stored]);
  const [draft, setDraft] = useState(storedParts);
  const [villages, setVillages] = useState<Villages>();

  // A village read from the workbook (or cleared) after the pane opened: show it.
  useEffect(() => setDraft(storedParts), [storedParts]);

  const loadVillages = useCallback((district: string | undefined) => {
    if (!district) return;
    setVillages((current) => (current?.district === district && current.status !== "error" ? current : { district, status: "loading" }));
    villageOptions(district).then(
      (options) => setVillages((current) => (current?.district === district ? { district, status: "ready", options } : current)),
      () => setVillages((current) => (current?.district === district ? { district, status: "error" } : current)),
    );
  }, []);

  const chooseVillage = (village: RegionOption) => {
    updateSettings((current) => ({ ...current, check: { ...current.check, kodeDesa: village.kode }, namaDesa: village.nama }));
  };

  const clearVillage = () => {
    updateSettings((current) => ({ ...current, check: { ...current.check, kodeDesa: undefined }, namaDesa: undefined }));
  };

  const villageList = villages?.district === draft.kecamatan ? villages : undefined;
  const storedKnown = stored === undefined || (storedParts.kecamatan !== undefined && regionName(storedParts.kecamatan) !== undefined);

  return (
    <div className={styles.picker}>
      <div className={styles.stored} aria-live="polite">
        {stored ? (
          <>
            <Body1>
              <strong>Desa {settings.namaDesa ?? stored}</strong>
            </Body1>
            <Caption1 className={styles.muted}>{describePlace(stored)}</Caption1>
          </>
        ) : (
          <Body1>Belum ada desa yang dipilih. Pilih desa agar NIK dari luar kabupaten ditandai.</Body1>
        )}
      </div>
      {!storedKnown && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>Kode desa {stored} tidak ada dalam daftar Kemendagri yang dipakai add-in ini. Pilih ulang desanya di bawah.</MessageBarBody>
        </MessageBar>
      )}
      <RegionLevels
        draft={draft}
        disabled={disabled}
        villages={villageList}
        storedVillageName={draft.desa === stored ? settings.namaDesa : undefined}
        onProvince={(kode) => setDraft({ provinsi: kode })}
        onRegency={(kode) => setDraft((d) => ({ provinsi: d.provinsi, kabupaten: kode }))}
        onDistrict={(kode) => {
          setDraft((d) => ({ provinsi: d.provinsi, kabupaten: d.kabupaten, kecamatan: kode }));
          loadVillages(kode);
        }}
        onVillageOpen={() => loadVillages(draft.kecamatan)}
        onVillage={chooseVillage}
      />
      {stored && (
        <Button className={styles.clear} size="small" appearance="subtle" disabled={disabled} onClick={clearVillage}>
          Hapus pilihan desa
        </Button>
      )}
    </div>
  );
}

interface RegionLevelsProps {
  readonly draft: ReturnType<typeof codeParts>;
  readonly disabled?: boolean;
  readonly villages?: Villages;
  readonly storedVillageName?: string;
  readonly onProvince: (kode: string) => void;
  readonly onRegency: (kode: string) => void;
  readonly onDistrict: (kode: string) => void;
  readonly onVillageOpen: () => void;
  readonly onVillage: (village: RegionOption) => void;
}

function RegionLevels({ draft, disabled, villages, storedVillageName, onProvince, onRegency, onDistrict, onVillageOpen, onVillage }: RegionLevelsProps) {
  const provinces = provinceOptions();
  const regencies = useMemo(() => (draft.provinsi ? regencyOptions(draft.provinsi) : undefined), [draft.provinsi]);
  const districts = useMemo(() => (draft.kabupaten ? districtOptions(draft.kabupaten) : undefined), [draft.kabupaten]);
  return (
    <>
      <RegionCombobox
        label="Provinsi"
        placeholder="Ketik atau pilih provinsi"
        options={provinces}
        selected={draft.provinsi}
        onSelect={(o) => onProvince(o.kode)}
        disabled={disabled}
      />
      <RegionCombobox
        label="Kabupaten/kota"
        placeholder="Ketik atau pilih kabupaten/kota"
        options={regencies}
        selected={draft.kabupaten}
        onSelect={(o) => onRegency(o.kode)}
        disabled={disabled || !draft.provinsi}
      />
      <RegionCombobox
        label="Kecamatan"
        placeholder="Ketik atau pilih kecamatan"
        options={districts}
        selected={draft.kecamatan}
        onSelect={(o) => onDistrict(o.kode)}
        disabled={disabled || !draft.kabupaten}
      />
      <RegionCombobox
        label="Desa/kelurahan"
        placeholder="Ketik atau pilih desa"
        options={villages?.options}
        selected={draft.desa}
        selectedName={storedVillageName}
        loading={villages?.status === "loading"}
        error={villages?.status === "error" ? "Daftar desa tidak dapat dimuat. Tutup lalu buka lagi daftar ini untuk mencoba ulang." : undefined}
        onOpen={onVillageOpen}
        onSelect={onVillage}
        disabled={disabled || !draft.kecamatan}
      />
    </>
  );
}

/** "Kec. Matan Hilir Utara, Kabupaten Ketapang, Kalimantan Barat · kode 61.04.01.2014". */
function describePlace(kode: string): string {
  const parts = codeParts(kode);
  const names = [
    parts.kecamatan && regionName(parts.kecamatan) && `Kec. ${regionName(parts.kecamatan)}`,
    parts.kabupaten && regionName(parts.kabupaten),
    parts.provinsi && regionName(parts.provinsi) && `Prov. ${regionName(parts.provinsi)}`,
  ].filter(Boolean);
  return `${names.length ? `${names.join(", ")} · ` : ""}kode ${kode}`;
}
