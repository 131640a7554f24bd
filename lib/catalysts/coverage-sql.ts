// The one definition of "a catalyst's coverage contains a commune": the commune itself, its EPCI or EPT, or
// its département. `coverage` and `commune` are SQL aliases of catalyst_coverage and communes rows.
import { sql, type SQL } from "drizzle-orm";

export function coverageContainsCommune(coverage: string, commune: string): SQL {
  const cc = coverage;
  const c = commune;
  return sql.raw(
    `((${cc}.territory_kind = 'commune' AND ${cc}.territory_code = ${c}.code)
      OR (${cc}.territory_kind = 'intercommunality' AND ${cc}.territory_code IN (${c}.epci_code, ${c}.ept_code))
      OR (${cc}.territory_kind = 'departement' AND ${cc}.territory_code = ${c}.departement_code))`,
  );
}

/**
 * Codes of the communes inside the coverage rows matching `where` (alias cc), as a subquery. One equi-join per
 * level (hash-joinable), rather than the OR above, which would scan the coverage once per commune.
 */
export function coveredCommuneCodes(where: SQL = sql`TRUE`): SQL {
  return sql`(
    SELECT c.code FROM communes c JOIN catalyst_coverage cc ON cc.territory_kind = 'commune' AND cc.territory_code = c.code WHERE ${where}
    UNION SELECT c.code FROM communes c JOIN catalyst_coverage cc ON cc.territory_kind = 'intercommunality' AND cc.territory_code = c.epci_code WHERE ${where}
    UNION SELECT c.code FROM communes c JOIN catalyst_coverage cc ON cc.territory_kind = 'intercommunality' AND cc.territory_code = c.ept_code WHERE ${where}
    UNION SELECT c.code FROM communes c JOIN catalyst_coverage cc ON cc.territory_kind = 'departement' AND cc.territory_code = c.departement_code WHERE ${where})`;
}

/**
 * A catalyst's coverage as a JSON array of { kind, code, name } (public: territories are not personal data), for
 * the exports; `catalyst` is the SQL alias of the catalysts row.
 */
export function coverageJson(catalyst: string): SQL {
  return sql.raw(`coalesce((SELECT jsonb_agg(jsonb_build_object('kind', cc.territory_kind, 'code', cc.territory_code,
      'name', coalesce(cm.name, ic.name, dp.name)) ORDER BY cc.territory_kind DESC, cc.territory_code)
    FROM catalyst_coverage cc
    LEFT JOIN communes cm ON cc.territory_kind = 'commune' AND cm.code = cc.territory_code
    LEFT JOIN intercommunalities ic ON cc.territory_kind = 'intercommunality' AND ic.code = cc.territory_code
    LEFT JOIN departements dp ON cc.territory_kind = 'departement' AND dp.code = cc.territory_code
    WHERE cc.catalyst_id = ${catalyst}.id), '[]'::jsonb)`);
}
