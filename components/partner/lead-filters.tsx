import Link from "next/link";
import { SINCE_LABEL, type Since } from "@/lib/leads/lead-filter-options";
import { RATING_LABEL } from "@/lib/leads/types";
import type { LeadFilter } from "@/lib/leads/workspace-leads";
import type { Rating } from "@/lib/leads/types";

/** A plain GET form: the filters live in the address, so a filtered list can be bookmarked and shared. */
export function LeadFilters({ action, filter, tags, devices }: { action: string; filter: LeadFilter; tags: string[]; devices: { id: number; name: string }[] }) {
  const active = Object.values(filter).some((v) => v !== undefined);
  return (
    <form method="get" action={action} className="row" role="search" aria-label="Filter leads" data-testid="lead-filters">
      <div className="field" style={{ flex: "2 1 14rem", marginBottom: 0 }}>
        <label htmlFor="lead-q">Search</label>
        <input id="lead-q" name="q" type="search" defaultValue={filter.q ?? ""} placeholder="Name, email, company, notes, tag" />
      </div>
      <div className="field" style={{ flex: "1 1 8rem", marginBottom: 0 }}>
        <label htmlFor="lead-rating">Rating</label>
        <select id="lead-rating" name="rating" defaultValue={filter.rating ?? ""}>
          <option value="">Any</option>
          {(Object.keys(RATING_LABEL) as Rating[]).map((r) => (
            <option key={r} value={r}>
              {RATING_LABEL[r]}
            </option>
          ))}
          <option value="unrated">Not rated</option>
        </select>
      </div>
      <div className="field" style={{ flex: "1 1 8rem", marginBottom: 0 }}>
        <label htmlFor="lead-tag">Tag</label>
        <select id="lead-tag" name="tag" defaultValue={filter.tag ?? ""}>
          <option value="">Any</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <div className="field" style={{ flex: "1 1 8rem", marginBottom: 0 }}>
        <label htmlFor="lead-since">Shared</label>
        <select id="lead-since" name="since" defaultValue={filter.since ?? ""}>
          <option value="">Any time</option>
          {(Object.keys(SINCE_LABEL) as Since[]).map((s) => (
            <option key={s} value={s}>
              {SINCE_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field" style={{ flex: "1 1 8rem", marginBottom: 0 }}>
        <label htmlFor="lead-device">Phone</label>
        <select id="lead-device" name="device" defaultValue={filter.device ?? ""}>
          <option value="">Any</option>
          {devices.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      <div className="row" style={{ alignSelf: "flex-end" }}>
        <button className="button" type="submit">
          Filter
        </button>
        {active && <Link href={action}>Clear filters</Link>}
      </div>
    </form>
  );
}
