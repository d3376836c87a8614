-- Datenbankrollen (Issue 15). Der Server arbeitet für Träger unter einer Anmelderolle, die nichts
-- besitzt (Mitglied von egh_laufzeit); Migrationen und Systemarbeit laufen als Eigentümer
-- (EGH_MIGRATION_URL, docs/BETRIEB.md). Den Träger einer Transaktion setzt nur die Datenbank selbst:
-- egh_sitzung (zur Sitzung), egh_als_mandant (nur Eigentümer) und egh_als_partei (die andere Partei
-- eines gemeinsamen Datensatzes) schreiben egh.kontext mit einem Siegel – SHA-256 über ein Geheimnis,
-- das nur der Eigentümer lesen kann, Inhalt, Serverprozess und Beginn der Transaktion. egh_traeger(),
-- egh_benutzer() und egh_betrieb() prüfen das Siegel; ein selbst gesetztes egh.kontext (oder das
-- frühere egh.traeger) führt zu einem Fehler, nie zu Zeilen eines anderen Trägers.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'egh_laufzeit') THEN
    BEGIN
      CREATE ROLE egh_laufzeit NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    EXCEPTION WHEN unique_violation OR duplicate_object THEN
      NULL;
    END;
  END IF;
  IF NOT pg_has_role('egh_laufzeit', 'egh_app', 'MEMBER') THEN
    BEGIN
      GRANT egh_app TO egh_laufzeit;
    EXCEPTION WHEN unique_violation OR duplicate_object THEN
      NULL;
    END;
  END IF;
  -- Für den Betrieb mit einer einzigen URL wechselt der Eigentümer für Trägerarbeit zu egh_laufzeit.
  IF NOT pg_has_role(current_user, 'egh_laufzeit', 'MEMBER') THEN
    BEGIN
      EXECUTE format('GRANT egh_laufzeit TO %I', current_user);
    EXCEPTION WHEN unique_violation OR duplicate_object OR insufficient_privilege THEN
      NULL;
    END;
  END IF;
END
$$;
--> statement-breakpoint
-- Niemand außer dem Eigentümer legt Objekte im Schema public an (ältere Cluster erlaubten das jedem).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO egh_laufzeit;
--> statement-breakpoint
CREATE SCHEMA egh_intern;
--> statement-breakpoint
REVOKE ALL ON SCHEMA egh_intern FROM PUBLIC;
--> statement-breakpoint
CREATE TABLE egh_intern.geheimnis (schluessel bytea NOT NULL);
--> statement-breakpoint
REVOKE ALL ON egh_intern.geheimnis FROM PUBLIC;
--> statement-breakpoint
INSERT INTO egh_intern.geheimnis (schluessel)
  SELECT sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text || clock_timestamp()::text, 'UTF8'));
--> statement-breakpoint
-- Siegel eines Kontexts: an Serverprozess und Beginn der Transaktion gebunden (ein Siegel aus einer
-- früheren Transaktion gilt nicht mehr), verschachtelt gehasht (keine Längenerweiterung).
CREATE FUNCTION egh_intern.siegel(p_inhalt text) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT encode(sha256(g.schluessel || sha256(g.schluessel || convert_to(
           p_inhalt || '|' || pg_backend_pid()::text || '|' || (extract(epoch FROM transaction_timestamp()) * 1000000)::bigint::text,
           'UTF8'))), 'hex')
    FROM egh_intern.geheimnis g
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION egh_intern.siegel(text) FROM PUBLIC;
--> statement-breakpoint
CREATE FUNCTION egh_intern.setze_kontext(p_traeger text, p_benutzer uuid, p_betrieb boolean, p_ursprung text) RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  inhalt text := coalesce(p_traeger, '') || '|' || coalesce(p_benutzer::text, '') || '|'
                 || CASE WHEN p_betrieb THEN 'ja' ELSE '' END || '|' || coalesce(p_ursprung, '');
BEGIN
  PERFORM set_config('egh.kontext', inhalt || '|' || egh_intern.siegel(inhalt), true);
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION egh_intern.setze_kontext(text, uuid, boolean, text) FROM PUBLIC;
--> statement-breakpoint
-- Der geprüfte Kontext der Transaktion: {Träger, Benutzer, Betrieb, ursprünglicher Träger} oder NULL.
CREATE FUNCTION egh_kontext() RETURNS text[]
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  k text := current_setting('egh.kontext', true);
  t text[];
BEGIN
  IF k IS NULL OR k = '' THEN
    RETURN NULL;
  END IF;
  t := string_to_array(k, '|');
  IF cardinality(t) <> 5 OR t[5] IS DISTINCT FROM egh_intern.siegel(array_to_string(t[1:4], '|')) THEN
    RAISE EXCEPTION 'Der Träger dieser Transaktion wurde nicht von der Datenbank gesetzt.'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN t[1:4];
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION egh_kontext() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION egh_kontext() TO egh_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION egh_traeger() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT nullif((public.egh_kontext())[1], '')
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION egh_benutzer() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif((public.egh_kontext())[2], '')::uuid
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION egh_betrieb() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce((public.egh_kontext())[3], '') = 'ja'
$$;
--> statement-breakpoint
-- Zur Sitzung: wie 0003, jetzt als Eigentümer (SECURITY DEFINER) mit festem Suchpfad und versiegeltem
-- Kontext. Ausführen darf sie die Laufzeitrolle; lesen kann sie die Sitzungen nicht.
CREATE OR REPLACE FUNCTION egh_sitzung(p_token_hash text) RETURNS json
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  k json;
  t text;
  b uuid;
  betrieb boolean;
BEGIN
  SELECT json_build_object(
           'benutzerId', bn.id, 'benutzername', bn.benutzername, 'name', bn.name, 'traegerId', bn.traeger_id,
           'traegerName', tr.name, 'traegerKurzname', tr.kurzname, 'rollen', bn.rollen, 'csrfToken', s.csrf_token),
         bn.traeger_id, bn.id, 'plattformbetrieb' = ANY (bn.rollen)
    INTO k, t, b, betrieb
    FROM public.sitzung s
    JOIN public.benutzer bn ON bn.id = s.benutzer_id
    LEFT JOIN public.traeger tr ON tr.id = bn.traeger_id
   WHERE s.token_hash = p_token_hash AND s.laeuft_ab_am > now() AND bn.aktiv;
  PERFORM egh_intern.setze_kontext(t, b, coalesce(betrieb, false), t);
  RETURN k;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION egh_sitzung(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION egh_sitzung(text) TO egh_laufzeit;
--> statement-breakpoint
-- Ohne Sitzung (Start, Nachberechnung, Import, Kommandozeile, Demo): nur der Eigentümer.
CREATE FUNCTION egh_als_mandant(p_traeger text, p_benutzer uuid, p_betrieb boolean) RETURNS void
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT egh_intern.setze_kontext(p_traeger, p_benutzer, p_betrieb, p_traeger)
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION egh_als_mandant(text, uuid, boolean) FROM PUBLIC;
--> statement-breakpoint
-- Fristen der anderen Partei eines gemeinsamen Datensatzes schreiben (fuerTraeger): nur zu einem
-- Träger, mit dem der ursprüngliche Träger der Transaktion einen für ihn sichtbaren Erstattungsanspruch
-- oder ein Amtshilfeersuchen teilt; NULL oder der ursprüngliche Träger stellt ihn wieder her.
CREATE FUNCTION egh_als_partei(p_traeger text) RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  k text[] := public.egh_kontext();
  u text;
BEGIN
  IF k IS NULL OR k[4] = '' THEN
    RAISE EXCEPTION 'Ohne Träger der Transaktion kann nicht für einen anderen Träger geschrieben werden.'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  u := k[4];
  IF p_traeger IS NULL OR p_traeger = u THEN
    PERFORM egh_intern.setze_kontext(u, nullif(k[2], '')::uuid, k[3] = 'ja', u);
    RETURN;
  END IF;
  IF EXISTS (SELECT 1 FROM public.erstattungsanspruch a
              WHERE (a.anspruchsteller_id = u AND a.verpflichteter_id = p_traeger)
                 OR (a.verpflichteter_id = u AND a.anspruchsteller_id = p_traeger AND a.status <> 'Entwurf'))
     OR EXISTS (SELECT 1 FROM public.amtshilfeersuchen e
              WHERE (e.ersuchender_id = u AND e.ersuchter_id = p_traeger)
                 OR (e.ersuchter_id = u AND e.ersuchender_id = p_traeger AND e.status <> 'Entwurf')) THEN
    PERFORM egh_intern.setze_kontext(p_traeger, nullif(k[2], '')::uuid, k[3] = 'ja', u);
  ELSE
    RAISE EXCEPTION 'Der Träger dieser Transaktion teilt keinen Datensatz mit dem anderen Träger.'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION egh_als_partei(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION egh_als_partei(text) TO egh_app;
--> statement-breakpoint
-- Richtlinien: die Trägerfunktion einmal je Abfrage (skalare Unterabfrage, InitPlan), nicht je Zeile.
ALTER POLICY traeger_anlegen ON traeger WITH CHECK ((SELECT egh_betrieb()));
--> statement-breakpoint
ALTER POLICY traeger_aendern ON traeger USING (id = (SELECT egh_traeger()) OR (SELECT egh_betrieb())) WITH CHECK (id = (SELECT egh_traeger()) OR (SELECT egh_betrieb()));
--> statement-breakpoint
ALTER POLICY benutzer_eigener_traeger ON benutzer USING (traeger_id = (SELECT egh_traeger()) OR id = (SELECT egh_benutzer()) OR (SELECT egh_betrieb())) WITH CHECK (traeger_id = (SELECT egh_traeger()) OR (SELECT egh_betrieb()));
--> statement-breakpoint
ALTER POLICY vereinbarung_anlegen ON vereinbarung WITH CHECK ((SELECT egh_betrieb()));
--> statement-breakpoint
ALTER POLICY vereinbarung_aendern ON vereinbarung USING ((SELECT egh_betrieb())) WITH CHECK ((SELECT egh_betrieb()));
--> statement-breakpoint
ALTER POLICY beitritt_anlegen ON beitritt WITH CHECK (traeger_id = (SELECT egh_traeger()) OR (SELECT egh_betrieb()));
--> statement-breakpoint
ALTER POLICY beitritt_aendern ON beitritt USING (traeger_id = (SELECT egh_traeger()) OR (SELECT egh_betrieb())) WITH CHECK (traeger_id = (SELECT egh_traeger()) OR (SELECT egh_betrieb()));
--> statement-breakpoint
ALTER POLICY person_eigener_traeger ON person USING (traeger_id = (SELECT egh_traeger())) WITH CHECK (traeger_id = (SELECT egh_traeger()));
--> statement-breakpoint
ALTER POLICY fall_eigener_traeger ON fall USING (traeger_id = (SELECT egh_traeger())) WITH CHECK (traeger_id = (SELECT egh_traeger()));
--> statement-breakpoint
ALTER POLICY mehrkosten_eigener_traeger ON mehrkostenvergleich USING (traeger_id = (SELECT egh_traeger())) WITH CHECK (traeger_id = (SELECT egh_traeger()));
--> statement-breakpoint
ALTER POLICY frist_eigener_traeger ON frist USING (traeger_id = (SELECT egh_traeger())) WITH CHECK (traeger_id = (SELECT egh_traeger()));
--> statement-breakpoint
ALTER POLICY amtshilfe_parteien ON amtshilfeersuchen USING (ersuchender_id = (SELECT egh_traeger()) OR (ersuchter_id = (SELECT egh_traeger()) AND status <> 'Entwurf')) WITH CHECK (ersuchender_id = (SELECT egh_traeger()) OR (ersuchter_id = (SELECT egh_traeger()) AND status <> 'Entwurf'));
--> statement-breakpoint
ALTER POLICY erstattung_parteien ON erstattungsanspruch USING (anspruchsteller_id = (SELECT egh_traeger()) OR (verpflichteter_id = (SELECT egh_traeger()) AND status <> 'Entwurf')) WITH CHECK (anspruchsteller_id = (SELECT egh_traeger()) OR (verpflichteter_id = (SELECT egh_traeger()) AND status <> 'Entwurf'));
--> statement-breakpoint
ALTER POLICY entscheidung_parteien ON entscheidung USING ((SELECT egh_traeger()) = ANY (parteien)) WITH CHECK ((SELECT egh_traeger()) = ANY (parteien));
--> statement-breakpoint
ALTER POLICY dokument_parteien ON dokument USING ((SELECT egh_traeger()) = ANY (parteien)) WITH CHECK ((SELECT egh_traeger()) = ANY (parteien));
--> statement-breakpoint
ALTER POLICY idempotenz_benutzer ON idempotenz USING (benutzer_id = (SELECT egh_benutzer())) WITH CHECK (benutzer_id = (SELECT egh_benutzer()));
--> statement-breakpoint
ALTER POLICY protokoll_lesen ON protokoll USING (traeger_id = (SELECT egh_traeger()));
--> statement-breakpoint
ALTER POLICY protokoll_schreiben ON protokoll WITH CHECK (traeger_id IS NOT DISTINCT FROM (SELECT egh_traeger()));
--> statement-breakpoint
-- Das Protokoll bleibt nur anfügbar: Die Laufzeitrolle hat weder UPDATE, DELETE noch TRUNCATE und
-- besitzt die Tabelle nicht (kann also den Trigger nicht abschalten); ausdrücklich für ältere Stände.
REVOKE UPDATE, DELETE, TRUNCATE ON protokoll FROM egh_app, egh_laufzeit;
