import { Body1Strong, Button, Caption1, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { FileExcelGateway } from "../adapters/file/file-excel-gateway";
import { canSaveToChosenPlace, downloadFile, saveToChosenPlace, type OpenedFile } from "./file-access";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: "200px" },
  muted: { color: tokens.colorNeutralForeground3 },
  unsaved: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface FileBarProps {
  readonly gateway: FileExcelGateway;
  readonly opened: OpenedFile;
  readonly unsaved: boolean;
  readonly onClose: () => void;
}

/** The open file, whether its changes are saved, and the two ways to save the checked copy. */
export function FileBar({ gateway, opened, unsaved, onClose }: FileBarProps) {
  const styles = useStyles();
  const [problem, setProblem] = useState<string>();

  function download() {
    setProblem(undefined);
    const copy = gateway.buildCopy();
    downloadFile(copy.name, copy.bytes);
    gateway.markSaved();
  }

  async function saveAs() {
    setProblem(undefined);
    try {
      const copy = gateway.buildCopy();
      const outcome = await saveToChosenPlace(copy.name, copy.bytes, opened.handle, (message) => window.confirm(message));
      if (outcome === "saved") gateway.markSaved();
    } catch {
      setProblem("Salinan tidak dapat disimpan di tempat itu (mungkin berkasnya sedang dibuka program lain). Tutup berkas itu, atau pakai tombol Unduh salinan.");
    }
  }

  function close() {
    if (unsaved && !window.confirm("Perubahan belum disimpan ke salinan. Tutup berkas ini tanpa menyimpan?")) return;
    onClose();
  }

  return (
    <>
      <div className={styles.bar} role="region" aria-label="Berkas yang dibuka">
        <div className={styles.name}>
          <Body1Strong>{opened.name}</Body1Strong>
          {unsaved ? (
            <Caption1 className={styles.unsaved}>Ada perubahan yang belum disimpan. Berkas asli tidak diubah; simpan hasilnya sebagai salinan.</Caption1>
          ) : (
            <Caption1 className={styles.muted}>Berkas asli tidak diubah. Hasil disimpan sebagai &quot;{gateway.copyName()}&quot;.</Caption1>
          )}
        </div>
        <Button appearance="primary" onClick={download}>
          Unduh salinan (diperiksa)
        </Button>
        {canSaveToChosenPlace() && <Button onClick={() => void saveAs()}>Simpan salinan ke…</Button>}
        <Button appearance="subtle" onClick={close}>
          Buka berkas lain
        </Button>
      </div>
      {problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
