import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle2, Title2, tokens } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import { canPickFiles, pickWorkbook, readPickedFile, type OpenedFile } from "./file-access";

const useStyles = makeStyles({
  screen: { maxWidth: "560px", margin: "0 auto", padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  drop: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingVerticalXXL,
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dragging: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hidden: { display: "none" },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export interface StartScreenProps {
  readonly onOpen: (file: OpenedFile) => Promise<void>;
  /** The reader's message when the last file could not be opened. */
  readonly error?: string;
}

/** "Buka berkas .xlsx": the page's first screen, before any workbook is open. */
export function StartScreen({ onOpen, error }: StartScreenProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);

  async function open(file: Promise<OpenedFile | undefined>) {
    setBusy(true);
    try {
      const opened = await file;
      if (opened) await onOpen(opened);
    } finally {
      setBusy(false);
    }
  }

  function choose() {
    if (canPickFiles()) void open(pickWorkbook());
    else input.current?.click();
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void open(readPickedFile(file));
  }

  return (
    <main className={styles.screen}>
      <Title2 as="h1">Pekerja Rentan</Title2>
      <Body1>Periksa daftar pekerja rentan desa, cocokkan dengan DTKS/DTSEN, susun RAB dan berkas pendaftaran BPJS Ketenagakerjaan, langsung di peramban ini.</Body1>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div
        className={dragging ? `${styles.drop} ${styles.dragging}` : styles.drop}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <Subtitle2 as="h2">Buka daftar pekerja</Subtitle2>
        <Button appearance="primary" size="large" onClick={choose} disabled={busy}>
          Buka berkas .xlsx
        </Button>
        {busy ? <Spinner size="tiny" label="Membaca berkas…" /> : <Caption1 className={styles.muted}>atau seret berkasnya ke sini</Caption1>}
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label="Pilih berkas .xlsx"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = "";
            if (file) void open(readPickedFile(file));
          }}
        />
      </div>
      <ul className={styles.list}>
        <li>
          <Caption1>Berkas dibaca di komputer ini saja. Tidak ada data yang dikirim ke mana pun, dan halaman ini tetap bekerja tanpa internet.</Caption1>
        </li>
        <li>
          <Caption1>Berkas asli tidak diubah. Hasil pemeriksaan disimpan sebagai salinan baru, &quot;… (diperiksa).xlsx&quot;.</Caption1>
        </li>
      </ul>
    </main>
  );
}
