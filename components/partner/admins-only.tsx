/** In place of an admin's workspace page for a team member. */
export function AdminsOnly({ what }: { what: string }) {
  return (
    <section className="card" data-testid="admins-only">
      <h2>For your team&rsquo;s admins</h2>
      <p>Only your team&rsquo;s admins {what}. Ask one of them if you need a change.</p>
    </section>
  );
}
