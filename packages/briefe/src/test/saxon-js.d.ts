// SaxonJS 2 bringt keine Typen mit; hier nur, was die Prüfung der XRechnung nutzt.
declare module 'saxon-js' {
  interface Transformation {
    stylesheetInternal?: unknown;
    stylesheetFileName?: string;
    sourceText?: string;
    destination?: 'serialized' | 'raw' | 'document';
  }
  const SaxonJS: { transform(optionen: Transformation): { principalResult: unknown } };
  export default SaxonJS;
}
