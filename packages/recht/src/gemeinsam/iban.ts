// IBAN nach ISO 13616-1: Ländercode, zwei Prüfziffern, Kontokennung (BBAN). Gültig ist sie, wenn
// die Zahl aus BBAN + Ländercode + Prüfziffern (Buchstaben A–Z als 10–35) modulo 97 den Rest 1
// lässt (ISO 7064 MOD 97-10). Leerzeichen der Papierform werden ignoriert.

/** Prüft Form und Prüfziffern einer IBAN (ISO 13616, MOD 97-10). */
export function pruefeIban(iban: string): boolean {
  const s = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const umgestellt = `${s.slice(4)}${s.slice(0, 4)}`;
  let rest = 0;
  for (const c of umgestellt) {
    const wert = c >= 'A' ? c.charCodeAt(0) - 55 : c.charCodeAt(0) - 48;
    rest = (wert > 9 ? rest * 100 + wert : rest * 10 + wert) % 97;
  }
  return rest === 1;
}
