CREATE SEQUENCE "public"."directory_version" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
SELECT nextval('directory_version');--> statement-breakpoint
-- Deferred to the commit of the writing transaction, so a reader can hardly see the new value before the change
-- (readers also keep their answers a few minutes at most). nextval takes no lock: writers never wait on each other.
CREATE OR REPLACE FUNCTION f_directory_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('directory_version');
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER organisations_directory_version AFTER INSERT OR UPDATE OR DELETE ON organisations
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION f_directory_version_bump();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER needs_offers_directory_version AFTER INSERT OR UPDATE OR DELETE ON needs_offers
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION f_directory_version_bump();
