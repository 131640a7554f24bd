// The admins' list of probable duplicates: pairs of organisations (merged records aside) that the rule of
// lib/organisations/duplicates.ts holds to be one, strongest reason first, each ready for the merge's preview. The
// database gathers the groups worth comparing (same identifier, or same words of a name in one département), the rule
// decides within each group. Admins only. Counted once per version of the directory.
import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { parsedRows, type Executor } from "@/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import {
  DUPLICATE_REASONS,
  duplicateFactsColumns,
  duplicateFactsRow,
  duplicateReason,
  type DuplicateFacts,
  type DuplicateReason,
} from "@/lib/organisations/duplicates";
import { readDirectoryVersion } from "@/lib/server/directory-version";
import { VersionedCache } from "@/lib/server/versioned-cache";
import { requireAdmin } from "./access";

export const DUPLICATES_PAGE_SIZE = 50;
/** Groups read at most of each kind (same SIRET, RNA, SIREN, name): beyond, the list says it is cut. */
export const MAX_DUPLICATE_GROUPS = 5_000;
/** A group larger than this (a common name across a département) is compared commune by commune. */
const WHOLE_GROUP_MAX = 40;

export interface DuplicatePair {
  reason: DuplicateReason;
  /** The older record first: the one usually kept. */
  first: DuplicateFacts;
  second: DuplicateFacts;
}

export interface DuplicateList {
  pairs: DuplicatePair[];
  /** More groups than MAX_DUPLICATE_GROUPS: the weakest were not read. */
  cut: boolean;
}

const groupMemberRow = duplicateFactsRow.extend({ groupId: z.number(), beyond: z.boolean(), createdAt: z.string() });

async function readDuplicates(db: Executor): Promise<DuplicateList> {
  const rows = await parsedRows(
    db,
    sql`WITH live AS (
          SELECT o.id, o.siret, o.siren, o.rna, c.departement_code, f_name_key(o.search_name) AS name_key
          FROM organisations o JOIN communes c ON c.code = o.commune_code
          WHERE o.status <> 'merged'
        ),
        -- An identifier on more than WHOLE_GROUP_MAX records is a legal unit's many services, not one record twice.
        groups AS (
          SELECT 0 AS strength, array_agg(id ORDER BY id) AS ids FROM live WHERE siret IS NOT NULL GROUP BY siret HAVING count(*) BETWEEN 2 AND ${WHOLE_GROUP_MAX}
          UNION ALL SELECT 1, array_agg(id ORDER BY id) FROM live WHERE rna IS NOT NULL GROUP BY rna HAVING count(*) BETWEEN 2 AND ${WHOLE_GROUP_MAX}
          UNION ALL SELECT 2, array_agg(id ORDER BY id) FROM live WHERE siren IS NOT NULL GROUP BY siren HAVING count(*) BETWEEN 2 AND ${WHOLE_GROUP_MAX}
          UNION ALL SELECT 3, array_agg(id ORDER BY id) FROM live WHERE name_key <> '' GROUP BY departement_code, name_key HAVING count(*) > 1
        ),
        -- At most MAX_DUPLICATE_GROUPS of each kind, so that many groups of one kind never hide the others.
        numbered AS (
          SELECT row_number() OVER (ORDER BY strength, ids[1])::int AS group_id, strength, ids,
                 row_number() OVER (PARTITION BY strength ORDER BY ids[1]) AS within
          FROM groups
        )
        SELECT n.group_id AS "groupId", n.within > ${MAX_DUPLICATE_GROUPS} AS "beyond", ${duplicateFactsColumns}, o.created_at::text AS "createdAt"
        FROM numbered n CROSS JOIN LATERAL unnest(n.ids) AS member(id)
        JOIN organisations o ON o.id = member.id JOIN communes c ON c.code = o.commune_code
        WHERE n.within <= ${MAX_DUPLICATE_GROUPS + 1}
        ORDER BY n.group_id, o.created_at, o.id`,
    groupMemberRow,
  );
  const cut = rows.some((row) => row.beyond);
  const groups = new Map<number, (typeof rows)[number][]>();
  for (const row of rows) {
    if (row.beyond) continue;
    const members = groups.get(row.groupId);
    if (members) members.push(row);
    else groups.set(row.groupId, [row]);
  }

  const seen = new Set<string>();
  const pairs: DuplicatePair[] = [];
  const compare = (members: (typeof rows)[number][]) => {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [first, second] = [members[i]!, members[j]!];
        const key = `${first.id}|${second.id}`;
        if (seen.has(key)) continue;
        const reason = duplicateReason(first, second);
        if (!reason) continue;
        seen.add(key);
        pairs.push({ reason, first: strip(first), second: strip(second) });
      }
    }
  };
  for (const members of groups.values()) {
    if (members.length <= WHOLE_GROUP_MAX) {
      compare(members);
      continue;
    }
    const byCommune = new Map<string, (typeof rows)[number][]>();
    for (const member of members) {
      const bucket = byCommune.get(member.communeCode);
      if (bucket) bucket.push(member);
      else byCommune.set(member.communeCode, [member]);
    }
    for (const communeMembers of byCommune.values()) compare(communeMembers);
  }
  pairs.sort(
    (a, b) =>
      DUPLICATE_REASONS.indexOf(a.reason) - DUPLICATE_REASONS.indexOf(b.reason) ||
      a.first.name.localeCompare(b.first.name, "fr") ||
      a.first.communeName.localeCompare(b.first.communeName, "fr") ||
      (a.first.id < b.first.id ? -1 : a.first.id > b.first.id ? 1 : a.second.id < b.second.id ? -1 : 1),
  );
  return { pairs, cut };
}

function strip(row: z.infer<typeof groupMemberRow>): DuplicateFacts {
  const { groupId: _groupId, beyond: _beyond, createdAt: _createdAt, ...facts } = row;
  return facts;
}

const duplicatesCache = new VersionedCache<DuplicateList>({ maxEntries: 1, ttlMs: 10 * 60_000 });

/**
 * Every probable duplicate pair (admins only), strongest reason first. Keyed on the version read exactly: after a
 * merge, the pair is gone at the next look.
 */
export async function listProbableDuplicates(db: Executor, viewer: Viewer | null): Promise<DuplicateList> {
  requireAdmin(viewer);
  return duplicatesCache.get(db, "pairs", await readDirectoryVersion(db), () => readDuplicates(db));
}
