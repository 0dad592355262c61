import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";
import { errorMessage } from "./error-message";

interface Props {
  readonly children: ReactNode;
  /** Changing it (e.g. the selected tab) clears a shown error. */
  readonly resetKey?: unknown;
}

interface State {
  readonly error: unknown;
  readonly resetKey: unknown;
}

/** Shows a failed part of the pane as an Indonesian message with "Coba lagi", instead of a blank pane. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error("Kesalahan tanpa keterangan") };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: undefined, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error("Pekerja Rentan: kesalahan tampilan", error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === undefined) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>Bagian panel ini gagal ditampilkan</MessageBarTitle>
          {errorMessage(this.state.error)}
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={() => this.setState({ error: undefined })}>
            Coba lagi
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
