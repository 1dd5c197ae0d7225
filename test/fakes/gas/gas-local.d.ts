/** Types for gas-local 1.3.1 (it ships none). */
declare module 'gas-local' {
  interface GasLocal {
    // biome-ignore lint/suspicious/noExplicitAny: a script's globals, untyped
    require(folderPath: string, globalObject?: object, options?: { filter?: (path: string) => boolean }): Record<string, any>;
    globalMockDefault: Record<string, unknown>;
  }
  const gasLocal: GasLocal;
  export default gasLocal;
}
