import { Button, Field, makeStyles, MessageBar, MessageBarBody, ProgressBar, tokens } from "@fluentui/react-components";
import type { Outcome, Progress } from "./use-operation";

const useStyles = makeStyles({
  progress: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
});

/** A running operation's label, bar and "Batal"; or, once it ended, its outcome. */
export function OperationStatus({ progress, outcome, onCancel }: { readonly progress?: Progress; readonly outcome?: Outcome; readonly onCancel: () => void }) {
  const styles = useStyles();
  if (progress) {
    return (
      <div className={styles.progress} role="status" aria-live="polite">
        <Field className={styles.field} validationMessage={progress.label} validationState="none">
          <ProgressBar value={progress.value} thickness="large" />
        </Field>
        <Button size="small" onClick={onCancel}>
          Batal
        </Button>
      </div>
    );
  }
  if (!outcome) return null;
  return (
    <MessageBar intent={outcome.intent} layout="multiline" role={outcome.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{outcome.text}</MessageBarBody>
    </MessageBar>
  );
}
