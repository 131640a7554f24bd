-- Introductions are counted on public pages (the observatory, its CSV datasets): their changes move the directory's
-- version too, so that a count cached on that version is never older than the last alliance.
CREATE CONSTRAINT TRIGGER introductions_directory_version AFTER INSERT OR UPDATE OR DELETE ON introductions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION f_directory_version_bump();
