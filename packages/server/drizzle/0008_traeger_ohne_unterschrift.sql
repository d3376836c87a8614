-- Issue 14: Der Träger entscheidet, ob seine Schreiben Raum für eine Unterschrift haben oder den
-- Hinweis „Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.“ tragen
-- (§ 33 Abs. 5 SGB X). Die Administration des Trägers pflegt die Einstellung mit den Stammdaten;
-- bestehende Träger unterschreiben wie bisher.
ALTER TABLE "traeger" ADD COLUMN "ohne_unterschrift" boolean DEFAULT false NOT NULL;
