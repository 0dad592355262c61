import { Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useOpenTab } from "../navigation";
import { useSession } from "../session/session-context";

const useStyles = makeStyles({
  strip: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { minWidth: 0, overflowWrap: "anywhere" },
  year: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

/**
 * "Desa · Tahun" above everything in Periksa: both change the results, so they are set first. An empty
 * village reads "Pilih desa"; a title row naming another year ("… TAHUN 2027") is offered as the year.
 */
export function PlaceStrip({ titleYear }: { readonly titleYear?: number }) {
  const styles = useStyles();
  const openTab = useOpenTab();
  const { settings, updateSettings } = useSession();
  const village = settings.namaDesa?.trim();
  const year = settings.check.tahun;
  return (
    <div role="group" aria-label="Desa dan tahun anggaran">
      <div className={styles.strip}>
        <Text className={styles.text} weight="semibold">
          {`${village ? `Desa ${village}` : "Desa belum dipilih"} · Tahun ${year}`}
        </Text>
        <Button size="small" appearance={village ? "subtle" : "primary"} onClick={() => openTab("pengaturan")}>
          {village ? "Ubah" : "Pilih desa"}
        </Button>
      </div>
      {titleYear !== undefined && titleYear !== year && (
        <div className={styles.year}>
          <Caption1>{`Judul tabel menyebut tahun ${titleYear}, pengaturan memakai ${year}.`}</Caption1>
          <Button size="small" onClick={() => updateSettings((s) => ({ ...s, check: { ...s.check, tahun: titleYear } }))}>
            {`Pakai tahun ${titleYear}`}
          </Button>
        </div>
      )}
    </div>
  );
}
