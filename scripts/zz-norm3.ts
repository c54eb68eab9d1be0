function honestCsv(rows: number, notes = 0): Buffer {
  const lines = ["Attendee #,First Name,Last Name,Email,Company,Job Title,Country,Phone number,Notes"];
  for (let i = 0; i < rows; i++) lines.push(`${9_000_000_000 + i},Zoë,O'Brien,person${i}@example${i % 97}.example,Northwind Traders,Engineer,DE,+49 30 ${1_000_000 + i},${"note ".repeat(notes + (i % 30))}`);
  return Buffer.from(lines.join("\r\n"));
}
(async () => {
  const { parseFile } = await import("@/lib/attendees/import/parse-file");
  const { rowNormaliser } = await import("@/lib/attendees/import/normalise-row");
  const file = process.env.NOPARSE ? { headers: ["Attendee #","First Name","Last Name","Email","Company","Job Title","Country","Phone number","Notes"], records: { length: 187000, at: (i: number) => ({ line: i + 2, cells: `${9_000_000_000 + i},Zoë,O'Brien,person${i}@example${i % 97}.example,Northwind Traders,Engineer,DE,+49 30 ${1_000_000 + i},x`.split(",") }) } } : await parseFile(honestCsv(200_000, 20).subarray(0, 49 * 1024 * 1024), "x.csv");
  const normalise = rowNormaliser({ badgeCode: 0, firstName: 1, lastName: 2, email: 3, company: 4, jobTitle: 5, country: 6, phone: 7 } as never, file.headers);
  global.gc!();
  console.error("MARK");
  let n = 0;
  for (let i = 0; i < file.records.length; i++) {
    const s = file.records.at(i)!;
    if (normalise(s.cells, s.line).row) n++;
  }
  console.log(n);
})();
