import { staffTime } from "../staff-time";

/**
 * A single-use link just made, for its maker to hand over. `emailed`: Fairlead is also mailing
 * it (partner team invitations where mail is set up, docs/decisions/038); the link stays shown.
 * Its end is stated in the event's zone, like every time on the event's pages (decision 044).
 */
export function HandOverLink({ link, testId, timeZone, emailed = false }: { link: { url: string; email: string; expiresAt: string }; testId: string; timeZone: string; emailed?: boolean }) {
  const until = `it works once, until ${staffTime(new Date(link.expiresAt), timeZone)}`;
  return (
    <div className="alert ok" role="status">
      <p data-testid={`${testId}-note`}>
        {emailed
          ? `An email with this link is on its way to ${link.email}. If it does not arrive, send them the link yourself (${until}):`
          : `Send this link to ${link.email} (${until}):`}
      </p>
      <p>
        <a className="code" href={link.url} data-testid={testId}>
          {link.url}
        </a>
      </p>
    </div>
  );
}
