-- pg_restore runs with an empty search_path: a function that calls another unqualified cannot be found while the
-- generated columns are recomputed, and the restore fails. Same body, with the schema named.
CREATE OR REPLACE FUNCTION f_search_normalize(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT btrim(regexp_replace(lower(public.f_unaccent($1)), '[^a-z0-9]+', ' ', 'g')) $$;
