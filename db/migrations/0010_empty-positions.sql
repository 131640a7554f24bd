CREATE INDEX "map_positions_empty_idx" ON "map_positions" USING btree ("facet") WHERE count = 0;--> statement-breakpoint
-- A position whose last organisation went is removed in the same statement (through a small partial index), so the
-- summary holds exactly the positions in use: no rows at 0 pile up, and two databases with the same organisations
-- hold the same summary. Safe with concurrent writers: the emptied row stays locked by its transaction until commit,
-- and an INSERT ... ON CONFLICT waiting on it inserts afresh once it is gone.
CREATE OR REPLACE FUNCTION f_map_positions_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO map_positions AS m (lon, lat, commune_code, kind, facet, count)
    SELECT d.lon, d.lat, d.commune_code, d.kind, d.facet, sum(d.delta)::int
    FROM (SELECT n.lon, n.lat, n.commune_code, n.kind, t.facet, 1 AS delta
          FROM new_rows n CROSS JOIN LATERAL (SELECT '' AS facet UNION SELECT 'theme:' || unnest(n.themes) UNION SELECT 'offer:' || unnest(n.offer_kinds) UNION SELECT 'need:' || unnest(n.need_kinds)) t
          WHERE n.status = 'published') d
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (lon, lat, commune_code, kind, facet) DO UPDATE SET count = m.count + EXCLUDED.count;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO map_positions AS m (lon, lat, commune_code, kind, facet, count)
    SELECT d.lon, d.lat, d.commune_code, d.kind, d.facet, sum(d.delta)::int
    FROM (SELECT o.lon, o.lat, o.commune_code, o.kind, t.facet, -1 AS delta
          FROM old_rows o CROSS JOIN LATERAL (SELECT '' AS facet UNION SELECT 'theme:' || unnest(o.themes) UNION SELECT 'offer:' || unnest(o.offer_kinds) UNION SELECT 'need:' || unnest(o.need_kinds)) t
          WHERE o.status = 'published') d
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (lon, lat, commune_code, kind, facet) DO UPDATE SET count = m.count + EXCLUDED.count;
    DELETE FROM map_positions WHERE count = 0;
  ELSE
    INSERT INTO map_positions AS m (lon, lat, commune_code, kind, facet, count)
    SELECT d.lon, d.lat, d.commune_code, d.kind, d.facet, sum(d.delta)::int
    FROM (SELECT n.lon, n.lat, n.commune_code, n.kind, t.facet, 1 AS delta
          FROM new_rows n CROSS JOIN LATERAL (SELECT '' AS facet UNION SELECT 'theme:' || unnest(n.themes) UNION SELECT 'offer:' || unnest(n.offer_kinds) UNION SELECT 'need:' || unnest(n.need_kinds)) t
          WHERE n.status = 'published'
          UNION ALL
          SELECT o.lon, o.lat, o.commune_code, o.kind, t.facet, -1 AS delta
          FROM old_rows o CROSS JOIN LATERAL (SELECT '' AS facet UNION SELECT 'theme:' || unnest(o.themes) UNION SELECT 'offer:' || unnest(o.offer_kinds) UNION SELECT 'need:' || unnest(o.need_kinds)) t
          WHERE o.status = 'published') d
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(d.delta) <> 0 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (lon, lat, commune_code, kind, facet) DO UPDATE SET count = m.count + EXCLUDED.count;
    DELETE FROM map_positions WHERE count = 0;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
DELETE FROM map_positions WHERE count = 0;
