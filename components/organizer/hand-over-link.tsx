/**
 * A single-use link just made, for its maker to hand over. `emailed`: Fairlead is also mailing
 * it (partner team invitations where mail is set up, docs/decisions/038); the link stays shown.
 */
export function HandOverLink({ link, testId, emailed = false }: { link: { url: string; email: string; expiresAt: string }; testId: string; emailed?: boolean }) {
  const until = `it works once, until ${new Date(link.expiresAt).toUTCString()}`;
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
