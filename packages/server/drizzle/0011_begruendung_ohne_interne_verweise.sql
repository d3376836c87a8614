-- Gespeicherte Entscheidungen des Regelwerks ohne interne Verweise (Issue 14, „Zwei Stimmen“):
-- Begründungen und Hinweise älterer Datensätze trugen Abschnitte aus recht.md, Nummern offener
-- Fragen und Seeds, Entwurfsmarken und Feldnamen im Text. Seit das Regelwerk die Herkunft in
-- eigenen Feldern führt (herkunft.fundstelle/beleg, frage), werden die alten Texte hier bereinigt.
-- Die Entscheidung selbst (ergebnis) und die Nummer der Frage im Feld frage bleiben unverändert.
CREATE FUNCTION egh_ohne_interne_verweise(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT
    -- „die Engine …“ heißt „die Prüfung …“.
    replace(replace(
    -- Leere Klammern und doppelte Leerzeichen, die das Entfernen hinterlässt.
    regexp_replace(regexp_replace(
    -- Feldnamen in Klammern: „(kostenuebernahmeBisCentProMonat)“.
    regexp_replace(
    -- Nummern offener Fragen und Seeds in Klammern: „(OQ-4)“, „(SEED-000)“.
    regexp_replace(
    -- Bekannte Seeds im Satz durch ihre Fundstelle ersetzen.
    replace(replace(replace(
    -- Entwurfsmarken: „[DESIGN] …“, „([DESIGN], …)“, „[DESIGN/UNVERIFIED]“, „[V-SEC]/[UNVERIFIED]“.
    regexp_replace(
    -- Klammern mit einem Verweis auf unsere Dokumente: „(recht.md §4.5 Nr. 3)“, „(szenarien.md SC-16)“.
    regexp_replace(
    -- „RECHTSFRAGE (OQ-4): …“ und „RECHTSFRAGE: …“ werden „Offene Rechtsfrage: …“.
    regexp_replace(t, 'RECHTSFRAGE( \([A-Z]+-[0-9]+\))?: ', 'Offene Rechtsfrage: ', 'g'),
    ' ?\((recht|szenarien|pruefungen|produkt)\.md[^()]*\)', '', 'g'),
    '\[(DESIGN|UNVERIFIED|V-SEC|V-SEED|DESIGN/UNVERIFIED)\](/\[(DESIGN|UNVERIFIED|V-SEC)\])*[:,]? ?', '', 'g'),
    'wie in SEED-004', 'wie im Urteil des SG Freiburg vom 01.03.2011 – S 9 SO 2640/10'),
    '(SEED-002, L 8 SO 235/14)', '(BayLSG, Urteil vom 21.01.2016 – L 8 SO 235/14)'),
    '(SEED-002 nach Hauck/Noftz/Götze)', '(nach Hauck/Noftz/Götze)'),
    ' ?\((OQ|RF|SEED)-[0-9]+\)', '', 'g'),
    ' ?\([a-z]+[A-Z][A-Za-z0-9]*\)', '', 'g'),
    '\(\s*\)', '', 'g'),
    '  +', ' ', 'g'),
    'Die Engine', 'Die Prüfung'), 'die Engine', 'die Prüfung')
$$;
--> statement-breakpoint
UPDATE entscheidung
SET begruendung = egh_ohne_interne_verweise(begruendung::text)::jsonb,
    hinweise = egh_ohne_interne_verweise(hinweise::text)::jsonb
WHERE egh_ohne_interne_verweise(begruendung::text) <> begruendung::text
   OR egh_ohne_interne_verweise(hinweise::text) <> hinweise::text;
--> statement-breakpoint
DROP FUNCTION egh_ohne_interne_verweise(text);
--> statement-breakpoint
-- Quellen der Stammdaten und der Demo-Vereinbarung, wie Oberfläche und Briefe sie zeigen.
UPDATE traeger SET quelle = 'Art. 81, 82 AGSG; seit 2020 Träger der Eingliederungshilfe'
WHERE quelle = 'recht.md §3.3 (Art. 81, 82 AGSG; seit 2020 Träger der Eingliederungshilfe)';
--> statement-breakpoint
UPDATE traeger SET quelle = 'BAGüS-Mitglied (nicht geprüft)' WHERE quelle = 'BAGüS-Mitglied [UNVERIFIED]';
--> statement-breakpoint
UPDATE traeger SET quelle = 'Verwaltungsvereinbarung zur Amtshilfe in der Eingliederungshilfe (BAGüS), Stand 01.01.2025'
WHERE quelle = 'recht.md §1.1';
--> statement-breakpoint
UPDATE traeger
SET quelle = 'Verwaltungsvereinbarung zur Amtshilfe in der Eingliederungshilfe (BAGüS), Stand 01.01.2025; LASV Brandenburg, Rundschreiben üöTEGH Nr. 08/2024 vom 17.12.2024'
WHERE quelle = 'recht.md §1.1, SEED-000 (Rundschreiben 08/2024)';
--> statement-breakpoint
UPDATE vereinbarung SET quelle = replace(replace(quelle, ' (SEED-000)', ''), ' (recht.md OQ-1)', '')
WHERE quelle LIKE '%(SEED-000)%' OR quelle LIKE '%(recht.md OQ-1)%';
--> statement-breakpoint
UPDATE fall SET bemerkung = replace(bemerkung, 'Demo nach szenarien.md SC-11: ', 'Demo: ') WHERE bemerkung LIKE 'Demo nach szenarien.md SC-11: %';
--> statement-breakpoint
UPDATE traeger SET quelle = 'Destatis GV-ISys, Gebietsstand 31.12.2018 (ohne Eisenach ab 2021)'
WHERE quelle = 'Destatis GV-ISys, Gebietsstand 31.12.2018 (ohne Eisenach ab 2021), daten/kreise-de.csv';
