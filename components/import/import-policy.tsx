/** What the import does with good, bad and repeated rows: the promise the README makes too. */
export function ImportPolicy({ maxMegabytes }: { maxMegabytes: number }) {
  return (
    <details className="card">
      <summary>
        <strong>How the import works</strong>: good rows are imported, bad rows are skipped and listed; importing again never
        adds anyone twice.
      </summary>
      <ul className="small">
        <li>
          A CSV (comma, semicolon or tab; UTF-8, with or without BOM) or an XLSX workbook (first sheet), up to {maxMegabytes} MB.
          The first row names the columns.
        </li>
        <li>
          Every row without a problem is imported. A row with a problem (no or invalid email, no first name, a value too long,
          a badge code someone else has) is skipped and listed with its line in the file, the column and the reason. A row
          is written whole or not at all.
        </li>
        <li>
          A row matches an attendee already here by the registration id column, or else by email (ignoring case and
          spaces). A match updates the contact details from the chosen columns; its badge code never changes, so printed
          badges keep working. Importing the same file again changes nothing.
        </li>
        <li>
          The same person twice in one file (same registration id or same email) is imported once, from the first line;
          the later lines are listed as skipped, naming the first.
        </li>
        <li>
          With a badge or barcode column, the registration system&apos;s codes are kept, so its printed badges scan.
          Without one, Fairlead issues a random badge code to each new attendee.
        </li>
        <li>Text is stored as written, in any script; cells that look like spreadsheet formulas are stored as text and made harmless in exports.</li>
      </ul>
    </details>
  );
}
