/** A single-use link just made, for its maker to hand over (Fairlead sends no email for it). */
export function HandOverLink({ link, testId }: { link: { url: string; email: string; expiresAt: string }; testId: string }) {
  return (
    <div className="alert ok" role="status">
      <p>
        Send this link to {link.email} (it works once, until {new Date(link.expiresAt).toUTCString()}):
      </p>
      <p>
        <a className="code" href={link.url} data-testid={testId}>
          {link.url}
        </a>
      </p>
    </div>
  );
}
