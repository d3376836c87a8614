// IBAN nach ISO 13616-1: Ländercode, zwei Prüfziffern, Kontokennung (BBAN); die Prüfziffern nach
// ISO/IEC 7064 Mod 97-10 – die ersten vier Zeichen ans Ende, Buchstaben A–Z als 10–35, der Rest
// modulo 97 muss 1 sein. Leerzeichen (Viererblöcke der Papierform) zählen nicht.

/** Ist `iban` eine IBAN mit stimmenden Prüfziffern (ISO 13616, Mod 97)? */
export function pruefeIban(iban: string): boolean {
  const s = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const ziffern = `${s.slice(4)}${s.slice(0, 4)}`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  // Stellenweise rechnen: die Zahl hat bis zu 70 Stellen, mehr als eine Gleitkommazahl genau fasst.
  let rest = 0;
  for (const c of ziffern) rest = (rest * 10 + (c.charCodeAt(0) - 48)) % 97;
  return rest === 1;
}
