import { type ReactNode, useMemo, useState } from "react";

export interface Column<T> {
  readonly key: string;
  readonly label: ReactNode;
  readonly render: (row: T) => ReactNode;
  /** Sorting value; columns without one are not sortable. Nulls sort last either way. */
  readonly sort?: (row: T) => number | string | null;
  readonly numeric?: boolean;
}

export interface SortableTableProps<T> {
  readonly rows: readonly T[];
  readonly columns: readonly Column<T>[];
  readonly rowKey: (row: T) => string;
  readonly initialSort?: { readonly key: string; readonly descending: boolean };
  readonly caption?: string;
  /** Makes rows selectable by click and Enter; the selected row is highlighted. */
  readonly onSelect?: (row: T) => void;
  readonly selected?: string;
  readonly testId?: string;
}

/** Sorts rows by a column; nulls last in both directions so missing values never lead the table. */
export function sortRows<T>(
  rows: readonly T[],
  value: (row: T) => number | string | null,
  descending: boolean,
): T[] {
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || (typeof x === "number" && Number.isNaN(x))) return y === null ? 0 : 1;
    if (y === null || (typeof y === "number" && Number.isNaN(y))) return -1;
    const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return descending ? -order : order;
  });
}

/** A table whose headers are buttons (keyboard sortable) and whose rows can be selected with Enter or a click. */
export function SortableTable<T>({
  rows,
  columns,
  rowKey,
  initialSort,
  caption,
  onSelect,
  selected,
  testId,
}: SortableTableProps<T>) {
  const [sort, setSort] = useState(initialSort ?? null);
  const sorted = useMemo(() => {
    const column = sort === null ? undefined : columns.find((c) => c.key === sort.key);
    return column?.sort === undefined || sort === null ? rows : sortRows(rows, column.sort, sort.descending);
  }, [rows, columns, sort]);
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid={testId}>
        {caption !== undefined && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((c) => {
              const active = sort?.key === c.key;
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={c.numeric ? "num" : undefined}
                  aria-sort={active ? (sort!.descending ? "descending" : "ascending") : undefined}
                >
                  {c.sort === undefined ? (
                    c.label
                  ) : (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() =>
                        setSort({ key: c.key, descending: active ? !sort!.descending : c.numeric === true })
                      }
                    >
                      {c.label}
                      <span aria-hidden="true">{active ? (sort!.descending ? " ▼" : " ▲") : ""}</span>
                    </button>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => {
            const key = rowKey(row);
            return (
              <tr
                key={key}
                className={
                  [onSelect ? "selectable" : "", selected === key ? "selected" : ""].join(" ").trim() ||
                  undefined
                }
                tabIndex={onSelect ? 0 : undefined}
                aria-selected={onSelect ? selected === key : undefined}
                onClick={onSelect ? () => onSelect(row) : undefined}
                onKeyDown={
                  onSelect
                    ? (e) => {
                        if (e.key === "Enter" || e.key === " ") {
                          e.preventDefault();
                          onSelect(row);
                        }
                      }
                    : undefined
                }
              >
                {columns.map((c) => (
                  <td key={c.key} className={c.numeric ? "num" : undefined}>
                    {c.render(row)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
