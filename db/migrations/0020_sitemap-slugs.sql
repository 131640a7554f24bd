-- The sitemap's chunks (lib/open-data/sitemap.ts): published slugs in byte order with their last change, so that a
-- chunk reads one range of this index (index-only) wherever it starts, instead of skipping every row before it.
CREATE INDEX "organisations_published_slug_idx" ON "organisations" USING btree (slug COLLATE "C") INCLUDE ("updated_at") WHERE status = 'published';
