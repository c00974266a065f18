"use client";
// Keeps a failure of the PDF viewer (pdf.js) inside the viewer: the page around it (a QA
// reading following its letter's issue, a reviewer's workspace) stays usable, and the
// document can still be opened on its own.
import { Component, type ReactNode } from "react";

type Props = { url: string; children: ReactNode };

export class ViewerBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidUpdate(previous: Props): void {
    if (previous.url !== this.props.url && this.state.failed) this.setState({ failed: false });
  }

  render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <p className="p-4 text-sm text-red-700">
        The viewer stopped.{" "}
        <a className="underline" href={this.props.url} target="_blank" rel="noreferrer">
          Open the document
        </a>{" "}
        on its own.
      </p>
    );
  }
}
