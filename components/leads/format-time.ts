// Times on the booth's lead pages: UTC, like the lead list, so two phones show the same text.
export const formatTime = (d: Date) =>
  d.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" }) + " UTC";
