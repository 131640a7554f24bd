-- Probable duplicates (lib/organisations/duplicates.ts): two names are "the same name written differently" when their
-- words, folded as the search folds them (f_search_normalize), minus the little words, are the same set:
-- "Fonds de dotation Paris-Avenir" and "Fonds dotation Paris Avenir" share the key "avenir dotation fonds paris".
-- Takes the stored search_name (already folded); immutable, so that it can be indexed if a list ever needs it.
CREATE OR REPLACE FUNCTION f_name_key(search_name text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT coalesce(string_agg(word, ' ' ORDER BY word), '')
        FROM unnest(string_to_array(search_name, ' ')) AS word
        WHERE word <> '' AND word <> ALL (ARRAY['a', 'au', 'aux', 'd', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'pour', 'sur']) $$;
