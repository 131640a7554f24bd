// A plain table whose first cell names each row (th scope="row"), with a caption for screen readers only.
import type { ReactNode } from "react";

export interface DataTableRow {
  key: string;
  cells: readonly ReactNode[];
}

export function DataTable({ caption, columns, rows }: { caption: string; columns: readonly string[]; rows: readonly DataTableRow[] }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th scope="row" key={index}>
                    {cell}
                  </th>
                ) : (
                  <td key={index}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
