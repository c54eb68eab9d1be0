"use client";
// A value only the browser knows (time zone, user agent, local storage), read without an effect:
// the server render and hydration use `serverValue`, then React renders again with the browser's.
// https://react.dev/reference/react/useSyncExternalStore#adding-support-for-server-rendering
import { useSyncExternalStore } from "react";

const unchanging = () => () => {};

/** `read` must return the same primitive each call while nothing changed. */
export function useBrowserValue<T extends string | number | boolean>(read: () => T, serverValue: T): T {
  return useSyncExternalStore(unchanging, read, () => serverValue);
}
