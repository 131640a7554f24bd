-- The catalysts and their coverage are part of what the public pages show (the catalysts' pages, the finder, the
-- home figures, a profile's catalyst): their changes move the directory's version too, so that a page cached on
-- that version never outlives them.
CREATE CONSTRAINT TRIGGER catalysts_directory_version AFTER INSERT OR UPDATE OR DELETE ON catalysts
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION f_directory_version_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER catalyst_coverage_directory_version AFTER INSERT OR UPDATE OR DELETE ON catalyst_coverage
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION f_directory_version_bump();
