import { useId } from "react";
import type { AliasInfo, VersionInfo } from "../../api/types";
import type { Sides } from "./compare-sides";
import { sideOptions } from "./compare-sides";

export interface SidePickerProps {
  readonly aliases: readonly AliasInfo[];
  readonly versions: readonly VersionInfo[];
  readonly sides: Sides;
  readonly onChange: (side: "a" | "b", value: string) => void;
  readonly onSwap: () => void;
}

function SideSelect({
  label,
  value,
  aliases,
  versions,
  onChange,
}: {
  readonly label: string;
  readonly value: string;
  readonly aliases: readonly AliasInfo[];
  readonly versions: readonly VersionInfo[];
  readonly onChange: (value: string) => void;
}) {
  const id = useId();
  const options = sideOptions(aliases, versions, value);
  const groups = ["Aliases", "Versions", "Other"] as const;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {groups.map((group) => {
          const inGroup = options.filter((o) => o.group === group);
          return inGroup.length === 0 ? null : (
            <optgroup key={group} label={group}>
              {inGroup.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
    </>
  );
}

/** Two selects (aliases or versions) for the compared sides, kept in the URL as `a=` and `b=`. */
export function SidePicker({ aliases, versions, sides, onChange, onSwap }: SidePickerProps) {
  return (
    <div className="side-picker">
      <SideSelect
        label="Compare A"
        value={sides.a}
        aliases={aliases}
        versions={versions}
        onChange={(v) => onChange("a", v)}
      />
      <SideSelect
        label="Compare B"
        value={sides.b}
        aliases={aliases}
        versions={versions}
        onChange={(v) => onChange("b", v)}
      />
      <button type="button" onClick={onSwap}>
        Swap
      </button>
    </div>
  );
}
