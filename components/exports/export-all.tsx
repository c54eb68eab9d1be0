import Link from "next/link";

/**
 * The event page's export block: every partner's leads and suppression list in one ZIP (a
 * plain form post, so the browser downloads it as it streams), and the history of exports.
 */
export function ExportAll({ eventId }: { eventId: number }) {
  return (
    <div className="row" data-testid="export-all">
      <form method="post" action={`/events/${eventId}/exports/all`}>
        <button className="button secondary" type="submit">
          Export all partners (ZIP)
        </button>
      </form>
      <Link href={`/events/${eventId}/exports`}>Who exported what, and when</Link>
    </div>
  );
}
