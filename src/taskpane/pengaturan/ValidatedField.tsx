import { Field, Input, makeStyles, type InputProps } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Parsed } from "./validation";

interface ValidatedFieldProps<T> {
  readonly label: string;
  readonly hint?: string;
  /** The stored value. */
  readonly value: T;
  readonly toText: (value: T) => string;
  readonly parse: (text: string) => Parsed<T>;
  /** Called with each valid value as it is typed; an invalid one only shows its message. */
  readonly onCommit: (value: T) => void;
  readonly disabled?: boolean;
  readonly inputMode?: InputProps["inputMode"];
  readonly contentAfter?: InputProps["contentAfter"];
  readonly className?: string;
}

const useStyles = makeStyles({
  // Inputs default to a minimum width that two side by side overflow a 320-350 px pane with.
  input: { minWidth: 0, width: "100%" },
});

/**
 * A text field whose value is stored only when it is valid. What the user typed stays in the field
 * with an Indonesian message under it until it is fixed; the stored value is left as it was.
 */
export function ValidatedField<T>({ label, hint, value, toText, parse, onCommit, disabled, inputMode, contentAfter, className }: ValidatedFieldProps<T>) {
  const styles = useStyles();
  const [draft, setDraft] = useState(() => toText(value));
  const [message, setMessage] = useState<string>();

  // The stored value changed elsewhere (read from the workbook, "Kembalikan ke bawaan"): show it,
  // unless it is what the user is typing already.
  useEffect(() => {
    setDraft((current) => {
      const read = parse(current);
      return read.ok && Object.is(read.value, value) ? current : toText(value);
    });
    setMessage(undefined);
    // parse/toText are stable in meaning; only a new stored value should reset the draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  return (
    <Field
      label={label}
      hint={message ? undefined : hint}
      validationState={message ? "error" : "none"}
      validationMessage={message}
      className={className}
    >
      <Input
        className={styles.input}
        value={draft}
        disabled={disabled}
        inputMode={inputMode}
        contentAfter={contentAfter}
        onChange={(_, data) => {
          setDraft(data.value);
          const read = parse(data.value);
          if (read.ok) {
            setMessage(undefined);
            if (!Object.is(read.value, value)) onCommit(read.value);
          } else {
            setMessage(read.message);
          }
        }}
      />
    </Field>
  );
}
