-- Mandantentrennung in der Datenbank (Row-Level-Security).
-- Anfragen laufen je Transaktion unter der Rolle egh_app (kein Superuser, kein BYPASSRLS) mit
-- dem Träger des Benutzers in egh.traeger; eine Abfrage ohne Filter sieht trotzdem nichts
-- Fremdes. Anmeldung, Sitzungen, Migrationen und Stammdaten laufen als Eigentümer.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'egh_app') THEN
    CREATE ROLE egh_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'egh_app', 'MEMBER') THEN
    EXECUTE format('GRANT egh_app TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO egh_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION egh_traeger() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('egh.traeger', true), '')
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION egh_betrieb() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('egh.betrieb', true), '') = 'ja'
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION egh_benutzer() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('egh.benutzer', true), '')::uuid
$$;
--> statement-breakpoint

-- Register: alle lesen; ändern nur der eigene Träger (Administration) oder der Plattformbetrieb.
ALTER TABLE traeger ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON traeger TO egh_app;
--> statement-breakpoint
CREATE POLICY traeger_lesen ON traeger FOR SELECT TO egh_app USING (true);
--> statement-breakpoint
CREATE POLICY traeger_anlegen ON traeger FOR INSERT TO egh_app WITH CHECK (egh_betrieb());
--> statement-breakpoint
CREATE POLICY traeger_aendern ON traeger FOR UPDATE TO egh_app USING (id = egh_traeger() OR egh_betrieb()) WITH CHECK (id = egh_traeger() OR egh_betrieb());
--> statement-breakpoint

ALTER TABLE benutzer ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON benutzer TO egh_app;
--> statement-breakpoint
CREATE POLICY benutzer_eigener_traeger ON benutzer TO egh_app
  USING (traeger_id = egh_traeger() OR id = egh_benutzer() OR egh_betrieb())
  WITH CHECK (traeger_id = egh_traeger() OR egh_betrieb());
--> statement-breakpoint

ALTER TABLE vereinbarung ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON vereinbarung TO egh_app;
--> statement-breakpoint
CREATE POLICY vereinbarung_lesen ON vereinbarung FOR SELECT TO egh_app USING (true);
--> statement-breakpoint
CREATE POLICY vereinbarung_anlegen ON vereinbarung FOR INSERT TO egh_app WITH CHECK (egh_betrieb());
--> statement-breakpoint
CREATE POLICY vereinbarung_aendern ON vereinbarung FOR UPDATE TO egh_app USING (egh_betrieb()) WITH CHECK (egh_betrieb());
--> statement-breakpoint

-- Beitritte sind öffentlich (Mitgliederliste der BAGüS); erklären darf der eigene Träger.
ALTER TABLE beitritt ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON beitritt TO egh_app;
--> statement-breakpoint
CREATE POLICY beitritt_lesen ON beitritt FOR SELECT TO egh_app USING (true);
--> statement-breakpoint
CREATE POLICY beitritt_anlegen ON beitritt FOR INSERT TO egh_app WITH CHECK (traeger_id = egh_traeger() OR egh_betrieb());
--> statement-breakpoint
CREATE POLICY beitritt_aendern ON beitritt FOR UPDATE TO egh_app USING (traeger_id = egh_traeger() OR egh_betrieb()) WITH CHECK (traeger_id = egh_traeger() OR egh_betrieb());
--> statement-breakpoint

-- Daten eines Trägers: nur dieser Träger.
ALTER TABLE person ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON person TO egh_app;
--> statement-breakpoint
CREATE POLICY person_eigener_traeger ON person TO egh_app USING (traeger_id = egh_traeger()) WITH CHECK (traeger_id = egh_traeger());
--> statement-breakpoint
ALTER TABLE fall ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON fall TO egh_app;
--> statement-breakpoint
CREATE POLICY fall_eigener_traeger ON fall TO egh_app USING (traeger_id = egh_traeger()) WITH CHECK (traeger_id = egh_traeger());
--> statement-breakpoint
ALTER TABLE mehrkostenvergleich ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON mehrkostenvergleich TO egh_app;
--> statement-breakpoint
CREATE POLICY mehrkosten_eigener_traeger ON mehrkostenvergleich TO egh_app USING (traeger_id = egh_traeger()) WITH CHECK (traeger_id = egh_traeger());
--> statement-breakpoint
ALTER TABLE frist ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON frist TO egh_app;
--> statement-breakpoint
CREATE POLICY frist_eigener_traeger ON frist TO egh_app USING (traeger_id = egh_traeger()) WITH CHECK (traeger_id = egh_traeger());
--> statement-breakpoint

-- Gemeinsame Datensätze: beide Parteien; ein Entwurf nur sein Urheber.
ALTER TABLE amtshilfeersuchen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON amtshilfeersuchen TO egh_app;
--> statement-breakpoint
CREATE POLICY amtshilfe_parteien ON amtshilfeersuchen TO egh_app
  USING (ersuchender_id = egh_traeger() OR (ersuchter_id = egh_traeger() AND status <> 'Entwurf'))
  WITH CHECK (ersuchender_id = egh_traeger() OR (ersuchter_id = egh_traeger() AND status <> 'Entwurf'));
--> statement-breakpoint
ALTER TABLE erstattungsanspruch ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON erstattungsanspruch TO egh_app;
--> statement-breakpoint
CREATE POLICY erstattung_parteien ON erstattungsanspruch TO egh_app
  USING (anspruchsteller_id = egh_traeger() OR (verpflichteter_id = egh_traeger() AND status <> 'Entwurf'))
  WITH CHECK (anspruchsteller_id = egh_traeger() OR (verpflichteter_id = egh_traeger() AND status <> 'Entwurf'));
--> statement-breakpoint
-- Zeiträume und Zahlungen sind sichtbar, wenn der Anspruch sichtbar ist (die Unterabfrage
-- unterliegt selbst der Zeilensicherheit von erstattungsanspruch).
ALTER TABLE leistungszeitraum ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON leistungszeitraum TO egh_app;
--> statement-breakpoint
CREATE POLICY leistungszeitraum_anspruch ON leistungszeitraum TO egh_app
  USING (EXISTS (SELECT 1 FROM erstattungsanspruch a WHERE a.id = anspruch_id))
  WITH CHECK (EXISTS (SELECT 1 FROM erstattungsanspruch a WHERE a.id = anspruch_id));
--> statement-breakpoint
ALTER TABLE zahlung ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT ON zahlung TO egh_app;
--> statement-breakpoint
CREATE POLICY zahlung_anspruch ON zahlung TO egh_app
  USING (EXISTS (SELECT 1 FROM erstattungsanspruch a WHERE a.id = anspruch_id))
  WITH CHECK (EXISTS (SELECT 1 FROM erstattungsanspruch a WHERE a.id = anspruch_id));
--> statement-breakpoint
ALTER TABLE entscheidung ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT ON entscheidung TO egh_app;
--> statement-breakpoint
CREATE POLICY entscheidung_parteien ON entscheidung TO egh_app USING (egh_traeger() = ANY (parteien)) WITH CHECK (egh_traeger() = ANY (parteien));
--> statement-breakpoint
ALTER TABLE dokument ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT ON dokument TO egh_app;
--> statement-breakpoint
CREATE POLICY dokument_parteien ON dokument TO egh_app USING (egh_traeger() = ANY (parteien)) WITH CHECK (egh_traeger() = ANY (parteien));
--> statement-breakpoint

-- Idempotenz: je Benutzer, in derselben Transaktion wie das Anlegen.
ALTER TABLE idempotenz ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT ON idempotenz TO egh_app;
--> statement-breakpoint
CREATE POLICY idempotenz_benutzer ON idempotenz TO egh_app USING (benutzer_id = egh_benutzer()) WITH CHECK (benutzer_id = egh_benutzer());
--> statement-breakpoint

-- Protokoll: nur anfügen. Die Anwendungsrolle darf einfügen und den eigenen Träger lesen; kein
-- UPDATE, DELETE oder TRUNCATE – für niemanden, auch nicht für den Eigentümer (Trigger).
ALTER TABLE protokoll ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT ON protokoll TO egh_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE protokoll_id_seq TO egh_app;
--> statement-breakpoint
CREATE POLICY protokoll_lesen ON protokoll FOR SELECT TO egh_app USING (traeger_id = egh_traeger());
--> statement-breakpoint
CREATE POLICY protokoll_schreiben ON protokoll FOR INSERT TO egh_app WITH CHECK (traeger_id IS NOT DISTINCT FROM egh_traeger());
--> statement-breakpoint
CREATE OR REPLACE FUNCTION egh_nur_anfuegen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Das Protokoll ist unveränderlich: % ist nicht erlaubt.', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER protokoll_nur_anfuegen BEFORE UPDATE OR DELETE ON protokoll FOR EACH ROW EXECUTE FUNCTION egh_nur_anfuegen();
--> statement-breakpoint
CREATE TRIGGER protokoll_kein_leeren BEFORE TRUNCATE ON protokoll FOR EACH STATEMENT EXECUTE FUNCTION egh_nur_anfuegen();
