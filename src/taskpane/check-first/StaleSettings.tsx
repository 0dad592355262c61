import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useSession } from "../session/session-context";
import { stalenessMessage } from "../session/settings-staleness";

/** The banner every tab built on the last check shows once the settings it ran with have changed. */
export function StaleSettings() {
  const { check, settings } = useSession();
  const message = check ? stalenessMessage(check.settingsUsed, settings.check) : undefined;
  if (!message) return null;
  return (
    <MessageBar intent="warning" layout="multiline" aria-label="Hasil belum diperbarui">
      <MessageBarBody>
        <MessageBarTitle>Hasil belum diperbarui</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
