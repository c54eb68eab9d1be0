// The share of booths the "New drawing" form offers. Apart from drawing-form.ts because the form,
// a client component, needs only this list: importing zod into the browser made it try `eval`
// (zod 4's JIT probe), which the page's CSP refuses and reports (docs/decisions/033).
export const FRACTIONS = [
  { value: "0.25", label: "a quarter" },
  { value: String(1 / 3), label: "a third" },
  { value: "0.5", label: "half" },
  { value: String(2 / 3), label: "two thirds" },
  { value: "0.75", label: "three quarters" },
  { value: "1", label: "all" },
];
