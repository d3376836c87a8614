// Deutsche Bezeichnungen der Codes, die die Briefe drucken. Unbekannte Codes erscheinen
// unverändert, damit nie ein Wert verschwindet.

const aufgaben: Record<string, string> = {
  gesamtplanung: 'Gesamtplanung (§ 117 SGB IX)',
  bedarfsermittlung: 'Bedarfsermittlung (§ 118 SGB IX)',
  gesamtplankonferenz: 'Gesamtplankonferenz (§ 119 SGB IX)',
  hausbesuch: 'Hausbesuch',
};

/** Die Ablehnungsgründe der Prüfung amtshilfe (§ 4 Abs. 2–4 SGB X). */
const ablehnungsgruende: Record<string, string> = {
  unzweckmaessig: 'Die Maßnahme wird für unzweckmäßig gehalten',
  andereBehoerdeEinfacher: 'Eine andere Behörde kann die Hilfe wesentlich einfacher oder mit wesentlich geringerem Aufwand leisten',
  unverhaeltnismaessigerAufwand: 'Die Hilfe wäre nur mit unverhältnismäßig großem Aufwand zu leisten',
  eigeneAufgabenGefaehrdet: 'Die Erfüllung der eigenen Aufgaben wäre ernstlich gefährdet',
  rechtlichesHindernis: 'Die Hilfe ist aus rechtlichen Gründen nicht möglich',
  gemeinwohl: 'Die Hilfe brächte dem Wohl des Bundes oder eines Landes erhebliche Nachteile',
};

/** Die Datenarten der Prüfung datenuebermittlung. */
const datenarten: Record<string, string> = {
  stammdaten: 'Stammdaten',
  gesamtplanziele: 'Ziele des Gesamtplans',
  arztbericht: 'Bericht eines behandelnden Arztes',
  begutachtung: 'Daten aus einer Begutachtung',
  einkommen: 'Einkommensunterlagen',
  pflegekasseBeteiligen: 'Information und Beteiligung der Pflegekasse',
};

const mehrkostenErgebnisse: Record<string, string> = {
  wunschZuEntsprechen: 'Dem Wunsch ist zu entsprechen (keine unverhältnismäßigen Mehrkosten).',
  abwaegungErforderlich: 'Abwägung im Einzelfall erforderlich: Gewicht der Wunschgründe gegen die Mehrkosten.',
};

const orientierungen: Record<string, string> = {
  eherAngemessen: 'nach der Rechtsprechung eher angemessen',
  eherUnverhaeltnismaessig: 'nach der Rechtsprechung eher unverhältnismäßig',
  offen: 'nach der Rechtsprechung offen',
};

const entscheidungen: Record<string, string> = {
  bewilligt: 'Dem Wunsch wird entsprochen (bewilligt).',
  teilweiseBewilligt: 'Dem Wunsch wird teilweise entsprochen.',
  abgelehnt: 'Dem Wunsch wird nicht entsprochen (abgelehnt).',
};

const ausschlussgruende: Record<string, string> = {
  unzumutbar: 'nicht zumutbar',
  nichtBedarfsdeckend: 'deckt den Bedarf nicht',
  keineVereinbarungKapitel8: 'keine Vereinbarung nach Kapitel 8 SGB IX',
};

const nimm = (tabelle: Record<string, string>) => (code: string | null | undefined) => (code ? (tabelle[code] ?? code) : '');

export const aufgabeName = nimm(aufgaben);
export const ablehnungsgrundName = nimm(ablehnungsgruende);
export const datenartName = nimm(datenarten);
export const mehrkostenErgebnisName = nimm(mehrkostenErgebnisse);
export const orientierungName = nimm(orientierungen);
export const entscheidungName = nimm(entscheidungen);
export const ausschlussgrundName = nimm(ausschlussgruende);

/** Die Aufgaben der Amtshilfe mit ihren Bezeichnungen (für Begründungen, die den Schlüssel nennen). */
export const aufgabenNamen = (): Record<string, string> => ({ ...aufgaben });
