// Bar colours: each at least 6:1 against the white card (WCAG asks 3:1 for graphics), and
// told apart by hue for the common colour-vision deficiencies (green against blue).
export const BAR = "#0b6e4f";
export const BAR_2 = "#1f4e99";
