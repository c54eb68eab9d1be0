import type { Metadata } from "next";
import { SignInForm } from "@/components/organizer/sign-in-form";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Organizer sign-in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return (
    <main className="narrow">
      <h1>Organizer sign-in</h1>
      <SignInForm next={next ?? "/events"} action={signInAction} />
    </main>
  );
}
