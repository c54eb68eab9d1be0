// The badge symbologies Fairlead reads (issue 5): what a registration system may print.
export const SYMBOL_FORMATS = ["qr", "code128", "pdf417", "datamatrix", "aztec"] as const;
export type SymbolFormat = (typeof SYMBOL_FORMATS)[number];
export type DecodedSymbol = { text: string; format: SymbolFormat };
/** Read along a line, or stacked rows of one: a wide symbol that a square aiming frame cuts off. */
export const WIDE_FORMATS: readonly SymbolFormat[] = ["code128", "pdf417"];
