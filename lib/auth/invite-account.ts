// The account an invitation is accepted with, for organizer and partner invitations alike:
// an existing account proves its password under sign-in's limits for that account and the
// caller's address (an invitation is no way round them); a new one needs a name.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "../errors";
import { plainText } from "../fields";
import { hashPassword, verifyPassword } from "./password";
import { startSignIn } from "./sign-in-limits";

export const AcceptInviteInput = z.object({
  token: z.string().min(20).max(100),
  name: z.string().trim().max(200).superRefine(plainText("The name")).optional(),
  password: z.string().min(10, "Use at least 10 characters.").max(200),
});

export function findAccount(email: string) {
  return getDb().select({ id: users.id, name: users.name, passwordHash: users.passwordHash }).from(users).where(eq(users.email, email)).get();
}

/**
 * Proves or prepares the account before the accepting transaction; `inside(tx)` then gives the
 * user's id (the existing account's, or the new one's, inserted in that transaction).
 */
export async function inviteAccount(email: string, input: { name?: string; password: string }, now: Date, address: string | null) {
  const account = findAccount(email);
  if (account) {
    const attempt = startSignIn(email, address, now.getTime());
    if (!(await verifyPassword(input.password, account.passwordHash))) throw new AppError("unauthorized", `That is not the password of ${email}.`);
    attempt.succeeded();
    return { name: account.name, inside: () => account.id };
  }
  if (!input.name) throw new AppError("invalid", "Enter your name.", { name: "Enter your name." });
  const name = input.name;
  const passwordHash = await hashPassword(input.password);
  return {
    name,
    inside: (tx: Pick<Db, "insert">) => tx.insert(users).values({ email, name, passwordHash }).returning({ id: users.id }).get().id,
  };
}
