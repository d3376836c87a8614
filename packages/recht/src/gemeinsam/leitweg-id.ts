// Leitweg-ID der XRechnung (KoSIT, Formatspezifikation Leitweg-ID 2.0.1): Grobadressierung,
// optional Feinadressierung, Prüfziffer nach ISO/IEC 7064 Mod 97-10.

const format = /^(\d{2,12})(?:-([0-9A-Z]{1,30}))?-(\d{2})$/;

/** Prüft eine Leitweg-ID; gibt eine deutsche Fehlermeldung zurück oder `undefined`, wenn gültig. */
export function pruefeLeitwegId(id: string): string | undefined {
  const m = format.exec(id);
  if (!m)
    return 'Keine Leitweg-ID: erwartet Grobadressierung (2–12 Ziffern), optional Feinadressierung (Ziffern oder Großbuchstaben) und zwei Prüfziffern, getrennt durch Bindestriche, z. B. 12-121096894459866-05.';
  const ohnePruefziffer = `${m[1]}${m[2] ?? ''}`;
  // Buchstaben A–Z werden zu 10–35 (wie bei der IBAN); Rest modulo 97 muss 1 sein.
  const ziffern = `${ohnePruefziffer}${m[3]}`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const c of ziffern) rest = (rest * 10 + (c.charCodeAt(0) - 48)) % 97;
  return rest === 1 ? undefined : `Die Prüfziffer der Leitweg-ID ${id} stimmt nicht (ISO 7064 Mod 97-10).`;
}

/** Berechnet die Prüfziffer zu einer Leitweg-ID ohne Prüfziffer (z. B. für Testdaten). */
export function leitwegPruefziffer(ohnePruefziffer: string): string {
  const ziffern = `${ohnePruefziffer.replace(/-/g, '')}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const c of ziffern) rest = (rest * 10 + (c.charCodeAt(0) - 48)) % 97;
  return String(98 - rest).padStart(2, '0');
}
