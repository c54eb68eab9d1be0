// Organizer accounts: creation (seed, CLI) and sign-in with email and password.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { AppError, parseInput } from "../errors";
import { Email, plainText } from "../fields";
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from "./password";
import { createSession, type NewSession } from "./sessions";
import { startSignIn } from "./sign-in-limits";

export const NewOrganizerInput = z.object({
  email: Email,
  name: z.string().trim().min(1, "Enter a name.").max(200).superRefine(plainText("The name")),
  password: z.string().min(10, "Use at least 10 characters.").max(200),
});

export async function createOrganizer(input: z.input<typeof NewOrganizerInput>): Promise<{ id: number }> {
  const { email, name, password } = parseInput(NewOrganizerInput, input);
  const passwordHash = await hashPassword(password);
  // The unique index decides, so two simultaneous creations cannot both pass a check.
  const created = getDb().insert(users).values({ email, name, passwordHash }).onConflictDoNothing().returning({ id: users.id }).get();
  if (!created) throw new AppError("conflict", `An organizer with the email ${email} already exists.`);
  return created;
}

export const SignInInput = z.object({
  email: Email,
  password: z.string().min(1, "Enter your password.").max(200),
});

/**
 * Checks the password and opens a session. Unknown email and wrong password look the same.
 * Failures slow the account and the client's address down (sign-in-limits.ts); `address` is
 * null where there is no client (the command line, tests).
 */
export async function signIn(input: z.input<typeof SignInInput>, address: string | null = null, now = Date.now()): Promise<NewSession> {
  const { email, password } = parseInput(SignInInput, input);
  const attempt = startSignIn(email, address, now);
  const user = getDb()
    .select({ id: users.id, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email))
    .get();
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!user || !ok) throw new AppError("unauthorized", "That email and password do not match an organizer account.");
  attempt.succeeded();
  return createSession({ kind: "organizer", userId: user.id });
}

export function organizerIdByEmail(email: string): number {
  const address = parseInput(Email, email);
  const user = getDb().select({ id: users.id }).from(users).where(eq(users.email, address)).get();
  if (!user) throw new AppError("not_found", `No organizer has the email ${address}. Create one with create-organizer.`);
  return user.id;
}
