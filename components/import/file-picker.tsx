"use client";
// A file input that looks like the app's buttons: the real input stays in the page (visually
// hidden, still in the tab order, so Tab reaches it and Space or Enter opens the file dialog),
// and its second label is the button a pointer clicks. The chosen file's name is shown and read
// out; the focus ring shows on the button while the hidden input has the keyboard focus.
type Props = {
  id: string;
  label: string;
  accept: string;
  chosen: string | null;
  disabled?: boolean;
  onChoose: (file: File | undefined) => void;
};

export function FilePicker({ id, label, accept, chosen, disabled, onChoose }: Props) {
  return (
    <div className="field file-picker">
      <label htmlFor={id}>{label}</label>
      <div className="row">
        <input id={id} className="file-input" type="file" accept={accept} disabled={disabled} onChange={(e) => onChoose(e.target.files?.[0])} aria-describedby={`${id}-chosen`} />
        <label htmlFor={id} className="button secondary" aria-disabled={disabled || undefined}>
          {chosen ? "Choose another file…" : "Choose a file…"}
        </label>
        <span id={`${id}-chosen`} className="muted small" aria-live="polite" data-testid={`${id}-chosen`}>
          {chosen ?? "No file chosen yet."}
        </span>
      </div>
    </div>
  );
}
