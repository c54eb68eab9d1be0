// The attendee list's search and filter: a plain GET form, so a search is a link one can share
// with a colleague of the event and the back button works.
import Link from "next/link";
import type { AttendeeFilter } from "@/lib/attendees/search-attendees";

type Filters = Record<AttendeeFilter, string>;

/** `filters`: the choices and their labels (lib/attendees/search-attendees.ts ATTENDEE_FILTERS). */
export function AttendeeSearch({ eventId, q, filter, filters }: { eventId: number; q: string; filter: AttendeeFilter; filters: Filters }) {
  return (
    // Keyed by the search: a client-side navigation to another search resets what the fields show.
    <form key={`${q}|${filter}`} method="get" action={`/events/${eventId}/attendees`} role="search" aria-label="Attendees" className="row" style={{ alignItems: "flex-end" }}>
      <div className="field" style={{ marginBottom: 0 }}>
        <label htmlFor="attendee-q">Search</label>
        <input id="attendee-q" name="q" type="search" defaultValue={q} aria-describedby="attendee-q-hint" />
        <p id="attendee-q-hint" className="small muted" style={{ margin: "0.25rem 0 0" }}>
          Name, email, company or badge code.
        </p>
      </div>
      <div className="field" style={{ marginBottom: 0 }}>
        <label htmlFor="attendee-filter">Show</label>
        <select id="attendee-filter" name="filter" defaultValue={filter}>
          {Object.entries(filters).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <button className="button" type="submit">
        Search
      </button>
      {(q || filter !== "all") && <Link href={`/events/${eventId}/attendees`}>Show everyone</Link>}
    </form>
  );
}

/** Previous and next pages of a search, keeping its terms. */
export function AttendeePager({ eventId, q, filter, page, pages }: { eventId: number; q: string; filter: AttendeeFilter; page: number; pages: number }) {
  if (pages <= 1) return null;
  const href = (p: number) => `/events/${eventId}/attendees?${new URLSearchParams({ ...(q && { q }), ...(filter !== "all" && { filter }), page: String(p) })}`;
  return (
    <nav aria-label="Pages of attendees" className="row small">
      {page > 1 && <Link href={href(page - 1)}>← Previous page</Link>}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages && <Link href={href(page + 1)}>Next page →</Link>}
    </nav>
  );
}
