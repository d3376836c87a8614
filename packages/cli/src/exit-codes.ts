// Exit-Codes aller Befehle von egh (README, „egh --help“). Ohne Abhängigkeiten, damit main.ts
// sie laden kann, ohne den Server zu laden.
export const betriebsExitCodes = {
  ok: 0,
  intern: 1,
  bedienfehler: 2,
  dateiFehler: 3,
  abgelehnt: 4,
  wiederherstellungVerweigert: 5,
} as const;

export const exitCodeHilfe = `
Exit-Codes:
  0  Erfolg
  1  interner Fehler (Datenbank nicht erreichbar, Programmfehler)
  2  Bedienfehler oder ungültige Eingabe (unbekannte Option, ungültiger Wert, unbekannter
     Träger oder Benutzer; bei „pruefe“: Eingabe-JSON ungültig)
  3  Datei nicht lesbar oder nicht schreibbar
  4  Import abgelehnt: die Datei enthält Fehler, nichts wurde gespeichert (Bericht auf stdout)
  5  Wiederherstellung verweigert: Zieldatenbank nicht leer, Sicherung unvollständig, fremd oder neuer
`;
