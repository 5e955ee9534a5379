import { type ReactNode, useId } from "react";

/** What a field's control needs to be tied to its label and its error. */
export interface FieldControl {
  readonly id: string;
  readonly "aria-invalid": boolean | undefined;
  readonly "aria-describedby": string | undefined;
}

/**
 * A labelled control with its hint and error beside it; the error is announced and the control points at it
 * (aria-describedby), so a server's objection to a field lands next to that field.
 */
export function FormField({
  label,
  error,
  hint,
  className,
  children,
}: {
  readonly label: ReactNode;
  readonly error?: string | undefined;
  readonly hint?: ReactNode;
  readonly className?: string | undefined;
  readonly children: (control: FieldControl) => ReactNode;
}) {
  const id = useId();
  const described = [hint !== undefined ? `${id}-hint` : "", error !== undefined ? `${id}-error` : ""]
    .filter((s) => s !== "")
    .join(" ");
  return (
    <div
      className={`field${error !== undefined ? " invalid" : ""}${className ? ` ${className}` : ""}`}
      data-invalid={error !== undefined || undefined}
    >
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        "aria-invalid": error !== undefined ? true : undefined,
        "aria-describedby": described === "" ? undefined : described,
      })}
      {hint !== undefined && (
        <span className="hint muted" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error !== undefined && (
        <span className="error-text field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
