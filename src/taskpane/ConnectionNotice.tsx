import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, tokens } from "@fluentui/react-components";
import { RELOAD_ADVICE } from "./connection";
import { useConnection, useConnectionStatus, useSecondsWaiting } from "./gateway-context";

/** After this long without office.js the pane says it is still waiting, and what to do if it never comes. */
const SLOW_AFTER_SECONDS = 10;

const useStyles = makeStyles({
  notice: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0`, width: "auto" },
});

function reloadPane(): void {
  window.location.reload();
}

/**
 * What the pane says about its link to Excel: nothing while all is well; a waiting notice with the
 * seconds elapsed while office.js is slow (the pane connects by itself when it arrives); and, when
 * it cannot work here, one message naming what is missing and what to do instead.
 */
export function ConnectionNotice() {
  const styles = useStyles();
  const status = useConnectionStatus();
  const connection = useConnection();
  const seconds = useSecondsWaiting();

  if (status === "connecting" && seconds >= SLOW_AFTER_SECONDS) {
    return (
      <MessageBar intent="info" layout="multiline" className={styles.notice}>
        <MessageBarBody>
          <MessageBarTitle>Menunggu Excel… ({seconds} detik)</MessageBarTitle>
          Office.js dari Microsoft belum selesai dimuat; koneksi internet mungkin lambat. Panel tersambung sendiri begitu Office.js tiba. Bila lebih dari
          satu menit: {RELOAD_ADVICE}
        </MessageBarBody>
        <MessageBarActions>
          <Spinner size="tiny" aria-label="Menunggu Excel" />
          <Button size="small" onClick={reloadPane}>
            Muat ulang panel
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (status === "outside-excel") {
    return (
      <MessageBar intent="warning" layout="multiline" className={styles.notice}>
        <MessageBarBody>
          <MessageBarTitle>Buka dari Excel</MessageBarTitle>
          Panel ini bekerja di dalam Excel: klik Beranda &gt; Buka Panel pada grup Pekerja Rentan.
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (status === "office-missing") {
    return (
      <MessageBar intent="error" layout="multiline" className={styles.notice}>
        <MessageBarBody>
          <MessageBarTitle>Tidak terhubung ke Excel</MessageBarTitle>
          Office.js tidak termuat (panel memuatnya dari Microsoft, jadi perlu internet). Periksa koneksi internet. {RELOAD_ADVICE}
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={reloadPane}>
            Muat ulang panel
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (status === "unsupported-host") {
    return (
      <MessageBar intent="error" layout="multiline" className={styles.notice}>
        <MessageBarBody>
          <MessageBarTitle>Versi Excel ini belum bisa menjalankan Pekerja Rentan</MessageBarTitle>
          Yang belum ada: {connection?.missing?.join(", ") ?? "fitur yang diperlukan"}. Pakai Excel di web (gratis dengan akun Microsoft: buka office.com,
          unggah buku kerja ini), perbarui ke Microsoft 365 atau Excel 2021 versi 2108 ke atas, atau jalankan pemeriksaan dari baris perintah:{" "}
          <code>npx pekerja-rentan periksa</code>.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}
