-- Eine Leseanfrage in einem Rundlauf zur Datenbank: egh_sitzung(token_hash) prüft die Sitzung
-- (gültig, nicht abgelaufen, Benutzer aktiv), setzt Träger, Benutzer und Betrieb der laufenden
-- Transaktion (set_config(…, true), wie alsMandant) und gibt den Benutzer als JSON zurück – oder
-- NULL, dann bleibt der Träger leer und die Row-Level-Security zeigt nichts. Der Server schickt
-- sie, den Rollenwechsel zu egh_app und die Abfrage als eine Folge von Anweisungen (eine implizite
-- Transaktion). Nur der Eigentümer darf sie aufrufen: egh_app nicht (kein Mandantenwechsel).
CREATE OR REPLACE FUNCTION egh_sitzung(p_token_hash text) RETURNS json LANGUAGE plpgsql VOLATILE AS $$
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
  PERFORM set_config('egh.traeger', coalesce(t, ''), true),
          set_config('egh.benutzer', coalesce(b::text, ''), true),
          set_config('egh.betrieb', CASE WHEN betrieb THEN 'ja' ELSE '' END, true);
  RETURN k;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION egh_sitzung(text) FROM PUBLIC;
