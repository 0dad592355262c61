import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { errorMessage } from "../error-message";
import { useConnectionStatus, useGateway } from "../gateway-context";
import { TabPage } from "./TabPage";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

type Status = { readonly intent: "success" | "error"; readonly text: string } | undefined;

/** Periksa: reads the active sheet through the gateway; the engine and findings list are wired later. */
export function PeriksaTab() {
  const styles = useStyles();
  const gateway = useGateway();
  // While office.js is still starting the buttons stay usable: a call waits for the connection.
  const connection = useConnectionStatus();
  const usable = connection === "excel" || connection === "connecting";
  const [busy, setBusy] = useState<"membaca" | "menghapus" | undefined>();
  const [status, setStatus] = useState<Status>();

  async function attempt(kind: "membaca" | "menghapus", work: () => Promise<string>) {
    setBusy(kind);
    setStatus(undefined);
    try {
      setStatus({ intent: "success", text: await work() });
    } catch (error) {
      setStatus({ intent: "error", text: errorMessage(error) });
    } finally {
      setBusy(undefined);
    }
  }

  const readSheet = () =>
    attempt("membaca", async () => {
      const grid = await gateway.readUsedRange(undefined, { prepareHighlights: true });
      const columns = grid.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
      return `Lembar "${grid.name}": ${grid.rows.length} baris × ${columns} kolom terbaca.`;
    });

  const clearMarks = () =>
    attempt("menghapus", async () => {
      const result = await gateway.clearHighlights();
      return result.cleared === 0 ? "Tidak ada tanda dari Pekerja Rentan di lembar ini." : `${result.cleared} tanda dihapus.`;
    });

  return (
    <TabPage
      title="Periksa daftar pekerja"
      description="Menemukan tabel pekerja di lembar aktif (atau tabel yang Anda pilih), mencocokkan kolomnya, lalu memeriksa NIK, No. KK, tanggal lahir, jenis kelamin, nomor HP, dan penghasilan. Sel yang bermasalah diberi warna dan catatan; klik temuan untuk menuju selnya."
      planned={["Pemetaan kolom yang bisa dikoreksi", "Daftar temuan per tingkat dan per baris", "Periksa ulang setelah perbaikan"]}
    >
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!usable || busy !== undefined} onClick={readSheet}>
          Baca lembar aktif
        </Button>
        <Button disabled={!usable || busy !== undefined} onClick={clearMarks}>
          Hapus tanda
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={busy === "membaca" ? "Membaca lembar…" : "Menghapus tanda…"} />}
      {status && (
        <MessageBar intent={status.intent} layout="multiline">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </TabPage>
  );
}
